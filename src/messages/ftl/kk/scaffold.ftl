## `ozyq init` жаңа сайттың файлдарына жазатыны

init-comment-settings = Сайт баптаулары. `title` өрісінен басқасының бәрін жазбауға болады.
init-comment-base-url = Сайт жарияланатын мекенжай, мысалы https://college.example/otm/ (канондық сілтемелерге, сайт картасына және каталогтың QR-кодтарына керек).
init-comment-language = Сайт тілі: kk, ru немесе en (`languages: [kk, ru]` — екі тілдегі сайт, орысша нұсқасы ru/ қалтасында).
init-comment-theme = ozyq-қа кіріктірілген безендіру тақырыбы. Осы сайттың templates/, static/ және print/ қалталарындағы файлдар тақырыптың аттас файлдарының орнына қолданылады: `ozyq theme eject base.html` файлды өзгерту үшін сонда көшіреді, ал `ozyq theme list` тақырыптың барлық файлын атайды.
init-comment-year-start = Оқу жылы басталатын ай (9 — қыркүйек).
init-comment-page-size = Тізімнің бір бетіндегі жазбалар саны.
init-comment-authors = Колледж педагогтері, әрқайсысына бір тармақ; жазбалар оларды id арқылы атайды (`authors: [abenova-g]`). category: master, researcher, expert, moderator, highest, first, second немесе none.
init-example-name = Тегі Аты Әкесінің аты
init-example-position = Математика оқытушысы
init-home-text = Озық педагогикалық тәжірибе мектебінің материалдары.
