## content-walk модулінің хабарлары

content-walk-site-has-no-content = сайтта content/ қалтасы жоқ
content-walk-create-content-folder-per-hint = content/ қалтасын жасап, ішінде әр жазба түріне бір қалта ашыңыз, мысалы content/open-lessons/
content-walk-cannot-read = оқу мүмкін болмады: { $e }
content-walk-translation-into-which-site = бұл — `{ $code }` тіліндегі аударма, бірақ сайт бұл тілде жарияланбайды: аударма қосылмады
content-walk-add-languages-config-yaml-hint = аударманы жариялау үшін config.yaml файлындағы `languages:` тізіміне { $code } қосыңыз
content-walk-markdown-file-not-kind = бұл Markdown файлы ешбір жазба түрінің қалтасында емес, сондықтан ozyq оның не екенін білмейді
content-walk-move-into-one-pages-hint = файлды мына қалталардың біріне жылжытыңыз: { $config }; ал статикалық бет болса, pages/ қалтасына салыңыз
content-walk-unknown-kind-no-kind = түр белгісіз: `{ $top }` қалтасын ешбір түр пайдаланбайды
content-walk-did-you-mean-rename-hint = `{ $n }` деп жазғыңыз келді ме? Қалтаның атын өзгертіңіз: { $folder } → content/{ $n }/
content-walk-kind-folders-are-add-hint = жазба түрлерінің қалталары: { $config }; жаңа түрді config.yaml файлындағы `kinds:` бөлігіне қосыңыз
content-walk-link-leads-nowhere = сілтеме (symlink) ешқайда апармайды: { $e }
content-walk-put-file-itself-here-hint = осы жерге файлдың өзін қойыңыз немесе сілтемені өшіріңіз
content-walk-link-folder-not-followed = қалтаға апаратын сілтеме (symlink) ескерілмейді; ол қалтадағы файлдар жарияланбайды
content-walk-put-folder-itself-here-hint = егер қалтадағы файлдар сайтқа керек болса, осы жерге қалтаның өзін қойыңыз
content-walk-link-leads-something-not = сілтеме (symlink) файл емес нәрсеге апарады; ол қосылмады
content-walk-link-leads-file-outside = сілтеме (symlink) сайт қалтасынан тыс файлға апарады, ондай файл жарияланбайды
content-walk-copy-file-into-site-hint = сілтеме жасаудың орнына файлды сайт қалтасына көшіріңіз
content-walk-not-regular-file-pipe = бұл кәдімгі файл емес (pipe, socket немесе құрылғы); ол қосылмады
content-walk-markdown-file-inside-entry = бұл Markdown файлы жазба қалтасының ішінде тұр ({ $bundle }), сондықтан ол жеке бет те емес, жарияланбайды да
content-walk-move-file-folder-own-hint = жеке жазба болуы үшін оны түр қалтасындағы бөлек файлға немесе бөлек қалтаға жылжытыңыз; бір қалтада бір ғана жазба болады, ол — қалтадағы index.md файлы
content-walk-markdown-saved-as-txt = бұл атауының соңына `.txt` қосылып сақталған Markdown файлы сияқты: ол бет емес, файл ретінде жарияланады
content-walk-rename-without-txt-hint = атын `{ $name }` деп өзгертіңіз (Windows зерттеушісінде соңын көру үшін Көрініс → Файл атауларының кеңейтімдері тармағын қосыңыз)
content-walk-built-in-kind-left-out-hint = { $folder } — кіріктірілген `{ $id }` түрінің қалтасы, ал config.yaml ішіндегі `kinds:` тізімінде ол жоқ: бұл тізім кіріктірілген түрлердің орнына жүреді, сондықтан сайтта қалатын барлық түрді сонда жазыңыз (кіріктірілген түрге `- id: { $id }` жеткілікті)
content-walk-index-in-kind-folder = { $folder }/ қалтасының өзіндегі index.md жұмыс та, түрдің кіріспесі де емес, сондықтан жарияланбайды
content-walk-index-in-kind-folder-hint = тізімнің үстіндегі кіріспе үшін оны _index.md деп атаңыз; жұмыс үшін өз атауын беріңіз ({ $folder }/menin-zhumysym.md) немесе жеке қалтаға салыңыз ({ $folder }/menin-zhumysym/index.md)
