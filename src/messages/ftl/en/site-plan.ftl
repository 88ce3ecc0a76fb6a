## Messages of the module site-plan

site-plan-plan-item-was-due = the plan item `{ $id }` («{ $title }») was due by { $end } and no entry records it
site-plan-write-plan-entry-records-hint = write `plan: { $id }` in the entry that records it, or mark the item in the plan `status: done` (held, with nothing to publish), `moved` (with `to:`) or `cancelled`, with a `reason:`
