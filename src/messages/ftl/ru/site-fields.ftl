## Сообщения модуля site-fields

site-fields-unknown-field-ignored = неизвестное поле `{ $name }` не учитывается
site-fields-did-you-mean-hint = возможно, вы имели в виду `{ $n }`?
site-fields-define-under-fields-config-hint = чтобы его сохранить, опишите его в разделе `fields:` в config.yaml
site-fields-field-belongs-not-ignored = поле `{ $name }` относится к: { $whose } — а не к виду `{ $id }`; оно не учитывается
site-fields-remove-give-config-yaml-hint = уберите его или назначьте его виду `{ $id }` в config.yaml (fields: - name: { $name }, kinds: [{ $id }, …])
site-fields-not-valid-number-digit = { $to_uppercase } «{ $t }» — недействительный номер: какая-то цифра неверна или пропущена
site-fields-copy-from-journal-book-hint = перепишите номер из журнала или книги ещё раз; формат { $to_uppercase }: { $form }
