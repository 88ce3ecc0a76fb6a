## site-imprint модулінің хабарлары

site-imprint-reviewers-must-list-names = `reviewers` мәні есімдер тізімі болуы керек, ал мұнда табылғаны: { $v }
site-imprint-write-reviewers-hint = былай жазыңыз: reviewers: ["Асанова Г. Т., педагог-шебер", "…"]
site-imprint-not-date = `{ $key }` кілтінің мәні күн емес
