## Messages of the module lang-strings

lang-strings-ui-string-must-text = UI string `{ $k }` must be text, found { $v }
lang-strings-theme-has-no-ui = the theme has no UI string `{ $k }`; the override is not used
lang-strings-did-you-mean-hint = did you mean `{ $n }`?
