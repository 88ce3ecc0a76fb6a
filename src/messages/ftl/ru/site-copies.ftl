## Messages of the module site-copies

site-copies-same-title = «{ $title }» — это и название { $other }, работы того же вида, года и языка: не копия ли одна из них?
site-copies-same-title-hint = дайте каждой работе своё название или удалите копию: каталог и сертификаты года назовут обе
