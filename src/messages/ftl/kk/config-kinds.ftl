## config-kinds модулінің хабарлары

config-kinds-kind-not-built-kind = `{ $id }` түрі кірістірілген түр емес, сондықтан оған `label` (kk, ru, en) керек
config-kinds-add-label-kk-ru-hint = түрге label: {"{"}kk: …, ru: …{"}"} қосыңыз немесе кірістірілген түрдің id мәнін пайдаланыңыз
config-kinds-kind-has-which-cannot = `{ $id }` түрінің { $what } мәні — `{ $folder }`, бірақ мұндай атау content/ ішінде қалта атауы бола алмайды
