## Сообщения модуля content-plan

content-plan-plan-file-named-after = файл плана называется по своему учебному году
content-plan-name-like-content-plan-hint = назовите его так: content/plan/2025-2026.yaml
content-plan-must-text-found = значение `{ $key }` должно быть текстом, а найдено: { $v }
content-plan-responsible-must-teachers-ids = в `responsible` должен быть id педагога или список таких id, а найдено: { $v }
