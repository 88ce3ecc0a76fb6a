## Сообщения модуля site-entry

site-entry-too-long-printed-catalogue = { $label }: слишком длинно для печатного каталога (символов: { $count }): в PDF — { $limit }; на веб-странице текст остаётся целиком
site-entry-shorten-here-if-catalogue-hint = сократите текст здесь, если в каталоге он должен быть напечатан целиком
site-entry-file-folder-kind-but = файл лежит в папке вида `{ $id }`, но в нём написано `kind: { $s }`
site-entry-move-file-content-remove-hint = переместите файл в content/{ $folder }/ или уберите строку `kind:`
site-entry-did-you-mean-kinds-hint = возможно, вы имели в виду `{ $n }`? Виды: { $config }
site-entry-kinds-are-hint = виды: { $config }
site-entry-field-required-entries-kind = поле `{ $req }` обязательно для записей вида `{ $id }`
site-entry-add-line-front-matter-hint = добавьте в шапку строку `{ $req }: …` (это поле сделано обязательным в config.yaml)
site-entry-exhibition-catalogue-prints-entry = в каталоге выставки эта запись будет напечатана без полей: { $fields }
site-entry-add-front-matter-exhibit-hint = добавьте в шапку поля { $fields } или `exhibit: false`, чтобы не включать запись в каталог
site-entry-neither-file-s-name = ни в имени файла, ни в заголовке нет букв или цифр, из которых можно составить адрес страницы
site-entry-rename-file-latin-letters-hint = переименуйте файл латинскими буквами или добавьте адрес в шапку, например slug: ashyq-sabaq
site-entry-text-title = название (`title`)
site-entry-text-summary = краткое содержание (`summary`)
site-entry-text-field = поле `{ $name }`
site-entry-text-name = имя «{ $name }»
site-entry-lang-differs-from-file-name = `lang: { $written }` не учитывается: по имени файла это версия на `{ $named }`
site-entry-lang-differs-hint = удалите строку `lang:` или переименуйте файл, если он не на `{ $named }`
site-entry-text-in-other-language = текст написан, похоже, { $reads ->
    [kk] по-казахски
    [ru] по-русски
   *[other] { $reads }
}, но без `lang:` запись публикуется как { $lang ->
    [kk] казахская
    [ru] русская
   *[other] { $lang }
} (её списки, переносы и библиографическая запись)
site-entry-text-in-other-language-hint = напишите в начале файла `lang: { $reads }`
