## Messages of the module config-languages

config-languages-unknown-language = unknown language `{ $code }`
config-languages-ozyq-speaks-kk-kazakh-hint = ozyq speaks kk (Kazakh), ru (Russian) and en (English)
config-languages-language-named-twice = the language `{ $code }` is named twice
config-languages-texts-language = the texts of language `{ $code }`: { $e }
config-languages-language-may-give-title-hint = a language may give title, description, college, city and footer
config-languages-languages-names-no-language = `languages:` names no language
config-languages-write-site-s-languages-hint = write the site's languages, the main one first: languages: [kk, ru]
