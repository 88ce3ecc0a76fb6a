## plan-link модулінің хабарлары

plan-link-plan-item-plan-but = `{ $id }` жоспар тармағы { $label } оқу жылының жоспарында, бірақ бұл жазбаның күні { $label2 } оқу жылына түседі
plan-link-entry-carries-out-item-hint = жазба өз оқу жылы жоспарының тармағын орындайды: жазбаның күнін немесе тармақтың id мәнін тексеріңіз
plan-link-year-has-no-work = { $label } оқу жылының жұмыс жоспары жоқ, сондықтан `plan: { $id }` ешқайда апармайды
plan-link-write-plan-content-plan-hint = жоспарды content/plan/{ $slug }.yaml файлына жазыңыз немесе `plan:` жолын алып тастаңыз
plan-link-plan-has-no-item = { $label } оқу жылының жоспарында `{ $id }` тармағы жоқ
plan-link-did-you-mean-hint = `{ $n }` деп жазғыңыз келді ме?
plan-link-ids-are-written-id-hint = тармақтардың id мәндері content/plan/{ $file } файлында `id:` ретінде жазылған
plan-link-items-are-hint = жоспар тармақтары: { $ids }
plan-link-recorded-though-cancelled = `{ $id }` жоспар тармағы болдырылмаған деп жазылған, бірақ оны { $file } жазбасы көрсетеді: ол орындалған деп есептеледі
plan-link-recorded-though-moved = `{ $id }` жоспар тармағы басқа оқу жылына ауыстырылған деп жазылған, бірақ оны { $file } жазбасы көрсетеді: ол орындалған деп есептеледі
plan-link-recorded-though-off-hint = егер ол өткізілген болса, оның `status:` және `reason:` жолдарын алып тастаңыз; өткізілмесе, жазбадан `plan:` жолын алып тастаңыз
