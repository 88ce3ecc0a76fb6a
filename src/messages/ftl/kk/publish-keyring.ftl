## publish-keyring модулінің хабарлары: жариялау құпиясөздері сақталатын жүйенің кілттер қоймасы

publish-keyring-unavailable = жүйенің кілттер қоймасын пайдалану мүмкін емес: { $words }
publish-keyring-not-found = жүйенің кілттер қоймасында { $account } үшін құпиясөз сақталмаған
publish-keyring-unavailable-hint = Windows пен macOS-та кілттер қоймасы әрқашан бар; Linux-та ол жұмыс үстелінікі (GNOME Keyring немесе KWallet): ол іске қосылған және ашық болуы керек. Ондай болмаса, құпиясөзді OZYQ_PUBLISH_PASSWORD орта айнымалысына жазыңыз
publish-keyring-not-found-hint = оны `ozyq publish --save-password` командасымен сақтаңыз
