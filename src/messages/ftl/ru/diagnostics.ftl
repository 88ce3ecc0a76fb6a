## Сообщения модуля diagnostics

location-command-line = (командная строка)
