## Messages of the module content-front-matter

content-front-matter-file-does-not-start = the file does not start with front matter (a `---` line)
content-front-matter-start-file-then-title-hint = start the file with ---, then `title:` and `date:` lines, then another ---
content-front-matter-front-matter-not-closed = the front matter is not closed: no second `---` line was found
content-front-matter-add-line-just-after-hint = add a line with just --- after the last field (title, date, …)
content-front-matter-front-matter-must-map = the front matter must be a map of `field: value` lines, found { $other }
content-front-matter-write-each-field-own-hint = write each field on its own line as `name: value`, without a leading «- »
content-front-matter-title-has-no-value = the title has no value
content-front-matter-write-entry-s-title-hint = write the entry's title after `title:`
content-front-matter-date-has-no-value = the date has no value
content-front-matter-write-date-after-date-hint = write the date after `date:`, e.g. date: 2025-10-14
content-front-matter-title-empty = the title is empty
content-front-matter-write-entry-s-title-hint-2 = write the entry's title after `title:`
content-front-matter-has-year = `{ $s }` has the year { $year }
content-front-matter-not-valid-date = `{ $s }` is not a valid date
content-front-matter-write-date-day-month-hint = write the date as 2025-10-14 or 14.10.2025 (day.month.year)
content-front-matter-unknown-language = unknown language `{ $s }`
content-front-matter-use-kk-kazakh-ru-hint = use kk (Kazakh), ru (Russian) or en (English)
content-front-matter-menu-must-whole-number = `menu` must be a whole number (the page's place in the menu), found { $v }
content-front-matter-unknown-field-ignored = unknown field `{ $key }` is ignored
content-front-matter-must-text-found = `{ $key }` must be text, found { $v }
content-front-matter-if-text-contains-starts-hint = if the text contains «: » or starts with [ or {"{"}, put it in quotes
content-front-matter-slug-empty = the slug is empty
content-front-matter-use-letters-digits-e-hint = use letters and digits, e.g. slug: ashyq-sabaq
content-front-matter-slug-device = `{ $text }` is a name Windows keeps for a device: no folder can be called so; the address is `{ $slug }`
content-front-matter-slug-device-hint = choose another slug, e.g. slug: { $slug }
content-front-matter-slug-characters-long = the slug is { $clean_count } characters long
content-front-matter-address-part-most-characters-hint = an address part of at most 100 characters, e.g. slug: ashyq-sabaq
content-front-matter-must-true-false-found = `{ $key }` must be true or false, found { $v }
content-front-matter-yes-no-hint = write `{ $key }: true` (or yes, иә, да) or `{ $key }: false` (or no, жоқ, нет), with nothing else on the line
content-front-matter-must-name-list-names = `{ $key }` must be a name or a list of names, found { $v }
content-front-matter-write-list-first-second-hint = write a list as [first, second] or as lines starting with «- »
content-front-matter-unknown-attachment-field-ignored = unknown attachment field `{ $k }` is ignored
content-front-matter-attachment-has-file-optional-hint = an attachment has `file` and an optional `title`
content-front-matter-attachment-needs-file = an attachment needs a `file`
content-front-matter-write-file-slides-pdf-hint = write - file: slides.pdf (and optionally title: Презентация)
content-front-matter-attachment-must-file-name = an attachment must be a file name or a map with `file`, found { $other }
content-front-matter-years-accepted-hint = years from { $from } to { $to } are accepted
content-front-matter-year-in-full-hint = write the year in full: date: { $fixed }
content-front-matter-field-name-must-text = a field name must be text
content-front-matter-required-field-title-missing = the required field `title` is missing
content-front-matter-add-line-such-title-hint = add a line such as: title: "Ашық сабақ: бөлшектер"
content-front-matter-required-field-date-missing = the required field `date` is missing
content-front-matter-add-line-such-date-hint = add a line such as: date: 2025-10-14
content-front-matter-one-value-with-comma = `{ $key }` has one value, with a comma in it: «{ $value }»
content-front-matter-several-values-hint = to give several, write them as a list: { $key }: { $list }
content-front-matter-closing-missing-hint = the front matter may not be closed: is a `---` line missing after line { $line }?
content-front-matter-dash-not-hyphens-hint = the first line has a dash (— or –) where three hyphens belong: an editor such as Word changes --- as it is typed; write it again in Notepad or VS Code
content-front-matter-empty-lines-before-hint = delete the empty lines before the first ---: it must be the file's first line
content-front-matter-write-time-hint = write the time after the date as 2025-10-14 09:30 (hours 00–23, minutes 00–59), or leave it out
content-front-matter-authors-written-twice = `{ $key }` and `{ $first }` are the same field, written twice
content-front-matter-authors-in-one-list-hint = write every author in one list, like authors: [abenova-g, omarov-n], and delete the other line (line { $line })
content-front-matter-write-key-as-hint = `{ $written }` is written here: write it as { $field }:
content-front-matter-text-read-as-field = `{ $key }` is not the name of a field: the text after the front matter seems to have been read as fields, and would be lost
content-front-matter-close-before-text-hint = end the front matter with a `---` line after its last field, before the text
content-front-matter-authors-at-commas = `{ $key }` is read as { $n } authors, split at the commas: «{ $value }»
content-front-matter-date-far-ahead = the date { $date } is more than a year after today ({ $today })
content-front-matter-date-far-ahead-hint = is the year right? A work is dated with the day it was given or published
content-front-matter-lines-joined = `{ $key }` has one value, joined from the lines below it: «{ $value }»
content-front-matter-lines-joined-hint = to give several, begin each line below `{ $key }:` with «- »
content-front-matter-dash-deeper = `{ $key }`: a «- » line is indented deeper than the one above it, so both were read as one value «{ $value }»; taken as separate values
content-front-matter-dash-deeper-hint = put each «- » under the one above it, as in { $key }: { $list }
content-front-matter-list-in-list = `{ $key }` has a list inside its list
content-front-matter-one-list-hint = write them as one list: { $key }: { $list }
content-front-matter-lookalike = `{ $key }`: «{ $value }» has { $script ->
    [latin] Latin
   *[cyrillic] Cyrillic
} letters that look like the word's own ({ $letters }); read as «{ $mended }»
content-front-matter-lookalike-hint = retype the word with one keyboard layout: to a computer look-alike letters are other letters, and the name would be another person, tag or department
content-front-matter-unprintable = `{ $key }` has { $chars }, which the fonts of the printed documents do not have: the PDFs (catalogue, portfolio, certificates) leave it out, the pages show it
content-front-matter-unprintable-hint = say it in words, or leave it out of the value if the PDFs should match the pages
content-front-matter-file-empty = the file is empty
content-front-matter-list-blank-items = { $n ->
    [1] an empty item of `{ $key }:` is left out
   *[other] { $n } empty items of `{ $key }:` are left out
}
content-front-matter-list-blank-items-hint = delete the dash of an empty line, or write the value after it
content-front-matter-page-not-a-work = { $keys }: a page is not a work; it is in no listing, catalogue, portfolio or plan
content-front-matter-page-not-a-work-hint = a work is a file of its own in a kind's folder (seminars/lesson.md), not in pages/ nor an _index.md; else delete these lines
