## Messages of the module config-kinds

config-kinds-kind-not-built-kind = kind `{ $id }` is not a built-in kind, so it needs a `label` (kk, ru, en)
config-kinds-add-label-kk-ru-hint = add label: {"{"}kk: …, ru: …{"}"} to it, or use a built-in kind's id
config-kinds-folder-cannot-be-folder = the kind `{ $id }` has the folder `{ $folder }`, which cannot be a folder name under content/
config-kinds-id-cannot-be-folder = the kind `{ $id }` gets the folder `{ $folder }` from its id, which cannot be a folder name under content/
