## Messages of the module config-kind-fields

config-kind-fields-field-names-kind-which = the field `{ $name }` names the kind `{ $id }`, which the site does not have
config-kind-fields-add-kind-s-fields-hint = add `{ $req }` to the kind's `fields:`, or `kinds: [{ $id }]` to the field
config-kind-fields-did-you-mean-hint = did you mean `{ $n }`?
config-kind-fields-define-under-fields-config-hint = define it under `fields:` in config.yaml, e.g. - name: { $name }
config-kind-fields-did-you-mean-kinds-hint = did you mean `{ $name }`? Kinds are: { $list }
config-kind-fields-kinds-are-hint = kinds are: { $list }
