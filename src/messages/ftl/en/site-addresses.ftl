## Messages of the module site-addresses

site-addresses-led-which-was-withdrawn = `{ $address }` led to «{ $title }», which was withdrawn; it now leads here
site-addresses-links-old-material-now-hint = links to the old material now open this one; give this file another name or `slug:` if that is wrong
site-addresses-page-s-own-address = `{ $a }` is the page's own address
site-addresses-alias-old-address-remove-hint = an alias is an old address; remove this one
site-addresses-alias-address-ozyq-uses = the alias `{ $value }` is an address ozyq uses itself
site-addresses-aliases-are-old-addresses-hint = aliases are old addresses of entries and pages, not of listings or static/ files
site-addresses-message = `{ $address }` is { $whose } { $file }:{ $line }
site-addresses-address-leads-one-page-hint = an address leads to one page only: remove the alias or give one of the files another `slug:`
site-addresses-was-published-now-cannot = `{ $address }` was published for { $file } (now at `{ $address2 }`){ $printed }; { $file2 } cannot take it
site-addresses-give-another-file-name-hint = give { $file } another file name or `slug:`; to give it the address on purpose, delete the line of `{ $address }` from { $address2 }
site-addresses-leads-which-was-withdrawn = `{ $address }`{ $path } leads to «{ $title }», which was withdrawn; another material cannot take it
site-addresses-give-file-another-file-hint = give this file another file name or `slug:` (the line is { $address })
site-addresses-whose-address = the address of
site-addresses-whose-alias = already an alias in
site-addresses-not-printed = { "" }
site-addresses-printed-in = { " " }(a QR code in the { $years } catalogue)
site-addresses-alias-how-hint = write an old address of this site, as it was published, e.g. aliases: [seminars/old-name/]
site-addresses-alias-not-this-site = `{ $raw }` is not an address of this site (base_url)
site-addresses-alias-query = `{ $raw }` has a query, a fragment or a backslash
site-addresses-alias-empty-part = `{ $raw }` has an empty part (`//`) or is the home page
site-addresses-alias-outside = `{ $raw }` leads outside the site's own addresses
site-addresses-alias-characters = `{ $raw }` has characters a published address does not have
site-addresses-alias-characters-hint = addresses ozyq publishes are Latin letters, digits and - _ . (copy it from the browser's address bar)
site-addresses-alias-home-page = an alias cannot be the home page
site-addresses-printed-elsewhere = this work is in the { $printed } catalogue, printed; its date now puts it in { $year }, and the { $printed } catalogue made again would leave it out
site-addresses-printed-elsewhere-hint = if the date is a mistake, write the one the work had; if the work belongs to { $year }, it stays in the printed booklet as it is
