## Сообщения модуля catalogue

catalogue-unknown-catalogue-paper = неизвестный формат бумаги для каталога `{ $p }`
catalogue-use-hint = укажите a5 или a4
catalogue-theme-has-no-template = в теме нет шаблона `catalogue.html`; у каталогов не будет веб-страницы
catalogue-copy-from-default-theme-hint = скопируйте его из стандартной темы
catalogue-exhibition-catalogue-has-no = в каталоге выставки не будет QR-кодов: в config.yaml нет base_url
catalogue-set-base-url-address-hint = укажите в base_url адрес, по которому опубликован сайт
catalogue-picture-not-inside = изображение каталога ({ $key }) `{ $file }` — не файл внутри сайта
catalogue-picture-path-hint = укажите путь к нему от папки сайта, например data/logo.png
catalogue-picture-not-picture = изображение каталога ({ $key }) `{ $file }` — не картинка PNG, JPEG, WebP, GIF или SVG
catalogue-picture-save-hint = сохраните его в формате PNG или JPEG
catalogue-picture-unreadable = изображение каталога ({ $key }) `{ $file }`: { $error }
catalogue-covers-left-out = обложки и логотип не вошли в PDF: { $error }
catalogue-covers-left-out-and = обложки и логотип не вошли в PDF: { $error }; { $warnings }
catalogue-pdf-warnings = { $warnings }
catalogue-picture-missing = изображения каталога ({ $key }) `{ $file }` нет
catalogue-picture-missing-hint = положите изображение в { $file } или исправьте путь (от папки сайта)
