## content-plan модулінің хабарлары

content-plan-plan-file-named-after = жоспар файлы өз оқу жылының атымен аталады
content-plan-name-like-content-plan-hint = файлды content/plan/2025-2026.yaml сияқты атаңыз
content-plan-must-text-found = `{ $key }` кілтінің мәні мәтін болуы керек, ал мұнда табылғаны: { $v }
content-plan-responsible-must-teachers-ids = `responsible` мәні мұғалімдердің id мәні немесе солардың тізімі болуы керек, ал мұнда табылғаны: { $v }
content-plan-id-hint = жазбалар `plan:` өрісінде атайтын қысқа id, мысалы id: seminar-oct
content-plan-responsible-hint = data/authors.yaml файлындағы мұғалімдердің id мәндерін жазыңыз, мысалы responsible: [abenova-g]
content-plan-status-hint = done, moved немесе cancelled деп жазыңыз, ал себебін `reason:` өрісіне жазыңыз
content-plan-one-line-hint = мәнді бір жолға мәтін түрінде жазыңыз
content-plan-item-has-no = жоспар тармағында `{ $key }` жоқ
content-plan-title-hint = не істелетінін бір жолға жазыңыз: title: Ашық сабақтар апталығы
