//! Reading a text file (Markdown, YAML) as a methodist saves it, often on Windows.

use crate::t;
use std::path::Path;

use unicode_normalization::{IsNormalized, UnicodeNormalization};

use crate::diagnostics::{Diagnostic, Location};

/// A text file's content, normalised: no BOM, `\n` line ends, composed
/// letters (NFC).
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    read_text_with_metadata(path).map(|(text, _)| text)
}

/// [`read_text`], and the file's metadata as the open file has it: one look-up
/// of the path instead of two for a caller that needs both.
pub fn read_text_with_metadata(path: &Path) -> Result<(String, std::fs::Metadata), Diagnostic> {
    use std::io::Read;
    let cannot = |e: std::io::Error| {
        Diagnostic::error(
            Location::file(path),
            t!("content-source-cannot-read-file", e = &e),
        )
    };
    let mut file = std::fs::File::open(path).map_err(cannot)?;
    let meta = file.metadata().map_err(cannot)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.read_to_end(&mut bytes).map_err(cannot)?;
    Ok((decode_owned(bytes, path)?, meta))
}

/// [`decode`] of bytes the caller gives away: valid UTF-8 without `\r` is taken
/// without a copy (composed, when it needs to be).
pub fn decode_owned(bytes: Vec<u8>, path: &Path) -> Result<String, Diagnostic> {
    // Kazakh and Russian text is almost all two-byte sequences, which std's check
    // walks a byte at a time: it was 3-6 % of a build's CPU. simdutf8 checks the
    // same in vector steps; a file it refuses goes to `decode` for the place.
    if !bytes.starts_with(b"\xEF\xBB\xBF")
        && !bytes.contains(&b'\r')
        && simdutf8::basic::from_utf8(&bytes).is_ok()
    {
        // SAFETY: `bytes` was checked to be UTF-8 just above.
        return Ok(composed(unsafe { String::from_utf8_unchecked(bytes) }));
    }
    decode(&bytes, path)
}

/// `text` in composed form (NFC). A letter pasted from a Mac or a PDF may come
/// as a letter and a combining mark («и» and U+0306 for «й»), which names,
/// addresses, sorting and search would take for another word.
fn composed(text: String) -> String {
    // The combining marks of European letters are U+0300–U+036F, whose UTF-8
    // starts with 0xCC or 0xCD: a file without those bytes has no letter of its
    // alphabets to compose.
    if memchr::memchr2(0xcc, 0xcd, text.as_bytes()).is_none()
        || unicode_normalization::is_nfc_quick(text.chars()) == IsNormalized::Yes
    {
        return text;
    }
    text.nfc().collect()
}

/// Text from bytes as read: a BOM dropped, line ends made `\n`; a located error with a
/// hint when the bytes are not UTF-8 (Windows-1251 and UTF-16 are named).
pub fn decode(bytes: &[u8], path: &Path) -> Result<String, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(composed(if s.contains('\r') {
            s.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            s.to_string()
        })),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let text = String::from_utf8_lossy(valid);
            let loc = Location::at_offset(path, &text, text.len(), 1);
            // UTF-16 first: its BOM and a Kazakh letter's bytes (ә is D9 04) are
            // in 1251's range, and a short file has few other high bytes.
            let guess = if looks_like_utf16(bytes) {
                t!("content-source-guess-utf16")
            } else if looks_like_cp1251(bytes) {
                t!("content-source-guess-cp1251")
            } else {
                t!("content-source-guess-other")
            };
            Err(
                Diagnostic::error(loc, t!("content-source-file-not-utf-text", guess = guess))
                    .with_hint(t!("content-source-re-save-utf-notepad-hint")),
            )
        }
    }
}

/// Whether `c` may not appear in an XML 1.0 document (feeds, the sitemap) or is a
/// control character HTML forbids: C0 controls but tab and line end, DEL, C1
/// controls, and the noncharacters U+FFFE and U+FFFF; and a byte order mark
/// inside the text (files pasted together), which is invisible but is kept in
/// a title, a slug, a search.
fn forbidden(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}')
}

/// A quick look at the bytes (every file of a build passes here): `false` when
/// none is a [`forbidden`] character in UTF-8 — a control byte, a C1 control
/// (0xC2 0x80–0x9F), U+FEFF (0xEF 0xBB 0xBF) or U+FFFE/U+FFFF (0xEF 0xBF 0xBE/0xBF).
fn may_hold_forbidden(bytes: &[u8]) -> bool {
    // Every file of a build passes here, so the bytes are looked at in blocks of a
    // fixed size, folded without an early exit (which the compiler vectorises).
    let mut at = 0;
    while at + BLOCK < bytes.len() {
        let block: &[u8; BLOCK + 1] = bytes[at..=at + BLOCK].try_into().expect("a whole block");
        let (hit, ef) = block_flags(block);
        if hit || (ef && forbidden_sequence(bytes, at..at + BLOCK)) {
            return true;
        }
        at += BLOCK;
    }
    forbidden_sequence(bytes, at..bytes.len())
}

const BLOCK: usize = 64;

/// Whether the first [`BLOCK`] bytes of `block` hold a control byte or a C1
/// control (0xC2 and a continuation byte below 0xA0; « » and NBSP are 0xC2 too),
/// and whether they hold a 0xEF (which U+FFFE and U+FFFF start with).
#[inline(always)]
fn block_flags(block: &[u8; BLOCK + 1]) -> (bool, bool) {
    let (mut hit, mut ef) = (0u8, 0u8);
    for j in 0..BLOCK {
        let (b, next) = (block[j], block[j + 1]);
        hit |= (((b < 0x20) & (b != b'\t') & (b != b'\n'))
            | (b == 0x7f)
            | ((b == 0xc2) & (next < 0xa0))) as u8;
        ef |= (b == 0xef) as u8;
    }
    (hit != 0, ef != 0)
}

/// Whether a forbidden character starts at a byte of `bytes[range]`.
fn forbidden_sequence(bytes: &[u8], range: std::ops::Range<usize>) -> bool {
    range.into_iter().any(|i| {
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        match bytes[i] {
            b if (b < 0x20 && b != b'\t' && b != b'\n') || b == 0x7f => true,
            0xc2 => (0x80..=0x9f).contains(&next),
            0xef => matches!(
                (next, bytes.get(i + 2)),
                (0xbf, Some(0xbe | 0xbf)) | (0xbb, Some(0xbf))
            ),
            _ => false,
        }
    })
}

/// Characters that show nothing and that a word processor or a web page leaves in
/// a pasted value: a soft hyphen, a zero-width space, a word joiner, a byte-order
/// mark, direction marks. Left in a tag or a name they make a second one that
/// looks the same.
pub(crate) fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'
            ..='\u{202E}'
    )
}

/// `text` without the [`invisible`] characters.
pub fn drop_invisible(text: String) -> String {
    if text.contains(invisible) {
        text.replace(invisible, "")
    } else {
        text
    }
}

/// Removes the characters pages and feeds cannot contain (pasted from a PDF or a
/// word processor, or written as YAML escapes), Word's line and page breaks
/// made spaces; `None` when there are none. The
/// warning names the first one, at its place in `text` (which starts on `first_line`).
pub fn strip_forbidden(text: &str, path: &Path, first_line: usize) -> Option<(String, Diagnostic)> {
    if !may_hold_forbidden(text.as_bytes()) {
        return None;
    }
    let at = text.find(forbidden)?;
    let first = text[at..].chars().next().unwrap_or_default();
    let count = text.chars().filter(|&c| forbidden(c)).count();
    // Word's line break (U+000B) and page break (U+000C) part two words.
    let clean: String = (text.chars())
        .filter_map(|c| match c {
            '\u{b}' | '\u{c}' => Some(' '),
            c if forbidden(c) => None,
            c => Some(c),
        })
        .collect();
    let warning = Diagnostic::warning(
        Location::at_offset(path, text, at, first_line),
        t!(
            "content-source-removed-control-characters",
            count = count,
            first = format!("U+{:04X}", u32::from(first))
        ),
    )
    .with_hint(t!("content-source-they-usually-come-text-hint"));
    Some((clean, warning))
}

/// UTF-16 text starts with its BOM, as Notepad writes it, or has a zero byte
/// beside each ASCII character: at odd places (little-endian) or at even ones,
/// not scattered as in a binary file (a Word `.doc` renamed `.md`).
fn looks_like_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return true;
    }
    let zeros_at = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let (most, fewest) = (even.max(odd), even.min(odd));
    most * 4 >= bytes.len() && fewest * 10 <= most
}

/// Windows-1251 text is mostly bytes 0xC0–0xFF (А–я) among ASCII, with no valid
/// UTF-8 multibyte sequences.
fn looks_like_cp1251(bytes: &[u8]) -> bool {
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    let cyr = bytes.iter().filter(|&&b| b >= 0xC0).count();
    high > 0 && cyr * 10 >= high * 7
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_look_finds_what_the_slow_one_does() {
        let long = "«Сабақ» a\u{a0}b ".repeat(40);
        for (text, has) in [
            ("plain Қазақ «text»\tand\nlines", false),
            (long.as_str(), false),
            // A file's own BOM is gone before; one inside the text is not.
            ("a\u{feff}b", true),
            ("\u{fefe}\u{fbbf}", false),
            ("a\u{8}b", true),
            ("a\u{7f}", true),
            ("a\u{85}", true),
            ("a\u{9f}", true),
            ("end \u{ffff}", true),
            ("\u{fffe}", true),
        ] {
            let text = format!("{long}{text}");
            assert_eq!(may_hold_forbidden(text.as_bytes()), has, "{text:?}");
            assert_eq!(text.contains(forbidden), has, "{text:?}");
        }
    }

    #[test]
    fn word_s_line_break_parts_two_words() {
        let (clean, _) =
            strip_forbidden("Сабақ\u{b}жоспары\u{feff}", Path::new("a.md"), 1).unwrap();
        assert_eq!(clean, "Сабақ жоспары");
    }

    #[test]
    fn decomposed_letters_are_composed() {
        // «Ойын» with «й» as «и» and a combining breve, «ёлка» with «е» and a diaeresis.
        let bytes = "Ои\u{306}ын е\u{308}лка Ελλάδα".as_bytes().to_vec();
        let text = decode_owned(bytes, Path::new("a.md")).unwrap();
        assert_eq!(text, "Ойын ёлка Ελλάδα");
        assert_eq!(text.chars().count(), 16);
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let t = decode(b"\xEF\xBB\xBF---\r\ntitle: a\r\n---\r\n", Path::new("a.md")).unwrap();
        assert_eq!(t, "---\ntitle: a\n---\n");
    }

    #[test]
    fn utf16_is_named_though_its_bytes_look_like_1251() {
        // Ә is D8 04 in UTF-16: with the BOM, every byte above 0x7F is in 1251's letters.
        let bytes: Vec<u8> = b"\xFF\xFE"
            .iter()
            .copied()
            .chain(
                "- id: a\n  name: Әбенова\n"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        let e = decode(&bytes, Path::new("authors.yaml")).unwrap_err();
        assert!(e.message.contains("UTF-16"), "{e}");
        let no_bom: Vec<u8> = "name: Әбенова\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let e = decode(&no_bom, Path::new("authors.yaml")).unwrap_err();
        assert!(e.message.contains("UTF-16"), "{e}");
        // A Word document renamed: zeros at even places and odd ones alike.
        let doc = [
            0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0, 0x3E, 0, 3, 0,
        ];
        let e = decode(&doc, Path::new("a.md")).unwrap_err();
        assert!(!e.message.contains("UTF-16"), "{e}");
    }

    #[test]
    fn windows_1251_is_named() {
        // «Сабақ» is not all in 1251, «Урок» is: 0xD3 0xF0 0xEE 0xEA
        let e = decode(b"title: \xD3\xF0\xEE\xEA\n", Path::new("a.md")).unwrap_err();
        assert!(e.message.contains("Windows-1251"), "{e}");
        assert_eq!((e.location.line, e.location.column), (1, 8));
    }
}
