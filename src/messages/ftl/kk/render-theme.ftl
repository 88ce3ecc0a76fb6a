## render-theme модулінің хабарлары

render-theme-cannot-read = оқу мүмкін болмады: { $e }
render-theme-theme-does-not-exist = `{ $theme }` безендіру тақырыбы жоқ: themes/{ $theme }/ қалтасы табылмады
render-theme-did-you-mean-hint = `{ $name }` деп жазғыңыз келді ме? Бар безендіру тақырыптары: { $themes }
render-theme-themes-are-hint = бар безендіру тақырыптары: { $themes } (әр тақырып — themes/ қалтасының ішіндегі бір қалта)
render-theme-default-folder-lacks = themes/default/ қалтасы ozyq-қа кіріктірілген безендіру тақырыбының орнына қолданылады, бірақ онда тақырыптың { $count } файлы жоқ ({ $first }, …)
render-theme-default-folder-lacks-hint = тақырыптың бірнеше файлын өзгерту үшін оларды сайттың templates/, static/ немесе print/ қалтасына салыңыз (`ozyq theme eject base.html` файлды сонда көшіреді), ал themes/default/ қалтасын өшіріңіз
render-theme-folder-link-leads-outside = бұл қалта — сайт қалтасынан тыс қалтаға сілтеме; оның файлдары қолданылмайды және жарияланбайды
