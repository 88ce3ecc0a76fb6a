## Messages of the module content-plan

content-plan-plan-file-named-after = a plan file is named after its academic year
content-plan-name-like-content-plan-hint = name it like content/plan/2025-2026.yaml
content-plan-must-text-found = `{ $key }` must be text, found { $v }
content-plan-responsible-must-teachers-ids = `responsible` must be teachers' ids or a list of them, found { $v }
