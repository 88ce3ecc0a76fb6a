## Messages of the module serve-guard

serve-guard-stopped-internal-error-bug = { $what } stopped with an internal error (a bug in ozyq): { $panic }
serve-guard-last-good-pages-are-hint = the last good pages are shown; the next saved change is tried again. Please report this with the file you changed
serve-serving = serving { $root } at { $url } (watching { $watched }); press Ctrl+C to stop
serve-stopping = stopping
