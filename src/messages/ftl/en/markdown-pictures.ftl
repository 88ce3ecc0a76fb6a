## Messages of the module markdown-pictures

markdown-pictures-image-has-no-description = the image `{ $dest }` has no description (alt text)
markdown-pictures-say-what-shows-between-hint = say what it shows between the brackets, e.g. ![Оқушылар топпен жұмыс істейді](photo.jpg)
