## publish-target модулінің хабарлары

publish-target-config-yaml-names-no = config.yaml файлында жариялау орны көрсетілмеген
publish-target-add-e-g-publish-hint = мысалы, `publish: {"{"}college: {"{"}url: "sftp://user@host/var/www/otm"{"}"}{"}"}` жолын қосыңыз (docs/guide.kk.md, 11-бөлім «Сайтты жариялау»)
publish-target-config-yaml-names-several = config.yaml файлында бірнеше жариялау орны көрсетілген: қайсысына жариялау керегін айтыңыз
publish-target-e-g-ozyq-publish-hint = мысалы, `ozyq publish { $first }`; жариялау орындары: { $names }
publish-target-config-yaml-s-publish = config.yaml файлындағы `publish:` бөлігінде мұндай орын жоқ: `{ $w }`
publish-target-password-config-yaml-publish = config.yaml файлында құпиясөз жазылған (`{ $name }` жариялау орны): config.yaml git-те сақталады, репозиторийге қолы жеткен кез келген адам оны оқи алады
publish-target-remove-set-environment-variable-hint = құпиясөзді өшіріңіз де, оны `ozyq publish --save-password` арқылы жүйенің кілттер қоймасында сақтаңыз немесе `ozyq publish` командасының алдында { $password_env } орта айнымалысын орнатыңыз (немесе `password_env:` арқылы басқа айнымалыны көрсетіңіз)
publish-target-publish-target = `{ $name }` жариялау орны: { $msg }
publish-target-write-like-sftp-user-hint = мекенжайды мына түрлердің бірінде жазыңыз: sftp://user@host/var/www/otm, ftp://user@host/otm, ftps://… немесе file:///mnt/share/otm
publish-target-not-a-url = `{ $url }` — URL мекенжайы емес: { $error }
publish-target-not-a-folder = `{ $url }` — қалта емес
publish-target-unknown-scheme = `{ $scheme }://` арқылы жариялау мүмкін емес (sftp, ftp, ftps немесе file болуы керек)
publish-target-no-host = `{ $url }` мекенжайында сервер (host) аталмаған
publish-target-password-in-url = құпиясөз URL ішінде жазылған: оның орны — жүйенің кілттер қоймасы (`ozyq publish --save-password`) немесе орта айнымалысы
publish-target-did-you-mean-hint = `{ $name }` деп жазғыңыз келді ме? Жариялау орындары: { $places }
publish-target-places-hint = жариялау орындары: { $places }
