## publish модулінің хабарлары

publish-there-no-built-site = жариялауға жиналған сайт жоқ
publish-run-ozyq-build-first-hint = алдымен `ozyq build` командасын орындаңыз немесе --no-build параметрінсіз жариялаңыз
publish-cannot-read-built-site = жиналған сайтты оқу мүмкін болмады: { $e }
publish-publishing = `{ $name }` орнына жариялау: { $e }
publish-folder-no-password = `{ $name }` орны — қалта: оның сақталатын құпиясөзі жоқ
