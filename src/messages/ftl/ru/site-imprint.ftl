## Сообщения модуля site-imprint

site-imprint-reviewers-must-list-names = в `reviewers` должен быть список имён, а найдено: { $v }
site-imprint-write-reviewers-hint = напишите reviewers: ["Асанова Г. Т., педагог-шебер", "…"]
site-imprint-not-date = значение `{ $key }` — не дата
site-imprint-approved-hint = укажите день, когда методический совет утвердил каталог: approved: 2026-01-15
site-imprint-exhibited-hint = укажите день выставки: exhibited: 2026-04-20
site-imprint-year-in-full-hint = напишите год полностью: { $key }: { $fixed }
site-imprint-write-one-line-hint = напишите одной строкой: { $key }: { $example }
