## Сообщения модуля config-fields

config-fields-field-defined-twice = поле `{ $name }` описано дважды
config-fields-field-every-entry-has = `{ $name }` — поле, которое есть у каждой записи; описать его заново нельзя
config-fields-give-your-field-another-hint = дайте своему полю другое имя
config-fields-built-field-type-type = `{ $name }` — встроенное поле типа `{ $name2 }`; его тип и варианты менять нельзя
config-fields-remove-type-choices-from-hint = уберите из него `type:` и `choices:` или дайте своему полю другое имя
config-fields-field-name-cannot-front = имя поля `{ $name }` не может быть ключом в шапке файла
config-fields-use-small-latin-letters-hint = используйте строчные латинские буквы, цифры и _, начиная с буквы, например hours или certificate_no
config-fields-field-has-unknown-type = у поля `{ $name }` неизвестный тип `{ $t }`
config-fields-field-has-choices-but = у поля `{ $name }` есть `choices:`, но его тип — `{ $name2 }`
config-fields-write-type-choice-remove-hint = напишите `type: choice` или уберите варианты
config-fields-choice-field-has-no = у поля с выбором `{ $name }` нет вариантов
config-fields-list-them-under-e-hint = перечислите их под ним, например choices: [онлайн, офлайн]
config-fields-choice-field-empty = один из вариантов поля `{ $name }` пустой
config-fields-field-has-choice-twice = у поля `{ $name }` вариант `{ $id }` указан дважды
config-fields-give-each-choice-own-hint = дайте каждому варианту свой id
config-fields-did-you-mean-types-hint = возможно, вы имели в виду `{ $name }`? Типы: { $list }
config-fields-types-are-hint = типы: { $list }
