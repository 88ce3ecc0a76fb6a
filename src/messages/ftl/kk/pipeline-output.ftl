## pipeline-output модулінің хабарлары

pipeline-output-address-not-path-inside = `{ $path }` мекенжайы output қалтасының ішіндегі жол емес
pipeline-output-give-file-name-letters-hint = файлға әріптер мен цифрлардан тұратын атау беріңіз немесе оның басқы бөлігінде (front matter) `slug:` жазыңыз
pipeline-output-would-written-among-search = { $o } іздеу индексінің файлдары арасына жазылар еді: { $path }
pipeline-output-search-s-search-t-hint = `search/s/` және `search/t/` қалталарында сайттың іздеу индексі сақталады: файлды басқа жерге жылжытыңыз
pipeline-output-would-both-written = { $mine } және { $other } екеуі де бір жерге жазылар еді: { $path }
pipeline-output-rename-move-one-them-hint = екеуінің бірінің атын өзгертіңіз немесе басқа жерге жылжытыңыз; ozyq өзі жасайтын беттер мекенжайларды бірінші алады
pipeline-output-page-ozyq-makes = ozyq өзі жасайтын { $path } беті
