## Сообщения модуля plan-resolve

plan-resolve-year-has-plan-already = на { $label } учебный год план уже есть: content/plan/{ $file }
plan-resolve-keep-one-plan-file-hint = оставьте по одному файлу плана на каждый учебный год
plan-resolve-plan-item-id-used = id пункта плана `{ $value }` используется дважды
plan-resolve-give-each-item-plan-hint = дайте каждому пункту плана свой id
plan-resolve-new-time-moved-item = `to:` — это новый срок перенесённого пункта, но этот пункт не отмечен как перенесённый
plan-resolve-add-status-moved-remove-hint = добавьте `status: moved` или уберите `to:`
plan-resolve-item-without-reason = у пункта `{ $value }` статус `{ $value2 }`, но не указана причина
plan-resolve-say-why-reason-plan-hint = укажите причину в `reason:`: план — это документ, по которому Школа отчитывается
plan-resolve-unknown-form-work = неизвестная форма работы `{ $value }`
plan-resolve-unknown-status = неизвестный статус `{ $value }`
plan-resolve-write-moved-reason-cancelled-hint = напишите `moved` или `перенесено` (с `to:` и `reason:`), `cancelled` или `отменено` (с `reason:`) или `done` либо `выполнено` — для того, что не отражено ни в одной записи; запись связывается с пунктом строкой `plan: <id>`
plan-resolve-did-you-mean-forms-hint = возможно, вы имели в виду `{ $name }`? Формы работы: { $list }
plan-resolve-write-form-hint = напишите один из видов сайта или другую форму работы: { $list }
plan-resolve-cannot-read-time = не удаётся прочитать `{ $value }` как срок плана
plan-resolve-write-time-hint = укажите срок одним из способов: { $accepted }
plan-resolve-time-outside-year = `{ $value }` не входит в { $year } учебный год
plan-resolve-plan-of-its-year-hint = этот файл — план на { $year } учебный год; запишите пункт в план своего учебного года
plan-resolve-range-ends-before-start = период `{ $value }` заканчивается раньше, чем начинается
plan-resolve-earlier-first-hint = сначала напишите более ранний срок: қазан–желтоқсан
plan-resolve-year-in-full-hint = напишите год полностью: when: { $fixed }
plan-resolve-did-you-mean-time-hint = может быть, имелось в виду `{ $name }`? Срок указывают одним из способов: { $accepted }
