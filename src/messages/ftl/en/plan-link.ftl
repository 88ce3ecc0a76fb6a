## Messages of the module plan-link

plan-link-plan-item-plan-but = the plan item `{ $id }` is in the plan of { $label }, but this entry's date falls in { $label2 }
plan-link-entry-carries-out-item-hint = an entry carries out an item of its own year's plan: check the entry's date, or the item's id
plan-link-year-has-no-work = the year { $label } has no work plan, so `plan: { $id }` leads nowhere
plan-link-write-plan-content-plan-hint = write the plan in content/plan/{ $slug }.yaml, or remove `plan:`
plan-link-plan-has-no-item = the plan of { $label } has no item `{ $id }`
plan-link-did-you-mean-hint = did you mean `{ $n }`?
plan-link-ids-are-written-id-hint = the ids are written as `id:` in content/plan/{ $file }
plan-link-items-are-hint = the plan's items are: { $ids }
plan-link-recorded-though-cancelled = the plan item `{ $id }` is cancelled, but { $file } records it: it counts as done
plan-link-recorded-though-moved = the plan item `{ $id }` is moved out of the year, but { $file } records it: it counts as done
plan-link-recorded-though-off-hint = if it took place, remove its `status:` and `reason:`; if not, remove `plan:` from the entry
