## Messages of the module site-unlinked

site-unlinked-file-no-page-links = `{ $name }` файлына ешбір беттен сілтеме жоқ: ол жарияланады, бірақ келушілер оны таба алмайды (жұмыстың беті тек Markdown .md файлынан жасалады)
site-unlinked-file-attach-hint = оны жұмыс ретінде жариялау үшін бетін `ozyq new { $kind } "Тақырып"` арқылы жасап, файлды сол жерге `attachments: [{ $name }]` деп тіркеңіз; не жұмыстың мәтінінен сілтеме беріңіз; не оны content/ қалтасынан шығарыңыз
site-unlinked-bundle-file-attach-hint = ол { $folder } жұмысының қалтасында тұр: оның index.md файлының басына `attachments: [{ $name }]` деп қосыңыз, не жұмыстың мәтінінен сілтеме беріңіз; не оны content/ қалтасынан шығарыңыз
