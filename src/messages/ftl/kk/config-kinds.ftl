## config-kinds модулінің хабарлары

config-kinds-kind-not-built-kind = `{ $id }` түрі кіріктірілген түр емес, сондықтан оған `label` (kk, ru, en) керек
config-kinds-add-label-kk-ru-hint = түрге label: {"{"}kk: …, ru: …{"}"} қосыңыз немесе кіріктірілген түрдің id мәнін пайдаланыңыз
config-kinds-folder-cannot-be-folder = `{ $id }` түріне `{ $folder }` қалтасы берілген, бірақ мұндай атау content/ ішінде қалта атауы бола алмайды
config-kinds-id-cannot-be-folder = `{ $id }` түрінің қалтасы id мәні бойынша `{ $folder }` деп аталады, бірақ мұндай атау content/ ішінде қалта атауы бола алмайды
