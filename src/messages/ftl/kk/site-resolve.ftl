## site-resolve модулінің хабарлары

site-resolve-no-author-has-id = data/authors.yaml файлында id мәні `{ $name }` болатын автор жоқ
site-resolve-did-you-mean-hint = `{ $n }` деп жазғыңыз келді ме?
site-resolve-add-teacher-data-authors-hint = мұғалімді data/authors.yaml файлына қосыңыз немесе оның толық аты-жөнін жазыңыз
site-resolve-looks-like-author-s = `{ $name }` автордың id мәніне ұқсайды, бірақ data/authors.yaml файлында бірде-бір мұғалім сипатталмаған, сондықтан бұл атау ешкімге сәйкестендірілмейді; ол жазылған күйінде басылады
site-resolve-create-data-authors-yaml-hint = data/authors.yaml файлына (ол жоқ болса, жасап) «- id: { $name }» жолын, оның астына «name: …» жолын жазыңыз немесе осы жерде мұғалімнің толық аты-жөнін жазыңыз
site-resolve-not-teacher-data-authors = `{ $name }` — data/authors.yaml тізіміндегі мұғалім емес
site-resolve-no-department-called = `{ $name }` деп аталатын бөлім жоқ
site-resolve-did-you-mean-plan-hint = `{ $n }` деп жазғыңыз келді ме? Жоспарда бөлім data/departments.yaml файлындағы id мәні немесе атауы арқылы көрсетіледі
site-resolve-name-department-data-departments-hint = data/departments.yaml файлындағы бөлімді id мәні немесе атауы арқылы көрсетіңіз
site-resolve-no-department-has-id = data/departments.yaml файлында id мәні `{ $name }` болатын бөлім жоқ
site-resolve-did-you-mean-hint-2 = `{ $n }` деп жазғыңыз келді ме?
site-resolve-add-teacher-or-id-hint = мұғалімді data/authors.yaml файлына қосыңыз немесе сондағы мұғалімдердің бірінің id мәнін жазыңыз
site-resolve-guest-may-be-teacher = «{ $name }» data/authors.yaml файлында жоқ: бұл жеке беті бар қонақ автор, бірақ аты «{ $teacher }» мұғалімнің есіміне ұқсайды
site-resolve-guest-may-be-teacher-hint = еңбекті мұғалімге жатқызу үшін `{ $id }` id-ін жазыңыз; басқа адам болса, оның атын толық жазыңыз
site-resolve-departments-are-hint = data/departments.yaml файлындағы бөлімдер: { $ids }
