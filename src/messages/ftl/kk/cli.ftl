## ozyq командасының өзі айтатыны: хабар белгілері мен қорытындылар.

label-error = қате
label-warning = ескерту
label-hint = кеңес

summary-entries = { $count } жазба
summary-pages = { $count } бет
summary-warnings = { $count } ескерту
summary-errors = { $count } қате
summary-drafts = , { $count } жоба қосылмады
summary-built = жиналды: { $entries }, { $pages }, { $warnings }{ $drafts }, { $seconds } с → { $output }
summary-checked = тексерілді: { $entries }, { $pages }, { $warnings }{ $drafts }, { $seconds } с
build-failed = жинау сәтсіз: { $errors }, { $warnings }; бұрынғы output/ қалтасы өзгерген жоқ
check-failed = тексеру сәтсіз: { $errors }, { $warnings }; ештеңе жазылған жоқ
command-failed = { $command } орындалмады: { $errors }
new-created = жасалды: { $path }
new-bundle-files = жазбаның суреттері мен файлдарын мына қалтаға салыңыз: { $dir }
theme-eject-which = сайтқа көшірілетін файлдарды атаңыз, мысалы `ozyq theme eject base.html`; тақырып файлдары:
theme-copied = көшірілді: { $path }
theme-copies-used = енді сайт тақырып файлдарының орнына осы көшірмелерді пайдаланады; тақырыптың файлына қайту үшін көшірмені жойыңыз
init-created = жаңа сайт жасалды: { $dir } ({ $files } файл)
init-next = әрі қарай: cd { $dir } && ozyq new open-lesson "Тақырып" && ozyq build
