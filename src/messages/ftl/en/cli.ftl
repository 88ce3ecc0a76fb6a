## What the ozyq command itself says: labels of diagnostics and summaries.

label-error = error
label-warning = warning
label-hint = hint

summary-entries = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
summary-translations = { $count ->
    [one] {" "}and 1 translation
   *[other] {" "}and { $count } translations
}
summary-pages = { $count ->
    [one] 1 page
   *[other] { $count } pages
}
summary-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
summary-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
summary-drafts = { $count ->
    [one] , 1 draft left out
   *[other] , { $count } drafts left out
}
summary-built = built { $entries }, { $pages }, { $warnings }{ $drafts } in { $seconds } s → { $output }
summary-checked = checked { $entries }, { $pages }, { $warnings }{ $drafts } in { $seconds } s
build-failed = build failed: { $errors }, { $warnings }; the previous { $output } is unchanged
build-failed-nothing = build failed: { $errors }, { $warnings }; nothing was written
check-failed = check failed: { $errors }, { $warnings }; nothing was written
new-created = created { $path }
new-bundle-files = put the entry's photos and files in { $dir }
theme-eject-which = name the files to copy into the site, e.g. `ozyq theme eject base.html`; the theme's files are:
theme-copied = copied { $path }
theme-own-copy-kept = { $path } is the site's own copy already: left as it is
theme-copies-used = the site now uses these copies in place of the theme's files; delete a copy to go back to the theme's
init-created = created a new site in { $dir } ({ $files } files)
init-language = the site's language: { $lang } (`language:` in config.yaml; `languages: [kk, ru]` for a site in both)
init-next = next, one command at a time:
init-next-title = Тақырып
catalogue-made = made the catalogue of { $year }: { $exhibits } exhibits, { $kb } KB in { $seconds } s{ $cached ->
    [yes] {" "}(unchanged, from .ozyq-cache/)
   *[no] {""}
} → { $pdf }
catalogue-other-years-warnings = { $count ->
    [one] 1 warning about another year's work is
   *[other] { $count } warnings about other years' works are
} left out: `ozyq check` says them all
catalogue-failed = the catalogue was not made: { $errors }
portfolio-made = made the portfolio of { $name }: { $works ->
    [one] 1 work
   *[other] { $works } works
} → { $pdf }
portfolio-failed = the portfolio was not made: { $errors }
certificates-made = made { $count ->
    [one] 1 certificate
   *[other] { $count } certificates
} of { $year } → { $pdf }
thanks-made = made { $count ->
    [one] 1 letter of thanks
   *[other] { $count } letters of thanks
} of { $year } → { $pdf }
certificates-failed = the certificates were not made: { $errors }
publish-uploading = uploading { $files ->
    [one] 1 file
   *[other] { $files } files
} ({ $kb } KB)
publish-uploaded = uploaded { $done }/{ $files } files
publish-deleted = deleted { $path }
publish-would-upload = upload { $path }
publish-would-delete = delete { $path }
publish-dry-run = would upload { $uploads } files and delete { $deletes } at { $target } ({ $url }); { $unchanged } unchanged
publish-done = published to { $target } ({ $url }): { $uploads } files uploaded ({ $kb } KB), { $deletes } deleted, { $unchanged } unchanged
publish-failed = nothing was published: { $errors }
publish-stopped = the publish stopped after { $done } of { $files } files: { $errors }; the server has part of the new site until `ozyq publish` is run again
publish-password-prompt = password for { $account }:
publish-password-empty = no password was given: nothing was kept
publish-password-saved = the password for { $account } (place { $target }) is kept in the system's keyring
publish-password-forgotten = the password for { $account } (place { $target }) is removed from the system's keyring

## The command line's own problems.

cli-error-no-command = there is no command `{ $what }`
cli-error-no-command-given = name a command, e.g. `ozyq build`
cli-error-no-option = there is no option `{ $what }` here
cli-error-bad-value = `{ $value }` is not a value { $arg } takes
cli-error-valid-values = write one of: { $values }
cli-error-missing = this is missing: { $what }
cli-error-did-you-mean = did you mean `{ $what }`? `ozyq --help` lists the commands, `ozyq COMMAND --help` their options
cli-error-see-help = `ozyq --help` lists the commands, `ozyq COMMAND --help` their options
cli-error-other = the command line is not right: { $detail }
print-replaced-by-build = note: the next `ozyq build` remakes output/ without { $pdf }: copy the file elsewhere to keep it, or write it there with --output FILE
cli-booklet-is-a5 = a booklet is printed from A5 pages, two to an A4 sheet: `--paper a4` cannot be one
cli-booklet-is-a5-hint = leave out `--paper a4` for the booklet, or `--booklet` for the A4 catalogue
