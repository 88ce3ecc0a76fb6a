## Сообщения модуля site-resolve

site-resolve-no-author-has-id = ни у одного автора в data/authors.yaml нет id `{ $name }`
site-resolve-did-you-mean-hint = возможно, вы имели в виду `{ $n }`?
site-resolve-add-teacher-data-authors-hint = добавьте педагога в data/authors.yaml или напишите его полное имя
site-resolve-looks-like-author-s = `{ $name }` похоже на id автора, но в data/authors.yaml не описан ни один педагог, у которого можно найти имя; выводится как написано
site-resolve-create-data-authors-yaml-hint = добавьте в data/authors.yaml (создайте его, если его нет) строку «- id: { $name }» и строку «name: …» под ней или напишите здесь полное имя педагога
site-resolve-not-teacher-data-authors = `{ $name }` нет среди педагогов в data/authors.yaml
site-resolve-no-department-called = нет отделения с названием `{ $name }`
site-resolve-did-you-mean-plan-hint = возможно, вы имели в виду `{ $n }`? В плане отделение указывают по его id в data/departments.yaml или по названию
site-resolve-name-department-data-departments-hint = укажите отделение из data/departments.yaml — по id или по названию
site-resolve-no-department-has-id = ни у одного отделения в data/departments.yaml нет id `{ $name }`
site-resolve-did-you-mean-hint-2 = возможно, вы имели в виду `{ $n }`?
site-resolve-add-teacher-or-id-hint = добавьте педагога в data/authors.yaml или укажите id одного из тех, кто там есть
site-resolve-guest-may-be-teacher = «{ $name }» нет в data/authors.yaml: это приглашённый автор со своей страницей, но имя похоже на педагога «{ $teacher }»
site-resolve-guest-may-be-teacher-hint = чтобы работа была засчитана педагогу, напишите id `{ $id }`; если это другой человек, напишите его имя полностью
site-resolve-departments-are-hint = отделения в data/departments.yaml: { $ids }
