## Сообщения модуля data

data-id-cannot-part-address = { $what }: id `{ $id }` не может быть частью адреса
data-department-names-head-who = у отделения `{ $id }` руководителем указан `{ $h }`, но в data/authors.yaml такого автора нет
data-department-id-used-twice = id отделения `{ $id }` используется дважды
data-author-id-used-twice = id автора `{ $id }` используется дважды
data-unknown-qualification-category = неизвестная квалификационная категория `{ $c }`
data-use-master-researcher-expert-hint = укажите одно из: педагог-мастер, педагог-исследователь, педагог-эксперт, педагог-модератор, высшая категория, первая категория, вторая категория, без категории (подходят и казахские названия, и id: master, researcher, expert, moderator, highest, first, second, none)
data-author-names-department-which = у автора `{ $id }` указано отделение `{ $d }`, которого нет в data/departments.yaml
data-did-you-mean-hint = возможно, вы имели в виду `{ $n }`?
data-photo-not-file-inside = фото `{ $p }` у `{ $id }` — не файл внутри папки data/
data-photo-missing = фото `{ $id }` не найдено: нет файла data/{ $p }
data-photo-paths-are-relative-hint = путь к фото указывается от папки data/, например photos/name.jpg
data-what-department = отделение
data-what-author = автор
data-id-also-on-line-hint = оставьте один из двух: у элемента в строке { $line } такой же id
data-author-name-empty = у педагога `{ $id }` пустое имя
data-author-name-empty-hint = напишите полное имя: name: Фамилия Имя Отчество
