## Сообщения модуля render-figures

render-figures-figures-there-are-no = figures: за { $label } нет записей для подсчёта
render-figures-name-year-entries-all-hint = укажите год, в котором есть записи, или `all`
render-figures-figures-unknown = figures: неизвестная настройка `{ $key }: { $value }`
render-figures-figures-block-empty = figures: блок пуст
render-figures-figures-not-academic-year = figures: `{ $y }` — это не учебный год
render-figures-write-year-all-every-hint = напишите год в виде 2024-2025 или `all`, чтобы взять все годы
render-figures-figures-site-has-no = figures: на сайте нет поля `{ $f }`, по которому можно считать
render-figures-define-under-fields-config-hint = опишите `{ $f }` в разделе `fields:` в config.yaml или считайте по виду или по отделению
render-figures-figures-kind-level-table = figures: `by: kind-level` — это таблица видов по уровням; диаграммы для неё нет
render-figures-write-table-count-kind-hint = напишите `as: table` или, чтобы получить диаграмму, считайте по виду или по уровню
render-figures-did-you-mean-accepted-hint = возможно, вы имели в виду `{ $name }`? Допустимые значения: { $list }
render-figures-accepted-hint = допустимые значения: { $list }
render-figures-block-fields-hint = в блоке figures через `by:` указывают, что считать, а ещё могут быть `year:`, `as:` и `title:`, например by: kind (см. docs/content.md)
render-figures-block-not-map = figures: блок состоит из строк вида `key: value`, а найдено: { $found }
render-figures-in-block = figures: { $problem }
render-figures-year-not-a-year = figures: в `year` должен быть учебный год или `all`, а найдено: { $found }
