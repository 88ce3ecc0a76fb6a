## Messages of the module config-kind-fields

config-kind-fields-field-names-kind-which = the field `{ $name }` names the kind `{ $id }`, which the site does not have
config-kind-fields-add-kind-s-fields-hint = add `{ $req }` to the kind's `fields:`, or `kinds: [{ $id }]` to the field
config-kind-fields-did-you-mean-hint = did you mean `{ $n }`?
config-kind-fields-define-under-fields-config-hint = define it under `fields:` in config.yaml, e.g. - name: { $name }
config-kind-fields-did-you-mean-kinds-hint = did you mean `{ $name }`? Kinds are: { $list }
config-kind-fields-kinds-are-hint = kinds are: { $list }
config-kind-fields-required-not-its-own = the kind `{ $id }` requires the field `{ $field }`, which is not one of its fields
config-kind-fields-required-not-defined = the kind `{ $id }` requires the field `{ $field }`, which is not defined
config-kind-fields-listed-not-defined = the kind `{ $id }` lists the field `{ $field }`, which is not defined
