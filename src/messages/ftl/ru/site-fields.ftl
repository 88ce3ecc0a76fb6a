## Сообщения модуля site-fields

site-fields-unknown-field-ignored = неизвестное поле `{ $name }` не учитывается
site-fields-did-you-mean-hint = возможно, вы имели в виду `{ $n }`?
site-fields-define-under-fields-config-hint = чтобы его сохранить, опишите его в разделе `fields:` в config.yaml
site-fields-field-belongs-not-ignored = поле `{ $name }` не относится к виду `{ $id }` ({ $whose }) и не учитывается
site-fields-remove-give-config-yaml-hint = уберите его или назначьте его виду `{ $id }` в config.yaml (fields: - name: { $name }, kinds: [{ $id }, …])
site-fields-not-valid-number-digit = { $code } «{ $t }» — недействительный номер: какая-то цифра неверна или пропущена
site-fields-copy-from-journal-book-hint = перепишите номер из журнала или книги ещё раз; формат { $code }: { $form }
site-fields-must-found = в поле `{ $name }` нужно указать { $what }, а найдено: { $value }
site-fields-write-like-hint = напишите, например, так: { $name }: { $example }
site-fields-must-web-address-found = в поле `{ $name }` нужно указать веб-адрес, а найдено: «{ $text }»
site-fields-write-full-starting-https-hint = напишите адрес полностью, начиная с https://, например https://doi.org/10.1000/182
site-fields-not-one-choices = `{ $t }` не входит в варианты поля `{ $name }`
site-fields-owner-none = оно не относится ни к одному виду этого сайта
site-fields-owner-kind = оно относится к виду { $kind }
site-fields-owner-kinds = оно относится к видам { $kinds }
site-fields-did-you-mean-choices-hint = возможно, вы имели в виду `{ $name }`? Варианты: { $list }
site-fields-choices-are-hint = варианты: { $list }
site-fields-type-number = число
site-fields-type-date = дату
site-fields-type-year = год
site-fields-type-choice = один из его вариантов
site-fields-type-url = веб-адрес
site-fields-type-yes-no = да или нет
site-fields-type-file = имя файла
site-fields-type-text = текст
site-fields-type-names = имя или список имён
