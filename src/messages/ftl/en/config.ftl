## Messages of the module config

config-cannot-read-site-s = cannot read the site's settings: { $e }
config-run-ozyq-site-s-hint = run ozyq in the site's folder (the one with config.yaml), or make a new site with `ozyq init DIR`
config-unknown-ui-language = unknown site language `{ $s }`
config-use-kk-ru-en-hint = use kk, ru or en
config-year-start-month-must = year_start_month must be a month number, found { $year_start_month }
config-means-academic-year-starts-hint = 9 means the academic year starts in September
config-page-size-must-least = page_size must be at least 1
config-language-not-first-languages = `language: { $code }` is not the first of `languages:`
config-first-languages-site-s-hint = the first of `languages:` is the site's main language: remove `language:`
config-base-url-not-absolute = base_url `{ $u }` is not an absolute URL
config-write-full-e-g-hint = write it in full, e.g. https://college.example/otm/
config-base-url-has-which = base_url `{ $u }` has { $what } in it, which a URL cannot have
config-kind-listed-twice = kind `{ $id }` is listed twice
config-kinds-both-use-folder = kinds `{ $id }` and `{ $id2 }` both use the folder `{ $folder }`
config-site-has-no-kinds = the site has no kinds
config-kind-cannot-use-folder = kind `{ $id }` cannot use the folder `{ $folder }`: ozyq needs that name
config-base-url-a-space = a space
config-base-url-space-hint = write each space as %20, or leave the spaces out: e.g. https://college.example/otm/
config-base-url-as-browser-shows-hint = write the URL as the browser's address bar shows it, e.g. https://college.example/otm/
config-cache-among-sources = the cache folder .ozyq-cache leads to the site's own { $source }; ozyq would write its cache files there
config-cache-link-hint = remove the link .ozyq-cache (not what it leads to): ozyq makes the folder again
config-no-config-here = there is no config.yaml in this folder: it is not a site's folder
config-no-such-folder = the folder { $folder } does not exist
