## config-kind-fields модулінің хабарлары

config-kind-fields-field-names-kind-which = `{ $name }` өрісінде `{ $id }` түрі көрсетілген, бірақ сайтта мұндай түр жоқ
config-kind-fields-add-kind-s-fields-hint = түрдің `fields:` тізіміне `{ $req }` қосыңыз немесе өріске `kinds: [{ $id }]` деп жазыңыз
config-kind-fields-did-you-mean-hint = `{ $n }` деп жазғыңыз келді ме?
config-kind-fields-define-under-fields-config-hint = бұл өрісті config.yaml файлында `fields:` бөлігінің астында анықтаңыз, мысалы - name: { $name }
config-kind-fields-did-you-mean-kinds-hint = `{ $name }` деп жазғыңыз келді ме? Жазба түрлері: { $list }
config-kind-fields-kinds-are-hint = жазба түрлері: { $list }
config-kind-fields-required-not-its-own = `{ $id }` түрі `{ $field }` өрісін міндетті етеді, бірақ бұл өріс оның өрістерінің қатарында жоқ
config-kind-fields-required-not-defined = `{ $id }` түрі `{ $field }` өрісін міндетті етеді, бірақ мұндай өріс анықталмаған
config-kind-fields-listed-not-defined = `{ $id }` түрі `{ $field }` өрісін атайды, бірақ мұндай өріс анықталмаған
