## Сообщения модуля markdown

markdown-give-each-heading-id-hint = дайте каждому заголовку свой id (сноски занимают fn-1, fnref-1 и так далее) или уберите {"{"}#…{"}"}, и id будет составлен из текста заголовка
markdown-link-runs-code-hides = ссылка вида `{ $scheme }` запускает код или прячет документ внутри страницы, а опубликованная страница не должна этого делать
markdown-link-page-file-site-hint = поставьте ссылку на страницу или файл сайта либо на адрес https://
markdown-link-points-does-not = ссылка `{ $dest }` ведёт на несуществующий { $what }
markdown-what-content-file = файл содержимого
markdown-what-file = файл
markdown-check-path-content-file-hint = проверьте путь: он указывается относительно этого файла, например ../seminars/name.md (у черновика нет страницы, на которую можно сослаться)
markdown-check-path-file-hint = проверьте путь: он указывается относительно этого файла; кладите изображения и документы рядом с записью (в папку с index.md)
markdown-heading-id-taken = идентификатор заголовка `{ $id }` уже занят заголовком в строке { $line }; у этого заголовка он `{ $got }`
markdown-heading-id-footnote = идентификатор заголовка `{ $id }` совпадает с идентификатором сноски; у этого заголовка он `{ $got }`
markdown-link-address-has-space = это похоже на ссылку, но в её адресе есть пробел, поэтому на странице она показана как текст
markdown-link-address-has-space-hint = возьмите адрес в угловые скобки, { $fixed }, или назовите файл без пробелов
markdown-link-backslash-hint = пишите путь через / вместо \: { $fixed }
markdown-link-case-hint = файл называется `{ $name }`: заглавные и строчные буквы должны совпадать, веб-сервер их различает
