## Сообщения модуля config-kinds

config-kinds-kind-not-built-kind = вид `{ $id }` не встроенный, поэтому ему нужно название `label` (kk, ru, en)
config-kinds-add-label-kk-ru-hint = добавьте к нему label: {"{"}kk: …, ru: …{"}"} или используйте id встроенного вида
config-kinds-kind-has-which-cannot = вид `{ $id }`: { $what } `{ $folder }` не может быть именем папки в content/
