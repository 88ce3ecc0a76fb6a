## Сообщения модуля incremental-files

incremental-files-cannot-write = не удаётся записать: { $e }
incremental-files-cannot-copy-output = не удаётся скопировать в папку output/: { $e }
