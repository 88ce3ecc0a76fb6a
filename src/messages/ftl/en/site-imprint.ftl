## Messages of the module site-imprint

site-imprint-reviewers-must-list-names = `reviewers` must be a list of names, found { $v }
site-imprint-write-reviewers-hint = write reviewers: ["Асанова Г. Т., педагог-шебер", "…"]
site-imprint-not-date = `{ $key }` is not a date
site-imprint-approved-hint = write the day the methodological council approved the catalogue: approved: 2026-01-15
site-imprint-exhibited-hint = write the day of the exhibition: exhibited: 2026-04-20
site-imprint-year-in-full-hint = write the year in full: { $key }: { $fixed }
site-imprint-write-one-line-hint = write it on one line: { $key }: { $example }
