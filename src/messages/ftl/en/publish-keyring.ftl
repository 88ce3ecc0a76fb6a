## Messages of the module publish-keyring: the system's keyring, where publish passwords are kept

publish-keyring-unavailable = the system's keyring cannot be used: { $words }
publish-keyring-not-found = no password is kept for { $account } in the system's keyring
publish-keyring-unavailable-hint = on Windows and macOS the keyring is always there; on Linux it is the desktop's (GNOME Keyring or KWallet), which must be running and unlocked. Without one, set the password in the environment variable OZYQ_PUBLISH_PASSWORD instead
publish-keyring-not-found-hint = keep one with `ozyq publish --save-password`
