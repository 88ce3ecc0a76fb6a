## Messages of the module site-resolve

site-resolve-no-author-has-id = no author has the id `{ $name }` in data/authors.yaml
site-resolve-did-you-mean-hint = did you mean `{ $n }`?
site-resolve-add-teacher-data-authors-hint = add the teacher to data/authors.yaml, or write their full name
site-resolve-looks-like-author-s = `{ $name }` looks like an author's id, but data/authors.yaml describes no teacher to find the name in; it is printed as written
site-resolve-create-data-authors-yaml-hint = add «- id: { $name }» and «name: …» under it to data/authors.yaml (create the file if there is none), or write the teacher's full name here
site-resolve-not-teacher-data-authors = `{ $name }` is not a teacher of data/authors.yaml
site-resolve-no-department-called = no department is called `{ $name }`
site-resolve-did-you-mean-plan-hint = did you mean `{ $n }`? A plan names a department by its id in data/departments.yaml or its name
site-resolve-name-department-data-departments-hint = name a department of data/departments.yaml, by its id or its name
site-resolve-no-department-has-id = no department has the id `{ $name }` in data/departments.yaml
site-resolve-did-you-mean-hint-2 = did you mean `{ $n }`?
site-resolve-add-teacher-or-id-hint = add the teacher to data/authors.yaml, or write the id of one there
site-resolve-guest-may-be-teacher = «{ $name }» is not in data/authors.yaml: it is a guest author with a page of its own, but the name looks like the teacher «{ $teacher }»
site-resolve-guest-may-be-teacher-hint = to credit the teacher, write the id `{ $id }`; if it is someone else, write their given name in full
site-resolve-departments-are-hint = the departments in data/departments.yaml are: { $ids }
