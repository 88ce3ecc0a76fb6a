## Сообщения модуля render-theme

render-theme-cannot-read = не удаётся прочитать: { $e }
render-theme-theme-does-not-exist = темы `{ $theme }` нет: нет папки themes/{ $theme }/
render-theme-did-you-mean-hint = возможно, вы имели в виду `{ $name }`? Темы: { $themes }
render-theme-themes-are-hint = темы: { $themes } (тема — это папка в themes/)
