## Сообщения модуля site-tongues

site-tongues-also-version-work = { $source } — тоже версия этой работы на языке `{ $code }`
site-tongues-work-has-one-file-hint = у работы по одному файлу на каждом языке: уберите `lang:` из оригинала или переименуйте один из файлов
site-tongues-translation-s-kind-date = вид или дата этого перевода не совпадает с указанными в { $original }
site-tongues-translation-same-work-give-hint = перевод — это та же работа: укажите в нём ту же дату, что в оригинале
