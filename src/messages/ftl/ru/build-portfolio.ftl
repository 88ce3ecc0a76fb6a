## Сообщения модуля build-portfolio

build-portfolio-not-span-academic-years = `{ $y }` — это не промежуток учебных лет
build-portfolio-write-like-three-academic-hint = напишите его в виде 2023-2026 (три учебных года) или 2025-2026 (один год)
build-portfolio-name-new-pdf-file-hint = укажите новый файл .pdf вне папок content, data и themes сайта
build-portfolio-there-no-author = нет автора `{ $wanted }`
