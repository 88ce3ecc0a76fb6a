## Messages of the module plan-resolve

plan-resolve-year-has-plan-already = the year { $label } has a plan already: content/plan/{ $file }
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
plan-resolve-did-you-mean-forms-hint = did you mean `{ $name }`? The forms are: { $list }
plan-resolve-write-form-hint = write a kind of the site or another form: { $list }
plan-resolve-cannot-read-time = cannot read `{ $value }` as a time of the plan
plan-resolve-write-time-hint = write { $accepted }
plan-resolve-time-outside-year = `{ $value }` is not in the academic year { $year }
plan-resolve-plan-of-its-year-hint = this file is the plan of { $year }; put the item in the plan of its own year
plan-resolve-range-ends-before-start = the range `{ $value }` ends before it starts
plan-resolve-earlier-first-hint = write the earlier time first: қазан–желтоқсан
plan-resolve-year-in-full-hint = write the year in full: when: { $fixed }
plan-resolve-did-you-mean-time-hint = did you mean `{ $name }`? A time is { $accepted }
