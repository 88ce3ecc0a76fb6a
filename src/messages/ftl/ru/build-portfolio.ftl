## Сообщения модуля build-portfolio

build-portfolio-not-span-academic-years = `{ $y }` — это не промежуток учебных лет
build-portfolio-write-like-three-academic-hint = напишите его в виде 2023-2026 (три учебных года) или 2025-2026 (один год)
build-portfolio-name-new-pdf-file-hint = укажите новый файл .pdf вне папок content, data и themes сайта
build-portfolio-there-no-author = нет автора `{ $wanted }`
build-portfolio-did-you-mean-author-hint = может быть, имелось в виду `{ $name }`? Авторов называют по id из data/authors.yaml или полным ФИО
build-portfolio-name-author-hint = назовите автора по id из data/authors.yaml или полным ФИО
build-portfolio-no-works-in-years = { $name }: нет работ в { $count ->
    [one] { $years } учебном году
   *[other] { $years } учебных годах
}
build-portfolio-works-are-in-hint = работы есть в учебных годах: { $years }
build-portfolio-no-works = { $name }: на сайте нет работ
build-portfolio-entry-counts-hint = запись считается работой автора, если он указан в её `authors:`
build-portfolio-several-authors = так названы несколько авторов: `{ $wanted }`
build-portfolio-which-author-hint = назовите одного по id или полным ФИО: { $who }
build-portfolio-guest = { $name } — приглашённый автор, не преподаватель колледжа: портфолио делается для преподавателя из data/authors.yaml
build-portfolio-guest-hint = если он преподаёт в колледже, добавьте его в data/authors.yaml
build-portfolio-language-not-published = сайт не публикуется на языке `{ $lang }`, поэтому портфолио на нём сделать нельзя
build-portfolio-language-not-published-hint = языки сайта (`languages:` в config.yaml): { $list }
build-portfolio-no-works-in-language = { $name }: нет работ на языке `{ $lang }`: сайт показывает работу на языке, только если она на нём написана (`untranslated: hide` в config.yaml)
build-portfolio-no-works-in-language-hint = сделайте портфолио на языке его работ (`--in { $list }`) или переведите работу
