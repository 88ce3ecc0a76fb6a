## Messages of the module publish-remote: why an operation on the server failed

publish-remote-connect = cannot connect to { $address }
publish-remote-unknown-host = the host { $host } is not known: its key is not in { $known_hosts }
publish-remote-changed-host = the host { $host } has another key than { $known_hosts } says: it may not be the college's server
publish-remote-login = the server refused to log in as { $user }: { $detail }
publish-remote-refused = the server refused to write { $path }: { $detail }
publish-remote-full = the server has no space left for { $path }
publish-remote-other = { $words }
publish-remote-connect-hint = check the address and port in config.yaml, and that this computer is online
publish-remote-unknown-host-hint = ask the server's administrator whether its key is { $fingerprint }; if it is, run `ssh-keyscan { $keyscan } >> { $known_hosts }` (or connect once with ssh and answer yes)
publish-remote-changed-host-hint = if the server was reinstalled, ask its administrator for the new key and replace its line in { $known_hosts }; otherwise do not publish
publish-remote-login-hint = for SFTP, put your key in ~/.ssh (id_ed25519, id_ecdsa or id_rsa) or an ssh-agent; a password goes in the environment variable OZYQ_PUBLISH_PASSWORD (or the one `password_env` names), or in the system's keyring (`ozyq publish --save-password`), never in config.yaml
publish-remote-refused-hint = ask the host's administrator for write access to the folder in config.yaml's url
publish-remote-full-hint = free space on the server or ask for a larger quota; the site there is unchanged where nothing was replaced yet, and the next publish completes it
publish-remote-other-hint = publish again: an interrupted publish resumes
publish-remote-connect-because = cannot connect to { $address }: { $why }
publish-remote-no-answer = cannot connect to { $address }: no answer in { $seconds } s
publish-remote-link = { $path } in the publish folder is a link to another place: ozyq does not write or delete through links
publish-remote-link-hint = remove the link from the publish folder (what it leads to stays as it is) and publish again
