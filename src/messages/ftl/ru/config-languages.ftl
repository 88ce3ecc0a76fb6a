## Сообщения модуля config-languages

config-languages-unknown-language = неизвестный язык `{ $code }`
config-languages-ozyq-speaks-kk-kazakh-hint = ozyq знает языки kk (казахский), ru (русский) и en (английский)
config-languages-language-named-twice = язык `{ $code }` указан дважды
config-languages-texts-language = тексты на языке `{ $code }`: { $e }
config-languages-language-may-give-title-hint = для языка можно указать title, description, college, city и footer
config-languages-languages-names-no-language = в `languages:` не указано ни одного языка
config-languages-write-site-s-languages-hint = перечислите языки сайта, основной — первым: languages: [kk, ru]
