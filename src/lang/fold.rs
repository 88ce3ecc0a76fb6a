//! The Kazakh folding shared by the search index and its query, and by every
//! command that finds a text a user typed (`ozyq certificates --event`): one who
//! types on a Russian keyboard finds Kazakh words, and one who types и for й or
//! е for ё finds the word. The table is written into the search data, and the
//! page folds with it, so there is one table.

/// Letters folded so that a visitor typing on a Russian keyboard finds Kazakh
/// words: each pair is (letter, what it folds to). Applied after lower-casing,
/// to the index and to the query alike; the exact spelling still ranks first
/// because both forms are indexed.
pub const FOLD: &[(char, char)] = &[
    ('ә', 'а'),
    ('ғ', 'г'),
    ('қ', 'к'),
    ('ң', 'н'),
    ('ө', 'о'),
    ('ұ', 'у'),
    ('ү', 'у'),
    ('һ', 'х'),
    ('і', 'и'),
    ('ё', 'е'),
    // The commonest slip of Cyrillic typing (Абаи, Кунанбаев Абаи): too short a
    // word for the one-typo match, which needs five letters.
    ('й', 'и'),
];

/// Latin `i` typed inside a Cyrillic word (a common stand-in for Kazakh `і`)
/// folds to `и` as well; in a word with no Cyrillic letter it is left alone.
pub const LATIN_I_IN_CYRILLIC: (char, char) = ('i', 'и');

/// Whether `c` is a letter of the Cyrillic block (Kazakh and Russian alike).
pub fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// The folded form of one lower-cased word (or text), as `search.js` computes it.
pub fn fold(word: &str) -> String {
    let cyrillic = word.chars().any(is_cyrillic);
    word.chars()
        .map(|c| {
            if let Some(&(_, to)) = FOLD.iter().find(|(from, _)| *from == c) {
                to
            } else if cyrillic && c == LATIN_I_IN_CYRILLIC.0 {
                LATIN_I_IN_CYRILLIC.1
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_kazakh_letters_to_russian_keyboard_ones() {
        assert_eq!(fold("қазақ"), "казак");
        assert_eq!(fold("оқушы"), "окушы");
        assert_eq!(fold("әдістеме"), "адистеме");
        assert_eq!(fold("ғылыми"), "гылыми");
        assert_eq!(fold("саңырау"), "санырау");
        assert_eq!(fold("өнер"), "онер");
        assert_eq!(fold("ұстаз"), "устаз");
        assert_eq!(fold("үздік"), "уздик");
        assert_eq!(fold("һижра"), "хижра");
        assert_eq!(fold("ёлка"), "елка");
        assert_eq!(fold("абай"), fold("абаи"));
        // Latin i inside a Cyrillic word is taken for Kazakh і.
        assert_eq!(fold("бiлiм"), "билим");
        assert_eq!(fold("білім"), fold("бiлiм"));
        // Words without those letters, and Latin words, stay as they are.
        assert_eq!(fold("семинар"), "семинар");
        assert_eq!(fold("digital"), "digital");
        assert_eq!(fold("python3"), "python3");
    }

    #[test]
    fn folding_is_idempotent_and_keeps_length() {
        for w in ["қазақ", "оқушылардың", "бiлiм", "ёжик", "mixed-і"] {
            let f = fold(w);
            assert_eq!(fold(&f), f);
            assert_eq!(f.chars().count(), w.chars().count());
        }
        for (from, to) in FOLD {
            assert!(
                !FOLD.iter().any(|(f, _)| f == to),
                "{from} → {to} folds again"
            );
        }
    }
}
