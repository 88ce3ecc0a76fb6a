## Messages of the module diagnostics

location-command-line = (command line)
