## Что говорит сама команда ozyq: метки сообщений и итоги.

label-error = ошибка
label-warning = предупреждение
label-hint = совет

summary-entries = { $count ->
    [one] { $count } запись
    [few] { $count } записи
   *[many] { $count } записей
}
summary-pages = { $count ->
    [one] { $count } страница
    [few] { $count } страницы
   *[many] { $count } страниц
}
summary-warnings = { $count ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
   *[many] { $count } предупреждений
}
summary-errors = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}
summary-drafts = { $count ->
    [one] , { $count } черновик не включён
    [few] , { $count } черновика не включены
   *[many] , { $count } черновиков не включено
}
summary-built = собрано: { $entries }, { $pages }, { $warnings }{ $drafts } за { $seconds } с → { $output }
summary-checked = проверено: { $entries }, { $pages }, { $warnings }{ $drafts } за { $seconds } с
build-failed = сборка не удалась: { $errors }, { $warnings }; прежняя папка output/ не изменена
check-failed = проверка не удалась: { $errors }, { $warnings }; ничего не записано
command-failed = { $command }: не удалось, { $errors }
new-created = создан файл { $path }
new-bundle-files = фотографии и файлы записи кладите в { $dir }
theme-eject-which = назовите файлы, которые нужно скопировать в сайт, например `ozyq theme eject base.html`; файлы темы:
theme-copied = скопирован { $path }
theme-copies-used = теперь сайт использует эти копии вместо файлов темы; удалите копию, чтобы вернуться к файлу темы
init-created = новый сайт создан в { $dir } (файлов: { $files })
init-next = дальше: cd { $dir } && ozyq new open-lesson "Тема" && ozyq build
