## Сообщения модуля markdown-pictures

markdown-pictures-image-has-no-description = у изображения `{ $dest }` нет описания (alt-текста)
markdown-pictures-say-what-shows-between-hint = напишите в квадратных скобках, что на нём изображено, например ![Студенты работают в группах](photo.jpg)
