## lang-strings модулінің хабарлары

lang-strings-ui-string-must-text = `{ $k }` интерфейс жолының мәні мәтін болуы керек, ал мұнда табылғаны: { $v }
lang-strings-theme-has-no-ui = безендіру тақырыбында `{ $k }` интерфейс жолы жоқ; бұл ауыстыру қолданылмайды
lang-strings-did-you-mean-hint = `{ $n }` деп жазғыңыз келді ме?
