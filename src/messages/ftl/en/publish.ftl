## Messages of the module publish

publish-there-no-built-site = there is no built site to publish
publish-run-ozyq-build-first-hint = run `ozyq build` first, or publish without --no-build
publish-cannot-read-built-site = cannot read the built site: { $e }
publish-publishing = publishing to `{ $name }`: { $e }
publish-folder-no-password = the place `{ $name }` is a folder: it has no password to keep
publish-folder-holds-site = this folder holds the site's own { $source }: publishing there would write the built site over the site's files
publish-folder-inside-site = this folder is inside the site's { $source }: publishing there would write the built site among the site's files
publish-folder-outside-site-hint = publish to a folder outside the site's folder, such as a USB stick's or a shared folder (`url: "file:///E:/otm"`)
publish-folder-holds-other-site = the place's folder holds a site ozyq did not publish there: publishing would write over { $files }
publish-folder-holds-other-site-hint = check `url:` (the site's own folder is usually one beneath the college's); to replace an older copy of this site there, run `ozyq publish { $name } --force`
