## Messages of the module content-source

content-source-cannot-read-file = cannot read the file: { $e }
content-source-file-not-utf-text = the file is not UTF-8 text: { $guess }
content-source-re-save-utf-notepad-hint = re-save it as UTF-8: in Notepad choose File → Save as → Encoding: UTF-8; in VS Code click the encoding in the status bar → Save with Encoding → UTF-8
content-source-they-usually-come-text-hint = they usually come with text pasted from a PDF or a word processor; retype the text around them if it looks wrong
content-source-removed-control-characters = { $count ->
    [one] removed 1 invisible control character ({ $first }) that web pages and feeds cannot contain
   *[other] removed { $count } invisible control characters (the first is { $first }) that web pages and feeds cannot contain
}
content-source-guess-cp1251 = it looks like Windows-1251 (Cyrillic)
content-source-guess-utf16 = it looks like UTF-16
content-source-guess-other = its encoding is not UTF-8
