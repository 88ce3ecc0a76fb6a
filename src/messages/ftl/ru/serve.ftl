## Сообщения модуля serve

serve-round = { $stage }: { $files ->
    [one] изменён { $files } файл
    [few] изменено { $files } файла
   *[many] изменено { $files } файлов
}, { $pages ->
    [one] создана { $pages } страница
    [few] создано { $pages } страницы
   *[many] создано { $pages } страниц
} за { $ms } мс
serve-round-built = собрано
serve-round-rebuilt = пересобрано
serve-round-done = готово
serve-cannot-start = не удаётся запустить сервер: { $error }
serve-port-taken = не удаётся открыть сайт по адресу { $address }: порт занят другой программой (возможно, ещё одним ozyq serve); выберите другой порт через --port
serve-cannot-listen = не удаётся открыть сайт по адресу { $address }: { $error }
serve-work-first-build = первая сборка
serve-work-rebuild = пересборка
serve-work-writing = запись { $file }
serve-overlay-heading = ozyq: сайт не удаётся пересобрать (показаны последние верные страницы)
serve-overlay-close = Закрыть (Escape)
