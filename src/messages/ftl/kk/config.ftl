## config модулінің хабарлары

config-cannot-read-site-s = сайттың баптауларын оқу мүмкін болмады: { $e }
config-run-ozyq-site-s-hint = ozyq бағдарламасын сайт қалтасында (config.yaml файлы тұрған қалтада) іске қосыңыз немесе `ozyq init ҚАЛТА` командасымен жаңа сайт жасаңыз
config-unknown-ui-language = сайт тілі белгісіз: `{ $s }`
config-use-kk-ru-en-hint = kk, ru немесе en деп жазыңыз
config-year-start-month-must = year_start_month мәні ай нөмірі болуы керек, ал мұнда жазылғаны: { $year_start_month }
config-means-academic-year-starts-hint = 9 деген мән оқу жылы қыркүйекте басталатынын білдіреді
config-page-size-must-least = page_size мәні кемінде 1 болуы керек
config-language-not-first-languages = `language: { $code }` мәні `languages:` тізіміндегі бірінші тіл емес
config-first-languages-site-s-hint = `languages:` тізіміндегі бірінші тіл — сайттың негізгі тілі: `language:` жолын алып тастаңыз
config-base-url-not-absolute = base_url мәні `{ $u }` толық URL мекенжайы емес
config-write-full-e-g-hint = мекенжайды толық жазыңыз, мысалы https://college.example/otm/
config-base-url-has-which = base_url мәнінде (`{ $u }`) URL мекенжайында болмайтын таңба бар: { $what }
config-kind-listed-twice = `{ $id }` түрі тізімде екі рет жазылған
config-kinds-both-use-folder = `{ $id }` және `{ $id2 }` түрлері бір қалтаны пайдаланады: `{ $folder }`
config-site-has-no-kinds = сайтта бірде-бір жазба түрі жоқ
config-kind-cannot-use-folder = `{ $id }` түрі `{ $folder }` қалтасын пайдалана алмайды: бұл атау ozyq бағдарламасының өзіне керек
config-base-url-a-space = бос орын
config-base-url-space-hint = әр бос орынды %20 деп жазыңыз немесе бос орындарсыз жазыңыз, мысалы https://college.example/otm/
config-base-url-as-browser-shows-hint = URL мекенжайын браузердің мекенжай жолы көрсететіндей етіп жазыңыз, мысалы https://college.example/otm/
config-cache-among-sources = .ozyq-cache кэш қалтасы сайттың өз файлдарына апарады ({ $source }); ozyq кэш файлдарын сонда жазар еді
config-cache-link-hint = .ozyq-cache сілтемесін өшіріңіз (ол апаратын қалтаны емес): ozyq қалтаны қайта жасайды
config-no-config-here = бұл қалтада config.yaml жоқ: бұл сайт қалтасы емес
config-no-such-folder = { $folder } қалтасы жоқ
