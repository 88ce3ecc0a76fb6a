## Messages of the module plan-resolve

plan-resolve-year-has-plan-already = the year { $label } has a plan already: content/plan/{ $unwrap_or_default }
plan-resolve-keep-one-plan-file-hint = keep one plan file per academic year
plan-resolve-plan-item-id-used = the plan item id `{ $value }` is used twice
plan-resolve-give-each-item-plan-hint = give each item of the plan an id of its own
plan-resolve-new-time-moved-item = `to:` is the new time of a moved item, but this item is not marked moved
plan-resolve-add-status-moved-remove-hint = add `status: moved`, or remove `to:`
plan-resolve-item-without-reason = the item `{ $value }` is { $value2 } without a reason
plan-resolve-say-why-reason-plan-hint = say why with `reason:`: the plan is a record the School reports from
plan-resolve-unknown-form-work = unknown form of work `{ $value }`
plan-resolve-unknown-status = unknown status `{ $value }`
plan-resolve-write-moved-reason-cancelled-hint = write `moved` (with `to:` and `reason:`), `cancelled` (with `reason:`), or `done` for what no entry records; an entry records an item with `plan: <id>`
