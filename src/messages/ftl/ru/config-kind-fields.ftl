## Сообщения модуля config-kind-fields

config-kind-fields-field-names-kind-which = у поля `{ $name }` указан вид `{ $id }`, которого на сайте нет
config-kind-fields-add-kind-s-fields-hint = добавьте `{ $req }` в `fields:` этого вида или `kinds: [{ $id }]` к полю
config-kind-fields-did-you-mean-hint = возможно, вы имели в виду `{ $n }`?
config-kind-fields-define-under-fields-config-hint = опишите его в разделе `fields:` в config.yaml, например - name: { $name }
config-kind-fields-did-you-mean-kinds-hint = возможно, вы имели в виду `{ $name }`? Виды: { $list }
config-kind-fields-kinds-are-hint = виды: { $list }
config-kind-fields-required-not-its-own = вид `{ $id }` требует поле `{ $field }`, но этого поля нет среди его полей
config-kind-fields-required-not-defined = вид `{ $id }` требует поле `{ $field }`, но такое поле не описано
config-kind-fields-listed-not-defined = у вида `{ $id }` указано поле `{ $field }`, но такое поле не описано
