## site-fields модулінің хабарлары

site-fields-unknown-field-ignored = `{ $name }` өрісі белгісіз, ол ескерілмейді
site-fields-did-you-mean-hint = `{ $n }` деп жазғыңыз келді ме?
site-fields-define-under-fields-config-hint = бұл өріс қалсын десеңіз, оны config.yaml файлындағы `fields:` бөлігінде анықтаңыз
site-fields-field-belongs-not-ignored = `{ $name }` өрісі `{ $id }` түріне тиесілі емес ({ $whose }); бұл өріс ескерілмейді
site-fields-remove-give-config-yaml-hint = өрісті алып тастаңыз немесе config.yaml файлында оны `{ $id }` түріне беріңіз (fields: - name: { $name }, kinds: [{ $id }, …])
site-fields-not-valid-number-digit = { $code } нөмірі «{ $t }» дұрыс емес: бір цифр қате немесе жетіспейді
site-fields-copy-from-journal-book-hint = нөмірді журналдан немесе кітаптан қайта көшіріңіз; { $code } нөмірінің пішімі: { $form }
site-fields-must-found = `{ $name }` өрісінің мәні { $what } болуы керек, ал мұнда табылғаны: { $value }
site-fields-write-like-hint = мысалы, былай жазыңыз: { $name }: { $example }
site-fields-must-web-address-found = `{ $name }` өрісінің мәні веб-мекенжай болуы керек, ал мұнда табылғаны: «{ $text }»
site-fields-write-full-starting-https-hint = мекенжайды https:// деп бастап, толық жазыңыз, мысалы https://doi.org/10.1000/182
site-fields-not-one-choices = `{ $t }` — `{ $name }` өрісінің таңдау нұсқаларының бірі емес
site-fields-owner-none = ол сайттың ешбір түріне тиесілі емес
site-fields-owner-kind = ол { $kind } түріне тиесілі
site-fields-owner-kinds = ол { $kinds } түрлеріне тиесілі
site-fields-did-you-mean-choices-hint = `{ $name }` деп жазғыңыз келді ме? Таңдау нұсқалары: { $list }
site-fields-choices-are-hint = таңдау нұсқалары: { $list }
site-fields-type-number = сан
site-fields-type-date = дата
site-fields-type-year = жыл
site-fields-type-choice = өрістің таңдау нұсқаларының бірі
site-fields-type-url = веб-мекенжай
site-fields-type-yes-no = иә немесе жоқ
site-fields-type-file = файл атауы
site-fields-type-text = мәтін
site-fields-type-names = есім немесе есімдер тізімі
