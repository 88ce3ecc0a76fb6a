## render-figures модулінің хабарлары

render-figures-figures-there-are-no = figures: санайтын жазба жоқ ({ $label })
render-figures-name-year-entries-all-hint = жазбалары бар оқу жылын көрсетіңіз немесе `all` деп жазыңыз
render-figures-figures-unknown = figures: белгісіз жол `{ $key }: { $value }`
render-figures-figures-block-empty = figures: блок бос
render-figures-figures-not-academic-year = figures: `{ $y }` — оқу жылы емес
render-figures-write-year-all-every-hint = оқу жылын 2024-2025 түрінде жазыңыз немесе барлық жылдар үшін `all` деп жазыңыз
render-figures-figures-site-has-no = figures: сайтта санауға болатын `{ $f }` өрісі жоқ
render-figures-define-under-fields-config-hint = `{ $f }` өрісін config.yaml файлындағы `fields:` бөлігінде анықтаңыз немесе жазба түрі не бөлім бойынша санаңыз
render-figures-figures-kind-level-table = figures: `by: kind-level` — жазба түрлерінің деңгейлер бойынша кестесі; оған диаграмма жасалмайды
render-figures-write-table-count-kind-hint = `as: table` деп жазыңыз немесе диаграмма үшін жазба түрі не деңгей бойынша санаңыз
render-figures-did-you-mean-accepted-hint = `{ $name }` деп жазғыңыз келді ме? Қабылданатын мәндер: { $list }
render-figures-accepted-hint = қабылданатын мәндер: { $list }
render-figures-block-fields-hint = figures блогында не санайтыны `by:` арқылы жазылады, сондай-ақ `year:`, `as:` және `title:` болуы мүмкін, мысалы by: kind (docs/content.md қараңыз)
render-figures-block-not-map = figures: блок `key: value` түріндегі жолдардан тұрады, ал мұнда табылғаны: { $found }
render-figures-in-block = figures: { $problem }
render-figures-year-not-a-year = figures: `year` мәні оқу жылы немесе `all` болуы керек, ал мұнда табылғаны: { $found }
