## Messages of the module yaml

yaml-invalid-yaml-quote-not = invalid YAML: this quote is not closed
yaml-end-value-same-quote-hint = end the value with the same quote mark on this line, e.g. title: "Тақырып"
yaml-key-written-twice = the key `{ $key }` is written twice
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
yaml-item = item { $n }: { $problem }
yaml-at-key = { $path }: { $problem }
yaml-as-written = { $problem }
yaml-expected-found = expected { $expected }, found { $found }
yaml-found-value = { $kind } `{ $value }`
yaml-kind-whole-number = a whole number
yaml-unknown-field = unknown field `{ $name }`, expected one of { $known }
yaml-unknown-field-none = unknown field `{ $name }`: no fields are written here
yaml-unknown-value = unknown value `{ $name }`, expected one of { $known }
yaml-unknown-value-none = unknown value `{ $name }`
yaml-missing-field = the required field `{ $name }` is missing
yaml-languages-form = `languages` must be a list of language codes, e.g. [kk, ru], or languages with their texts
yaml-backslash-hint = inside double quotes \ starts an escape: write \\ for a backslash, or put the value in single quotes, e.g. title: 'C:\files'
yaml-quote-whole-value-hint = put the whole value in quotes, e.g. title: '"Абай жолы" романы'
yaml-quote-star-hint = a value that starts with * or & must be put in quotes
yaml-tab-hint = indent with spaces: YAML does not allow tab characters in indentation
yaml-expected-forms = a text, or a text in each language ({"{"}kk: …, ru: …{"}"})
yaml-without-forms = no language's text is written: write the text, or {"{"}kk: …, ru: …{"}"}

## The YAML parser's own words (in English, as the parser writes them)

yaml-problem-mapping-values = mapping values are not allowed in this context
yaml-problem-mapping-keys = mapping keys are not allowed in this context
yaml-problem-block-entries = block sequence entries are not allowed in this context
yaml-problem-expected-key = did not find expected key
yaml-problem-expected-node = did not find expected node content
yaml-problem-expected-list-end = did not find expected ',' or ']'
yaml-problem-expected-map-end = did not find expected ',' or '{"}"}'
yaml-problem-expected-colon = could not find expected ':'
yaml-problem-expected-dash = did not find expected '-' indicator
yaml-problem-cannot-start-token = found character that cannot start any token
yaml-problem-end-of-stream = found unexpected end of stream
yaml-problem-tab-indentation = found a tab character that violates indentation
yaml-problem-tab-instead-of-space = found a tab character where an indentation space is expected
yaml-problem-undefined-tag = found undefined tag handle
yaml-problem-unknown-escape = found unknown escape character
yaml-problem-bad-unicode-escape = found invalid Unicode character escape code
yaml-problem-expected-hex = did not find expected hexadecimal number
yaml-problem-control-characters = control characters are not allowed
yaml-problem-bad-utf8 = the text is not valid UTF-8
yaml-problem-document-indicator = found unexpected document indicator
yaml-problem-unexpected-colon = found unexpected ':'
yaml-problem-expected-alphanumeric = did not find expected alphabetic or numeric character
yaml-problem-expected-comment = did not find expected comment or line break
yaml-problem-expected-whitespace = did not find expected whitespace or line break
yaml-problem-unknown-directive = found unknown directive name
yaml-problem-unknown-anchor = unknown anchor
yaml-problem-end-of-value = EOF while parsing a value
yaml-problem-several-documents = deserializing from YAML containing more than one document is not supported
yaml-problem-recursion = lists and maps are nested inside each other too deep
yaml-problem-repetition = repetition limit exceeded
yaml-problem-empty-tag = empty YAML tag is not allowed
yaml-problem-bad-number = failed to parse YAML number
yaml-hash-cuts-value = «{ $lost }» is left out of the value: in YAML, a # after a space starts a comment
yaml-hash-cuts-value-hint = put the whole value in quotes: { $quoted }
yaml-indented-past-key-hint = this line starts { $spaces ->
    [one] { $spaces } space
   *[other] { $spaces } spaces
} further right than the key above it: keys of one level start at the same column, so remove { $spaces ->
    [one] it
   *[other] them
}
yaml-odd-space = a non-breaking space (an invisible character Word and messengers paste) stands where YAML needs a plain space
yaml-odd-space-hint = delete the space after the «:» or «-», or in the indentation, and type an ordinary one
yaml-curly-quotes-hint = the value starts with typographic quotes “ ”, which YAML does not read as quotes: write straight ones, "like this", around the whole value
yaml-number-too-large = the number { $value } is too large to be read
yaml-number-too-large-hint = if it is a code or an identifier rather than an amount, write it in quotes: "…"; else check its digits
