## site-entry модулінің хабарлары

site-entry-too-long-printed-catalogue = баспа каталогы үшін мәтін тым ұзын — { $label } ({ $count } таңба): PDF-те ол өзгертілді ({ $limit }); веб-бетте мәтін толық сақталады
site-entry-shorten-here-if-catalogue-hint = каталогта мәтін толық басылуы керек болса, оны осы жерде қысқартыңыз
site-entry-file-folder-kind-but = файл `{ $id }` түрінің қалтасында тұр, бірақ онда `kind: { $s }` деп жазылған
site-entry-move-file-content-remove-hint = файлды content/{ $folder }/ қалтасына жылжытыңыз немесе `kind:` жолын алып тастаңыз
site-entry-did-you-mean-kinds-hint = `{ $n }` деп жазғыңыз келді ме? Жазба түрлері: { $config }
site-entry-kinds-are-hint = жазба түрлері: { $config }
site-entry-field-required-entries-kind = `{ $id }` түріндегі жазбалар үшін `{ $req }` өрісі міндетті
site-entry-add-line-front-matter-hint = басқы бөлікке (front matter) `{ $req }: …` жолын қосыңыз (бұл өрісті config.yaml міндетті етеді)
site-entry-exhibition-catalogue-prints-entry = көрме каталогы бұл жазбаны мына мәліметтерсіз басады: { $fields }
site-entry-add-front-matter-exhibit-hint = басқы бөлікке (front matter) мына мәліметтерді қосыңыз: { $fields }; немесе жазбаны каталогқа енгізбеу үшін `exhibit: false` деп жазыңыз
site-entry-neither-file-s-name = файлдың атауында да, тақырыбында да беттің мекенжайын жасауға жарайтын әріп не цифр жоқ
site-entry-rename-file-latin-letters-hint = файлдың атауын латын әріптерімен жазыңыз немесе басқы бөлікке (front matter) мекенжай қосыңыз, мысалы slug: ashyq-sabaq
site-entry-text-title = атауы (`title`)
site-entry-text-summary = қысқаша мазмұны (`summary`)
site-entry-text-field = `{ $name }` өрісі
site-entry-text-name = «{ $name }» есімі
site-entry-lang-differs-from-file-name = `lang: { $written }` ескерілмейді: файлдың атына қарағанда бұл — `{ $named }` нұсқасы
site-entry-lang-differs-hint = `lang:` жолын өшіріңіз немесе файл `{ $named }` тілінде болмаса, атын өзгертіңіз
site-entry-text-in-other-language = мәтін { $reads ->
    [kk] қазақша
    [ru] орысша
   *[other] { $reads }
} жазылған сияқты, бірақ `lang:` жолы жоқ болғандықтан жазба { $lang ->
    [kk] қазақша
    [ru] орысша
   *[other] { $lang }
} жарияланады (тізімдері, тасымалдауы және библиографиялық жазбасы)
site-entry-text-in-other-language-hint = басқы бөлікке `lang: { $reads }` деп жазыңыз
