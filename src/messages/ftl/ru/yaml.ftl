## Сообщения модуля yaml

yaml-invalid-yaml-quote-not = ошибка в YAML: эта кавычка не закрыта
yaml-end-value-same-quote-hint = закончите значение такой же кавычкой в этой же строке, например title: "Тема"
yaml-key-written-twice = ключ `{ $key }` написан дважды
yaml-keep-one-two-also-hint = оставьте только один из двух: этот ключ есть ещё в строке { $line }
yaml-kind-nothing = пустое значение
yaml-kind-yes-no = да/нет (true/false)
yaml-kind-number = число
yaml-kind-text = текст
yaml-kind-list = список
yaml-kind-map = набор ключей (map)
yaml-kind-tagged = значение с тегом YAML
yaml-invalid = ошибка в YAML: { $message }
yaml-quote-colon-hint = заключите в кавычки значение, в котором есть «: », например title: "Тема: пояснение"
yaml-indentation-hint = проверьте отступы: вложенные строки должны начинаться с одинакового числа пробелов
yaml-fields-here-hint = здесь допустимы поля: { $fields }
yaml-expected-form-hint = проверьте, что значение имеет нужный вид (текст, число, список или словарь)
yaml-quote-special-start-hint = заключите в кавычки значение, которое начинается с @, ` или %
yaml-item = элемент { $n }: { $problem }
yaml-at-key = { $path }: { $problem }
yaml-as-written = { $problem }
yaml-expected-found = здесь ожидается { $expected }, а найдено: { $found }
yaml-found-value = { $kind } `{ $value }`
yaml-kind-whole-number = целое число
yaml-unknown-field = неизвестное поле `{ $name }`; здесь допустимы поля: { $known }
yaml-unknown-field-none = неизвестное поле `{ $name }`: здесь не пишут никаких полей
yaml-unknown-value = неизвестное значение `{ $name }`; допустимые значения: { $known }
yaml-unknown-value-none = неизвестное значение `{ $name }`
yaml-missing-field = нет обязательного поля `{ $name }`
yaml-languages-form = в `languages` должен быть список кодов языков, например [kk, ru], или языки с их текстами
yaml-backslash-hint = в двойных кавычках \ начинает особую последовательность: пишите \\ вместо обратной косой черты или заключите значение в одинарные кавычки, например title: 'C:\files'
yaml-quote-whole-value-hint = заключите в кавычки всё значение, например title: '"Путь Абая" роман'
yaml-quote-star-hint = заключите в кавычки значение, которое начинается с * или &
yaml-tab-hint = делайте отступы пробелами: YAML не допускает табуляцию в отступах
yaml-expected-forms = текст или текст на каждом языке ({"{"}kk: …, ru: …{"}"})
yaml-without-forms = не написан текст ни на одном языке: напишите сам текст или {"{"}kk: …, ru: …{"}"}

## Сообщения разборщика YAML

yaml-problem-mapping-values = здесь не может быть пары «ключ: значение»
yaml-problem-mapping-keys = здесь не может быть ключа
yaml-problem-block-entries = здесь не может быть элемента списка, начинающегося с «- »
yaml-problem-expected-key = здесь ожидался ключ (например, `name:`), но его нет
yaml-problem-expected-node = здесь ожидалось значение, но его нет
yaml-problem-expected-list-end = здесь ожидалась «,» или «]»: возможно, скобка списка не закрыта
yaml-problem-expected-map-end = здесь ожидалась «,» или «{"}"}»: возможно, фигурная скобка не закрыта
yaml-problem-expected-colon = здесь ожидалось двоеточие «:», но его нет
yaml-problem-expected-dash = здесь ожидался знак «- »: все элементы списка должны начинаться с одинакового отступа
yaml-problem-cannot-start-token = значение не может начинаться с такого символа
yaml-problem-end-of-stream = текст неожиданно закончился
yaml-problem-tab-indentation = в отступе стоит табуляция (Tab)
yaml-problem-tab-instead-of-space = там, где должен быть пробел отступа, стоит табуляция (Tab)
yaml-problem-undefined-tag = неизвестный тег YAML (слово, начинающееся с !)
yaml-problem-unknown-escape = в тексте в двойных кавычках после \ стоит неизвестный символ
yaml-problem-bad-unicode-escape = неверный код символа после \u
yaml-problem-expected-hex = после \x или \u ожидалось шестнадцатеричное число
yaml-problem-control-characters = управляющие символы недопустимы
yaml-problem-bad-utf8 = текст записан не в правильной кодировке UTF-8
yaml-problem-document-indicator = внутри текста стоит разделитель документов (--- или ...)
yaml-problem-unexpected-colon = двоеточие «:» стоит там, где его не может быть
yaml-problem-expected-alphanumeric = после & или * ожидалась буква или цифра
yaml-problem-expected-comment = здесь может быть только комментарий (#) или конец строки
yaml-problem-expected-whitespace = здесь ожидался пробел или конец строки
yaml-problem-unknown-directive = после % стоит неизвестная директива
yaml-problem-unknown-anchor = неизвестный якорь: имя после * нигде не отмечено через &
yaml-problem-end-of-value = текст закончился там, где ожидалось значение
yaml-problem-several-documents = в файле несколько документов YAML, разделённых строками ---, а должен быть один
yaml-problem-recursion = списки и словари вложены друг в друга слишком глубоко
yaml-problem-repetition = якоря повторяются слишком много раз
yaml-problem-empty-tag = пустой тег YAML (одиночный !) недопустим
yaml-problem-bad-number = не удаётся прочитать число YAML
yaml-hash-cuts-value = «{ $lost }» не вошло в значение: в YAML знак # после пробела начинает комментарий
yaml-hash-cuts-value-hint = заключите всё значение в кавычки: { $quoted }
yaml-indented-past-key-hint = эта строка начинается на { $spaces ->
    [one] { $spaces } пробел
    [few] { $spaces } пробела
   *[many] { $spaces } пробелов
} правее ключа над ней: ключи одного уровня начинаются с одного столбца, уберите лишние пробелы
yaml-odd-space = неразрывный пробел (невидимый символ, который вставляют Word и мессенджеры) стоит там, где YAML нужен обычный пробел
yaml-odd-space-hint = удалите пробел после «:» или «-» или в отступе и наберите обычный
yaml-curly-quotes-hint = значение начинается с типографских кавычек “ ”, которые YAML не считает кавычками: возьмите всё значение в прямые кавычки, "вот так"
yaml-number-too-large = число { $value } слишком велико, чтобы его прочитать
yaml-number-too-large-hint = если это код или номер, а не количество, возьмите его в кавычки: "…"; иначе проверьте цифры
