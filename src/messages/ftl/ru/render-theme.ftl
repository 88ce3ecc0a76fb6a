## Сообщения модуля render-theme

render-theme-cannot-read = не удаётся прочитать: { $e }
render-theme-theme-does-not-exist = темы `{ $theme }` нет: нет папки themes/{ $theme }/
render-theme-did-you-mean-hint = возможно, вы имели в виду `{ $name }`? Темы: { $themes }
render-theme-themes-are-hint = темы: { $themes } (тема — это папка в themes/)
render-theme-default-folder-lacks = папка themes/default/ заменяет встроенную в ozyq тему, но в ней нет { $count ->
    [one] { $count } файла
   *[other] { $count } файлов
} темы ({ $first }, …)
render-theme-default-folder-lacks-hint = чтобы изменить несколько файлов темы, положите их в папку сайта templates/, static/ или print/ (`ozyq theme eject base.html` копирует файл туда), а папку themes/default/ удалите
render-theme-folder-link-leads-outside = эта папка — ссылка на папку вне папки сайта; её файлы не используются и не публикуются
