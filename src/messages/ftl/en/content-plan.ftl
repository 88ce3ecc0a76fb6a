## Messages of the module content-plan

content-plan-plan-file-named-after = a plan file is named after its academic year
content-plan-name-like-content-plan-hint = name it like content/plan/2025-2026.yaml
content-plan-must-text-found = `{ $key }` must be text, found { $v }
content-plan-responsible-must-teachers-ids = `responsible` must be teachers' ids or a list of them, found { $v }
content-plan-id-hint = a short id that entries name in `plan:`, e.g. id: seminar-oct
content-plan-responsible-hint = write teachers' ids from data/authors.yaml, e.g. responsible: [abenova-g]
content-plan-status-hint = write done, moved or cancelled, and why in `reason:`
content-plan-one-line-hint = write it as text on one line
content-plan-item-has-no = the plan item has no `{ $key }`
content-plan-title-hint = say what is to be done, on one line: title: Ашық сабақтар апталығы
