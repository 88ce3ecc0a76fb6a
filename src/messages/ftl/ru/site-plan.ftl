## Сообщения модуля site-plan

site-plan-plan-item-was-due = срок пункта плана `{ $id }` («{ $title }») — до { $end }, но ни одна запись его не отражает
site-plan-write-plan-entry-records-hint = напишите `plan: { $id }` в записи, которая его отражает, или отметьте пункт в плане: `status: done` (проведено, публиковать нечего), `moved` (с `to:`) или `cancelled` — с указанием `reason:`
