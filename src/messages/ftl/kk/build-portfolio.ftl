## build-portfolio модулінің хабарлары

build-portfolio-not-span-academic-years = `{ $y }` — оқу жылдарының аралығы емес
build-portfolio-write-like-three-academic-hint = 2023-2026 (үш оқу жылы) немесе 2025-2026 (бір оқу жылы) түрінде жазыңыз
build-portfolio-name-new-pdf-file-hint = сайттың content, data және themes қалталарынан тыс жаңа .pdf файлының атын көрсетіңіз
build-portfolio-there-no-author = мұндай автор жоқ: `{ $wanted }`
