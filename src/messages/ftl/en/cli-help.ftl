## `ozyq --help`: what each command and option is for. The ids follow the
## command line: cli-build-output is `ozyq build --output`.

cli = ozyq builds the website and exhibition catalogue of a college's School of Advanced Pedagogical Experience (Озық тәжірибе мектебі) from Markdown files
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-flag-help = Print help
cli-flag-version = Print version
cli-help = Print this help or the help of the given command
cli-help-command = The command
cli-root = The site's folder, the one with config.yaml (default: the current folder)
cli-lang = The language ozyq speaks in: kk, ru or en (default: OZYQ_LANG, else the site's language, else the system's); for `new`, the entry's language too, unless its title is Kazakh

cli-build = Build the site into output/ (the previous output stays if the build fails)
cli-build-output = Write the site here instead of output/
cli-build-drafts = Include entries marked `draft: true`
cli-build-force = Write into the --output folder even if it has files ozyq did not make: they are deleted (the site's own files are never written over)

cli-check = Check all content, data and templates without writing the site (photos and PDFs it makes are kept in .ozyq-cache/ for the next build)
cli-check-drafts = Include entries marked `draft: true`
cli-check-spelling = Check the spelling of titles, summaries and texts too (Hunspell dictionaries: Debian's hunspell-kk and hunspell-ru, or config.yaml's `spelling: {"{"}dictionaries: …{"}"}`; the site's own words in data/words.txt)

cli-new = Create a new entry with its fields filled in, e.g. `ozyq new open-lesson "Тақырып"`
cli-new-kind = The kind: seminar, conference, olympiad, article, guideline, bulletin, open-lesson, self-education (or a kind from config.yaml)
cli-new-title = The entry's title
cli-new-date = The date, e.g. 2025-10-14 (default: today)
cli-new-authors = An author's id or name (repeat for several)
cli-new-bundle = Make a folder with index.md, to put the entry's photos and files beside it

cli-serve = Serve the site on http://127.0.0.1:1111/, rebuild what each saved change affects and reload open browser tabs
cli-serve-port = The port (default: 1111; 0 picks a free one)
cli-serve-interface = The address to listen on (default: 127.0.0.1); 0.0.0.0 makes the site reachable from other machines
cli-serve-drafts = Include entries marked `draft: true`

cli-init = Create a new, empty site in DIR that uses the theme built into ozyq
cli-init-dir = The new site's folder
cli-init-title = The site's title (default: the School's name in the site's language, Озық тәжірибе мектебі or Школа передового опыта)

cli-theme = The site's theme: list its files, show one, or copy some into the site to change them (`ozyq theme eject base.html`)
cli-theme-list = Name the theme's files a site may have its own copy of
cli-theme-show = Print one of the theme's files as the theme has it, e.g. `ozyq theme show base.html`
cli-theme-show-name = The file: base.html, partials/card.html, static/style.css, …
cli-theme-eject = Copy theme files into the site's templates/, static/ or print/ to change them, e.g. `ozyq theme eject base.html`; a file the site has is never written over
cli-theme-eject-names = The files: base.html, partials/card.html, style.css, catalogue.typ, …

cli-catalogue = Make a year's exhibition catalogue: output/catalogue/YEAR/index.html and catalogue.pdf (and again the year's report, labels and certificates), e.g. `ozyq catalogue 2025-2026`
cli-catalogue-year = The academic year, e.g. 2025-2026
cli-catalogue-paper = The paper: a5 or a4 (default: catalogue.paper in config.yaml, else a5)
cli-catalogue-booklet = Impose the A5 pages two per A4 sheet for saddle-stitch printing
cli-catalogue-output = Write the PDF here instead of output/catalogue/YEAR/catalogue.pdf

cli-certificates = Make the certificates of a year's exhibitors (or of one event's participants)
cli-certificates-year = The academic year, e.g. 2025-2026
cli-certificates-event = Only the authors of exhibits whose `event` contains this text
cli-certificates-thanks = Letters of thanks (алғыс хат) instead of certificates: thanks.pdf
cli-certificates-output = Write the PDF here instead of output/catalogue/YEAR/certificates.pdf

cli-publish = Build the site and upload what changed to a place of config.yaml's `publish:` (SFTP, FTP, FTPS or a folder), e.g. `ozyq publish college`
cli-publish-target = The place's name in config.yaml (may be left out when there is one)
cli-publish-no-build = Publish output/ as it is, without building first
cli-publish-dry-run = Only list what would be uploaded and deleted
cli-publish-save-password = Ask for the place's password and keep it in the system's keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring), then stop
cli-publish-forget-password = Remove the place's password from the system's keyring, then stop
cli-publish-force = Publish into a folder that holds files of a site ozyq did not publish there, writing over them

cli-portfolio = Make a teacher's portfolio for attestation: output/authors/ID/portfolio.pdf, e.g. `ozyq portfolio abenova-g --years 2023-2026`
cli-portfolio-author = The author: their id in data/authors.yaml, their full name, or their surname and first name
cli-portfolio-years = The academic years, e.g. 2023-2026 (three years) or 2025-2026 (one); all by default
cli-portfolio-language = The PDF's language, one of the site's (`languages:`): ru makes output/ru/authors/ID/portfolio.pdf; the site's first language by default
cli-portfolio-output = Write the PDF here instead of output/[LANG/]authors/ID/portfolio[-YEARS].pdf

## The placeholders of values in the help: `--output <DIR>`.

cli-value-command = COMMAND
cli-root-value = DIR
cli-lang-value = LANG
cli-build-output-value = DIR
cli-new-kind-value = KIND
cli-new-title-value = TITLE
cli-new-date-value = DATE
cli-new-authors-value = AUTHOR
cli-serve-port-value = PORT
cli-serve-interface-value = ADDRESS
cli-init-dir-value = DIR
cli-init-title-value = TITLE
cli-theme-show-name-value = FILE
cli-theme-eject-names-value = FILES
cli-catalogue-year-value = YEAR
cli-catalogue-paper-value = PAPER
cli-catalogue-output-value = FILE
cli-certificates-year-value = YEAR
cli-certificates-event-value = EVENT
cli-certificates-output-value = FILE
cli-publish-target-value = PLACE
cli-portfolio-author-value = AUTHOR
cli-portfolio-years-value = YEARS
cli-portfolio-language-value = LANG
cli-portfolio-output-value = FILE
