## Сообщения модуля site-tongues

site-tongues-also-version-work = { $source } — тоже версия этой работы на языке `{ $code }`
site-tongues-work-has-one-file-hint = у работы по одному файлу на каждом языке: уберите `lang:` из оригинала или переименуйте один из файлов
site-tongues-translation-s-date = дата этого перевода не совпадает с датой в { $original }
site-tongues-translation-s-kind = вид этого перевода не совпадает с видом в { $original }
site-tongues-translation-same-folder-hint = перевод — та же работа: укажите вид оригинала (тот же `kind:` или никакого)
site-tongues-translation-same-work-give-hint = перевод — это та же работа: укажите в нём ту же дату, что в оригинале
