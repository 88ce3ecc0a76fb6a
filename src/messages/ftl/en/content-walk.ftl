## Messages of the module content-walk

content-walk-site-has-no-content = the site has no content/ folder
content-walk-create-content-folder-per-hint = create content/ with a folder per kind, e.g. content/open-lessons/
content-walk-cannot-read = cannot read: { $e }
content-walk-translation-into-which-site = a translation into `{ $code }`, which the site is not published in: it is left out
content-walk-add-languages-config-yaml-hint = add { $code } to `languages:` in config.yaml to publish it
content-walk-markdown-file-not-kind = this Markdown file is not in a kind's folder, so ozyq does not know what it is
content-walk-move-into-one-pages-hint = move it into one of: { $config }, or pages/ for a static page
content-walk-unknown-kind-no-kind = unknown kind: no kind uses the folder `{ $top }`
content-walk-did-you-mean-rename-hint = did you mean `{ $n }`? Rename { $folder } to content/{ $n }/
content-walk-kind-folders-are-add-hint = kind folders are: { $config }; add a new kind under `kinds:` in config.yaml
content-walk-link-leads-nowhere = the link leads nowhere: { $e }
content-walk-put-file-itself-here-hint = put the file itself here, or remove the link
content-walk-link-folder-not-followed = a link to a folder is not followed; its files are not published
content-walk-put-folder-itself-here-hint = put the folder itself here if its files belong to the site
content-walk-link-leads-something-not = the link leads to something that is not a file; it is left out
content-walk-link-leads-file-outside = the link leads to a file outside the site's folder, which is not published
content-walk-copy-file-into-site-hint = copy the file into the site instead of linking to it
content-walk-not-regular-file-pipe = this is not a regular file (a pipe, socket or device); it is left out
content-walk-markdown-file-inside-entry = this Markdown file is inside the entry folder { $bundle }, so it is neither a page nor published
content-walk-move-file-folder-own-hint = move it to a file or folder of its own in the kind's folder to make it an entry; a folder holds one entry, its index.md
content-walk-markdown-saved-as-txt = this looks like a Markdown file saved with `.txt` at the end of its name: it is published as a file, not as a page
content-walk-rename-without-txt-hint = rename it to `{ $name }` (in Windows Explorer, turn on View → File name extensions to see the ending)
content-walk-built-in-kind-left-out-hint = { $folder } is the folder of the built-in kind `{ $id }`, which `kinds:` in config.yaml leaves out: that list replaces the built-in kinds, so list every kind the site keeps there (`- id: { $id }` is enough for a built-in one)
content-walk-index-in-kind-folder = an index.md right in { $folder }/ is neither a work nor the kind's introduction, so it is not published
content-walk-index-in-kind-folder-hint = for the introduction shown above the list, name it _index.md; for a work, give it a name of its own ({ $folder }/my-work.md) or put it in a folder of its own ({ $folder }/my-work/index.md)
