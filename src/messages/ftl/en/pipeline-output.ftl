## Messages of the module pipeline-output

pipeline-output-address-not-path-inside = the address `{ $path }` is not a path inside the output folder
pipeline-output-give-file-name-letters-hint = give the file a name of letters and digits, or set `slug:` in its front matter
pipeline-output-would-written-among-search = { $o } would be written to { $path }, among the search index's files
pipeline-output-search-s-search-t-hint = `search/s/` and `search/t/` hold the site's search index: move the file elsewhere
pipeline-output-would-both-written = { $mine } and { $other } would both be written to { $path }
pipeline-output-rename-move-one-them-hint = rename or move one of them; ozyq's own pages take their addresses first
pipeline-output-page-ozyq-makes = the page ozyq makes at { $path }
