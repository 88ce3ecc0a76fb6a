"""An SSH server with SFTP that takes one user's password, for ozyq's publish tests.

OpenSSH's sshd checks passwords against the machine's own accounts, which a test
must not add, so the password login is tested against asyncssh, a complete SSH
implementation of its own (Debian's python3-asyncssh).

    sftp_password.py PORT HOST_KEY ROOT USER PASSWORD

serves ROOT as `/` to USER with PASSWORD on 127.0.0.1:PORT and prints `ready`.
"""

import asyncio
import sys

import asyncssh

port, host_key, root, user, password = sys.argv[1:6]


class Server(asyncssh.SSHServer):
    def begin_auth(self, username):
        return True

    def password_auth_supported(self):
        return True

    def validate_password(self, username, given):
        return username == user and given == password


async def main():
    await asyncssh.listen(
        "127.0.0.1",
        int(port),
        server_host_keys=[host_key],
        server_factory=Server,
        sftp_factory=lambda chan: asyncssh.SFTPServer(chan, chroot=root.encode()),
    )
    print("ready", flush=True)
    await asyncio.Future()


asyncio.run(main())
