## markdown-pictures модулінің хабарлары

markdown-pictures-image-has-no-description = `{ $dest }` суретінің сипаттамасы (alt мәтіні) жоқ
markdown-pictures-say-what-shows-between-hint = суретте не бейнеленгенін тік жақшаның ішіне жазыңыз, мысалы ![Оқушылар топпен жұмыс істейді](photo.jpg)
