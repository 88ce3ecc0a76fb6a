## Messages of the module render-figures

render-figures-figures-there-are-no = figures: there are no entries in { $label } to count
render-figures-name-year-entries-all-hint = name a year with entries, or `all`
render-figures-figures-unknown = figures: unknown `{ $key }: { $value }`
render-figures-figures-block-empty = figures: the block is empty
render-figures-figures-not-academic-year = figures: `{ $y }` is not an academic year
render-figures-write-year-all-every-hint = write the year as 2024-2025, or `all` for every year
render-figures-figures-site-has-no = figures: the site has no field `{ $f }` to count by
render-figures-define-under-fields-config-hint = define `{ $f }` under `fields:` in config.yaml, or count by kind or department
render-figures-figures-kind-level-table = figures: `by: kind-level` is a table of kinds by level; it has no chart
render-figures-write-table-count-kind-hint = write `as: table`, or count by kind or by level for a chart
render-figures-did-you-mean-accepted-hint = did you mean `{ $name }`? Accepted: { $list }
render-figures-accepted-hint = accepted: { $list }
render-figures-block-fields-hint = a figures block says what to count with `by:`, and may have `year:`, `as:` and `title:`, e.g. by: kind (see docs/content.md)
render-figures-block-not-map = figures: a block holds `key: value` lines, found { $found }
render-figures-in-block = figures: { $problem }
render-figures-year-not-a-year = figures: `year` must be an academic year or `all`, found { $found }
