//! Letters of another alphabet that look the same: a Latin «а» or «і» in a
//! Kazakh word (copied from another document, or typed where the keyboard had no
//! Kazakh letter), a Cyrillic «а» in an id. To a computer «Әбенoва» and
//! «Әбенова» are two people; a reader sees one.
//!
//! Which letters look alike is Unicode's confusables list (UTS #39), read
//! through `unicode-security`; which alphabet a letter is of, its script.

use std::sync::LazyLock;

use unicode_script::{Script, UnicodeScript};
use unicode_security::confusable_detection::skeleton;

/// The Kazakh and Russian letters a stray Latin letter may be taken for: those
/// that look the same as a Latin one in ordinary type. (The confusables list
/// has more, such as «г» for «r» and «ш» for «w», which no reader mistakes.)
const CYRILLIC: &str = "АВЕКМНОРСТХУІӘаеорсхуіһә";
/// The Latin letters a stray Cyrillic letter may be taken for (in an id).
const LATIN: &str = "ABCEHIKMOPTXYaceihopxy";

/// Each letter of an alphabet with its confusable skeleton.
type Skeletons = Vec<(String, char)>;

static CYRILLIC_SKELETONS: LazyLock<Skeletons> = LazyLock::new(|| skeletons(CYRILLIC));
static LATIN_SKELETONS: LazyLock<Skeletons> = LazyLock::new(|| skeletons(LATIN));

fn skeletons(letters: &str) -> Skeletons {
    letters
        .chars()
        .map(|c| (skeleton(&c.to_string()).collect(), c))
        .collect()
}

/// One letter taken for the one it looks like.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Swap {
    /// Where it is in the value: the count of characters before it, plus one.
    pub column: usize,
    /// The letter written.
    pub written: char,
    /// The letter of the word's own alphabet that it looks like.
    pub meant: char,
}

impl Swap {
    /// Whether the letter written is a Latin one (else a Cyrillic one).
    pub fn latin(&self) -> bool {
        self.written.script() == Script::Latin
    }
}

/// `text` with each word's letters of the other alphabet (Latin in a word mostly
/// Cyrillic, Cyrillic in one mostly Latin) replaced by the letters they look
/// like, and the swaps made; `None` when there is none to make. A word is left
/// as it is when one of its stray letters looks like no letter of its alphabet
/// («Zoomда», «Excelде» are two words run together, not a typing slip).
pub fn mend(text: &str) -> Option<(String, Vec<Swap>)> {
    // Most values are of one alphabet: told without looking at words, or at
    // Unicode's script tables (a look-up per letter, for every name of a build).
    let latin = |c: char| c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c);
    let cyrillic = |c: char| ('\u{400}'..='\u{52f}').contains(&c);
    if text.is_ascii() || !text.chars().any(latin) || !text.chars().any(cyrillic) {
        return None;
    }
    let mut swaps = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    while start < chars.len() {
        let end = (start..chars.len())
            .find(|&i| !chars[i].is_alphabetic())
            .unwrap_or(chars.len());
        if end > start {
            swaps.extend(mend_word(&chars[start..end], start));
        }
        start = end + 1;
    }
    if swaps.is_empty() {
        return None;
    }
    let mut out = chars;
    for s in &swaps {
        out[s.column - 1] = s.meant;
    }
    Some((out.into_iter().collect(), swaps))
}

/// The swaps that make `word` (starting at character `at` of its text) of one
/// alphabet: none when it is of one already, or when the stray letters are the
/// more or cannot all be mended.
fn mend_word(word: &[char], at: usize) -> Vec<Swap> {
    let count = |s: Script| word.iter().filter(|c| c.script() == s).count();
    let (cyrillic, latin) = (count(Script::Cyrillic), count(Script::Latin));
    let (stray, alphabet) = match (cyrillic, latin) {
        (0, _) | (_, 0) => return Vec::new(),
        (c, l) if c > l => (Script::Latin, &*CYRILLIC_SKELETONS),
        (c, l) if l > c => (Script::Cyrillic, &*LATIN_SKELETONS),
        _ => return Vec::new(),
    };
    // «Excelге», «Zoomда», «Wordа»: a name with a case ending, not a slip. (An
    // id is in small letters: «abenovа» is mended.)
    let ending = word
        .iter()
        .rev()
        .take_while(|c| c.script() == stray)
        .count();
    if stray == Script::Cyrillic && ending == cyrillic && word.iter().any(|c| c.is_uppercase()) {
        return Vec::new();
    }
    let mut swaps = Vec::new();
    for (i, &c) in word.iter().enumerate().filter(|(_, c)| c.script() == stray) {
        let Some(meant) = look_alike(c, alphabet) else {
            return Vec::new();
        };
        swaps.push(Swap {
            column: at + i + 1,
            written: c,
            meant,
        });
    }
    swaps
}

/// The one letter of `alphabet` that `c` looks like; of its case when both
/// cases look like it (Latin «h» looks like «һ» and «Һ»).
fn look_alike(c: char, alphabet: &Skeletons) -> Option<char> {
    let own: String = skeleton(&c.to_string()).collect();
    let like: Vec<char> = (alphabet.iter())
        .filter(|(s, _)| *s == own)
        .map(|&(_, l)| l)
        .collect();
    let one = |v: Vec<char>| (v.len() == 1).then(|| v[0]);
    match like.len() {
        0 => None,
        1 => Some(like[0]),
        _ => one(like
            .into_iter()
            .filter(|l| l.is_uppercase() == c.is_uppercase())
            .collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mended(text: &str) -> Option<String> {
        mend(text).map(|(t, _)| t)
    }

    #[test]
    fn latin_letters_in_kazakh_words_are_taken_for_kazakh_ones() {
        // Latin a, o, i, x, Ə among Cyrillic letters; «h» is «һ».
        let written = "Әбен\u{6f}в\u{61} Гүлн\u{61}р \u{18f}бд\u{69}р\u{61}\u{78}манқызы";
        assert_eq!(
            mended(written).as_deref(),
            Some("Әбенова Гүлнар Әбдірахманқызы")
        );
        let (_, swaps) = mend("Аб\u{61}й").unwrap();
        assert_eq!(
            swaps,
            [Swap {
                column: 3,
                written: 'a',
                meant: 'а'
            }]
        );
        assert_eq!(mended("Сeрікқызы Oқу").as_deref(), Some("Серікқызы Оқу"));
        assert_eq!(mended("Шa\u{68}ар").as_deref(), Some("Шаһар"));
        assert_eq!(mended("\u{48}ұрлан").as_deref(), Some("Нұрлан"));
    }

    #[test]
    fn a_cyrillic_letter_in_an_id_is_taken_for_a_latin_one() {
        assert_eq!(mended("\u{430}benova-g").as_deref(), Some("abenova-g"));
    }

    #[test]
    fn words_of_one_alphabet_and_words_run_together_are_left_alone() {
        for text in [
            "Әбенова Гүлнар",
            "abenova-g",
            "Microsoft Word-та",
            "Zoomда",
            "Excelде",
            "Excelге",
            "Zoomу",
            "в Wordе",
            "Пеrдагог",
            "STEM білім",
            "5G желісі",
            "",
        ] {
            assert_eq!(mended(text), None, "{text}");
        }
    }
}
