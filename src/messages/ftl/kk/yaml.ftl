## yaml модулінің хабарлары

yaml-invalid-yaml-quote-not = YAML қатесі: бұл тырнақша жабылмаған
yaml-end-value-same-quote-hint = мәнді осы жолда дәл сондай тырнақшамен аяқтаңыз, мысалы title: "Тақырып"
yaml-key-written-twice = { $prefix }`{ $key }` кілті екі рет жазылған
yaml-keep-one-two-also-hint = екеуінің бірін ғана қалдырыңыз: бұл кілт мына жолда да бар: { $line }
yaml-kind-nothing = бос мән
yaml-kind-yes-no = иә/жоқ (true/false)
yaml-kind-number = сан
yaml-kind-text = мәтін
yaml-kind-list = тізім
yaml-kind-map = кілттер жиыны (map)
yaml-kind-tagged = YAML тегі бар мән
yaml-invalid = YAML қатесі: { $message }
yaml-quote-colon-hint = «: » белгісі бар мәнді тырнақшаға алыңыз, мысалы title: "Тақырып: түсініктеме"
yaml-indentation-hint = шегіністерді тексеріңіз: ішкі жолдар бірдей сандағы бос орыннан басталуы керек
yaml-fields-here-hint = бұл жерде жазылатын өрістер: { $fields }
yaml-expected-form-hint = мәннің күтілген түрде (мәтін, сан, тізім немесе кілттер жиыны) жазылғанын тексеріңіз
yaml-quote-special-start-hint = @, ` немесе % таңбасынан басталатын мәнді тырнақшаға алыңыз
