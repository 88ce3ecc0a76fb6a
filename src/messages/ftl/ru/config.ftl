## Сообщения модуля config

config-cannot-read-site-s = не удаётся прочитать настройки сайта: { $e }
config-run-ozyq-site-s-hint = запустите ozyq в папке сайта (той, где лежит config.yaml) или создайте новый сайт командой `ozyq init ПАПКА`
config-unknown-ui-language = неизвестный язык сайта `{ $s }`
config-use-kk-ru-en-hint = укажите kk, ru или en
config-year-start-month-must = year_start_month должен быть номером месяца, а указано: { $year_start_month }
config-means-academic-year-starts-hint = 9 означает, что учебный год начинается в сентябре
config-page-size-must-least = page_size должен быть не меньше 1
config-language-not-first-languages = `language: { $code }` — не первый язык в `languages:`
config-first-languages-site-s-hint = первый язык в `languages:` и есть основной язык сайта: уберите `language:`
config-base-url-not-absolute = base_url `{ $u }` — не полный адрес (URL)
config-write-full-e-g-hint = напишите адрес полностью, например https://college.example/otm/
config-base-url-has-which = в base_url `{ $u }` есть то, чего в адресе (URL) быть не может: { $what }
config-kind-listed-twice = вид `{ $id }` указан дважды
config-kinds-both-use-folder = виды `{ $id }` и `{ $id2 }` используют одну и ту же папку `{ $folder }`
config-site-has-no-kinds = на сайте не задано ни одного вида записей
config-kind-cannot-use-folder = вид `{ $id }` не может использовать папку `{ $folder }`: это имя нужно самому ozyq
config-base-url-a-space = пробел
config-base-url-space-hint = запишите каждый пробел как %20 или уберите пробелы, например https://college.example/otm/
config-base-url-as-browser-shows-hint = напишите адрес так, как его показывает адресная строка браузера, например https://college.example/otm/
config-cache-among-sources = папка кэша .ozyq-cache ведёт в { $source } — файлы самого сайта; ozyq записал бы туда файлы кэша
config-cache-link-hint = удалите ссылку .ozyq-cache (не то, куда она ведёт): ozyq создаст папку заново
config-no-config-here = в этой папке нет config.yaml: это не папка сайта
config-no-such-folder = папки { $folder } нет
