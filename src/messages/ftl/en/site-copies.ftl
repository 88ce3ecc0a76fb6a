## Messages of the module site-copies

site-copies-same-title = «{ $title }» is also the title of { $other }, a work of the same kind, year and language: is one a copy of the other?
site-copies-same-title-hint = give each work its own title, or remove the copy: the year's catalogue and certificates would name both
