## Messages of the module config-fields

config-fields-field-defined-twice = the field `{ $name }` is defined twice
config-fields-field-every-entry-has = `{ $name }` is a field every entry has; it cannot be defined again
config-fields-give-your-field-another-hint = give your field another name
config-fields-built-field-type-type = `{ $name }` is a built-in field of the type `{ $name2 }`; its type and choices cannot be changed
config-fields-remove-type-choices-from-hint = remove `type:` and `choices:` from it, or give your own field another name
config-fields-field-name-cannot-front = the field name `{ $name }` cannot be a front matter key
config-fields-use-small-latin-letters-hint = use small Latin letters, digits and _, starting with a letter, e.g. hours or certificate_no
config-fields-field-has-unknown-type = the field `{ $name }` has an unknown type `{ $t }`
config-fields-field-has-choices-but = the field `{ $name }` has `choices:` but is of the type `{ $name2 }`
config-fields-write-type-choice-remove-hint = write `type: choice`, or remove the choices
config-fields-choice-field-has-no = the choice field `{ $name }` has no choices
config-fields-list-them-under-e-hint = list them under it, e.g. choices: [онлайн, офлайн]
config-fields-choice-field-empty = a choice of the field `{ $name }` is empty
config-fields-field-has-choice-twice = the field `{ $name }` has the choice `{ $id }` twice
config-fields-give-each-choice-own-hint = give each choice its own id
config-fields-did-you-mean-types-hint = did you mean `{ $name }`? Types are: { $list }
config-fields-types-are-hint = types are: { $list }
