## Messages of the module site-load

site-load-catalogue-foreword-must-named = a catalogue foreword must be named after its academic year, not `{ $stem }`
site-load-name-like-content-catalogue-hint = name it like content/catalogue/2025-2026.md
site-load-page-s-url-used = the page's URL `{ $dir }` is used by ozyq itself
site-load-give-page-another-slug-hint = give the page another `slug:`
site-load-address-also = the address `{ $dir }` is also that of { $other }
site-load-rename-one-two-files-hint = rename one of the two files, or give it a `slug:` in its front matter
site-load-make-smaller-pdf-saved-hint = make it smaller (a PDF saved for the web, a video linked from a video site), or raise `attachments: {"{"}max_megabytes: …{"}"}` in config.yaml
site-load-foreword-too-long-printed = the foreword is too long for the printed catalogue ({ $count } characters): the PDF has it cut to { $chars } characters, here or at a paragraph before
site-load-foreword-page-two-usual-hint = a foreword of a page or two is usual; shorten it
site-load-lists-quotes-here-are = lists or quotes here are nested more than { $nesting } deep: the PDF prints the deeper ones at that depth
site-load-list-inside-list-inside-hint = a list inside a list inside a list is usually enough
site-load-foreword-has-run-more = the foreword has a run of more than { $longest_run } characters without a space: the PDF has it broken by spaces
site-load-add-missing-spaces-shorten-hint = add the missing spaces, or shorten it
site-load-outside-site-folder = the { $what } `{ $name }` is outside the site folder
site-load-put-file-beside-markdown-hint = put the file beside the Markdown file (make the entry a folder with index.md) and name it without ../
site-load-does-not-exist = the { $what } `{ $name }` does not exist
site-load-expected-file-hint = expected the file at { $path }
site-load-not-inside-content = the { $what } `{ $name }` is not inside content/
site-load-move-into-hint = move it into { $content_dir }
site-load-what-attachment = attachment
site-load-what-file = file
site-load-what-cover = cover image
site-load-file-too-large = the { $what } `{ $written }` is { $megabytes } MB, more than the { $limit } MB a college's host may accept
site-load-names-look-alike-hint = the two files' names look the same but are written with different character codes (a letter and a separate mark above it, as a Mac may save a name): delete the copy you do not need, or rename it
