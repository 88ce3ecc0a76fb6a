## Сообщения модуля pipeline-output

pipeline-output-address-not-path-inside = адрес `{ $path }` — не путь внутри папки output/
pipeline-output-give-file-name-letters-hint = дайте файлу имя из букв и цифр или укажите `slug:` в его шапке
pipeline-output-would-written-among-search = { $o }: файл попал бы в { $path }, к файлам поискового индекса
pipeline-output-search-s-search-t-hint = в `search/s/` и `search/t/` хранится поисковый индекс сайта: переместите файл в другое место
pipeline-output-would-both-written = и { $mine }, и { $other } попали бы в { $path }
pipeline-output-rename-move-one-them-hint = переименуйте или переместите один из них; собственные страницы ozyq получают свои адреса первыми
pipeline-output-page-ozyq-makes = собственная страница ozyq ({ $path })
