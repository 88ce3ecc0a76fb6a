## Сообщения модуля pipeline-look

pipeline-look-theme-has-no-ui = в теме нет строк интерфейса для языка `{ $code }`
