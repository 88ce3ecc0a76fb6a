## Сообщения модуля catalogue-labels

catalogue-labels-unknown-layout-exhibit-labels = неизвестная раскладка этикеток экспонатов `{ $s }`
catalogue-labels-write-columns-rows-sheet-hint = напишите столбцы × строки на листе A4, например 2x4 или 3x8, или a6, чтобы печатать по одной этикетке на страницу A6
