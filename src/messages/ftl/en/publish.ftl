## Messages of the module publish

publish-there-no-built-site = there is no built site to publish
publish-run-ozyq-build-first-hint = run `ozyq build` first, or publish without --no-build
publish-cannot-read-built-site = cannot read the built site: { $e }
publish-publishing = publishing to `{ $name }`: { $e }
publish-folder-no-password = the place `{ $name }` is a folder: it has no password to keep
