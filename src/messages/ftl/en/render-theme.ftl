## Messages of the module render-theme

render-theme-cannot-read = cannot read: { $e }
render-theme-theme-does-not-exist = the theme `{ $theme }` does not exist: there is no folder themes/{ $theme }/
render-theme-did-you-mean-hint = did you mean `{ $name }`? The themes are: { $themes }
render-theme-themes-are-hint = the themes are: { $themes } (a theme is a folder in themes/)
render-theme-default-folder-lacks = themes/default/ takes the place of the theme built into ozyq, and lacks { $count } of its files ({ $first }, …)
render-theme-default-folder-lacks-hint = to change a few of the theme's files, put them in the site's templates/, static/ or print/ (`ozyq theme eject base.html` copies one there) and delete themes/default/
render-theme-folder-link-leads-outside = this folder is a link to a folder outside the site's folder; its files are not used or published
