## publish модулінің хабарлары

publish-there-no-built-site = жариялауға жиналған сайт жоқ
publish-run-ozyq-build-first-hint = алдымен `ozyq build` командасын орындаңыз немесе --no-build параметрінсіз жариялаңыз
publish-cannot-read-built-site = жиналған сайтты оқу мүмкін болмады: { $e }
publish-publishing = `{ $name }` орнына жариялау: { $e }
publish-folder-no-password = `{ $name }` орны — қалта: оның сақталатын құпиясөзі жоқ
publish-folder-holds-site = бұл қалтада сайттың өз { $source } жатыр: онда жариялау жиналған сайтты сайттың файлдарының үстіне жазар еді
publish-folder-inside-site = бұл қалта сайттың { $source } ішінде: онда жариялау жиналған сайтты сайттың файлдарының арасына жазар еді
publish-folder-outside-site-hint = сайт қалтасынан тыс қалтаға жариялаңыз, мысалы флешкадағы немесе ортақ қалтаға (`url: "file:///E:/otm"`)
publish-folder-holds-other-site = орынның қалтасында ozyq жарияламаған сайт бар: жариялау { $files } файлдарының үстінен жазар еді
publish-folder-holds-other-site-hint = `url:` жолын тексеріңіз (сайттың өз қалтасы әдетте колледж сайтының қалтасының ішінде болады); онда осы сайттың ескі көшірмесі болса және оны ауыстыру керек болса, `ozyq publish { $name } --force` деп іске қосыңыз
