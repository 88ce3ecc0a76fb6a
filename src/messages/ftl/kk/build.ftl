## build модулінің хабарлары

build-cannot-replace-output-folder = output қалтасын ауыстыру мүмкін болмады: { $e }
build-cannot-prepare-output-folder = output қалтасын дайындау мүмкін болмады: { $e }
build-cannot-write-record-published = жарияланған мекенжайлар тізімін жазу мүмкін болмады: { $e }
build-site-s-folder-must-hint = сайт қалтасына жазуға рұқсат болуы керек; ештеңе жарияланған жоқ
