## Messages of the module site-published

site-published-cannot-read-record-published = cannot read the record of published addresses: { $e }
site-published-record-published-addresses-must = the record of published addresses must be a map of addresses, found { $other }
site-published-message = `{ $address }`: { $what }
site-published-record-hint = each line is `address/: {"{"}file: "content/…/name.md", title: "…"{"}"}`; if the file is beyond repair, delete it and build again (old addresses are then forgotten)
