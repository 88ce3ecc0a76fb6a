## What `ozyq init` writes in a new site's files

init-comment-settings = Site settings. Every field but `title` may be left out.
init-comment-base-url = The address the site will be published at, e.g. https://college.example/otm/ (used for canonical links, the sitemap and the catalogue's QR codes).
init-comment-language = The site's language: kk, ru or en (`languages: [kk, ru]` for a site in both, Russian under ru/).
init-comment-theme = The theme built into ozyq. Files in this site's templates/, static/ and print/ are used in place of the theme's files of the same name: `ozyq theme eject base.html` copies one there to change it, and `ozyq theme list` names them all.
init-comment-year-start = The month the academic year starts in (9 = September).
init-comment-page-size = Entries per listing page.
init-comment-authors = The college's teachers, one item each; entries name them by id (`authors: [abenova-g]`). category: master, researcher, expert, moderator, highest, first, second or none.
init-example-name = Surname Name Patronymic
init-example-position = Teacher of mathematics
init-home-text = Materials of the School of Advanced Pedagogical Experience.
scaffold-not-empty = { $path } already exists and is not empty
scaffold-unknown-kind = unknown kind `{ $kind }`; kinds are: { $known }
scaffold-exists = { $path } already exists
scaffold-exists-hint = ozyq does not write over a file: edit that one, or rename or delete it first (for a new entry, a title of its own also gives a file of its own)
scaffold-cannot-write = cannot write { $path }: { $error }
scaffold-empty-slug = the title gives no letters for a file name
scaffold-year-in-full-hint = write the year in full: --date { $fixed }
scaffold-bad-date = `{ $date }` is not a date; write it as 2025-10-14 or 14.10.2025
scaffold-unknown-theme-file = the theme has no file `{ $name }`
theme-file-ambiguous-hint = it could be { $files }: write the whole path
theme-file-did-you-mean-hint = did you mean `{ $name }`? `ozyq theme list` names them all
theme-file-list-hint = `ozyq theme list` names the theme's files

## The comments `ozyq new` writes beside an entry's empty fields

scaffold-authors-comment = ids from data/authors.yaml, or full names
scaffold-field-comment = { $label } — { $what }
scaffold-field-comment-required = { $label } — { $what } (required)
scaffold-field-text = text
scaffold-field-names = names: [A. Smith, …]
scaffold-field-count = a whole number, 0 or more
scaffold-field-number = a number
scaffold-field-date = a date: 2025-10-14
scaffold-field-year = a year: 2025
scaffold-field-choice = one of: { $list }
scaffold-field-people = ids from data/authors.yaml
scaffold-field-url = a link: https://…
scaffold-field-yes-no = true or false
scaffold-field-file = a file beside the entry
scaffold-plan-comment = this kind's items in the { $year } plan, by id
scaffold-linked-folder = { $path } is a link to another folder: a build does not read linked folders, so a work written there would not be on the site
scaffold-linked-folder-hint = put a real folder in its place (move the files in), then run ozyq new again
scaffold-own-copy = { $path } is already the site's own copy
scaffold-own-copy-hint = edit it; to start again from the theme's, delete it first and eject it again
