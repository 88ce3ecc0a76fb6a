## publish-target модулінің хабарлары

publish-target-config-yaml-names-no = config.yaml файлында жариялау орны көрсетілмеген
publish-target-add-e-g-publish-hint = мысалы, `publish: {"{"}college: {"{"}url: "sftp://user@host/var/www/otm"{"}"}{"}"}` жолын қосыңыз (README: Publishing)
publish-target-config-yaml-names-several = config.yaml файлында бірнеше жариялау орны көрсетілген: қайсысына жариялау керегін айтыңыз
publish-target-e-g-ozyq-publish-hint = мысалы, `ozyq publish { $names }`; жариялау орындары: { $names }
publish-target-config-yaml-s-publish = config.yaml файлындағы `publish:` бөлігінде мұндай орын жоқ: `{ $w }`
publish-target-password-config-yaml-publish = config.yaml файлында құпиясөз жазылған (`{ $name }` жариялау орны): config.yaml git-те сақталады, репозиторийге қолы жеткен кез келген адам оны оқи алады
publish-target-remove-set-environment-variable-hint = құпиясөзді өшіріңіз де, `ozyq publish` командасының алдында { $password_env } орта айнымалысын орнатыңыз (немесе `password_env:` арқылы басқа айнымалыны көрсетіңіз)
publish-target-publish-target = `{ $name }` жариялау орны: { $msg }
publish-target-write-like-sftp-user-hint = мекенжайды мына түрлердің бірінде жазыңыз: sftp://user@host/var/www/otm, ftp://user@host/otm, ftps://… немесе file:///mnt/share/otm
