## Сообщения модуля content-walk

content-walk-site-has-no-content = у сайта нет папки content/
content-walk-create-content-folder-per-hint = создайте папку content/ и в ней по папке на каждый вид записей, например content/open-lessons/
content-walk-cannot-read = не удаётся прочитать: { $e }
content-walk-translation-into-which-site = перевод на язык `{ $code }`, на котором сайт не публикуется: перевод пропущен
content-walk-add-languages-config-yaml-hint = чтобы опубликовать его, добавьте { $code } в `languages:` в config.yaml
content-walk-markdown-file-not-kind = этот файл Markdown лежит не в папке какого-либо вида, поэтому ozyq не знает, что это
content-walk-move-into-one-pages-hint = переместите его в одну из папок: { $config } — или в pages/, если это отдельная страница
content-walk-unknown-kind-no-kind = неизвестный вид: ни один вид не использует папку `{ $top }`
content-walk-did-you-mean-rename-hint = возможно, вы имели в виду `{ $n }`? Переименуйте { $folder } в content/{ $n }/
content-walk-kind-folders-are-add-hint = папки видов: { $config }; новый вид добавьте в раздел `kinds:` в config.yaml
content-walk-link-leads-nowhere = символическая ссылка никуда не ведёт: { $e }
content-walk-put-file-itself-here-hint = положите сюда сам файл или удалите ссылку
content-walk-link-folder-not-followed = по символической ссылке на папку ozyq не переходит; файлы из этой папки не публикуются
content-walk-put-folder-itself-here-hint = положите сюда саму папку, если её файлы относятся к сайту
content-walk-link-leads-something-not = символическая ссылка ведёт не на файл; она пропущена
content-walk-link-leads-file-outside = символическая ссылка ведёт на файл вне папки сайта; такой файл не публикуется
content-walk-copy-file-into-site-hint = скопируйте файл в папку сайта вместо ссылки на него
content-walk-not-regular-file-pipe = это не обычный файл (канал, сокет или устройство); он пропущен
content-walk-markdown-file-inside-entry = этот файл Markdown лежит внутри папки записи { $bundle }, поэтому он не становится страницей и не публикуется
content-walk-move-file-folder-own-hint = чтобы он стал записью, переместите его в папку вида отдельным файлом или в отдельную папку; в одной папке — одна запись, её index.md
content-walk-markdown-saved-as-txt = похоже, это файл Markdown, сохранённый с `.txt` в конце имени: он публикуется как файл, а не как страница
content-walk-rename-without-txt-hint = переименуйте его в `{ $name }` (в Проводнике Windows включите Вид → Расширения имён файлов, чтобы видеть окончание)
content-walk-built-in-kind-left-out-hint = { $folder } — папка встроенного вида `{ $id }`, которого нет в списке `kinds:` в config.yaml: этот список заменяет встроенные виды, поэтому перечислите в нём все виды, которые остаются на сайте (для встроенного достаточно `- id: { $id }`)
content-walk-index-in-kind-folder = index.md прямо в папке { $folder }/ — не работа и не введение к виду, поэтому он не публикуется
content-walk-index-in-kind-folder-hint = для введения над списком назовите его _index.md; для работы дайте ей собственное имя ({ $folder }/moya-rabota.md) или положите в отдельную папку ({ $folder }/moya-rabota/index.md)
