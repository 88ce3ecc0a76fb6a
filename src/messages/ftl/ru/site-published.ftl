## Сообщения модуля site-published

site-published-cannot-read-record-published = не удаётся прочитать список опубликованных адресов: { $e }
site-published-record-published-addresses-must = список опубликованных адресов должен быть словарём (map) адресов, а найдено: { $other }
site-published-message = `{ $address }`: { $what }
site-published-record-hint = каждая строка имеет вид `address/: {"{"}file: "content/…/name.md", title: "…"{"}"}`; если файл не удаётся исправить, удалите его и снова соберите сайт (старые адреса тогда будут забыты)
site-published-entry-not-map = здесь ожидается {"{"}file: …, title: …{"}"}, а найдено: { $found }
site-published-file-missing = не указан `file:`, которому принадлежит адрес
site-published-printed-years = в `printed:` перечисляют учебные годы, например [2025-2026]
