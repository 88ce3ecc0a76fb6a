## data модулінің хабарлары

data-id-cannot-part-address = `{ $id }` id мәні ({ $what }) мекенжайдың бөлігі бола алмайды
data-department-names-head-who = `{ $id }` бөлімінің басшысы ретінде `{ $h }` көрсетілген, бірақ ол data/authors.yaml файлында жоқ
data-department-id-used-twice = `{ $id }` бөлім id мәні екі рет қолданылған
data-author-id-used-twice = `{ $id }` автор id мәні екі рет қолданылған
data-unknown-qualification-category = біліктілік санаты белгісіз: `{ $c }`
data-use-master-researcher-expert-hint = мыналардың бірін жазыңыз: педагог-шебер, педагог-зерттеуші, педагог-сарапшы, педагог-модератор, жоғары санат, бірінші санат, екінші санат, санатсыз (олардың орысша атаулары да, id-лері де жарайды: master, researcher, expert, moderator, highest, first, second, none)
data-author-names-department-which = `{ $id }` авторы үшін `{ $d }` бөлімі көрсетілген, бірақ ол data/departments.yaml файлында жоқ
data-did-you-mean-hint = `{ $n }` деп жазғыңыз келді ме?
data-photo-not-file-inside = `{ $id }` үшін көрсетілген `{ $p }` фотосуреті data/ қалтасының ішіндегі файл емес
data-photo-missing = `{ $id }` фотосуреті табылмады: data/{ $p } файлы жоқ
data-photo-paths-are-relative-hint = фотосурет жолы data/ қалтасына қатысты жазылады, мысалы photos/name.jpg
data-what-department = бөлім
data-what-author = автор
data-id-also-on-line-hint = екеуінің бірін қалдырыңыз: { $line }-жолдағы тармақтың id-і де осындай
data-author-name-empty = `{ $id }` мұғалімінің аты-жөні бос
data-author-name-empty-hint = толық аты-жөнін жазыңыз: name: Тегі Аты Әкесінің аты
