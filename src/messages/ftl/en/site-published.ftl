## Messages of the module site-published

site-published-cannot-read-record-published = cannot read the record of published addresses: { $e }
site-published-record-published-addresses-must = the record of published addresses must be a map of addresses, found { $other }
site-published-message = `{ $address }`: { $what }
site-published-record-hint = each line is `address/: {"{"}file: "content/…/name.md", title: "…"{"}"}`; if the file is beyond repair, delete it and build again (old addresses are then forgotten)
site-published-entry-not-map = expected {"{"}file: …, title: …{"}"}, found { $found }
site-published-file-missing = the `file:` it belongs to is missing
site-published-printed-years = `printed:` lists academic years, like [2025-2026]
