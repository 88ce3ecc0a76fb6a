## `ozyq --help`: әр команда мен параметрдің не үшін керегі. Атаулары команда
## жолына сай: cli-build-output дегеніміз `ozyq build --output`.

cli = ozyq колледждің Озық тәжірибе мектебінің сайты мен әдістемелік көрме каталогын Markdown файлдарынан жасайды
cli-heading-usage = Қолданылуы
cli-heading-commands = Командалар
cli-heading-arguments = Мәндер
cli-heading-options = Параметрлер
cli-flag-help = Анықтаманы көрсету
cli-flag-version = Нұсқасын көрсету
cli-help = Осы анықтаманы немесе аталған команданың анықтамасын көрсету
cli-help-command = Команда
cli-root = Сайт қалтасы, config.yaml тұрған қалта (әдепкісі: ағымдағы қалта)
cli-lang = ozyq сөйлейтін тіл: kk, ru немесе en (әдепкісі: OZYQ_LANG, болмаса сайттың тілі, болмаса жүйенің тілі); `new` үшін жазбаның тілі де (тақырыбы қазақша болмаса)

cli-build = Сайтты output/ қалтасына жинау (жинау сәтсіз болса, бұрынғы нәтиже сақталады)
cli-build-output = Сайтты output/ орнына осы қалтаға жазу
cli-build-drafts = `draft: true` деп белгіленген дайын емес жазбаларды да қосу
cli-build-force = --output қалтасында ozyq жасамаған файлдар болса да, оған жазу: ол файлдар жойылады (сайттың өз файлдары ешқашан өзгертілмейді)

cli-check = Сайтты жазбай, барлық мазмұнды, деректерді және үлгілерді тексеру (жасалған фотолар мен PDF файлдар келесі жинау үшін .ozyq-cache/ қалтасында сақталады)
cli-check-drafts = `draft: true` деп белгіленген дайын емес жазбаларды да қосу
cli-check-spelling = Тақырыптардың, аннотациялардың және мәтіндердің емлесін де тексеру (Hunspell сөздіктері: Debian-ның hunspell-kk мен hunspell-ru пакеттері немесе config.yaml ішіндегі `spelling: {"{"}dictionaries: …{"}"}`; сайттың өз сөздері data/words.txt файлында)

cli-new = Өрістері толтырылған жаңа жазба жасау, мысалы `ozyq new open-lesson "Тақырып"`
cli-new-kind = Түрі: seminar, conference, olympiad, article, guideline, bulletin, open-lesson, self-education (немесе config.yaml ішіндегі түр)
cli-new-title = Жазбаның тақырыбы
cli-new-date = Күні, мысалы 2025-10-14 (әдепкісі: бүгін)
cli-new-authors = Автордың id мәні немесе аты-жөні (бірнеше автор үшін қайталаңыз)
cli-new-bundle = Жазбаның фотолары мен файлдарын қасына салу үшін index.md файлы бар қалта жасау

cli-serve = Сайтты http://127.0.0.1:1111/ мекенжайында көрсету, сақталған әр өзгеріс әсер ететін беттерді қайта жасап, ашық браузер беттерін жаңарту
cli-serve-port = Порт (әдепкісі: 1111; 0 бос портты өзі таңдайды)
cli-serve-interface = Тыңдайтын мекенжай (әдепкісі: 127.0.0.1); 0.0.0.0 сайтты басқа компьютерлерден де ашуға мүмкіндік береді
cli-serve-drafts = `draft: true` деп белгіленген дайын емес жазбаларды да қосу

cli-init = Көрсетілген ҚАЛТАда ozyq ішіндегі безендіру тақырыбын пайдаланатын жаңа, бос сайт жасау
cli-init-dir = Жаңа сайттың қалтасы
cli-init-title = Сайттың атауы (әдепкісі: мектептің сайт тіліндегі атауы, қазақша — Озық тәжірибе мектебі)

cli-theme = Сайттың безендіру тақырыбы: файлдарын тізу, біреуін көрсету немесе өзгерту үшін кейбірін сайтқа көшіру (`ozyq theme eject base.html`)
cli-theme-list = Сайт өз көшірмесін жасай алатын безендіру тақырыбы файлдарын атау
cli-theme-show = Безендіру тақырыбының бір файлын өзгертілмеген күйінде шығару, мысалы `ozyq theme show base.html`
cli-theme-show-name = Файл: base.html, partials/card.html, static/style.css, …
cli-theme-eject = Өзгерту үшін безендіру тақырыбының файлдарын сайттың templates/, static/ немесе print/ қалтасына көшіру, мысалы `ozyq theme eject base.html`; сайтта бар файл ешқашан үстінен жазылмайды
cli-theme-eject-names = Файлдар: base.html, partials/card.html, style.css, catalogue.typ, …

cli-catalogue = Бір оқу жылының көрме каталогын жасау: output/catalogue/ЖЫЛ/index.html және catalogue.pdf (жылдың есебі, жапсырмалары мен сертификаттары да қайта жасалады), мысалы `ozyq catalogue 2025-2026`
cli-catalogue-year = Оқу жылы, мысалы 2025-2026
cli-catalogue-paper = Қағаз: a5 немесе a4 (әдепкісі: config.yaml ішіндегі catalogue.paper, болмаса a5)
cli-catalogue-booklet = Кітапша етіп тігу үшін A5 беттерді A4 парағына екіден орналастыру
cli-catalogue-output = PDF файлды output/catalogue/ЖЫЛ/catalogue.pdf орнына осында жазу

cli-certificates = Бір оқу жылы көрмесіне қатысушылардың (немесе бір іс-шараға қатысушылардың) сертификаттарын жасау
cli-certificates-year = Оқу жылы, мысалы 2025-2026
cli-certificates-event = `event` өрісінде осы мәтін бар экспонаттардың авторларына ғана
cli-certificates-thanks = Сертификаттың орнына алғыс хаттар: thanks.pdf
cli-certificates-output = PDF файлды output/catalogue/ЖЫЛ/certificates.pdf орнына осында жазу

cli-publish = Сайтты жинап, өзгергенін config.yaml ішіндегі `publish:` орнына жүктеу (SFTP, FTP, FTPS немесе қалта), мысалы `ozyq publish college`
cli-publish-target = config.yaml ішіндегі орынның атауы (орын біреу ғана болса, жазбауға болады)
cli-publish-no-build = Алдымен жинамай, output/ қалтасын бар күйінде жариялау
cli-publish-dry-run = Тек не жүктелетінін және не жойылатынын тізу
cli-publish-save-password = Орынның құпиясөзін сұрап, оны жүйенің кілттер қоймасында сақтау (Windows Credential Manager, macOS Keychain, GNOME Keyring), одан кейін тоқтау
cli-publish-forget-password = Орынның құпиясөзін жүйенің кілттер қоймасынан өшіру, одан кейін тоқтау
cli-publish-force = ozyq жарияламаған сайттың файлдары бар қалтаға олардың үстінен жазып жариялау

cli-portfolio = Аттестацияға арналған мұғалім портфолиосын жасау: output/authors/ID/portfolio.pdf, мысалы `ozyq portfolio abenova-g --years 2023-2026`
cli-portfolio-author = Автор: оның data/authors.yaml ішіндегі id мәні, толық аты-жөні немесе тегі мен аты
cli-portfolio-years = Оқу жылдары, мысалы 2023-2026 (үш жыл) немесе 2025-2026 (бір жыл); әдепкісі — барлығы
cli-portfolio-language = PDF тілі, сайт тілдерінің бірі (`languages:`): ru мәні output/ru/authors/ID/portfolio.pdf жасайды; әдепкісі — сайттың бірінші тілі
cli-portfolio-output = PDF файлды output/[ТІЛ/]authors/ID/portfolio[-ЖЫЛДАР].pdf орнына осында жазу

## Анықтамадағы мәндердің белгілері: `--output <ҚАЛТА>`.

cli-value-command = КОМАНДА
cli-root-value = ҚАЛТА
cli-lang-value = ТІЛ
cli-build-output-value = ҚАЛТА
cli-new-kind-value = ТҮРІ
cli-new-title-value = ТАҚЫРЫП
cli-new-date-value = КҮНІ
cli-new-authors-value = АВТОР
cli-serve-port-value = ПОРТ
cli-serve-interface-value = МЕКЕНЖАЙ
cli-init-dir-value = ҚАЛТА
cli-init-title-value = АТАУЫ
cli-theme-show-name-value = ФАЙЛ
cli-theme-eject-names-value = ФАЙЛДАР
cli-catalogue-year-value = ЖЫЛ
cli-catalogue-paper-value = ҚАҒАЗ
cli-catalogue-output-value = ФАЙЛ
cli-certificates-year-value = ЖЫЛ
cli-certificates-event-value = ІС-ШАРА
cli-certificates-output-value = ФАЙЛ
cli-publish-target-value = ОРЫН
cli-portfolio-author-value = АВТОР
cli-portfolio-years-value = ЖЫЛДАР
cli-portfolio-language-value = ТІЛ
cli-portfolio-output-value = ФАЙЛ
