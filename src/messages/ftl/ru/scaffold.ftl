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
