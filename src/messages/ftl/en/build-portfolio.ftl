## Messages of the module build-portfolio

build-portfolio-not-span-academic-years = `{ $y }` is not a span of academic years
build-portfolio-write-like-three-academic-hint = write it like 2023-2026 (three academic years) or 2025-2026 (one)
build-portfolio-name-new-pdf-file-hint = name a new .pdf file outside the site's content, data and themes
build-portfolio-there-no-author = there is no author `{ $wanted }`
