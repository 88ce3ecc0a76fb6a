## Messages of the module paths

paths-safe-id-hint = use at most 100 Latin letters, digits, `-`, `_` and `.`, starting with a letter or digit, e.g. abenova-g
