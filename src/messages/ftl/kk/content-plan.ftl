## content-plan модулінің хабарлары

content-plan-plan-file-named-after = жоспар файлы өз оқу жылының атымен аталады
content-plan-name-like-content-plan-hint = файлды content/plan/2025-2026.yaml сияқты атаңыз
content-plan-must-text-found = `{ $key }` кілтінің мәні мәтін болуы керек, ал мұнда табылғаны: { $v }
content-plan-responsible-must-teachers-ids = `responsible` мәні мұғалімдердің id мәні немесе солардың тізімі болуы керек, ал мұнда табылғаны: { $v }
