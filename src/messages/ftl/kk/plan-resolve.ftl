## plan-resolve модулінің хабарлары

plan-resolve-year-has-plan-already = { $label } оқу жылының жоспары бұрыннан бар: content/plan/{ $file }
plan-resolve-keep-one-plan-file-hint = әр оқу жылына бір ғана жоспар файлы болсын
plan-resolve-plan-item-id-used = `{ $value }` жоспар тармағының id мәні екі рет қолданылған
plan-resolve-give-each-item-plan-hint = жоспардың әр тармағына өзіндік id беріңіз
plan-resolve-new-time-moved-item = `to:` — ауыстырылған тармақтың жаңа мерзімі, бірақ бұл тармақ ауыстырылды деп белгіленбеген
plan-resolve-add-status-moved-remove-hint = `status: moved` қосыңыз немесе `to:` жолын алып тастаңыз
plan-resolve-item-without-reason = `{ $value }` тармағының мәртебесі — `{ $value2 }`, бірақ себебі көрсетілмеген
plan-resolve-say-why-reason-plan-hint = себебін `reason:` жолына жазыңыз: Мектеп есептерін осы жоспар бойынша береді
plan-resolve-unknown-form-work = жұмыс формасы белгісіз: `{ $value }`
plan-resolve-unknown-status = мәртебе белгісіз: `{ $value }`
plan-resolve-write-moved-reason-cancelled-hint = `moved` немесе `ауыстырылды` (`to:` және `reason:` жолдарымен), `cancelled` немесе `болдырылмады` (`reason:` жолымен) немесе ешбір жазбада көрсетілмейтін орындалған тармақ үшін `done` немесе `орындалды` деп жазыңыз; жазба тармақты `plan: <id>` жолы арқылы көрсетеді
plan-resolve-did-you-mean-forms-hint = `{ $name }` деп жазғыңыз келді ме? Жұмыс формалары: { $list }
plan-resolve-write-form-hint = сайттағы жазба түрлерінің бірін немесе басқа жұмыс формасын жазыңыз: { $list }
plan-resolve-cannot-read-time = `{ $value }` мәнін жоспардың мерзімі ретінде оқу мүмкін емес
plan-resolve-write-time-hint = мерзімді мына түрлердің бірінде жазыңыз: { $accepted }
plan-resolve-time-outside-year = `{ $value }` { $year } оқу жылына кірмейді
plan-resolve-plan-of-its-year-hint = бұл файл — { $year } оқу жылының жоспары; тармақты өз оқу жылының жоспарына жазыңыз
plan-resolve-range-ends-before-start = `{ $value }` аралығының соңы басынан ерте
plan-resolve-earlier-first-hint = алдымен ертерек мерзімді жазыңыз: қазан–желтоқсан
plan-resolve-year-in-full-hint = жылды толық жазыңыз: when: { $fixed }
plan-resolve-did-you-mean-time-hint = мүмкін, `{ $name }` деп жазбақ болдыңыз ба? Мерзім мына түрлердің бірінде жазылады: { $accepted }
