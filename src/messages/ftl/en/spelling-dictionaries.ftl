## Messages of the module spelling-dictionaries

spelling-dictionaries-cannot-read-site-s = cannot read the site's word list: { $e }
spelling-dictionaries-cannot-read-dictionary-texts = cannot read this dictionary: { $e }; the { $code } texts were not checked
spelling-dictionaries-debian-ubuntu-apt-install-hint = on Debian or Ubuntu: `sudo apt install { $package }`; elsewhere, put { $name }.aff and { $name }.dic beside the site and name them in config.yaml: `spelling: {"{"}dictionaries: {"{"}{ $code }: { $name }{"}"}{"}"}`
spelling-no-dictionary-at = there is no dictionary at { $path } (its .aff and .dic files): the { $code } texts were not checked for spelling
spelling-no-dictionary = no { $code } dictionary was found: the { $code } texts were not checked for spelling
spelling-dictionary-not-utf8 = it is not UTF-8 text: convert it to UTF-8 (and write SET UTF-8 in the .aff file)
spelling-dictionary-damaged = the dictionary is damaged ({ $detail })
