## Messages of the module config-kinds

config-kinds-kind-not-built-kind = kind `{ $id }` is not a built-in kind, so it needs a `label` (kk, ru, en)
config-kinds-add-label-kk-ru-hint = add label: {"{"}kk: …, ru: …{"}"} to it, or use a built-in kind's id
config-kinds-kind-has-which-cannot = the kind `{ $id }` has the { $what } `{ $folder }`, which cannot be a folder name under content/
