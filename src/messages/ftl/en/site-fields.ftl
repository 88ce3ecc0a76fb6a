## Messages of the module site-fields

site-fields-unknown-field-ignored = unknown field `{ $name }` is ignored
site-fields-did-you-mean-hint = did you mean `{ $n }`?
site-fields-define-under-fields-config-hint = define it under `fields:` in config.yaml to keep it
site-fields-field-belongs-not-ignored = the field `{ $name }` belongs to { $whose }, not to `{ $id }`; it is ignored
site-fields-remove-give-config-yaml-hint = remove it, or give it to `{ $id }` in config.yaml (fields: - name: { $name }, kinds: [{ $id }, …])
site-fields-not-valid-number-digit = the { $code } «{ $t }» is not a valid number: a digit is wrong or missing
site-fields-copy-from-journal-book-hint = copy it from the journal or book again; an { $code } has { $form }
site-fields-must-found = `{ $name }` must be { $what }, found { $value }
site-fields-write-like-hint = write it like { $name }: { $example }
site-fields-must-web-address-found = `{ $name }` must be a web address, found «{ $text }»
site-fields-write-full-starting-https-hint = write it in full, starting with https://, e.g. https://doi.org/10.1000/182
site-fields-not-one-choices = `{ $t }` is not one of the choices of `{ $name }`
site-fields-owner-none = no kind of this site
site-fields-owner-kind = the kind { $kind }
site-fields-owner-kinds = the kinds { $kinds }
site-fields-did-you-mean-choices-hint = did you mean `{ $name }`? The choices are: { $list }
site-fields-choices-are-hint = the choices are: { $list }
site-fields-type-number = a number
site-fields-type-date = a date
site-fields-type-year = a year
site-fields-type-choice = one of its choices
site-fields-type-url = a web address
site-fields-type-yes-no = yes or no
site-fields-type-file = a file name
site-fields-type-text = text
site-fields-type-names = a name or a list of names
