## publish-remote модулінің хабарлары: сервердегі әрекет неге сәтсіз болды

publish-remote-connect = мына серверге қосылу мүмкін болмады: { $address }
publish-remote-unknown-host = { $host } сервері таныс емес: оның кілті { $known_hosts } файлында жоқ
publish-remote-changed-host = { $host } серверінің кілті { $known_hosts } файлында жазылғаннан басқа: бұл колледж сервері болмауы мүмкін
publish-remote-login = сервер { $user } атымен кіруге рұқсат бермеді: { $detail }
publish-remote-refused = сервер { $path } жазуға рұқсат бермеді: { $detail }
publish-remote-full = серверде { $path } үшін бос орын қалмады
publish-remote-other = { $words }
publish-remote-connect-hint = config.yaml файлындағы мекенжай мен портты және компьютердің интернетке қосылғанын тексеріңіз
publish-remote-unknown-host-hint = сервер әкімшісінен оның кілті { $fingerprint } екенін сұраңыз; егер солай болса, `ssh-keyscan { $keyscan } >> { $known_hosts }` командасын орындаңыз (немесе ssh арқылы бір рет қосылып, yes деп жауап беріңіз)
publish-remote-changed-host-hint = сервер қайта орнатылған болса, әкімшісінен жаңа кілтті сұрап, { $known_hosts } файлындағы оның жолын ауыстырыңыз; әйтпесе жарияламаңыз
publish-remote-login-hint = SFTP үшін кілтіңізді ~/.ssh қалтасына (id_ed25519, id_ecdsa немесе id_rsa) немесе ssh-agent бағдарламасына салыңыз; құпиясөз config.yaml файлына емес, OZYQ_PUBLISH_PASSWORD орта айнымалысына (немесе `password_env` атаған айнымалыға) жазылады немесе жүйенің кілттер қоймасында сақталады (`ozyq publish --save-password`)
publish-remote-refused-hint = хостинг әкімшісінен config.yaml файлындағы url көрсететін қалтаға жазу құқығын сұраңыз
publish-remote-full-hint = серверде орын босатыңыз немесе үлкенірек квота сұраңыз; ештеңе ауыстырылмаған жерде сайт бұрынғыдай қалды, ал келесі жариялау оны аяқтайды
publish-remote-other-hint = қайта жариялаңыз: үзілген жариялау тоқтаған жерінен жалғасады
publish-remote-connect-because = мына серверге қосылу мүмкін болмады: { $address }: { $why }
publish-remote-no-answer = мына серверге қосылу мүмкін болмады: { $address }: { $seconds } с ішінде жауап болмады
publish-remote-link = жариялау қалтасындағы { $path } басқа жерге апаратын сілтеме: ozyq сілтеме арқылы жазбайды да, өшірмейді де
publish-remote-link-hint = сілтемені жариялау қалтасынан өшіріңіз (ол апаратын жер сол күйінде қалады) де, қайта жариялаңыз
