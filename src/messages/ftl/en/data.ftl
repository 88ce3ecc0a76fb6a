## Messages of the module data

data-id-cannot-part-address = the { $what } id `{ $id }` cannot be part of an address
data-department-names-head-who = department `{ $id }` names the head `{ $h }`, who is not in data/authors.yaml
data-department-id-used-twice = department id `{ $id }` is used twice
data-author-id-used-twice = author id `{ $id }` is used twice
data-unknown-qualification-category = unknown qualification category `{ $c }`
data-use-master-researcher-expert-hint = write one of master, researcher, expert, moderator, highest, first, second or none, or the category's name in Kazakh or Russian: педагог-шебер (педагог-мастер), педагог-зерттеуші (педагог-исследователь), педагог-сарапшы (педагог-эксперт), педагог-модератор, жоғары санат (высшая категория), бірінші санат (первая категория), екінші санат (вторая категория), санатсыз (без категории)
data-author-names-department-which = author `{ $id }` names the department `{ $d }`, which is not in data/departments.yaml
data-did-you-mean-hint = did you mean `{ $n }`?
data-photo-not-file-inside = the photo `{ $p }` of `{ $id }` is not a file inside data/
data-photo-missing = the photo of `{ $id }` is not there: there is no file data/{ $p }
data-photo-paths-are-relative-hint = photo paths are relative to the data/ folder, e.g. photos/name.jpg
data-what-department = department
data-what-author = author
data-id-also-on-line-hint = keep one of the two: the item on line { $line } has the same id
data-author-name-empty = the teacher `{ $id }` has an empty name
data-author-name-empty-hint = write the full name: name: Surname Name Patronymic
