## Сообщения модуля yaml

yaml-invalid-yaml-quote-not = ошибка в YAML: эта кавычка не закрыта
yaml-end-value-same-quote-hint = закончите значение такой же кавычкой в этой же строке, например title: "Тема"
yaml-key-written-twice = { $prefix }ключ `{ $key }` написан дважды
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
