## Сообщения модуля publish-target

publish-target-config-yaml-names-no = в config.yaml не указано, куда публиковать сайт
publish-target-add-e-g-publish-hint = добавьте, например, `publish: {"{"}college: {"{"}url: "sftp://user@host/var/www/otm"{"}"}{"}"}` (docs/guide.ru.md, раздел 11 «Публикация»)
publish-target-config-yaml-names-several = в config.yaml указано несколько мест для публикации: укажите, какое из них
publish-target-e-g-ozyq-publish-hint = например, `ozyq publish { $first }`; места публикации: { $names }
publish-target-config-yaml-s-publish = в разделе `publish:` в config.yaml нет места `{ $w }`
publish-target-password-config-yaml-publish = пароль в config.yaml (место публикации `{ $name }`): config.yaml хранится в git, и его может прочитать любой, у кого есть доступ к репозиторию
publish-target-remove-set-environment-variable-hint = удалите пароль и сохраните его в хранилище ключей системы командой `ozyq publish --save-password` или перед `ozyq publish` задайте переменную окружения { $password_env } (или укажите другую в `password_env:`)
publish-target-publish-target = место публикации `{ $name }`: { $msg }
publish-target-write-like-sftp-user-hint = напишите адрес в виде sftp://user@host/var/www/otm, ftp://user@host/otm, ftps://… или file:///mnt/share/otm
publish-target-not-a-url = `{ $url }` — не адрес (URL): { $error }
publish-target-not-a-folder = `{ $url }` — не папка
publish-target-unknown-scheme = через `{ $scheme }://` публиковать нельзя (нужно sftp, ftp, ftps или file)
publish-target-no-host = в `{ $url }` не указан сервер (host)
publish-target-password-in-url = пароль записан в URL: ему место в хранилище ключей системы (`ozyq publish --save-password`) или в переменной окружения
publish-target-did-you-mean-hint = может быть, имелось в виду `{ $name }`? Места публикации: { $places }
publish-target-places-hint = места публикации: { $places }
