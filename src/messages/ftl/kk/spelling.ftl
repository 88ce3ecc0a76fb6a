## Емле тексеру хабарлары

spelling-kazakh-dictionary = қазақ тілі
spelling-russian-dictionary = орыс тілі
spelling-english-dictionary = ағылшын тілі
spelling-unknown-word = { $times ->
    [1] «{ $word }» сөзі { $dictionary } сөздігінде жоқ
   *[other] «{ $word }» сөзі { $dictionary } сөздігінде жоқ (бұл файлда { $times } рет кездеседі)
}
spelling-keep-hint = сөз дұрыс жазылған болса (есім, термин), оны { $file } файлына қосыңыз (әр жолға бір сөз)
spelling-suggest-hint = { $words } деп жазғыңыз келді ме? Сөз дұрыс жазылған болса (есім, термин), оны { $file } файлына қосыңыз (әр жолға бір сөз)
