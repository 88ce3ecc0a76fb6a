## Сообщения модуля publish

publish-there-no-built-site = нет собранного сайта для публикации
publish-run-ozyq-build-first-hint = сначала выполните `ozyq build` или публикуйте без --no-build
publish-cannot-read-built-site = не удаётся прочитать собранный сайт: { $e }
publish-publishing = публикация в `{ $name }`: { $e }
publish-folder-no-password = место `{ $name }` — папка: у него нет пароля
