## Сообщения модуля publish

publish-there-no-built-site = нет собранного сайта для публикации
publish-run-ozyq-build-first-hint = сначала выполните `ozyq build` или публикуйте без --no-build
publish-cannot-read-built-site = не удаётся прочитать собранный сайт: { $e }
publish-publishing = публикация в `{ $name }`: { $e }
publish-folder-no-password = место `{ $name }` — папка: у него нет пароля
publish-folder-holds-site = в этой папке лежит собственный { $source } сайта: публикация туда записала бы собранный сайт поверх файлов сайта
publish-folder-inside-site = эта папка внутри { $source } сайта: публикация туда записала бы собранный сайт среди файлов сайта
publish-folder-outside-site-hint = публикуйте в папку вне папки сайта, например на флешку или в общую папку (`url: "file:///E:/otm"`)
publish-folder-holds-other-site = в папке места есть сайт, опубликованный не ozyq: публикация записала бы поверх { $files }
publish-folder-holds-other-site-hint = проверьте `url:` (своя папка сайта обычно лежит внутри папки сайта колледжа); чтобы заменить там старую копию этого сайта, запустите `ozyq publish { $name } --force`
