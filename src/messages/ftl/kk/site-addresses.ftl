## site-addresses модулінің хабарлары

site-addresses-led-which-was-withdrawn = `{ $address }` мекенжайы бұрын «{ $title }» материалына апаратын, ол материал алынып тасталды; енді бұл мекенжай осы бетке апарады
site-addresses-links-old-material-now-hint = ескі материалға жасалған сілтемелер енді осы материалды ашады; бұл дұрыс болмаса, осы файлға басқа атау немесе `slug:` беріңіз
site-addresses-page-s-own-address = `{ $a }` — беттің өз мекенжайы
site-addresses-alias-old-address-remove-hint = балама мекенжай (alias) — бұл ескі мекенжай; мұны алып тастаңыз
site-addresses-alias-address-ozyq-uses = `{ $value }` балама мекенжайын ozyq өзі пайдаланады
site-addresses-aliases-are-old-addresses-hint = балама мекенжайлар — жазбалар мен беттердің ескі мекенжайлары; олар тізім беттеріне немесе static/ файлдарына берілмейді
site-addresses-message = `{ $address }` — { $whose } { $file }:{ $line }
site-addresses-address-leads-one-page-hint = бір мекенжай тек бір бетке апарады: балама мекенжайды алып тастаңыз немесе файлдардың біріне басқа `slug:` беріңіз
site-addresses-was-published-now-cannot = `{ $address }` мекенжайы { $file } файлы үшін жарияланған (қазір ол `{ $address2 }` мекенжайында){ $printed }; { $file2 } файлы бұл мекенжайды ала алмайды
site-addresses-give-another-file-name-hint = { $file } файлына басқа атау немесе `slug:` беріңіз; бұл мекенжайды оған әдейі бергіңіз келсе, { $address2 } ішінен `{ $address }` жолын өшіріңіз
site-addresses-leads-which-was-withdrawn = `{ $address }` мекенжайы{ $path } алынып тасталған «{ $title }» материалына апарады; оны басқа материал ала алмайды
site-addresses-give-file-another-file-hint = осы файлға басқа атау немесе `slug:` беріңіз (тиісті жол: { $address })
site-addresses-whose-address = мына файлдың мекенжайы:
site-addresses-whose-alias = мына файлда балама мекенжай ретінде бар:
site-addresses-not-printed = { "" }
site-addresses-printed-in = { " " }({ $years } каталогындағы QR-код)
site-addresses-alias-how-hint = осы сайттың бұрын жарияланған ескі мекенжайын сол күйінде жазыңыз, мысалы aliases: [seminars/old-name/]
site-addresses-alias-not-this-site = `{ $raw }` — бұл сайттың мекенжайы емес (base_url)
site-addresses-alias-query = `{ $raw }` мекенжайында сұраныс (?), фрагмент (#) немесе кері көлбеу сызық (\) бар
site-addresses-alias-empty-part = `{ $raw }` мекенжайында бос бөлік (`//`) бар немесе ол басты бет
site-addresses-alias-outside = `{ $raw }` сайттың өз мекенжайларынан тыс апарады
site-addresses-alias-characters = `{ $raw }` мекенжайында жарияланған мекенжайларда болмайтын таңбалар бар
site-addresses-alias-characters-hint = ozyq жариялайтын мекенжайлар латын әріптерінен, цифрлардан және - _ . таңбаларынан тұрады (мекенжайды браузердің мекенжай жолынан көшіріңіз)
site-addresses-alias-home-page = балама мекенжай (alias) басты бет бола алмайды
site-addresses-printed-elsewhere = бұл жұмыс басылған { $printed } каталогында бар; күніне қарай ол енді { $year } жылына жатады, ал қайта жиналған { $printed } каталогында болмайды
site-addresses-printed-elsewhere-hint = күні қате болса, бұрынғысын жазыңыз; жұмыс { $year } жылына жатса, басылған кітапшада сол күйінде қалады
