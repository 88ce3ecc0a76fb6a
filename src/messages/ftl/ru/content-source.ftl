## Сообщения модуля content-source

content-source-cannot-read-file = не удаётся прочитать файл: { $e }
content-source-file-not-utf-text = файл — не текст в кодировке UTF-8: { $guess }
content-source-re-save-utf-notepad-hint = пересохраните его в UTF-8: в Блокноте выберите Файл → Сохранить как → Кодировка: UTF-8; в VS Code нажмите на кодировку в строке состояния → Save with Encoding (Сохранить с кодировкой) → UTF-8
content-source-they-usually-come-text-hint = такие символы обычно попадают в текст, вставленный из PDF или текстового редактора; если текст рядом с ними выглядит неправильно, наберите его заново
content-source-removed-control-characters = { $count ->
    [one] удалён { $count } невидимый управляющий символ ({ $first }): такие символы недопустимы на веб-страницах и в лентах новостей
    [few] удалены { $count } невидимых управляющих символа (первый из них — { $first }): такие символы недопустимы на веб-страницах и в лентах новостей
   *[many] удалено { $count } невидимых управляющих символов (первый из них — { $first }): такие символы недопустимы на веб-страницах и в лентах новостей
}
content-source-guess-cp1251 = похоже, это Windows-1251 (кириллица)
content-source-guess-utf16 = похоже, это UTF-16
content-source-guess-other = его кодировка — не UTF-8
