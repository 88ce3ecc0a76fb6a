## Что говорит сама команда ozyq: метки сообщений и итоги.

label-error = ошибка
label-warning = предупреждение
label-hint = совет

summary-entries = { $count ->
    [one] { $count } запись
    [few] { $count } записи
   *[many] { $count } записей
}
summary-translations = { $count ->
    [one] {" "}и { $count } перевод
    [few] {" "}и { $count } перевода
   *[many] {" "}и { $count } переводов
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
summary-built = собрано за { $seconds } с: { $entries }, { $pages }, { $warnings }{ $drafts } → { $output }
summary-checked = проверено за { $seconds } с: { $entries }, { $pages }, { $warnings }{ $drafts }
build-failed = сборка не удалась: { $errors }, { $warnings }; прежняя папка { $output } не изменена
build-failed-nothing = сборка не удалась: { $errors }, { $warnings }; ничего не записано
check-failed = проверка не удалась: { $errors }, { $warnings }; ничего не записано
new-created = создан файл { $path }
new-bundle-files = фотографии и файлы записи кладите в { $dir }
theme-eject-which = назовите файлы, которые нужно скопировать в сайт, например `ozyq theme eject base.html`; файлы темы:
theme-copied = скопирован { $path }
theme-own-copy-kept = { $path } — у сайта уже есть своя копия: она оставлена как есть
theme-copies-used = теперь сайт использует свои копии вместо файлов темы; удалите копию, чтобы вернуться к файлу темы
init-created = новый сайт создан в папке «{ $dir }» (файлов: { $files })
init-language = язык сайта: { $lang } (`language:` в config.yaml; для сайта на двух языках `languages: [kk, ru]`)
init-next = дальше, по одной команде:
init-next-title = Тема
catalogue-made = каталог { $year } учебного года готов: { $exhibits ->
    [one] { $exhibits } экспонат
    [few] { $exhibits } экспоната
   *[other] { $exhibits } экспонатов
}, { $kb } КБ за { $seconds } с{ $cached ->
    [yes] {" "}(без изменений, из .ozyq-cache/)
   *[no] {""}
} → { $pdf }
catalogue-other-years-warnings = { $count ->
    [one] { $count } предупреждение о работах других учебных лет не показано
    [few] { $count } предупреждения о работах других учебных лет не показаны
   *[other] { $count } предупреждений о работах других учебных лет не показаны
}: все их показывает `ozyq check`
catalogue-failed = каталог не создан: { $errors }
portfolio-made = портфолио: { $name }, { $works ->
    [one] { $works } работа
    [few] { $works } работы
   *[other] { $works } работ
} → { $pdf }
portfolio-failed = портфолио не создано: { $errors }
certificates-made = { $count ->
    [one] создан { $count } сертификат
    [few] создано { $count } сертификата
   *[other] создано { $count } сертификатов
} за { $year } учебный год → { $pdf }
thanks-made = { $count ->
    [one] создано { $count } благодарственное письмо
    [few] создано { $count } благодарственных письма
   *[other] создано { $count } благодарственных писем
} за { $year } учебный год → { $pdf }
certificates-failed = сертификаты не созданы: { $errors }
publish-uploading = загружается { $files ->
    [one] { $files } файл
    [few] { $files } файла
   *[other] { $files } файлов
} ({ $kb } КБ)
publish-uploaded = загружено файлов: { $done } из { $files }
publish-deleted = удалён { $path }
publish-would-upload = будет загружен: { $path }
publish-would-delete = будет удалён: { $path }
publish-dry-run = в { $target } ({ $url }) было бы загружено файлов: { $uploads }, удалено: { $deletes }; без изменений: { $unchanged }
publish-done = опубликовано в { $target } ({ $url }): загружено файлов: { $uploads } ({ $kb } КБ), удалено: { $deletes }, без изменений: { $unchanged }
publish-failed = ничего не опубликовано: { $errors }
publish-stopped = публикация остановилась после { $done } из { $files } файлов: { $errors }; пока `ozyq publish` не запущен снова, на сервере лишь часть нового сайта
publish-password-prompt = пароль для { $account }:
publish-password-empty = пароль не введён: ничего не сохранено
publish-password-saved = пароль для { $account } (место { $target }) сохранён в хранилище ключей системы
publish-password-forgotten = пароль для { $account } (место { $target }) удалён из хранилища ключей системы

## Ошибки самой командной строки.

cli-error-no-command = команды `{ $what }` нет
cli-error-no-command-given = назовите команду, например `ozyq build`
cli-error-no-option = здесь нет параметра `{ $what }`
cli-error-bad-value = `{ $value }` — недопустимое значение для { $arg }
cli-error-valid-values = напишите одно из: { $values }
cli-error-missing = не хватает: { $what }
cli-error-did-you-mean = может быть, `{ $what }`? Список команд: `ozyq --help`, параметры команды: `ozyq КОМАНДА --help`
cli-error-see-help = список команд: `ozyq --help`, параметры команды: `ozyq КОМАНДА --help`
cli-error-other = командная строка записана неверно: { $detail }
print-replaced-by-build = внимание: следующая команда `ozyq build` создаст output/ заново без { $pdf }: чтобы сохранить файл, скопируйте его в другое место или сразу запишите туда с --output ФАЙЛ
cli-booklet-is-a5 = брошюра печатается из страниц A5, по две на листе A4: с `--paper a4` её не сделать
cli-booklet-is-a5-hint = для брошюры уберите `--paper a4`, для каталога на A4 — `--booklet`
