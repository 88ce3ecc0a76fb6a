## Messages of the module build

build-cannot-replace-output-folder = cannot replace the output folder: { $e }
build-cannot-prepare-output-folder = cannot prepare the output folder: { $e }
build-cannot-write-record-published = cannot write the record of published addresses: { $e }
build-site-s-folder-must-hint = the site's folder must be writable; nothing was published
