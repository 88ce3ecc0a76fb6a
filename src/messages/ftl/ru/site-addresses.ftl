## Сообщения модуля site-addresses

site-addresses-led-which-was-withdrawn = адрес `{ $address }` вёл к материалу «{ $title }», снятому с публикации; теперь этот адрес ведёт сюда
site-addresses-links-old-material-now-hint = ссылки на старый материал теперь открывают этот; если это неправильно, дайте этому файлу другое имя или `slug:`
site-addresses-page-s-own-address = `{ $a }` — собственный адрес этой страницы
site-addresses-alias-old-address-remove-hint = в aliases указывают старые адреса; удалите этот
site-addresses-alias-address-ozyq-uses = старый адрес (alias) `{ $value }` использует сам ozyq
site-addresses-aliases-are-old-addresses-hint = в aliases указывают старые адреса записей и страниц, а не списков и не файлов из static/
site-addresses-message = адрес `{ $address }` уже занят: { $whose } { $file }:{ $line }
site-addresses-address-leads-one-page-hint = адрес может вести только на одну страницу: удалите alias или дайте одному из файлов другой `slug:`
site-addresses-was-published-now-cannot = адрес `{ $address }` был опубликован для { $file } (сейчас у него адрес `{ $address2 }`){ $printed }; { $file2 } не может занять этот адрес
site-addresses-give-another-file-name-hint = дайте { $file } другое имя файла или `slug:`; чтобы намеренно отдать ему этот адрес, удалите строку `{ $address }` в { $address2 }
site-addresses-leads-which-was-withdrawn = адрес `{ $address }`{ $path } ведёт к материалу «{ $title }», снятому с публикации; другой материал не может занять этот адрес
site-addresses-give-file-another-file-hint = дайте этому файлу другое имя или `slug:` (строка: { $address })
site-addresses-whose-address = это адрес файла
site-addresses-whose-alias = это старый адрес (alias) в файле
site-addresses-not-printed = { "" }
site-addresses-printed-in = { " " }(QR-код в каталоге { $years })
site-addresses-alias-how-hint = напишите старый адрес этого сайта так, как он был опубликован, например aliases: [seminars/old-name/]
site-addresses-alias-not-this-site = `{ $raw }` — не адрес этого сайта (base_url)
site-addresses-alias-query = в `{ $raw }` есть запрос (?), фрагмент (#) или обратная косая черта (\)
site-addresses-alias-empty-part = в `{ $raw }` есть пустая часть (`//`), или это главная страница
site-addresses-alias-outside = `{ $raw }` ведёт за пределы адресов сайта
site-addresses-alias-characters = в `{ $raw }` есть символы, которых не бывает в опубликованных адресах
site-addresses-alias-characters-hint = адреса, которые публикует ozyq, состоят из латинских букв, цифр и знаков - _ . (скопируйте адрес из адресной строки браузера)
site-addresses-alias-home-page = старый адрес (alias) не может быть главной страницей
site-addresses-printed-elsewhere = эта работа есть в напечатанном каталоге { $printed }; по дате она теперь относится к { $year }, и каталог { $printed }, собранный заново, её не покажет
site-addresses-printed-elsewhere-hint = если дата ошибочна, верните прежнюю; если работа относится к { $year }, в напечатанном буклете она останется как есть
