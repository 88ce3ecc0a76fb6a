## Сообщения модуля render-ejected

render-ejected-copy-theme-s-older = эта копия файла темы { $rel } устарела: файл в теме изменился после копирования, и его исправления в эту копию не попадают
render-ejected-file-was-copied-from = этот файл скопирован из файла темы { $rel }, которого в теме больше нет
render-ejected-ozyq-theme-list-names-hint = `ozyq theme list` показывает файлы темы; первую строку этого файла можно удалить
render-ejected-bring-up-to-date-hint = `ozyq theme show { $rel }` выводит файл темы; обновите по нему свою копию, затем в её первой строке напишите { $new } вместо { $old } (или удалите копию, чтобы использовался файл темы)
