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
