## catalogue модулінің хабарлары

catalogue-unknown-catalogue-paper = каталог қағазының пішімі белгісіз: `{ $p }`
catalogue-use-hint = a5 немесе a4 деп жазыңыз
catalogue-theme-has-no-template = безендіру тақырыбында `catalogue.html` үлгісі жоқ; каталогтардың веб-беті жасалмайды
catalogue-copy-from-default-theme-hint = үлгіні әдепкі безендіру тақырыбынан көшіріп алыңыз
catalogue-exhibition-catalogue-has-no = көрме каталогында QR кодтар болмайды: config.yaml файлында base_url жоқ
catalogue-set-base-url-address-hint = base_url мәні ретінде сайт жарияланатын мекенжайды жазыңыз
