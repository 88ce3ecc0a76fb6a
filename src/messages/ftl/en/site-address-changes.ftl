## What a build says of addresses it changed (published.yaml keeps them).

address-moved = moved: { $from } now leads to { $to } ({ $file }); the old address is kept in published.yaml
address-withdrawn = withdrawn: { $address } ({ $file } is gone) now says the material was withdrawn; if it was renamed, add `aliases: [{ $address }]` to its new file
address-withdrawn-unpublished = withdrawn: { $address } now says the material was withdrawn: { $file } is there, but not published (`draft: true`?)
