## Сообщения модуля plan-link

plan-link-plan-item-plan-but = пункт плана `{ $id }` есть в плане на { $label } учебный год, но дата этой записи приходится на { $label2 } учебный год
plan-link-entry-carries-out-item-hint = запись выполняет пункт плана своего учебного года: проверьте дату записи или id пункта
plan-link-year-has-no-work = на { $label } учебный год нет плана работы, поэтому `plan: { $id }` никуда не ведёт
plan-link-write-plan-content-plan-hint = запишите план в content/plan/{ $slug }.yaml или уберите `plan:`
plan-link-plan-has-no-item = в плане на { $label } учебный год нет пункта `{ $id }`
plan-link-did-you-mean-hint = возможно, вы имели в виду `{ $n }`?
plan-link-ids-are-written-id-hint = id пунктов записаны в строках `id:` в content/plan/{ $file }
plan-link-items-are-hint = пункты плана: { $ids }
plan-link-recorded-though-cancelled = пункт плана `{ $id }` отменён, но его отражает запись { $file }: он считается выполненным
plan-link-recorded-though-moved = пункт плана `{ $id }` перенесён на другой учебный год, но его отражает запись { $file }: он считается выполненным
plan-link-recorded-though-off-hint = если мероприятие состоялось, уберите его `status:` и `reason:`; если нет — уберите `plan:` из записи
