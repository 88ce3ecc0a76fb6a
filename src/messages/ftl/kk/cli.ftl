## ozyq командасының өзі айтатыны: хабар белгілері мен қорытындылар.

label-error = қате
label-warning = ескерту
label-hint = кеңес

summary-entries = { $count } жазба
summary-translations = {" "}және { $count } аударма
summary-pages = { $count } бет
summary-warnings = { $count } ескерту
summary-errors = { $count } қате
summary-drafts = , { $count } дайын емес жазба қосылмады
summary-built = жиналды: { $entries }, { $pages }, { $warnings }{ $drafts }, { $seconds } с → { $output }
summary-checked = тексерілді: { $entries }, { $pages }, { $warnings }{ $drafts }, { $seconds } с
build-failed = жинау сәтсіз: { $errors }, { $warnings }; бұрынғы { $output } қалтасы өзгерген жоқ
build-failed-nothing = жинау сәтсіз: { $errors }, { $warnings }; ештеңе жазылған жоқ
check-failed = тексеру сәтсіз: { $errors }, { $warnings }; ештеңе жазылған жоқ
new-created = жасалды: { $path }
new-bundle-files = жазбаның суреттері мен файлдарын мына қалтаға салыңыз: { $dir }
theme-eject-which = сайтқа көшірілетін файлдарды атаңыз, мысалы `ozyq theme eject base.html`; безендіру тақырыбының файлдары:
theme-copied = көшірілді: { $path }
theme-own-copy-kept = { $path } — сайттың өз көшірмесі бар: ол өзгертілмеді
theme-copies-used = енді сайт безендіру тақырыбындағы файлдардың орнына осы көшірмелерді пайдаланады; тақырыптағы файлға қайту үшін көшірмені өшіріңіз
init-created = жаңа сайт жасалды: «{ $dir }» қалтасы ({ $files } файл)
init-language = сайттың тілі: { $lang } (config.yaml файлындағы `language:`; екі тілдегі сайтқа `languages: [kk, ru]`)
init-next = әрі қарай, бір-бірден орындаңыз:
init-next-title = Тақырып
catalogue-made = { $year } оқу жылының каталогы жасалды: { $exhibits } экспонат, { $kb } КБ, { $seconds } с{ $cached ->
    [yes] {" "}(өзгермеген, .ozyq-cache/ қалтасынан алынды)
   *[no] {""}
} → { $pdf }
catalogue-other-years-warnings = басқа оқу жылдарының жұмыстары туралы { $count } ескерту көрсетілмеді: барлығын `ozyq check` көрсетеді
catalogue-failed = каталог жасалмады: { $errors }
portfolio-made = { $name } портфолиосы жасалды: { $works } жұмыс → { $pdf }
portfolio-failed = портфолио жасалмады: { $errors }
certificates-made = { $year } оқу жылының { $count } сертификаты жасалды → { $pdf }
thanks-made = { $year } оқу жылының { $count } алғыс хаты жасалды → { $pdf }
certificates-failed = сертификаттар жасалмады: { $errors }
publish-uploading = { $files } файл жүктеліп жатыр ({ $kb } КБ)
publish-uploaded = жүктелді: { $done }/{ $files } файл
publish-deleted = жойылды: { $path }
publish-would-upload = жүктеледі: { $path }
publish-would-delete = жойылады: { $path }
publish-dry-run = { $target } ({ $url }) орнына { $uploads } файл жүктеліп, { $deletes } файл жойылар еді; { $unchanged } файл өзгермеген
publish-done = { $target } ({ $url }) орнына жарияланды: { $uploads } файл жүктелді ({ $kb } КБ), { $deletes } жойылды, { $unchanged } өзгермеген
publish-failed = ештеңе жарияланған жоқ: { $errors }
publish-stopped = жариялау { $files } файлдың { $done } файлынан кейін тоқтады: { $errors }; `ozyq publish` қайта іске қосылғанша серверде жаңа сайттың бір бөлігі ғана тұр
publish-password-prompt = { $account } құпиясөзі:
publish-password-empty = құпиясөз берілмеді: ештеңе сақталған жоқ
publish-password-saved = { $account } құпиясөзі ({ $target } орны) жүйенің кілттер қоймасында сақталды
publish-password-forgotten = { $account } құпиясөзі ({ $target } орны) жүйенің кілттер қоймасынан өшірілді

## Команда жолының өз қателері.

cli-error-no-command = `{ $what }` деген команда жоқ
cli-error-no-command-given = команданы атаңыз, мысалы `ozyq build`
cli-error-no-option = мұнда `{ $what }` деген параметр жоқ
cli-error-bad-value = `{ $value }` — { $arg } қабылдайтын мән емес
cli-error-valid-values = мыналардың бірін жазыңыз: { $values }
cli-error-missing = мына мән жетіспейді: { $what }
cli-error-did-you-mean = `{ $what }` деп жазғыңыз келді ме? Командалардың тізімі: `ozyq --help`, команданың параметрлері: `ozyq КОМАНДА --help`
cli-error-see-help = командалардың тізімі: `ozyq --help`, команданың параметрлері: `ozyq КОМАНДА --help`
cli-error-other = команда жолы дұрыс емес: { $detail }
print-replaced-by-build = ескерту: келесі `ozyq build` output/ қалтасын { $pdf } файлынсыз қайта жасайды: файлды сақтау үшін оны басқа жерге көшіріңіз немесе бірден --output ФАЙЛ арқылы сонда жазыңыз
cli-booklet-is-a5 = кітапша A5 беттерінен, A4 парағына екі-екіден басылады: `--paper a4` кітапша бола алмайды
cli-booklet-is-a5-hint = кітапша үшін `--paper a4` жазбаңыз, A4 каталог үшін `--booklet` жазбаңыз
