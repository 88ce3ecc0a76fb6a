## Сообщения модуля content-plan

content-plan-plan-file-named-after = файл плана называется по своему учебному году
content-plan-name-like-content-plan-hint = назовите его так: content/plan/2025-2026.yaml
content-plan-must-text-found = значение `{ $key }` должно быть текстом, а найдено: { $v }
content-plan-responsible-must-teachers-ids = в `responsible` должен быть id педагога или список таких id, а найдено: { $v }
content-plan-id-hint = короткий id, которым записи ссылаются на пункт в `plan:`, например id: seminar-oct
content-plan-responsible-hint = укажите id педагогов из data/authors.yaml, например responsible: [abenova-g]
content-plan-status-hint = напишите done, moved или cancelled, а причину — в `reason:`
content-plan-one-line-hint = напишите значение текстом в одну строку
content-plan-item-has-no = в пункте плана нет `{ $key }`
content-plan-title-hint = напишите в одну строку, что предстоит сделать: title: Неделя открытых уроков
