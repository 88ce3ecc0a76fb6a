## Messages of the module catalogue

catalogue-unknown-catalogue-paper = unknown catalogue paper `{ $p }`
catalogue-use-hint = use a5 or a4
catalogue-theme-has-no-template = the theme has no template `catalogue.html`; the catalogues get no web page
catalogue-copy-from-default-theme-hint = copy it from the default theme
catalogue-exhibition-catalogue-has-no = the exhibition catalogue has no QR codes: config.yaml has no base_url
catalogue-set-base-url-address-hint = set base_url to the address the site is published at
catalogue-picture-not-inside = the catalogue's { $key } `{ $file }` is not a file inside the site
catalogue-picture-path-hint = give its path from the site's folder, e.g. data/logo.png
catalogue-picture-not-picture = the catalogue's { $key } `{ $file }` is not a PNG, JPEG, WebP, GIF or SVG picture
catalogue-picture-save-hint = save it as PNG or JPEG
catalogue-picture-unreadable = the catalogue's { $key } `{ $file }`: { $error }
catalogue-covers-left-out = covers and logo left out of the PDF: { $error }
catalogue-covers-left-out-and = covers and logo left out of the PDF: { $error }; { $warnings }
catalogue-pdf-warnings = { $warnings }
catalogue-picture-missing = the catalogue's { $key } `{ $file }` is not there
catalogue-picture-missing-hint = put the picture at { $file }, or correct the path (from the site's folder)
