## Messages of the module site-unlinked

site-unlinked-file-no-page-links = ни одна страница не ссылается на `{ $name }`: файл публикуется, но посетители его не найдут (страница работы делается только из файла Markdown .md)
site-unlinked-file-attach-hint = чтобы опубликовать его как работу, создайте её страницу командой `ozyq new { $kind } "Название"` и прикрепите файл там: `attachments: [{ $name }]`; или сошлитесь на него из текста работы; или уберите его из content/
site-unlinked-bundle-file-attach-hint = он лежит в папке работы { $folder }: добавьте `attachments: [{ $name }]` в начало её index.md или сошлитесь на него из текста работы; или уберите его из content/
