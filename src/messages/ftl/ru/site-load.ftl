## Сообщения модуля site-load

site-load-catalogue-foreword-must-named = предисловие к каталогу должно называться по своему учебному году, а не `{ $stem }`
site-load-name-like-content-catalogue-hint = назовите его так: content/catalogue/2025-2026.md
site-load-page-s-url-used = адрес страницы `{ $dir }` использует сам ozyq
site-load-give-page-another-slug-hint = задайте странице другой `slug:`
site-load-address-also = адрес `{ $dir }` совпадает с адресом { $other }
site-load-rename-one-two-files-hint = переименуйте один из двух файлов или задайте ему `slug:` в шапке
site-load-make-smaller-pdf-saved-hint = уменьшите файл (PDF сохраните для веба, видео дайте ссылкой на видеохостинг) или увеличьте `attachments: {"{"}max_megabytes: …{"}"}` в config.yaml
site-load-foreword-too-long-printed = предисловие слишком длинное для печатного каталога (символов: { $count }): в PDF оно обрезано (предел символов: { $chars }) на этом месте или на одном из предыдущих абзацев
site-load-foreword-page-two-usual-hint = обычно предисловие занимает одну-две страницы; сократите его
site-load-lists-quotes-here-are = списки или цитаты здесь вложены слишком глубоко (допустимо уровней: { $nesting }): в PDF более глубокие уровни печатаются на последнем допустимом
site-load-list-inside-list-inside-hint = обычно достаточно списка внутри списка внутри списка
site-load-foreword-has-run-more = в предисловии есть слишком длинный фрагмент без пробелов (больше символов, чем { $longest_run }): в PDF он разбит пробелами
site-load-add-missing-spaces-shorten-hint = добавьте недостающие пробелы или сократите этот фрагмент
site-load-outside-site-folder = { $what } `{ $name }`: файл находится вне папки сайта
site-load-put-file-beside-markdown-hint = положите файл рядом с файлом Markdown (сделайте запись папкой с index.md) и укажите его имя без ../
site-load-does-not-exist = { $what } `{ $name }`: такого файла нет
site-load-expected-file-hint = файл ожидался здесь: { $path }
site-load-not-inside-content = { $what } `{ $name }`: файл находится не внутри content/
site-load-move-into-hint = переместите его в { $content_dir }
site-load-what-attachment = вложение
site-load-what-file = файл
site-load-what-cover = обложка
site-load-file-too-large = { $what } `{ $written }`: { $megabytes } МБ, больше { $limit } МБ, которые принимает хостинг колледжа
site-load-names-look-alike-hint = имена двух файлов выглядят одинаково, но записаны разными кодами символов (буква и отдельный знак над ней, как может сохранить имя Mac): удалите ненужную копию или переименуйте её
