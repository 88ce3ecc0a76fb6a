## Что сборка сообщает об изменённых адресах (published.yaml их хранит).

address-moved = перенесено: { $from } теперь ведёт на { $to } ({ $file }); старый адрес сохранён в published.yaml
address-withdrawn = снято: { $address } (файла { $file } нет) теперь сообщает, что материал снят; если файл переименован, добавьте в новый файл `aliases: [{ $address }]`
address-withdrawn-unpublished = снято: { $address } теперь сообщает, что материал снят: файл { $file } есть, но не публикуется (`draft: true`?)
