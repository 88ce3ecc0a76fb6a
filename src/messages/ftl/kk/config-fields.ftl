## config-fields модулінің хабарлары

config-fields-field-defined-twice = `{ $name }` өрісі екі рет анықталған
config-fields-field-every-entry-has = `{ $name }` — әр жазбада болатын өріс; оны қайта анықтауға болмайды
config-fields-give-your-field-another-hint = өз өрісіңізге басқа атау беріңіз
config-fields-built-field-type-type = `{ $name }` — кіріктірілген өріс, оның типі: `{ $name2 }`; бұл өрістің типі мен таңдау нұсқаларын өзгертуге болмайды
config-fields-remove-type-choices-from-hint = бұл өрістен `type:` және `choices:` жолдарын алып тастаңыз немесе өз өрісіңізге басқа атау беріңіз
config-fields-field-name-cannot-front = `{ $name }` атауы файлдың басқы бөлігінде (front matter) кілт бола алмайды
config-fields-use-small-latin-letters-hint = кіші латын әріптерін, цифрларды және _ белгісін пайдаланыңыз, атау әріптен басталсын, мысалы hours немесе certificate_no
config-fields-field-has-unknown-type = `{ $name }` өрісінің типі белгісіз: `{ $t }`
config-fields-field-has-choices-but = `{ $name }` өрісінде `choices:` бар, бірақ оның типі — `{ $name2 }`
config-fields-write-type-choice-remove-hint = `type: choice` деп жазыңыз немесе таңдау нұсқаларын алып тастаңыз
config-fields-choice-field-has-no = `{ $name }` таңдау өрісінде бірде-бір нұсқа жоқ
config-fields-list-them-under-e-hint = нұсқаларды өрістің астына тізіп жазыңыз, мысалы choices: [онлайн, офлайн]
config-fields-choice-field-empty = `{ $name }` өрісінің бір нұсқасы бос
config-fields-field-has-choice-twice = `{ $name }` өрісінде `{ $id }` нұсқасы екі рет жазылған
config-fields-give-each-choice-own-hint = әр нұсқаға бөлек id беріңіз
config-fields-did-you-mean-types-hint = `{ $name }` деп жазғыңыз келді ме? Типтер: { $list }
config-fields-types-are-hint = типтер: { $list }
