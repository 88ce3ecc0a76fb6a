## Messages of the module render-theme

render-theme-cannot-read = cannot read: { $e }
render-theme-theme-does-not-exist = the theme `{ $theme }` does not exist: there is no folder themes/{ $theme }/
render-theme-did-you-mean-hint = did you mean `{ $name }`? The themes are: { $themes }
render-theme-themes-are-hint = the themes are: { $themes } (a theme is a folder in themes/)
