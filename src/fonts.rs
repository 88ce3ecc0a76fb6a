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
    for n in 0..0x10000u32 {
        if char::from_u32(n).is_some_and(|c| not_drawn(c) || in_a_font(c)) {
            bits[(n / 64) as usize] |= 1 << (n % 64);
        }
    }
    bits
});

/// Whether a printed document can show `c`: a font has a glyph for it, or it is
/// a space, a control or a mark that is not drawn.
pub fn printable(c: char) -> bool {
    let n = c as u32;
    match BMP.get((n / 64) as usize) {
        Some(word) => word >> (n % 64) & 1 == 1,
        None => in_a_font(c),
    }
}

/// The characters of `text` that no font has, each once, in order.
pub fn unprintable(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars().filter(|&c| !printable(c)) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Whether a font has `c`. A character shown as an emoji by default (✅, 👍)
/// is not taken from a text font that happens to have it: Typst asks an emoji
/// font for it, and there is none.
fn in_a_font(c: char) -> bool {
    use unicode_properties::{EmojiStatus, UnicodeEmoji};
    let emoji = matches!(
        c.emoji_status(),
        EmojiStatus::EmojiPresentation
            | EmojiStatus::EmojiPresentationAndModifierBase
            | EmojiStatus::EmojiPresentationAndEmojiComponent
            | EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent
    );
    !emoji && FONTS.iter().any(|f| f.info().coverage.contains(c as u32))
}

/// Characters that are not drawn: spaces and controls, the soft hyphen, the
/// zero-width ones, and variation selectors (an emoji's U+FE0F).
fn not_drawn(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{fe00}'..='\u{fe0f}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_russian_and_signs_print_and_emoji_do_not() {
        let text = "ӘәҒғҚқҢңӨөҰұҮүҺһІі Ёё «» — № → ∑ ½ ₸ €";
        assert_eq!(unprintable(text), Vec::<char>::new(), "{text}");
        assert_eq!(unprintable("Сабақ өтті 👍🎉 👍 ✅"), ['👍', '🎉', '✅']);
        assert!(printable('\u{fe0f}') && printable('\u{ad}'));
    }
}
