## `ozyq --help`: для чего каждая команда и параметр. Имена следуют
## командной строке: cli-build-output — это `ozyq build --output`.

cli = ozyq собирает сайт и каталог методической выставки Школы передового педагогического опыта колледжа (Озық тәжірибе мектебі) из файлов Markdown
cli-heading-usage = Использование
cli-heading-commands = Команды
cli-heading-arguments = Аргументы
cli-heading-options = Параметры
cli-flag-help = Показать справку
cli-flag-version = Показать версию
cli-help = Показать эту справку или справку по команде
cli-help-command = Команда
cli-root = Папка сайта, та, где лежит config.yaml (по умолчанию: текущая папка)
cli-lang = Язык сообщений ozyq: kk, ru или en (по умолчанию: OZYQ_LANG, иначе язык сайта, иначе язык системы); для `new` также язык записи, если её заголовок не казахский

cli-build = Собрать сайт в output/ (если сборка не удалась, прежний результат остаётся)
cli-build-output = Записать сайт в эту папку вместо output/
cli-build-drafts = Включить записи с пометкой `draft: true`
cli-build-force = Записывать в папку --output, даже если в ней есть файлы, созданные не ozyq: они будут удалены (собственные файлы сайта не перезаписываются никогда)

cli-check = Проверить всё содержимое, данные и шаблоны, не записывая сайт (созданные фото и PDF сохраняются в .ozyq-cache/ для следующей сборки)
cli-check-drafts = Включить записи с пометкой `draft: true`
cli-check-spelling = Проверить также орфографию заголовков, аннотаций и текстов (словари Hunspell: пакеты Debian hunspell-kk и hunspell-ru или `spelling: {"{"}dictionaries: …{"}"}` в config.yaml; собственные слова сайта в data/words.txt)

cli-new = Создать новую запись с заполненными полями, например `ozyq new open-lesson "Тема"`
cli-new-kind = Вид: seminar, conference, olympiad, article, guideline, bulletin, open-lesson, self-education (или вид из config.yaml)
cli-new-title = Заголовок записи
cli-new-date = Дата, например 2025-10-14 (по умолчанию: сегодня)
cli-new-authors = id или ФИО автора (повторите для нескольких)
cli-new-bundle = Создать папку с index.md, чтобы положить рядом фото и файлы записи

cli-serve = Показать сайт на http://127.0.0.1:1111/, пересобирать то, что затрагивает каждое сохранённое изменение, и обновлять открытые вкладки браузера
cli-serve-port = Порт (по умолчанию: 1111; 0 выбирает свободный)
cli-serve-interface = Адрес, на котором слушать (по умолчанию: 127.0.0.1); 0.0.0.0 делает сайт доступным с других компьютеров
cli-serve-drafts = Включить записи с пометкой `draft: true`

cli-init = Создать в папке ПАПКА новый пустой сайт со встроенной в ozyq темой оформления
cli-init-dir = Папка нового сайта
cli-init-title = Название сайта (по умолчанию: название школы на языке сайта, по-русски — Школа передового опыта)

cli-theme = Тема оформления сайта: перечислить её файлы, показать один или скопировать некоторые в сайт, чтобы изменить (`ozyq theme eject base.html`)
cli-theme-list = Перечислить файлы темы, которые сайт может заменить своей копией
cli-theme-show = Вывести файл темы в том виде, в каком он в теме, например `ozyq theme show base.html`
cli-theme-show-name = Файл: base.html, partials/card.html, static/style.css, …
cli-theme-eject = Скопировать файлы темы в templates/, static/ или print/ сайта, чтобы изменить их, например `ozyq theme eject base.html`; файл, который уже есть в сайте, не перезаписывается
cli-theme-eject-names = Файлы: base.html, partials/card.html, style.css, catalogue.typ, …

cli-catalogue = Создать каталог выставки за учебный год: output/catalogue/ГОД/index.html и catalogue.pdf (заново и отчёт за год, этикетки и сертификаты), например `ozyq catalogue 2025-2026`
cli-catalogue-year = Учебный год, например 2025-2026
cli-catalogue-paper = Бумага: a5 или a4 (по умолчанию: catalogue.paper в config.yaml, иначе a5)
cli-catalogue-booklet = Разместить страницы A5 по две на лист A4 для брошюровки скобой
cli-catalogue-output = Записать PDF сюда вместо output/catalogue/ГОД/catalogue.pdf

cli-certificates = Создать сертификаты участников выставки за год (или участников одного мероприятия)
cli-certificates-year = Учебный год, например 2025-2026
cli-certificates-event = Только авторам экспонатов, у которых поле `event` содержит этот текст
cli-certificates-thanks = Благодарственные письма (алғыс хат) вместо сертификатов: thanks.pdf
cli-certificates-output = Записать PDF сюда вместо output/catalogue/ГОД/certificates.pdf

cli-publish = Собрать сайт и загрузить изменившееся в место из `publish:` в config.yaml (SFTP, FTP, FTPS или папка), например `ozyq publish college`
cli-publish-target = Имя места в config.yaml (можно не писать, если оно одно)
cli-publish-no-build = Опубликовать output/ как есть, без сборки
cli-publish-dry-run = Только перечислить, что будет загружено и удалено
cli-publish-save-password = Спросить пароль места и сохранить его в хранилище ключей системы (Windows Credential Manager, macOS Keychain, GNOME Keyring), затем завершить
cli-publish-forget-password = Удалить пароль места из хранилища ключей системы, затем завершить
cli-publish-force = Публиковать в папку с файлами сайта, который опубликовал не ozyq, записывая поверх них

cli-portfolio = Создать портфолио преподавателя для аттестации: output/authors/ID/portfolio.pdf, например `ozyq portfolio abenova-g --years 2023-2026`
cli-portfolio-author = Автор: его id в data/authors.yaml, полное ФИО или фамилия и имя
cli-portfolio-years = Учебные годы, например 2023-2026 (три года) или 2025-2026 (один); по умолчанию все
cli-portfolio-language = Язык PDF, один из языков сайта (`languages:`): ru делает output/ru/authors/ID/portfolio.pdf; по умолчанию первый язык сайта
cli-portfolio-output = Записать PDF сюда вместо output/[ЯЗЫК/]authors/ID/portfolio[-ГОДЫ].pdf

## Обозначения значений в справке: `--output <ПАПКА>`.

cli-value-command = КОМАНДА
cli-root-value = ПАПКА
cli-lang-value = ЯЗЫК
cli-build-output-value = ПАПКА
cli-new-kind-value = ВИД
cli-new-title-value = ЗАГОЛОВОК
cli-new-date-value = ДАТА
cli-new-authors-value = АВТОР
cli-serve-port-value = ПОРТ
cli-serve-interface-value = АДРЕС
cli-init-dir-value = ПАПКА
cli-init-title-value = НАЗВАНИЕ
cli-theme-show-name-value = ФАЙЛ
cli-theme-eject-names-value = ФАЙЛЫ
cli-catalogue-year-value = ГОД
cli-catalogue-paper-value = БУМАГА
cli-catalogue-output-value = ФАЙЛ
cli-certificates-year-value = ГОД
cli-certificates-event-value = МЕРОПРИЯТИЕ
cli-certificates-output-value = ФАЙЛ
cli-publish-target-value = МЕСТО
cli-portfolio-author-value = АВТОР
cli-portfolio-years-value = ГОДЫ
cli-portfolio-language-value = ЯЗЫК
cli-portfolio-output-value = ФАЙЛ
