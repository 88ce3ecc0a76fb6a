## Messages of the module site-entry

site-entry-too-long-printed-catalogue = the { $label } is too long for the printed catalogue ({ $count } characters): the PDF has it { $limit }; the web page keeps the whole text
site-entry-shorten-here-if-catalogue-hint = shorten it here if the catalogue should print it whole
site-entry-file-folder-kind-but = the file is in the folder of kind `{ $id }`, but says `kind: { $s }`
site-entry-move-file-content-remove-hint = move the file to content/{ $folder }/, or remove the `kind:` line
site-entry-did-you-mean-kinds-hint = did you mean `{ $n }`? Kinds are: { $config }
site-entry-kinds-are-hint = kinds are: { $config }
site-entry-field-required-entries-kind = the field `{ $req }` is required for entries of kind `{ $id }`
site-entry-add-line-front-matter-hint = add a line `{ $req }: …` to the front matter (config.yaml makes it required)
site-entry-exhibition-catalogue-prints-entry = the exhibition catalogue prints this entry without its { $fields }
site-entry-add-front-matter-exhibit-hint = add { $fields } to the front matter, or `exhibit: false` to leave the entry out of the catalogue
site-entry-neither-file-s-name = neither the file's name nor the title has letters or digits to make the page's address of
site-entry-rename-file-latin-letters-hint = rename the file in Latin letters, or add an address to the front matter, e.g. slug: ashyq-sabaq
site-entry-text-title = title
site-entry-text-summary = summary
site-entry-text-field = field `{ $name }`
site-entry-text-name = name «{ $name }»
site-entry-lang-differs-from-file-name = `lang: { $written }` is ignored: the file's name says it is the `{ $named }` version
site-entry-lang-differs-hint = delete the `lang:` line, or rename the file if it is not in `{ $named }`
site-entry-text-in-other-language = the text reads as { $reads ->
    [kk] Kazakh
    [ru] Russian
   *[other] { $reads }
}, but without `lang:` the entry is published as { $lang ->
    [kk] Kazakh
    [ru] Russian
   *[other] { $lang }
} (its listings, hyphenation and bibliographic line)
site-entry-text-in-other-language-hint = write `lang: { $reads }` in its front matter
