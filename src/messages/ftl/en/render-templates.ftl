## Messages of the module render-templates

render-templates-template-error = template error: { $message }
render-templates-template-error-2 = template error: { $msg }
render-templates-template-error-3 = template error: { $msg }
render-templates-template-not-utf-text = the template is not UTF-8 text
render-templates-theme-has-no-template = the theme has no template `{ $required }`
render-templates-copy-from-default-theme-hint = copy it from the default theme (ozyq init makes a site with all of them)
render-templates-fix-hint = fix the template, or remove the site's override to use the theme's own
render-templates-never-closed = `{"{"}% { $tag } %{"}"}` is never closed: the template ends before its `{"{"}% { $end } %{"}"}`
render-templates-never-closed-hint = write `{"{"}% { $end } %{"}"}` where the block ends
render-templates-no-macros-hint = ozyq's templates are Tera 2, which has components instead of macros: define one as `{"{"}% component badge(text) %{"}"}…{"{"}% endcomponent %{"}"}` in any template and use it as `{"{"}{"{"} <badge text={"{"}entry.title{"}"} /> {"}"}{"}"}`, with no `import`
render-templates-fix-theme-hint = fix the template in the theme's folder (or copy it into the site's templates/ with `ozyq theme eject` and fix the copy)
