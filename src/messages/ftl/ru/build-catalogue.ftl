## Сообщения модуля build-catalogue

build-catalogue-cannot-write = не удаётся записать: { $e }
build-catalogue-cannot-read = не удаётся прочитать: { $e }
build-catalogue-not-academic-year = `{ $year }` — это не учебный год
build-catalogue-write-like-hint = напишите его в виде 2025-2026
build-catalogue-no-entries-academic-year = в учебном году { $slug } нет записей
build-catalogue-cannot-write-2 = не удаётся записать: { $e }
build-catalogue-name-new-pdf-file-hint = укажите новый файл .pdf вне папок content, data и themes сайта
build-catalogue-event-matched-event-field-hint = мероприятие ищется в поле `event:` записей этого учебного года
build-catalogue-event-names-nothing = `--event` не называет мероприятия: в нём нет ни букв, ни цифр
build-catalogue-event-several = `{ $event }` есть в названиях { $count ->
    [one] { $count } мероприятия
   *[other] { $count } мероприятий
} за { $year }; сертификаты делаются для одного
build-catalogue-event-several-hint = уточните, какое из них нужно, написав больше слов его названия: { $events }
build-catalogue-no-event-exhibit = ни у одного экспоната за { $year } нет мероприятия, содержащего `{ $event }`
build-catalogue-year-without-exhibits = в учебном году { $year } нет экспонатов
build-catalogue-no-year-has-entries-hint = пока ни в одном учебном году нет записей
build-catalogue-years-with-entries-hint = учебные годы, в которых есть записи: { $years }
