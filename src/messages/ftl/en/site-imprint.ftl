## Messages of the module site-imprint

site-imprint-reviewers-must-list-names = `reviewers` must be a list of names, found { $v }
site-imprint-write-reviewers-hint = write reviewers: ["Асанова Г. Т., педагог-шебер", "…"]
site-imprint-not-date = `{ $key }` is not a date
