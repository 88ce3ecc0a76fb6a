## site-published модулінің хабарлары

site-published-cannot-read-record-published = жарияланған мекенжайлар тізімін оқу мүмкін болмады: { $e }
site-published-record-published-addresses-must = жарияланған мекенжайлар тізімі мекенжайлар картасы (map) болуы керек, ал мұнда табылғаны: { $other }
site-published-message = `{ $address }`: { $what }
site-published-record-hint = әр жол `address/: {"{"}file: "content/…/name.md", title: "…"{"}"}` түрінде жазылады; файлды түзету мүмкін болмаса, оны өшіріп, сайтты қайта жинаңыз (сонда ескі мекенжайлар ұмытылады)
site-published-entry-not-map = мұнда {"{"}file: …, title: …{"}"} болуы керек, ал табылғаны: { $found }
site-published-file-missing = мекенжай тиесілі `file:` жазылмаған
site-published-printed-years = `printed:` өрісінде оқу жылдары тізіледі, мысалы [2025-2026]
