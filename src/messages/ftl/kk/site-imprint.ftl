## site-imprint модулінің хабарлары

site-imprint-reviewers-must-list-names = `reviewers` мәні есімдер тізімі болуы керек, ал мұнда табылғаны: { $v }
site-imprint-write-reviewers-hint = былай жазыңыз: reviewers: ["Асанова Г. Т., педагог-шебер", "…"]
site-imprint-not-date = `{ $key }` кілтінің мәні күн емес
site-imprint-approved-hint = әдістемелік кеңес каталогты бекіткен күнді жазыңыз: approved: 2026-01-15
site-imprint-exhibited-hint = көрме өткен күнді жазыңыз: exhibited: 2026-04-20
site-imprint-year-in-full-hint = жылды толық жазыңыз: { $key }: { $fixed }
site-imprint-write-one-line-hint = бір жолға жазыңыз: { $key }: { $example }
