## Сообщения модуля pipeline-make

pipeline-make-cannot-copy-output = не удаётся скопировать в папку output/: { $e }
pipeline-make-cannot-write = не удаётся записать: { $e }
pipeline-make-cannot-copy-output-2 = не удаётся скопировать в папку output/: { $e }
pipeline-make-message = { $name }: { $w }
pipeline-make-cannot-make-layout-has = не удаётся создать { $name }: ошибка в макете: { $message }
pipeline-make-site-s-own-typst-hint = это собственный макет Typst этого сайта; исправьте его или удалите, чтобы использовался встроенный
pipeline-make-cannot-make = не удаётся создать { $name }: { $msg }
pdf-name-catalogue = каталог { $year } учебного года
pdf-name-report = отчёт за { $year } учебный год
pdf-name-labels = этикетки экспонатов { $year } учебного года
pdf-name-certificates = сертификаты { $year } учебного года
pdf-name-the-certificates = сертификаты
pdf-name-portfolio = портфолио: { $name }
