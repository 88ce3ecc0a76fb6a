## render-templates модулінің хабарлары

render-templates-template-error = үлгідегі қате: { $message }
render-templates-template-error-2 = үлгідегі қате: { $msg }
render-templates-template-error-3 = үлгідегі қате: { $msg }
render-templates-template-not-utf-text = үлгі UTF-8 мәтіні емес
render-templates-theme-has-no-template = безендіру тақырыбында `{ $required }` үлгісі жоқ
render-templates-copy-from-default-theme-hint = үлгіні әдепкі безендіру тақырыбынан көшіріп алыңыз (ozyq init барлық үлгілері бар сайт жасайды)
render-templates-fix-hint = үлгіні түзетіңіз немесе безендіру тақырыбының өз үлгісі қолданылуы үшін сайттағы үлгінің көшірмесін өшіріңіз
render-templates-never-closed = `{"{"}% { $tag } %{"}"}` жабылмаған: үлгі оның `{"{"}% { $end } %{"}"}` тегіне жетпей аяқталады
render-templates-never-closed-hint = блок аяқталатын жерге `{"{"}% { $end } %{"}"}` деп жазыңыз
render-templates-no-macros-hint = ozyq үлгілері Tera 2 тілінде, онда макростың орнына компонент бар: оны кез келген үлгіде `{"{"}% component badge(text) %{"}"}…{"{"}% endcomponent %{"}"}` деп анықтап, `{"{"}{"{"} <badge text={"{"}entry.title{"}"} /> {"}"}{"}"}` деп қолданыңыз, `import` қажет емес
render-templates-fix-theme-hint = безендіру тақырыбының қалтасындағы үлгіні түзетіңіз (немесе оны `ozyq theme eject` арқылы сайттың templates/ қалтасына көшіріп, көшірмесін түзетіңіз)
