## Сообщения модуля content-front-matter

content-front-matter-file-does-not-start = файл не начинается с шапки (строки `---`)
content-front-matter-start-file-then-title-hint = начните файл со строки ---, затем напишите строки `title:` и `date:`, затем ещё одну строку ---
content-front-matter-front-matter-not-closed = шапка не закрыта: второй строки `---` нет
content-front-matter-add-line-just-after-hint = после последнего поля (title, date, …) добавьте строку, в которой только ---
content-front-matter-front-matter-must-map = шапка должна состоять из строк вида `field: value`, а найдено: { $other }
content-front-matter-write-each-field-own-hint = пишите каждое поле на отдельной строке в виде `name: value`, без «- » в начале
content-front-matter-title-has-no-value = у заголовка нет значения
content-front-matter-write-entry-s-title-hint = напишите заголовок записи после `title:`
content-front-matter-date-has-no-value = у даты нет значения
content-front-matter-write-date-after-date-hint = напишите дату после `date:`, например date: 2025-10-14
content-front-matter-title-empty = заголовок пуст
content-front-matter-write-entry-s-title-hint-2 = напишите заголовок записи после `title:`
content-front-matter-has-year = в дате `{ $s }` указан год { $year }
content-front-matter-not-valid-date = `{ $s }` — неправильная дата
content-front-matter-write-date-day-month-hint = напишите дату в виде 2025-10-14 или 14.10.2025 (день.месяц.год)
content-front-matter-unknown-language = неизвестный язык `{ $s }`
content-front-matter-use-kk-kazakh-ru-hint = используйте kk (казахский), ru (русский) или en (английский)
content-front-matter-menu-must-whole-number = в `menu` должно быть целое число (место страницы в меню), а найдено: { $v }
content-front-matter-unknown-field-ignored = неизвестное поле `{ $key }` не учитывается
content-front-matter-must-text-found = в `{ $key }` должен быть текст, а найдено: { $v }
content-front-matter-if-text-contains-starts-hint = если в тексте есть «: » или он начинается с [ или {"{"}, заключите его в кавычки
content-front-matter-slug-empty = поле slug пустое
content-front-matter-use-letters-digits-e-hint = используйте буквы и цифры, например slug: ashyq-sabaq
content-front-matter-slug-device = «{ $text }» — имя, которое Windows оставляет за устройством: папку так не назвать; адрес будет «{ $slug }»
content-front-matter-slug-device-hint = выберите другой slug, например slug: { $slug }
content-front-matter-slug-characters-long = slug слишком длинный (символов: { $clean_count })
content-front-matter-address-part-most-characters-hint = slug — это часть адреса, в ней не больше 100 символов; сократите его, например slug: ashyq-sabaq
content-front-matter-must-true-false-found = в `{ $key }` должно быть true или false, а найдено: { $v }
content-front-matter-yes-no-hint = напишите `{ $key }: true` (или да, иә, yes) либо `{ $key }: false` (или нет, жоқ, no), и больше ничего в этой строке
content-front-matter-must-name-list-names = в `{ $key }` должно быть имя или список имён, а найдено: { $v }
content-front-matter-write-list-first-second-hint = напишите список в виде [первый, второй] или строками, которые начинаются с «- »
content-front-matter-unknown-attachment-field-ignored = неизвестное поле вложения `{ $k }` не учитывается
content-front-matter-attachment-has-file-optional-hint = у вложения есть поле `file` и необязательное поле `title`
content-front-matter-attachment-needs-file = у вложения должно быть поле `file`
content-front-matter-write-file-slides-pdf-hint = напишите - file: slides.pdf (и, если нужно, title: Презентация)
content-front-matter-attachment-must-file-name = вложение должно быть именем файла или словарём (map) с полем `file`, а найдено: { $other }
content-front-matter-years-accepted-hint = допускаются годы с { $from } по { $to }
content-front-matter-year-in-full-hint = напишите год полностью: date: { $fixed }
content-front-matter-field-name-must-text = имя поля должно быть текстом
content-front-matter-required-field-title-missing = нет обязательного поля `title`
content-front-matter-add-line-such-title-hint = добавьте строку, например: title: "Открытый урок: дроби"
content-front-matter-required-field-date-missing = нет обязательного поля `date`
content-front-matter-add-line-such-date-hint = добавьте строку, например: date: 2025-10-14
content-front-matter-one-value-with-comma = в `{ $key }` одно значение, и в нём есть запятая: «{ $value }»
content-front-matter-several-values-hint = чтобы указать несколько, напишите их списком: { $key }: { $list }
content-front-matter-closing-missing-hint = возможно, шапка не закрыта: не пропущена ли строка `---` после строки { $line }?
content-front-matter-dash-not-hyphens-hint = в первой строке тире (— или –) вместо трёх дефисов: редактор вроде Word меняет --- при наборе; наберите её заново в Блокноте или VS Code
content-front-matter-empty-lines-before-hint = удалите пустые строки перед первой строкой ---: она должна быть первой строкой файла
content-front-matter-write-time-hint = напишите время после даты в виде 2025-10-14 09:30 (часы 00–23, минуты 00–59) или уберите его
content-front-matter-authors-written-twice = `{ $key }` и `{ $first }` — одно и то же поле, написанное дважды
content-front-matter-authors-in-one-list-hint = перечислите всех авторов в одном списке, например authors: [abenova-g, omarov-n], а другую строку (строка { $line }) удалите
content-front-matter-write-key-as-hint = здесь написано `{ $written }`: пишите { $field }:
content-front-matter-text-read-as-field = `{ $key }` — не имя поля: похоже, текст после шапки прочитан как поля и пропал бы
content-front-matter-close-before-text-hint = закройте шапку строкой `---` после её последнего поля, перед текстом
content-front-matter-authors-at-commas = `{ $key }` разделено по запятым: { $n ->
    [one] { $n } автор
    [few] { $n } автора
   *[many] { $n } авторов
}: «{ $value }»
content-front-matter-date-far-ahead = дата { $date } более чем на год позже сегодняшней ({ $today })
content-front-matter-date-far-ahead-hint = верен ли год? Работа датируется днём, когда её провели или опубликовали
content-front-matter-lines-joined = в `{ $key }` одно значение, собранное из строк под ним: «{ $value }»
content-front-matter-lines-joined-hint = чтобы указать несколько, начните каждую строку под `{ $key }:` с «- »
content-front-matter-dash-deeper = `{ $key }`: строка «- » сдвинута правее строки над ней, и обе прочитаны как одно значение «{ $value }»; взяты как отдельные значения
content-front-matter-dash-deeper-hint = ставьте каждое «- » точно под предыдущим, как в { $key }: { $list }
content-front-matter-list-in-list = в `{ $key }` есть вложенный список
content-front-matter-one-list-hint = напишите их одним списком: { $key }: { $list }
content-front-matter-lookalike = `{ $key }`: в «{ $value }» { $script ->
    [latin] латинские
   *[cyrillic] кириллические
} буквы, похожие на буквы слова ({ $letters }); прочитано как «{ $mended }»
content-front-matter-lookalike-hint = наберите слово заново в одной раскладке: для компьютера похожие буквы — другие буквы, и имя стало бы другим человеком, тегом или отделением
content-front-matter-unprintable = в `{ $key }` есть { $chars }: этих знаков нет в шрифтах печатных документов, в PDF (каталог, портфолио, сертификаты) их не будет, а на страницах сайта они останутся
content-front-matter-unprintable-hint = скажите это словами или уберите из значения, если PDF должны совпадать со страницами
content-front-matter-file-empty = файл пуст
content-front-matter-list-blank-items = { $n ->
    [1] пустой пункт списка `{ $key }:` пропущен
    [one] { $n } пустой пункт списка `{ $key }:` пропущен
    [few] { $n } пустых пункта списка `{ $key }:` пропущены
   *[other] { $n } пустых пунктов списка `{ $key }:` пропущены
}
content-front-matter-list-blank-items-hint = удалите дефис пустой строки или впишите значение после него
content-front-matter-page-not-a-work = { $keys }: страница — не работа; её нет ни в списках, ни в каталоге, ни в портфолио, ни в плане
content-front-matter-page-not-a-work-hint = работа — это отдельный файл в папке вида (seminars/lesson.md), а не в pages/ и не _index.md; иначе удалите эти строки
