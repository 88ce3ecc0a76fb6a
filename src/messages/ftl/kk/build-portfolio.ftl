## build-portfolio модулінің хабарлары

build-portfolio-not-span-academic-years = `{ $y }` — оқу жылдарының аралығы емес
build-portfolio-write-like-three-academic-hint = 2023-2026 (үш оқу жылы) немесе 2025-2026 (бір оқу жылы) түрінде жазыңыз
build-portfolio-name-new-pdf-file-hint = сайттың content, data және themes қалталарынан тыс жаңа .pdf файлының атын көрсетіңіз
build-portfolio-there-no-author = мұндай автор жоқ: `{ $wanted }`
build-portfolio-did-you-mean-author-hint = `{ $name }` деп жазғыңыз келді ме? Авторлар data/authors.yaml файлындағы id мәнімен немесе толық аты-жөнімен аталады
build-portfolio-name-author-hint = авторды data/authors.yaml файлындағы id мәнімен немесе толық аты-жөнімен атаңыз
build-portfolio-no-works-in-years = { $name }: { $count ->
    [one] { $years } оқу жылында
   *[other] { $years } оқу жылдарында
} жұмыстары жоқ
build-portfolio-works-are-in-hint = оның жұмыстары мына оқу жылдарында бар: { $years }
build-portfolio-no-works = { $name }: сайтта жұмыстары жоқ
build-portfolio-entry-counts-hint = жазбаның `authors:` өрісінде аталса, ол жазба осы автордың жұмысы болып саналады
build-portfolio-several-authors = бұл атпен бірнеше автор бар: `{ $wanted }`
build-portfolio-which-author-hint = біреуін id мәнімен немесе толық аты-жөнімен атаңыз: { $who }
build-portfolio-guest = { $name } — қонақ автор, колледж оқытушысы емес: портфолио data/authors.yaml файлында сипатталған оқытушыға жасалады
build-portfolio-guest-hint = колледжде сабақ берсе, оны data/authors.yaml файлына қосыңыз
build-portfolio-language-not-published = сайт `{ $lang }` тілінде жарияланбайды, сондықтан портфолионы бұл тілде жасау мүмкін емес
build-portfolio-language-not-published-hint = сайттың тілдері (config.yaml ішіндегі `languages:`): { $list }
build-portfolio-no-works-in-language = { $name }: `{ $lang }` тілінде жұмыстары жоқ: сайт жұмысты тек өзі жазылған тілде көрсетеді (config.yaml ішінде `untranslated: hide`)
build-portfolio-no-works-in-language-hint = портфолионы жұмыстары жазылған тілде жасаңыз (`--in { $list }`) немесе бір жұмысты аударыңыз
