## Сообщения модуля lang-strings

lang-strings-ui-string-must-text = строка интерфейса `{ $k }` должна быть текстом, а найдено: { $v }
lang-strings-theme-has-no-ui = в теме нет строки интерфейса `{ $k }`; замена не используется
lang-strings-did-you-mean-hint = возможно, вы имели в виду `{ $n }`?
