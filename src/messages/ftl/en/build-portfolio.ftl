## Messages of the module build-portfolio

build-portfolio-not-span-academic-years = `{ $y }` is not a span of academic years
build-portfolio-write-like-three-academic-hint = write it like 2023-2026 (three academic years) or 2025-2026 (one)
build-portfolio-name-new-pdf-file-hint = name a new .pdf file outside the site's content, data and themes
build-portfolio-there-no-author = there is no author `{ $wanted }`
build-portfolio-did-you-mean-author-hint = did you mean `{ $name }`? Authors are named by their id in data/authors.yaml or their full name
build-portfolio-name-author-hint = name the author by their id in data/authors.yaml or their full name
build-portfolio-no-works-in-years = { $name } has no works in { $count ->
    [one] the academic year { $years }
   *[other] the academic years { $years }
}
build-portfolio-works-are-in-hint = their works are in { $years }
build-portfolio-no-works = { $name } has no works on the site
build-portfolio-entry-counts-hint = an entry counts for them when its `authors:` names them
build-portfolio-several-authors = several authors are named `{ $wanted }`
build-portfolio-which-author-hint = name one by their id or full name: { $who }
build-portfolio-guest = { $name } is a guest author, not one of the college's teachers: a portfolio is made for a teacher described in data/authors.yaml
build-portfolio-guest-hint = add them to data/authors.yaml if they teach at the college
build-portfolio-language-not-published = the site is not published in `{ $lang }`, so its portfolio cannot be made in it
build-portfolio-language-not-published-hint = the site's languages (`languages:` in config.yaml): { $list }
build-portfolio-no-works-in-language = { $name } has no works in `{ $lang }`: the site lists a work in a language only when it is written in it (`untranslated: hide` in config.yaml)
build-portfolio-no-works-in-language-hint = make the portfolio in a language their works are in (`--in { $list }`), or translate a work
