## site-tongues модулінің хабарлары

site-tongues-also-version-work = { $source } файлы да осы жұмыстың `{ $code }` тіліндегі нұсқасы
site-tongues-work-has-one-file-hint = бір жұмыстың әр тілде бір ғана файлы болады: түпнұсқадан `lang:` жолын алып тастаңыз немесе файлдардың бірінің атауын өзгертіңіз
site-tongues-translation-s-date = бұл аударманың күні түпнұсқадағыдан ({ $original }) өзгеше
site-tongues-translation-s-kind = бұл аударманың түрі түпнұсқадағыдан ({ $original }) өзгеше
site-tongues-translation-same-folder-hint = аударма — сол бір жұмыс: оған түпнұсқаның түрін беріңіз (сол `kind:` немесе мүлде жоқ)
site-tongues-translation-same-work-give-hint = аударма — сол жұмыстың өзі: оған түпнұсқаның күнін қойыңыз
