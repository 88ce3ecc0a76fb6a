## Что `ozyq init` пишет в файлы нового сайта

init-comment-settings = Настройки сайта. Все поля, кроме `title`, можно не указывать.
init-comment-base-url = Адрес, по которому будет опубликован сайт, например https://college.example/otm/ (нужен для канонических ссылок, карты сайта и QR-кодов каталога).
init-comment-language = Язык сайта: kk, ru или en (`languages: [kk, ru]` — сайт на двух языках, русская версия в ru/).
init-comment-theme = Тема оформления, встроенная в ozyq. Файлы в папках templates/, static/ и print/ этого сайта заменяют одноимённые файлы темы: `ozyq theme eject base.html` копирует туда файл, чтобы его изменить, а `ozyq theme list` перечисляет все файлы темы.
init-comment-year-start = Месяц начала учебного года (9 — сентябрь).
init-comment-page-size = Записей на одной странице списка.
init-comment-authors = Педагоги колледжа, по одному пункту на каждого; записи ссылаются на них по id (`authors: [abenova-g]`). category: master, researcher, expert, moderator, highest, first, second или none.
init-example-name = Фамилия Имя Отчество
init-example-position = Преподаватель математики
init-home-text = Материалы Школы передового педагогического опыта.
scaffold-not-empty = папка { $path } уже существует и не пуста
scaffold-unknown-kind = неизвестный вид `{ $kind }`; виды: { $known }
scaffold-exists = { $path } уже существует
scaffold-exists-hint = ozyq не перезаписывает файлы: правьте этот или сначала переименуйте либо удалите его (для новой записи другое название даст и другой файл)
scaffold-cannot-write = не удаётся записать { $path }: { $error }
scaffold-empty-slug = в заголовке нет букв, из которых можно составить имя файла
scaffold-year-in-full-hint = напишите год полностью: --date { $fixed }
scaffold-bad-date = `{ $date }` — не дата; напишите её в виде 2025-10-14 или 14.10.2025
scaffold-unknown-theme-file = в теме оформления нет файла `{ $name }`
theme-file-ambiguous-hint = это может быть любой из файлов: { $files }; напишите путь полностью
theme-file-did-you-mean-hint = возможно, вы имели в виду `{ $name }`? `ozyq theme list` перечисляет все файлы темы
theme-file-list-hint = `ozyq theme list` перечисляет файлы темы

## Комментарии, которые `ozyq new` пишет рядом с пустыми полями записи

scaffold-authors-comment = id из data/authors.yaml или полные ФИО
scaffold-field-comment = { $label } — { $what }
scaffold-field-comment-required = { $label } — { $what } (обязательно)
scaffold-field-text = текст
scaffold-field-names = ФИО: [Иванова А. Б., …]
scaffold-field-count = целое число не меньше 0
scaffold-field-number = число
scaffold-field-date = дата: 2025-10-14
scaffold-field-year = год: 2025
scaffold-field-choice = одно из: { $list }
scaffold-field-people = id из data/authors.yaml
scaffold-field-url = ссылка: https://…
scaffold-field-yes-no = true или false
scaffold-field-file = файл рядом с записью
scaffold-plan-comment = пункты этого вида в плане { $year }, по id
scaffold-linked-folder = { $path } — ссылка на другую папку: сборка не читает такие папки, и записанная туда работа не попала бы на сайт
scaffold-linked-folder-hint = поставьте на её место настоящую папку (перенесите в неё файлы) и запустите ozyq new снова
scaffold-own-copy = { $path } — уже собственная копия сайта
scaffold-own-copy-hint = правьте её; чтобы начать заново с файла темы, сначала удалите её и скопируйте снова
