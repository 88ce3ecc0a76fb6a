## Сообщения модуля publish-remote: почему не удалось действие на сервере

publish-remote-connect = не удаётся подключиться к { $address }
publish-remote-unknown-host = сервер { $host } незнаком: его ключа нет в { $known_hosts }
publish-remote-changed-host = у сервера { $host } другой ключ, чем записано в { $known_hosts }: возможно, это не сервер колледжа
publish-remote-login = сервер не пустил под именем { $user }: { $detail }
publish-remote-refused = сервер не позволил записать { $path }: { $detail }
publish-remote-full = на сервере не осталось места для { $path }
publish-remote-other = { $words }
publish-remote-connect-hint = проверьте адрес и порт в config.yaml и что компьютер подключён к интернету
publish-remote-unknown-host-hint = спросите администратора сервера, действительно ли его ключ — { $fingerprint }; если да, выполните `ssh-keyscan { $keyscan } >> { $known_hosts }` (или один раз подключитесь через ssh и ответьте yes)
publish-remote-changed-host-hint = если сервер переустановили, попросите у администратора новый ключ и замените его строку в { $known_hosts }; иначе не публикуйте
publish-remote-login-hint = для SFTP положите ключ в ~/.ssh (id_ed25519, id_ecdsa или id_rsa) или в ssh-agent; пароль указывают в переменной окружения OZYQ_PUBLISH_PASSWORD (или той, что названа в `password_env`), или сохраняют в хранилище ключей системы (`ozyq publish --save-password`), но никогда в config.yaml
publish-remote-refused-hint = попросите администратора хостинга дать право записи в папку из url в config.yaml
publish-remote-full-hint = освободите место на сервере или попросите квоту побольше; там, где ещё ничего не заменено, сайт не изменился, а следующая публикация завершит работу
publish-remote-other-hint = опубликуйте ещё раз: прерванная публикация продолжится
publish-remote-connect-because = не удаётся подключиться к { $address }: { $why }
publish-remote-no-answer = не удаётся подключиться к { $address }: нет ответа за { $seconds } с
publish-remote-link = { $path } в папке публикации — ссылка в другое место: ozyq не пишет и не удаляет через ссылки
publish-remote-link-hint = удалите ссылку из папки публикации (то, куда она ведёт, останется как есть) и опубликуйте снова
