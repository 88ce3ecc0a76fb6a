## Messages of the module site-unlinked

site-unlinked-file-no-page-links = no page links to `{ $name }`: it is published, but no visitor will find it (a work's page is made only from a Markdown .md file)
site-unlinked-file-attach-hint = to publish it as a work, make its page with `ozyq new { $kind } "Title"` and attach the file there with `attachments: [{ $name }]`; or link it from a work's text; or move it out of content/
site-unlinked-bundle-file-attach-hint = it lies in the folder of the work { $folder }: add `attachments: [{ $name }]` to the front matter of its index.md, or link it from the work's text; or move it out of content/
