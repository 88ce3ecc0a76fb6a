## spelling-dictionaries модулінің хабарлары

spelling-dictionaries-cannot-read-site-s = сайттың сөздер тізімін оқу мүмкін болмады: { $e }
spelling-dictionaries-cannot-read-dictionary-texts = бұл сөздікті оқу мүмкін болмады: { $e }; { $code } тіліндегі мәтіндер тексерілмеді
spelling-dictionaries-debian-ubuntu-apt-install-hint = Debian немесе Ubuntu жүйесінде: `sudo apt install { $package }`; басқа жүйелерде { $name }.aff және { $name }.dic файлдарын сайттың жанына қойып, оларды config.yaml файлында көрсетіңіз: `spelling: {"{"}dictionaries: {"{"}{ $code }: { $name }{"}"}{"}"}`
spelling-no-dictionary-at = мына жерде сөздік (оның .aff және .dic файлдары) жоқ: { $path }; { $code } тіліндегі мәтіндердің емлесі тексерілмеді
spelling-no-dictionary = { $code } тілінің сөздігі табылмады: { $code } тіліндегі мәтіндердің емлесі тексерілмеді
spelling-dictionary-not-utf8 = ол UTF-8 мәтіні емес: оны UTF-8 кодтауына түрлендіріңіз (және .aff файлына SET UTF-8 деп жазыңыз)
spelling-dictionary-damaged = сөздік бүлінген ({ $detail })
