## Messages of the module pipeline-make

pipeline-make-cannot-copy-output = cannot copy to the output: { $e }
pipeline-make-cannot-write = cannot write: { $e }
pipeline-make-cannot-copy-output-2 = cannot copy to the output: { $e }
pipeline-make-message = { $name }: { $w }
pipeline-make-cannot-make-layout-has = cannot make { $name }: the layout has an error: { $message }
pipeline-make-site-s-own-typst-hint = this is the site's own Typst layout; fix it, or remove it to use the built-in one
pipeline-make-cannot-make = cannot make { $name }: { $msg }
pdf-name-catalogue = the catalogue of { $year }
pdf-name-report = the report of { $year }
pdf-name-labels = the exhibit labels of { $year }
pdf-name-certificates = the certificates of { $year }
pdf-name-the-certificates = the certificates
pdf-name-portfolio = the portfolio of { $name }
