## Сообщения модуля config-kinds

config-kinds-kind-not-built-kind = вид `{ $id }` не встроенный, поэтому ему нужно название `label` (kk, ru, en)
config-kinds-add-label-kk-ru-hint = добавьте к нему label: {"{"}kk: …, ru: …{"}"} или используйте id встроенного вида
config-kinds-folder-cannot-be-folder = у вида `{ $id }` указана папка `{ $folder }`, но такое имя не может быть именем папки в content/
config-kinds-id-cannot-be-folder = папка вида `{ $id }` называется по его id — `{ $folder }`, но такое имя не может быть именем папки в content/
