## Messages of the module markdown

markdown-give-each-heading-id-hint = give each heading an id of its own (footnotes take fn-1, fnref-1 and so on), or leave {"{"}#…{"}"} out to have one made from the heading's text
markdown-link-runs-code-hides = a `{ $scheme }` link runs code or hides a document in the page, which a published page must not do
markdown-link-page-file-site-hint = link to a page or a file of the site, or to an https:// address
markdown-link-points-does-not = the link `{ $dest }` points to { $what } that does not exist
markdown-what-content-file = a content file
markdown-what-file = a file
markdown-check-path-content-file-hint = check the path: it is relative to this file, e.g. ../seminars/name.md (a draft has no page to link to)
markdown-check-path-file-hint = check the path: it is relative to this file; put images and documents beside the entry (a folder with index.md)
markdown-heading-id-taken = the heading id `{ $id }` is already that of the heading on line { $line }; this heading's is `{ $got }`
markdown-heading-id-footnote = the heading id `{ $id }` is that of a footnote; this heading's is `{ $got }`
markdown-link-address-has-space = this looks like a link, but its address has a space in it, so the page shows it as text
markdown-link-address-has-space-hint = put the address in angle brackets, { $fixed }, or name the file without spaces
markdown-link-backslash-hint = write the path with / instead of \: { $fixed }
markdown-link-case-hint = the file is named `{ $name }`: capital and small letters must match, as the web server reads them
markdown-link-on-computer = the link `{ $dest }` points to a place on this computer, which visitors of the site cannot open
markdown-link-on-computer-hint = copy the file beside the entry (make the entry a folder with index.md) and write just its name: { $name }
markdown-link-from-server-root = the link `{ $dest }` starts with /, so it leads from the root of the web server, not of the site: it breaks when the site is opened from a folder or a USB stick, or published in a sub-folder of the college site
markdown-link-from-server-root-hint = write the path relative to this file, e.g. ../seminars/name.md or photo.jpg
markdown-link-own-computer-hint = this is a place on your computer, which the site does not have: copy the file into the entry's folder and write only its name, { $name }
markdown-link-hash-hint = in a link, # starts a place in a page: write the file's # as %23 (`{ $fixed }`), or rename the file without #
markdown-link-web-file-hint = a file on the web is not the site's: save it beside the entry (in the folder with index.md) and write its name, like `{ $name }`
