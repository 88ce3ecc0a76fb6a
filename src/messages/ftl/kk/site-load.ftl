## site-load модулінің хабарлары

site-load-catalogue-foreword-must-named = каталогтың алғы сөзі өз оқу жылының атымен аталуы керек, ал мұнда атауы: `{ $stem }`
site-load-name-like-content-catalogue-hint = файлды content/catalogue/2025-2026.md сияқты атаңыз
site-load-page-s-url-used = беттің `{ $dir }` мекенжайын ozyq өзі пайдаланады
site-load-give-page-another-slug-hint = бетке басқа `slug:` беріңіз
site-load-address-also = `{ $dir }` мекенжайы басқа файлда да бар: { $other }
site-load-rename-one-two-files-hint = екі файлдың бірінің атауын өзгертіңіз немесе оның басқы бөлігінде (front matter) `slug:` жазыңыз
site-load-make-smaller-pdf-saved-hint = файлды кішірейтіңіз (PDF-ті веб үшін сақтаңыз, бейнені бейне сайтына салып, сілтемесін беріңіз) немесе config.yaml файлында `attachments: {"{"}max_megabytes: …{"}"}` мәнін үлкейтіңіз
site-load-foreword-too-long-printed = алғы сөз баспа каталогы үшін тым ұзын ({ $count } таңба): PDF-те ол { $chars } таңбаға дейін қысқартылды (осы жерден немесе алдыңғы азат жолдан)
site-load-foreword-page-two-usual-hint = алғы сөз әдетте бір-екі бет болады; оны қысқартыңыз
site-load-lists-quotes-here-are = мұндағы тізімдер немесе дәйексөздер { $nesting } деңгейден тереңірек кіріктірілген: PDF тереңірек деңгейлерді осы деңгейде басады
site-load-list-inside-list-inside-hint = әдетте тізім ішіндегі тізімнің ішіндегі тізім жеткілікті
site-load-foreword-has-run-more = алғы сөзде бос орынсыз жазылған, { $longest_run } таңбадан ұзын тізбек бар: PDF-те ол бос орындармен бөлінді
site-load-add-missing-spaces-shorten-hint = жетіспейтін бос орындарды қосыңыз немесе мәтінді қысқартыңыз
site-load-outside-site-folder = `{ $name }` ({ $what }) сайт қалтасынан тыс тұр
site-load-put-file-beside-markdown-hint = файлды Markdown файлының жанына қойыңыз (жазбаны index.md файлы бар қалтаға айналдырыңыз) және оның атын ../ белгісінсіз жазыңыз
site-load-does-not-exist = `{ $name }` ({ $what }) табылмады
site-load-expected-file-hint = файл мына жерде болуы керек еді: { $path }
site-load-not-inside-content = `{ $name }` ({ $what }) content/ қалтасының ішінде емес
site-load-move-into-hint = оны мына қалтаға жылжытыңыз: { $content_dir }
site-load-what-attachment = тіркеме
site-load-what-file = файл
site-load-what-cover = мұқаба суреті
site-load-file-too-large = `{ $written }` ({ $what }) көлемі { $megabytes } МБ, колледж хостингі қабылдайтын { $limit } МБ-тан көп
site-load-names-look-alike-hint = екі файлдың атауы бірдей көрінгенімен, әріптері әртүрлі кодпен жазылған (әріп пен оның үстіндегі белгі бөлек, Mac атауды осылай сақтауы мүмкін): керек емес көшірмесін өшіріңіз немесе атауын өзгертіңіз
