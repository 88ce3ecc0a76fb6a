## config-languages модулінің хабарлары

config-languages-unknown-language = тіл белгісіз: `{ $code }`
config-languages-ozyq-speaks-kk-kazakh-hint = ozyq мына тілдерді біледі: kk (қазақ тілі), ru (орыс тілі) және en (ағылшын тілі)
config-languages-language-named-twice = `{ $code }` тілі екі рет көрсетілген
config-languages-texts-language = `{ $code }` тіліндегі мәтіндер: { $e }
config-languages-language-may-give-title-hint = әр тіл үшін title, description, college, city және footer мәндерін беруге болады
config-languages-languages-names-no-language = `languages:` тізімінде бірде-бір тіл көрсетілмеген
config-languages-write-site-s-languages-hint = сайттың тілдерін жазыңыз, негізгі тіл бірінші тұрсын: languages: [kk, ru]
