## catalogue модулінің хабарлары

catalogue-unknown-catalogue-paper = каталог қағазының пішімі белгісіз: `{ $p }`
catalogue-use-hint = a5 немесе a4 деп жазыңыз
catalogue-theme-has-no-template = безендіру тақырыбында `catalogue.html` үлгісі жоқ; каталогтардың веб-беті жасалмайды
catalogue-copy-from-default-theme-hint = үлгіні әдепкі безендіру тақырыбынан көшіріп алыңыз
catalogue-exhibition-catalogue-has-no = көрме каталогында QR кодтар болмайды: config.yaml файлында base_url жоқ
catalogue-set-base-url-address-hint = base_url мәні ретінде сайт жарияланатын мекенжайды жазыңыз
catalogue-picture-not-inside = каталогтың суреті ({ $key }) `{ $file }` сайт ішіндегі файл емес
catalogue-picture-path-hint = сурет жолын сайт қалтасынан бастап жазыңыз, мысалы data/logo.png
catalogue-picture-not-picture = каталогтың суреті ({ $key }) `{ $file }` PNG, JPEG, WebP, GIF немесе SVG суреті емес
catalogue-picture-save-hint = суретті PNG немесе JPEG пішімінде сақтаңыз
catalogue-picture-unreadable = каталогтың суреті ({ $key }) `{ $file }`: { $error }
catalogue-covers-left-out = мұқабалар мен логотип PDF файлына енгізілмеді: { $error }
catalogue-covers-left-out-and = мұқабалар мен логотип PDF файлына енгізілмеді: { $error }; { $warnings }
catalogue-pdf-warnings = { $warnings }
catalogue-picture-missing = каталогтың суреті ({ $key }) `{ $file }` жоқ
catalogue-picture-missing-hint = суретті { $file } жолына салыңыз немесе жолды түзетіңіз (сайт қалтасынан бастап)
