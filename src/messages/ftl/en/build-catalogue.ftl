## Messages of the module build-catalogue

build-catalogue-cannot-write = cannot write: { $e }
build-catalogue-cannot-read = cannot read: { $e }
build-catalogue-not-academic-year = `{ $year }` is not an academic year
build-catalogue-write-like-hint = write it like 2025-2026
build-catalogue-no-entries-academic-year = no entries in the academic year { $slug }
build-catalogue-cannot-write-2 = cannot write: { $e }
build-catalogue-name-new-pdf-file-hint = name a new .pdf file outside the site's content, data and themes
build-catalogue-event-matched-event-field-hint = the event is matched in the `event:` field of the year's entries
build-catalogue-event-names-nothing = `--event` names no event: it has no letters or digits
build-catalogue-event-several = `{ $event }` is in the names of { $count } events of { $year }; certificates are for one
build-catalogue-event-several-hint = write more of the name of the one meant: { $events }
build-catalogue-no-event-exhibit = no exhibit of { $year } has an event containing `{ $event }`
build-catalogue-year-without-exhibits = the academic year { $year } has no exhibits
build-catalogue-no-year-has-entries-hint = no year has entries yet
build-catalogue-years-with-entries-hint = years with entries: { $years }
