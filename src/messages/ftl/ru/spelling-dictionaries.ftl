## Сообщения модуля spelling-dictionaries

spelling-dictionaries-cannot-read-site-s = не удаётся прочитать список слов сайта: { $e }
spelling-dictionaries-cannot-read-dictionary-texts = не удаётся прочитать этот словарь: { $e }; тексты на языке { $code } не проверены
spelling-dictionaries-debian-ubuntu-apt-install-hint = в Debian или Ubuntu: `sudo apt install { $package }`; в других системах положите { $name }.aff и { $name }.dic рядом с сайтом и укажите их в config.yaml: `spelling: {"{"}dictionaries: {"{"}{ $code }: { $name }{"}"}{"}"}`
spelling-no-dictionary-at = в { $path } нет словаря (файлов .aff и .dic): орфография текстов на языке { $code } не проверена
spelling-no-dictionary = словарь для языка { $code } не найден: орфография текстов на языке { $code } не проверена
spelling-dictionary-not-utf8 = это не текст в UTF-8: преобразуйте его в UTF-8 (и напишите SET UTF-8 в файле .aff)
spelling-dictionary-damaged = словарь повреждён ({ $detail })
