## build-catalogue модулінің хабарлары

build-catalogue-cannot-write = жазу мүмкін болмады: { $e }
build-catalogue-cannot-read = оқу мүмкін болмады: { $e }
build-catalogue-not-academic-year = `{ $year }` — оқу жылы емес
build-catalogue-write-like-hint = оқу жылын 2025-2026 түрінде жазыңыз
build-catalogue-no-entries-academic-year = мына оқу жылында бірде-бір жазба жоқ: { $slug }
build-catalogue-cannot-write-2 = жазу мүмкін болмады: { $e }
build-catalogue-name-new-pdf-file-hint = сайттың content, data және themes қалталарынан тыс жаңа .pdf файлының атын көрсетіңіз
build-catalogue-event-matched-event-field-hint = іс-шара сол оқу жылындағы жазбалардың `event:` өрісі бойынша іздестіріледі
build-catalogue-event-names-nothing = `--event` ешбір іс-шараны атамайды: онда әріп те, сан да жоқ
build-catalogue-event-several = `{ $event }` мәтіні { $year } оқу жылының { $count } іс-шарасының атауында бар; сертификаттар бір іс-шараға жасалады
build-catalogue-event-several-hint = керек іс-шараның атауын толығырақ жазыңыз: { $events }
build-catalogue-no-event-exhibit = { $year } оқу жылының бірде-бір экспонатында `{ $event }` мәтіні бар іс-шара жоқ
build-catalogue-year-without-exhibits = { $year } оқу жылында бірде-бір экспонат жоқ
build-catalogue-no-year-has-entries-hint = әзірге ешбір оқу жылында жазба жоқ
build-catalogue-years-with-entries-hint = жазбалары бар оқу жылдары: { $years }
