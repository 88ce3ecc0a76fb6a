## Messages of the module publish-target

publish-target-config-yaml-names-no = config.yaml names no place to publish to
publish-target-add-e-g-publish-hint = add e.g. `publish: {"{"}college: {"{"}url: "sftp://user@host/var/www/otm"{"}"}{"}"}` (README: Publishing)
publish-target-config-yaml-names-several = config.yaml names several places to publish to: say which
publish-target-e-g-ozyq-publish-hint = e.g. `ozyq publish { $first }`; the places are: { $names }
publish-target-config-yaml-s-publish = config.yaml's `publish:` has no place `{ $w }`
publish-target-password-config-yaml-publish = a password in config.yaml (publish target `{ $name }`): config.yaml is kept in git, where anyone with the repository reads it
publish-target-remove-set-environment-variable-hint = remove it, and keep it in the system's keyring with `ozyq publish --save-password`, or set the environment variable { $password_env } before `ozyq publish` (or name another with `password_env:`)
publish-target-publish-target = publish target `{ $name }`: { $msg }
publish-target-write-like-sftp-user-hint = write it like sftp://user@host/var/www/otm, ftp://user@host/otm, ftps://… or file:///mnt/share/otm
publish-target-not-a-url = `{ $url }` is not a URL: { $error }
publish-target-not-a-folder = `{ $url }` is not a folder
publish-target-unknown-scheme = `{ $scheme }://` is not a way to publish (sftp, ftp, ftps or file)
publish-target-no-host = `{ $url }` names no host
publish-target-password-in-url = a password written in the URL: it belongs in the system's keyring (`ozyq publish --save-password`) or an environment variable
publish-target-did-you-mean-hint = did you mean `{ $name }`? The places are: { $places }
publish-target-places-hint = the places are: { $places }
