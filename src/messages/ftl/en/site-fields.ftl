## Messages of the module site-fields

site-fields-unknown-field-ignored = unknown field `{ $name }` is ignored
site-fields-did-you-mean-hint = did you mean `{ $n }`?
site-fields-define-under-fields-config-hint = define it under `fields:` in config.yaml to keep it
site-fields-field-belongs-not-ignored = the field `{ $name }` belongs to { $whose }, not to `{ $id }`; it is ignored
site-fields-remove-give-config-yaml-hint = remove it, or give it to `{ $id }` in config.yaml (fields: - name: { $name }, kinds: [{ $id }, …])
site-fields-not-valid-number-digit = the { $to_uppercase } «{ $t }» is not a valid number: a digit is wrong or missing
site-fields-copy-from-journal-book-hint = copy it from the journal or book again; an { $to_uppercase } has { $form }
