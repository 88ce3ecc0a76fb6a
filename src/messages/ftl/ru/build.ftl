## Сообщения модуля build

build-cannot-replace-output-folder = не удаётся заменить папку output/: { $e }
build-cannot-prepare-output-folder = не удаётся подготовить папку output/: { $e }
build-cannot-write-record-published = не удаётся записать список опубликованных адресов: { $e }
build-site-s-folder-must-hint = в папку сайта должна быть разрешена запись; ничего не опубликовано
