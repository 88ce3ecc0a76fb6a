## site-fields модулінің хабарлары

site-fields-unknown-field-ignored = `{ $name }` өрісі белгісіз, ол ескерілмейді
site-fields-did-you-mean-hint = `{ $n }` деп жазғыңыз келді ме?
site-fields-define-under-fields-config-hint = бұл өріс қалсын десеңіз, оны config.yaml файлындағы `fields:` бөлігінде анықтаңыз
site-fields-field-belongs-not-ignored = `{ $name }` өрісі `{ $id }` түріне тиесілі емес (ол кімге тиесілі: { $whose }); бұл өріс ескерілмейді
site-fields-remove-give-config-yaml-hint = өрісті алып тастаңыз немесе config.yaml файлында оны `{ $id }` түріне беріңіз (fields: - name: { $name }, kinds: [{ $id }, …])
site-fields-not-valid-number-digit = { $to_uppercase } нөмірі «{ $t }» дұрыс емес: бір цифр қате немесе жетіспейді
site-fields-copy-from-journal-book-hint = нөмірді журналдан немесе кітаптан қайта көшіріңіз; { $to_uppercase } нөмірінің пішімі: { $form }
