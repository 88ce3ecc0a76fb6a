//! Stems: the form of a word the index keeps, so that «сабақтың», «сабағы» and
//! «сабақтар» all find «сабақ», and «уроками» finds «урок».
//!
//! Russian and English words go through Snowball (`rust-stemmers`). Kazakh has
//! no Snowball stemmer, so Kazakh words lose their common inflectional endings
//! here (plural, possessive, case), one after another, and a final ғ/г/б that
//! an ending voiced goes back to қ/к/п («сабағы» → «сабағ» → «сабақ»). Word
//! building (-лық, -шы) is left alone: «оқулық» stays apart from «оқу».
//!
//! Only the build stems. The search page looks a visitor's word up among the
//! forms the site's texts have (each listed with its stem); a form no text has
//! is matched to the longest stem it starts with ([`VOICED`] tells the page how
//! a final consonant may differ). So there is one stemmer, and the page and the
//! index never disagree.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

use crate::lang::Lang;

/// Letters only Kazakh has among Cyrillic ones: a word with one is Kazakh.
const KAZAKH_LETTERS: &[char] = &['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

/// Inflectional endings of Kazakh; the longest that fits goes first. Endings of one letter are not here (except possessive -ы/-і):
/// too many stems end in -а, -е, -н.
const KAZAKH_ENDINGS: &[&str] = &[
    // Possessive with the plural, and of the 1st and 2nd person plural.
    "ларымыз",
    "леріміз",
    "дарымыз",
    "деріміз",
    "тарымыз",
    "теріміз",
    "ымыз",
    "іміз",
    "ыңыз",
    "іңіз",
    "лары",
    "лері",
    "дары",
    "дері",
    "тары",
    "тері",
    "мыз",
    "міз",
    "ңыз",
    "ңіз",
    // Plural.
    "лар",
    "лер",
    "дар",
    "дер",
    "тар",
    "тер",
    // Genitive, ablative, locative with -н-, instrumental.
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "нан",
    "нен",
    "дан",
    "ден",
    "тан",
    "тен",
    "нда",
    "нде",
    "мен",
    "бен",
    "пен", // Dative, locative, accusative.
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не",
    "да",
    "де",
    "та",
    "те",
    "ны",
    "ні",
    "ды",
    "ді",
    "ты",
    "ті", // Possessive of the 3rd person, 1st and 2nd singular.
    "сы",
    "сі",
    "ым",
    "ім",
    "ың",
    "ің",
    "ы",
    "і",
];

/// Kazakh vowels (and the Russian ones loanwords bring).
const VOWELS: &[char] = &[
    'а', 'ә', 'е', 'ё', 'и', 'о', 'ө', 'у', 'ұ', 'ү', 'ы', 'і', 'э', 'ю', 'я',
];

/// Whether `ending` can follow `stem` by the sound the stem ends in: an
/// ending that begins with т, қ, к, п, ы or і follows a consonant, one with с
/// or н a vowel. So «мақсаты» is «мақсат» + ы, not «мақса» + ты.
fn fits(stem: &str, ending: &str) -> bool {
    let Some(last) = stem.chars().last() else {
        return false;
    };
    let vowel = VOWELS.contains(&last);
    match ending.chars().next() {
        Some('т' | 'қ' | 'к' | 'п' | 'ы' | 'і') => !vowel,
        Some('с' | 'н') => vowel,
        _ => true,
    }
}

/// A stem keeps at least this many letters.
const MIN_STEM: usize = 3;

/// Final consonants an ending voices, and what they are at the end of a stem:
/// «сабақ» + ы = «сабағы», «кітап» + ы = «кітабы».
pub const VOICED: &[(char, char)] = &[('ғ', 'қ'), ('г', 'к'), ('б', 'п')];

/// The stemmers of one thread (they hold no state between words, but are made
/// once).
pub struct Stemmers {
    russian: Stemmer,
    english: Stemmer,
}

impl Default for Stemmers {
    fn default() -> Self {
        Stemmers {
            russian: Stemmer::create(Algorithm::Russian),
            english: Stemmer::create(Algorithm::English),
        }
    }
}

impl Stemmers {
    /// The stem of `word` (lower-cased, with ё as е) in a text in `lang`. A word
    /// with a letter only Kazakh has is Kazakh whatever the text's language;
    /// other Cyrillic words are Russian in Russian and English texts.
    pub fn stem<'w>(&self, word: &'w str, lang: Lang) -> Cow<'w, str> {
        let mut cyrillic = false;
        let mut latin = true;
        for c in word.chars() {
            if KAZAKH_LETTERS.contains(&c) {
                return kazakh(word);
            }
            if crate::lang::fold::is_cyrillic(c) {
                cyrillic = true;
            }
            if !c.is_ascii_lowercase() {
                latin = false;
            }
        }
        if cyrillic {
            match lang {
                Lang::Kk => kazakh(word),
                Lang::Ru | Lang::En => self.russian.stem(word),
            }
        } else if latin {
            self.english.stem(word)
        } else {
            Cow::Borrowed(word)
        }
    }
}

/// The Kazakh stem of `word`: its endings taken off one by one, longest first,
/// as long as the stem keeps [`MIN_STEM`] letters; then a voiced final consonant
/// is made voiceless again.
pub fn kazakh(word: &str) -> Cow<'_, str> {
    let mut stem = word;
    loop {
        let letters = stem.chars().count();
        let longest = KAZAKH_ENDINGS
            .iter()
            .filter(|e| {
                stem.ends_with(**e)
                    && letters >= e.chars().count() + MIN_STEM
                    && fits(&stem[..stem.len() - e.len()], e)
            })
            .max_by_key(|e| e.len());
        match longest {
            Some(e) => stem = &stem[..stem.len() - e.len()],
            None => break,
        }
    }
    match stem.chars().last() {
        Some(last) if stem.len() < word.len() => match VOICED.iter().find(|(v, _)| *v == last) {
            Some(&(_, plain)) => {
                let mut s = String::with_capacity(stem.len());
                s.push_str(&stem[..stem.len() - last.len_utf8()]);
                s.push(plain);
                Cow::Owned(s)
            }
            None => Cow::Borrowed(stem),
        },
        _ => Cow::Borrowed(stem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Forms of one word, which must reach one stem: the table and words
    /// of the sample site.
    const KAZAKH_FORMS: &[&[&str]] = &[
        &[
            "сабақ",
            "сабағы",
            "сабақтың",
            "сабақтар",
            "сабақтары",
            "сабақтарының",
            "сабаққа",
            "сабақта",
            "сабақтан",
        ],
        &["кітап", "кітабы", "кітаптар"],
        &["оқушы", "оқушылар", "оқушыларының", "оқушылармен"],
        &["мұғалім", "мұғалімдер", "мұғалімдердің"],
        &["әдістеме", "әдістемесі"],
        &["тіл", "тілі", "тілдің"],
        &["жүрек", "жүрегі"],
        &["білім", "білімі"],
        &["мақсат", "мақсаты", "мақсатты", "мақсатқа"],
        &["мектеп", "мектептер", "мектепте"],
        &["әдістеме", "әдістемесі", "әдістемені"],
    ];

    #[test]
    fn kazakh_forms_reach_one_stem() {
        for forms in KAZAKH_FORMS {
            let stem = kazakh(forms[0]);
            for f in *forms {
                assert_eq!(kazakh(f), stem, "{f}");
            }
        }
        assert_eq!(kazakh("сабағы"), "сабақ");
        assert_eq!(kazakh("кітабы"), "кітап");
        assert_eq!(kazakh("мақсаты"), "мақсат");
        assert_eq!(kazakh("методикасы"), "методика");
        // Short words keep three letters; word building stays.
        assert_eq!(kazakh("ата"), "ата");
        assert_eq!(kazakh("ел"), "ел");
        assert_ne!(kazakh("оқулық"), kazakh("оқу"));
    }

    #[test]
    fn the_language_chooses_the_stemmer() {
        let s = Stemmers::default();
        // Russian words: Snowball.
        assert_eq!(s.stem("уроками", Lang::Ru), "урок");
        assert_eq!(s.stem("урок", Lang::Ru), "урок");
        assert_eq!(s.stem("методического", Lang::Ru), "методическ");
        // A Kazakh letter makes a word Kazakh in a Russian text too.
        assert_eq!(s.stem("сабағы", Lang::Ru), "сабақ");
        // A Cyrillic word without one follows the text's language.
        assert_eq!(s.stem("мектептер", Lang::Kk), "мектеп");
        // Latin words: English Snowball; numbers and mixed words as they are.
        assert_eq!(s.stem("lessons", Lang::Kk), "lesson");
        assert_eq!(s.stem("python3", Lang::Kk), "python3");
    }

    #[test]
    fn endings_are_each_listed_once_and_stems_keep_three_letters() {
        let mut seen = std::collections::HashSet::new();
        for e in KAZAKH_ENDINGS {
            assert!(seen.insert(e), "{e} twice");
        }
        for w in ["ана", "аға", "лар", "ымыз"] {
            assert!(kazakh(w).chars().count() >= MIN_STEM.min(w.chars().count()));
        }
    }
}
