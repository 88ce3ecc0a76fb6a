//! Soft hyphens between the syllables of Kazakh and Russian words: for narrow
//! table headings («Рес-пуб-ли-ка-лық») on a phone, and for Kazakh text that
//! print justifies (the catalogue's summaries). Neither browsers nor Typst
//! hyphenate Kazakh, and the hyphenation crates have no Kazakh patterns; Kazakh
//! syllables are regular enough to find by rule: one
//! vowel each, and of the consonants between two vowels the last begins the
//! next syllable (об-лыс-тық, ха-лы-қа-ра-лық). The same rule gives acceptable
//! Russian breaks (внут-ри-кол-ледж-ный; ь, ъ and й stay with the letter
//! before them: се-мья).

/// The soft hyphen: a break the browser shows as «-» only when it takes it.
pub const SOFT_HYPHEN: char = '\u{AD}';

/// The fewest letters left on either side of a break.
const MIN_PART: usize = 2;

fn is_vowel(c: char) -> bool {
    matches!(
        c.to_lowercase().next().unwrap_or(c),
        'а' | 'ә' | 'е' | 'ё' | 'и' | 'о' | 'ө' | 'у' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я'
    )
}

/// Letters that never begin a syllable: they close the one before.
fn closes(c: char) -> bool {
    matches!(c.to_lowercase().next().unwrap_or(c), 'ь' | 'ъ' | 'й')
}

fn is_cyrillic_letter(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c) && c.is_alphabetic()
}

/// `text` with soft hyphens where its Cyrillic words may break; other words,
/// words too short to break, and a word bound to the one before it by a
/// no-break space (a surname after its initials: Н. Ж. Бекмұхамбетова) as
/// they are.
pub fn soft_hyphens(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut word: Vec<char> = Vec::new();
    let mut bound = false;
    for c in text.chars() {
        if is_cyrillic_letter(c) {
            word.push(c);
        } else {
            push_word(&mut out, &word, bound);
            word.clear();
            bound = c == crate::lang::nbsp::NBSP;
            out.push(c);
        }
    }
    push_word(&mut out, &word, bound);
    out
}

fn push_word(out: &mut String, word: &[char], whole: bool) {
    let breaks = if whole { Vec::new() } else { breaks(word) };
    for (i, &c) in word.iter().enumerate() {
        if breaks.contains(&i) {
            out.push(SOFT_HYPHEN);
        }
        out.push(c);
    }
}

/// The places (letter indices) a syllable begins at, after the first.
fn breaks(word: &[char]) -> Vec<usize> {
    // У and и after a vowel are consonants (тау-ы, ой-ын).
    let vowel = |i: usize| {
        is_vowel(word[i])
            && !(i > 0
                && matches!(word[i].to_lowercase().next(), Some('у' | 'и'))
                && is_vowel(word[i - 1]))
    };
    let vowels: Vec<usize> = (0..word.len()).filter(|&i| vowel(i)).collect();
    let mut out = Vec::new();
    for pair in vowels.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        // Between two vowels the last consonant begins the next syllable; two
        // vowels side by side part between them.
        let mut at = if b - a > 1 { b - 1 } else { b };
        if at > a + 1 && closes(word[at]) {
            at -= 1;
        }
        if closes(word[at]) || at < MIN_PART || word.len() - at < MIN_PART {
            continue;
        }
        out.push(at);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        soft_hyphens(text).replace(SOFT_HYPHEN, "-")
    }

    #[test]
    fn kazakh_words_break_between_syllables() {
        assert_eq!(shown("Облыстық"), "Об-лыс-тық");
        assert_eq!(shown("Республикалық"), "Рес-пуб-ли-ка-лық");
        assert_eq!(shown("Халықаралық"), "Ха-лы-қа-ра-лық");
        assert_eq!(shown("Қалалық"), "Қа-ла-лық");
        assert_eq!(shown("Деңгейі көрсетілмеген"), "Дең-гейі көр-се-тіл-ме-ген");
        assert_eq!(shown("Колледжішілік"), "Кол-лед-жі-ші-лік");
        assert_eq!(shown("тауы"), "та-уы");
    }

    #[test]
    fn russian_words_keep_soft_signs_and_short_ends() {
        assert_eq!(shown("Внутриколледжный"), "Внут-ри-кол-ледж-ный");
        assert_eq!(shown("Международный"), "Меж-ду-на-род-ный");
        assert_eq!(shown("Областной"), "Об-ласт-ной");
        assert_eq!(shown("семья"), "се-мья");
        assert_eq!(shown("Районный"), "Район-ный");
        // No single letter is left alone at either end.
        assert_eq!(shown("оқу"), "оқу");
        assert_eq!(shown("радио"), "ра-дио");
    }

    #[test]
    fn other_text_is_left_as_it_is() {
        assert_eq!(soft_hyphens("PISA 2025, №3"), "PISA 2025, №3");
        assert_eq!(soft_hyphens(""), "");
        assert_eq!(shown("IT-бөлім"), "IT-бө-лім");
        // A name bound to its initials stays whole.
        assert_eq!(
            shown("орынбасары Н.\u{A0}Ж.\u{A0}Бекмұхамбетова"),
            "орын-ба-са-ры Н.\u{A0}Ж.\u{A0}Бекмұхамбетова"
        );
    }
}
