## Messages of the module yaml

yaml-invalid-yaml-quote-not = invalid YAML: this quote is not closed
yaml-end-value-same-quote-hint = end the value with the same quote mark on this line, e.g. title: "Тақырып"
yaml-key-written-twice = { $prefix }the key `{ $key }` is written twice
yaml-keep-one-two-also-hint = keep one of the two: it is also on line { $line }
yaml-kind-nothing = nothing
yaml-kind-yes-no = true/false
yaml-kind-number = a number
yaml-kind-text = text
yaml-kind-list = a list
yaml-kind-map = a map
yaml-kind-tagged = a tagged value
yaml-invalid = invalid YAML: { $message }
yaml-quote-colon-hint = a value that contains «: » must be put in quotes, e.g. title: "Тақырып: түсініктеме"
yaml-indentation-hint = check the indentation: nested lines must start with the same number of spaces
yaml-fields-here-hint = the fields here are: { $fields }
yaml-expected-form-hint = check that the value has the expected form (text, number, list or map)
yaml-quote-special-start-hint = a value that starts with @, ` or % must be put in quotes
