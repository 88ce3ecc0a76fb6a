## Messages of the spelling check

spelling-kazakh-dictionary = Kazakh
spelling-russian-dictionary = Russian
spelling-english-dictionary = English
spelling-unknown-word = { $times ->
    [1] «{ $word }» is not in the { $dictionary } dictionary
   *[other] «{ $word }» is not in the { $dictionary } dictionary ({ $times } times in this file)
}
spelling-keep-hint = if it is spelled right (a name, a term), add it to { $file } (one word a line)
spelling-suggest-hint = did you mean { $words }? If it is spelled right (a name, a term), add it to { $file } (one word a line)
