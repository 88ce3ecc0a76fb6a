## pipeline-make модулінің хабарлары

pipeline-make-cannot-copy-output = output қалтасына көшіру мүмкін болмады: { $e }
pipeline-make-cannot-write = жазу мүмкін болмады: { $e }
pipeline-make-cannot-copy-output-2 = output қалтасына көшіру мүмкін болмады: { $e }
pipeline-make-message = { $name }: { $w }
pipeline-make-cannot-make-layout-has = жасау мүмкін болмады: { $name }; макетте қате бар: { $message }
pipeline-make-site-s-own-typst-hint = бұл — сайттың өз Typst макеті; оны түзетіңіз немесе кіріктірілген макет қолданылуы үшін өшіріңіз
pipeline-make-cannot-make = жасау мүмкін болмады: { $name }; { $msg }
pdf-name-catalogue = { $year } оқу жылының каталогы
pdf-name-report = { $year } оқу жылының есебі
pdf-name-labels = { $year } оқу жылының экспонат жапсырмалары
pdf-name-certificates = { $year } оқу жылының сертификаттары
pdf-name-the-certificates = сертификаттар
pdf-name-portfolio = { $name } портфолиосы
