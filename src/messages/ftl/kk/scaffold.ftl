## `ozyq init` жаңа сайттың файлдарына жазатыны

init-comment-settings = Сайт баптаулары. `title` өрісінен басқасының бәрін жазбауға болады.
init-comment-base-url = Сайт жарияланатын мекенжай, мысалы https://college.example/otm/ (канондық сілтемелерге, сайт картасына және каталогтың QR-кодтарына керек).
init-comment-language = Сайт тілі: kk, ru немесе en (`languages: [kk, ru]` — екі тілдегі сайт, орысша нұсқасы ru/ қалтасында).
init-comment-theme = ozyq-қа кіріктірілген безендіру тақырыбы. Осы сайттың templates/, static/ және print/ қалталарындағы файлдар тақырыптың аттас файлдарының орнына қолданылады: `ozyq theme eject base.html` файлды өзгерту үшін сонда көшіреді, ал `ozyq theme list` безендіру тақырыбының барлық файлын атайды.
init-comment-year-start = Оқу жылы басталатын ай (9 — қыркүйек).
init-comment-page-size = Тізімнің бір бетіндегі жазбалар саны.
init-comment-authors = Колледж педагогтері, әрқайсысына бір тармақ; жазбалар оларды id арқылы атайды (`authors: [abenova-g]`). category: master, researcher, expert, moderator, highest, first, second немесе none.
init-example-name = Тегі Аты Әкесінің аты
init-example-position = Математика оқытушысы
init-home-text = Озық педагогикалық тәжірибе мектебінің материалдары.
scaffold-not-empty = { $path } бұрыннан бар және бос емес
scaffold-unknown-kind = `{ $kind }` — белгісіз түр; түрлері: { $known }
scaffold-exists = { $path } бұрыннан бар
scaffold-exists-hint = ozyq файлдың үстінен жазбайды: сол файлды түзетіңіз немесе алдымен атын өзгертіңіз не өшіріңіз (жаңа жазбаға басқа тақырып басқа файл береді)
scaffold-cannot-write = жазу мүмкін емес: { $path }: { $error }
scaffold-empty-slug = тақырыпта файл атауын құрайтын әріптер жоқ
scaffold-year-in-full-hint = жылды толық жазыңыз: --date { $fixed }
scaffold-bad-date = `{ $date }` — күн емес; оны 2025-10-14 немесе 14.10.2025 түрінде жазыңыз
scaffold-unknown-theme-file = безендіру тақырыбында `{ $name }` файлы жоқ
theme-file-ambiguous-hint = бұл мына файлдардың кез келгені болуы мүмкін: { $files }; жолды толық жазыңыз
theme-file-did-you-mean-hint = `{ $name }` деп жазғыңыз келді ме? `ozyq theme list` тақырыптың барлық файлын атайды
theme-file-list-hint = `ozyq theme list` безендіру тақырыбының файлдарын атайды

## `ozyq new` жазбаның бос өрістерінің жанына жазатын түсініктемелер

scaffold-authors-comment = data/authors.yaml ішіндегі id немесе толық аты-жөні
scaffold-field-comment = { $label } — { $what }
scaffold-field-comment-required = { $label } — { $what } (міндетті)
scaffold-field-text = мәтін
scaffold-field-names = аты-жөндері: [Әбенова Г. Т., …]
scaffold-field-count = теріс емес бүтін сан
scaffold-field-number = сан
scaffold-field-date = күні: 2025-10-14
scaffold-field-year = жылы: 2025
scaffold-field-choice = біреуі: { $list }
scaffold-field-people = data/authors.yaml ішіндегі id
scaffold-field-url = сілтеме: https://…
scaffold-field-yes-no = true немесе false
scaffold-field-file = жазбаның қасындағы файл
scaffold-plan-comment = { $year } жоспарындағы осы түрдің тармақтары, id бойынша
scaffold-linked-folder = { $path } басқа қалтаға апаратын сілтеме: жинау мұндай қалталарды оқымайды, сондықтан онда жазылған жұмыс сайтқа шықпас еді
scaffold-linked-folder-hint = оның орнына нағыз қалта қойыңыз (файлдарды соған көшіріңіз), сосын ozyq new командасын қайта іске қосыңыз
scaffold-own-copy = { $path } — сайттың өз көшірмесі бұрыннан бар
scaffold-own-copy-hint = соны түзетіңіз; безендіру тақырыбындағы файлдан қайта бастау үшін алдымен оны өшіріп, қайта көшіріңіз
