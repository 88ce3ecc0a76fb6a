## Сообщения проверки орфографии

spelling-kazakh-dictionary = казахского языка
spelling-russian-dictionary = русского языка
spelling-english-dictionary = английского языка
spelling-unknown-word = { $times ->
    [1] слова «{ $word }» нет в словаре { $dictionary }
   *[other] слова «{ $word }» нет в словаре { $dictionary } (в этом файле { $times } { $times ->
        [one] раз
        [few] раза
       *[many] раз
    })
}
spelling-keep-hint = если слово написано правильно (имя, термин), добавьте его в { $file } (по одному слову в строке)
spelling-suggest-hint = возможно, вы имели в виду { $words }? Если слово написано правильно (имя, термин), добавьте его в { $file } (по одному слову в строке)
