## Messages of the module pipeline-look

pipeline-look-theme-has-no-ui = the theme has no UI strings for `{ $code }`
