## What went wrong in the operating system, by its kind (said after a colon:
## "cannot read the file: there is no such file or folder")

io-not-found = there is no such file or folder
io-permission-denied = access is denied (the file may be open in another program, or you may have no right to change it)
io-already-exists = such a file or folder already exists
io-storage-full = the disk is full
io-read-only = the disk can only be read, not written to
io-is-a-directory = it is a folder, not a file
io-not-a-directory = part of the path is a file, not a folder
io-directory-not-empty = the folder is not empty
io-invalid-data = the contents are damaged or not in the expected form
io-invalid-input = the path or value is not valid
io-invalid-filename = the file name is not valid (too long, or with characters the system does not allow)
io-timed-out = no answer came in time
io-connection-refused = the server refused the connection
io-connection-reset = the server broke off the connection
io-connection-aborted = the connection was cut off
io-not-connected = there is no connection
io-host-unreachable = the server cannot be reached
io-network-unreachable = the network cannot be reached (check the internet connection)
io-network-down = the network is down
io-addr-in-use = the address (port) is already used by another program
io-addr-not-available = this computer has no such address
io-broken-pipe = the other side closed the connection
io-unexpected-eof = the data ends too early
io-file-too-large = the file is too large
io-crosses-devices = a file cannot be moved to another disk this way
io-resource-busy = the file or device is busy (another program is using it)
io-stale-network-file = the network file is no longer available
io-too-many-links = the file has too many links
io-out-of-memory = there is not enough memory
io-write-zero = nothing could be written
io-interrupted = the operation was interrupted
io-would-block = the operation would have to wait
io-unsupported = the system does not support this operation
io-other = { $message }
io-link-loop = the links lead to one another in a loop
