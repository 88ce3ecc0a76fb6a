## Сообщения модуля render-templates

render-templates-template-error = ошибка в шаблоне: { $message }
render-templates-template-error-2 = ошибка в шаблоне: { $msg }
render-templates-template-error-3 = ошибка в шаблоне: { $msg }
render-templates-template-not-utf-text = шаблон — не текст в кодировке UTF-8
render-templates-theme-has-no-template = в теме нет шаблона `{ $required }`
render-templates-copy-from-default-theme-hint = скопируйте его из стандартной темы (ozyq init создаёт сайт со всеми шаблонами)
render-templates-fix-hint = исправьте шаблон или удалите его замену в сайте, чтобы использовался собственный шаблон темы
render-templates-never-closed = `{"{"}% { $tag } %{"}"}` не закрыт: шаблон кончается раньше его `{"{"}% { $end } %{"}"}`
render-templates-never-closed-hint = напишите `{"{"}% { $end } %{"}"}` там, где блок кончается
render-templates-no-macros-hint = шаблоны ozyq написаны на Tera 2, где вместо макросов компоненты: определите его в любом шаблоне как `{"{"}% component badge(text) %{"}"}…{"{"}% endcomponent %{"}"}` и вызывайте как `{"{"}{"{"} <badge text={"{"}entry.title{"}"} /> {"}"}{"}"}`, без `import`
render-templates-fix-theme-hint = исправьте шаблон в папке темы (или скопируйте его в templates/ сайта командой `ozyq theme eject` и исправьте копию)
