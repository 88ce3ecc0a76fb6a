## Messages of the module catalogue-labels

catalogue-labels-unknown-layout-exhibit-labels = unknown layout of exhibit labels `{ $s }`
catalogue-labels-write-columns-rows-sheet-hint = write columns × rows of an A4 sheet, like 2x4 or 3x8, or a6 for one label to an A6 page
