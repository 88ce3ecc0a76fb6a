//! The fonts printed documents are set in, shipped in the binary, and which
//! characters they have. A character none of them has (an emoji in a title)
//! cannot be printed: the PDFs leave it out, and the file that has it is told.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::Font;

/// The fonts (PT Serif, ParaType Free Font License): every Kazakh and Russian
/// letter in all four styles.
pub const FILES: [&[u8]; 5] = [
    include_bytes!("../fonts/PTSerif-Regular.ttf"),
    include_bytes!("../fonts/PTSerif-Italic.ttf"),
    include_bytes!("../fonts/PTSerif-Bold.ttf"),
    include_bytes!("../fonts/PTSerif-BoldItalic.ttf"),
    // Arrows, mathematical signs and the like, which PT Serif lacks: a PDF/A
    // document may not have a character without a glyph.
    include_bytes!("../fonts/DejaVuSans.ttf"),
];

/// The fonts, read.
pub static FONTS: LazyLock<Vec<Font>> = LazyLock::new(|| {
    FILES
        .iter()
        .filter_map(|b| Font::new(Bytes::new(*b), 0))
        .collect()
});

/// For each character of the Basic Multilingual Plane, a bit: printable or not.
/// Printed text is looked at a character at a time on every build.
static BMP: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    let mut set = |n: u32| bits[(n / 64) as usize] |= 1 << (n % 64);
    // From each font's own list (some thousands of characters): asking each
    // font about each of the 65,536 was tens of millions of steps per build.
    let covered = FONTS.iter().flat_map(|f| f.info().coverage.iter());
    for n in covered.filter(|&n| n < 0x10000) {
        if char::from_u32(n).is_some_and(|c| !emoji(c)) {
            set(n);
        }
    }
    (0..0x10000u32)
        .filter(|&n| char::from_u32(n).is_some_and(not_drawn))
        .for_each(set);
    bits
});

/// Whether a printed document can show `c`: a font has a glyph for it, or it is
/// a space, a control or a mark that is not drawn.
pub fn printable(c: char) -> bool {
    if surely_printable(c) {
        return true;
    }
    let n = c as u32;
    match BMP.get((n / 64) as usize) {
        Some(word) => word >> (n % 64) & 1 == 1,
        None => in_a_font(c),
    }
}

/// The characters of `text` that no font has, each once, in order; not
/// spaces, which are printed as plain ones.
pub fn unprintable(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    // Nearly every text: told without reading the fonts.
    if text.chars().all(surely_printable) {
        return out;
    }
    for c in text
        .chars()
        .filter(|&c| !printable(c) && !c.is_whitespace())
    {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// The characters of nearly every text, which PT Serif has (a test checks):
/// ASCII, Latin-1, the Russian and Kazakh letters, dashes, quotes, «№». Known
/// without reading the fonts, which takes a build some milliseconds.
fn surely_printable(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | ' '..='~' | '\u{a0}'..='\u{ff}' | '\u{401}' | '\u{406}' | '\u{410}'..='\u{451}' | '\u{456}'
        | 'Ғ' | 'ғ' | 'Қ' | 'қ' | 'Ң' | 'ң' | 'Ү' | 'ү' | 'Ұ' | 'ұ' | 'Һ' | 'һ' | 'Ә' | 'ә' | 'Ө' | 'ө'
        | '–' | '—' | '‘' | '’' | '“' | '”' | '„' | '…' | '№')
}

/// Whether a font has `c` (beyond the BMP, where no table is kept).
fn in_a_font(c: char) -> bool {
    !emoji(c) && FONTS.iter().any(|f| f.info().coverage.contains(c as u32))
}

/// Whether `c` is shown as an emoji by default (✅, 👍). Such a character is not
/// set from a text font that has it: DejaVu Sans has ✅, and Typst still could
/// not display it (the PDF/A check failed on it).
fn emoji(c: char) -> bool {
    use unicode_properties::{EmojiStatus, UnicodeEmoji};
    matches!(
        c.emoji_status(),
        EmojiStatus::EmojiPresentation
            | EmojiStatus::EmojiPresentationAndModifierBase
            | EmojiStatus::EmojiPresentationAndEmojiComponent
            | EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent
    )
}

/// Characters that are not drawn: ASCII spaces and controls, the soft hyphen,
/// the zero-width ones, and variation selectors (an emoji's U+FE0F). Other
/// spaces (no-break, ideographic) need a glyph: a font's list says.
fn not_drawn(c: char) -> bool {
    c.is_ascii_whitespace()
        || c.is_control()
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{fe00}'..='\u{fe0f}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_surely_printable_is_in_a_font() {
        let all = (0..0x3000u32)
            .filter_map(char::from_u32)
            .filter(|&c| surely_printable(c));
        for c in all.filter(|c| !c.is_ascii_whitespace()) {
            assert!(in_a_font(c), "U+{:04X} {c}", c as u32);
        }
    }

    #[test]
    fn kazakh_russian_and_signs_print_and_emoji_do_not() {
        let text = "ӘәҒғҚқҢңӨөҰұҮүҺһІі Ёё «» — № → ∑ ½ ₸ €";
        assert_eq!(unprintable(text), Vec::<char>::new(), "{text}");
        assert_eq!(unprintable("Сабақ өтті 👍🎉 👍 ✅"), ['👍', '🎉', '✅']);
        assert!(printable('\u{fe0f}') && printable('\u{ad}'));
        // Initials are bound with a no-break space, which the fonts have; a
        // space they lack is no character to tell of.
        assert!(printable('\u{a0}') && printable(' ') && printable('\n'));
        assert!(unprintable("a\u{3000}b").is_empty());
    }
}
