## Сообщения модуля site-imprint

site-imprint-reviewers-must-list-names = в `reviewers` должен быть список имён, а найдено: { $v }
site-imprint-write-reviewers-hint = напишите reviewers: ["Асанова Г. Т., педагог-шебер", "…"]
site-imprint-not-date = значение `{ $key }` — не дата
