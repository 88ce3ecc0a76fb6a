## Messages of the module site-tongues

site-tongues-also-version-work = { $source } is also the `{ $code }` version of this work
site-tongues-work-has-one-file-hint = a work has one file in each language: remove `lang:` from the original, or rename one of them
site-tongues-translation-s-date = this translation's date differs from that of { $original }
site-tongues-translation-s-kind = this translation's kind differs from that of { $original }
site-tongues-translation-same-folder-hint = a translation is the same work: give it the original's kind (the same `kind:`, or none)
site-tongues-translation-same-work-give-hint = a translation is the same work: give it the original's date
