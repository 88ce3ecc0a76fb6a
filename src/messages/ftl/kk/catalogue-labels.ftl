## catalogue-labels модулінің хабарлары

catalogue-labels-unknown-layout-exhibit-labels = экспонат жапсырмаларының орналасуы белгісіз: `{ $s }`
catalogue-labels-write-columns-rows-sheet-hint = A4 парағындағы бағандар мен жолдар санын бағандар × жолдар түрінде жазыңыз, мысалы 2x4 немесе 3x8; A6 бетіне бір жапсырма керек болса, a6 деп жазыңыз
