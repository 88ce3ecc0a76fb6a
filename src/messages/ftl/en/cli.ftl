## What the ozyq command itself says: labels of diagnostics and summaries.

label-error = error
label-warning = warning
label-hint = hint

summary-entries = { $count ->
    [one] 1 entry
   *[other] { $count } entries
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
build-failed = build failed: { $errors }, { $warnings }; the previous output/ is unchanged
check-failed = check failed: { $errors }, { $warnings }; nothing was written
command-failed = { $command } failed: { $errors }
new-created = created { $path }
new-bundle-files = put the entry's photos and files in { $dir }
theme-eject-which = name the files to copy into the site, e.g. `ozyq theme eject base.html`; the theme's files are:
theme-copied = copied { $path }
theme-copies-used = the site now uses these copies in place of the theme's files; delete a copy to go back to the theme's
init-created = created a new site in { $dir } ({ $files } files)
init-next = next: cd { $dir } && ozyq new open-lesson "Тақырып" && ozyq build
