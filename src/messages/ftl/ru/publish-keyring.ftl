## Сообщения модуля publish-keyring: хранилище ключей системы, где хранятся пароли публикации

publish-keyring-unavailable = хранилище ключей системы недоступно: { $words }
publish-keyring-not-found = в хранилище ключей системы нет пароля для { $account }
publish-keyring-unavailable-hint = в Windows и macOS хранилище ключей есть всегда; в Linux это хранилище рабочего стола (GNOME Keyring или KWallet), оно должно быть запущено и разблокировано. Если его нет, задайте пароль в переменной окружения OZYQ_PUBLISH_PASSWORD
publish-keyring-not-found-hint = сохраните его командой `ozyq publish --save-password`
