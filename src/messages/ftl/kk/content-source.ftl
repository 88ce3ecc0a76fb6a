## content-source модулінің хабарлары

content-source-cannot-read-file = файлды оқу мүмкін болмады: { $e }
content-source-file-not-utf-text = файл UTF-8 мәтіні емес: { $guess }
content-source-re-save-utf-notepad-hint = файлды UTF-8 кодтауымен қайта сақтаңыз: Блокнотта (Notepad) Файл → Басқаша сақтау (орысша: Сохранить как) → Кодтау (Кодировка): UTF-8 таңдаңыз; VS Code бағдарламасында төменгі күй жолағындағы кодтау атауын басып, Save with Encoding → UTF-8 таңдаңыз
content-source-they-usually-come-text-hint = мұндай көзге көрінбейтін таңбалар әдетте PDF файлынан немесе мәтін редакторынан көшіріп қойылған мәтінмен бірге келеді; мәтін дұрыс көрінбесе, сол жердегі мәтінді қайта теріңіз
content-source-removed-control-characters = { $count ->
    [one] көзге көрінбейтін 1 басқару таңбасы ({ $first }) өшірілді: веб-беттер мен жаңалықтар таспаларында (feed) мұндай таңба болмауы керек
   *[other] көзге көрінбейтін басқару таңбалары өшірілді, саны: { $count } (біріншісі: { $first }); веб-беттер мен жаңалықтар таспаларында (feed) мұндай таңбалар болмауы керек
}
content-source-guess-cp1251 = Windows-1251 (кирилл) кодтауына ұқсайды
content-source-guess-utf16 = UTF-16 кодтауына ұқсайды
content-source-guess-other = оның кодтауы UTF-8 емес
