//! Readable ASCII slugs for Kazakh and Russian text.
//!
//! General transliteration crates turn «әдіс» into `@dis` and «қ» into `k'`, so
//! Cyrillic goes through our own table (the 2021 Kazakh Latin alphabet folded to
//! ASCII, with the usual Russian letters); `any_ascii` handles everything else.

use unicode_normalization::UnicodeNormalization;

fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' | 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' => "g",
        'д' => "d",
        'е' | 'э' => "e",
        'ё' => "io",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'і' => "i",
        'к' => "k",
        'қ' => "q",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' => "u",
        'ф' => "f",
        'х' | 'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

/// `slugify("Әдістемелік семинар: «Сыни ойлау»")` is `adistemelik-seminar-syni-oilau`.
pub fn slugify(text: &str) -> String {
    not_a_device(fold(text))
}

/// The id of a heading: `slugify`'s fold, without its `-1` for a name Windows
/// keeps for a device (an id names no file).
pub fn anchor(text: &str) -> String {
    fold(text)
}

/// Whether `text` folds to a name Windows keeps for a device, which `slugify`
/// changes (`slug: con` is `con-1`).
pub fn names_a_device(text: &str) -> bool {
    is_windows_device(&fold(text))
}

/// The text folded to ASCII letters, digits and single dashes.
fn fold(text: &str) -> String {
    // A letter pasted decomposed («и» and a combining breve for «й», from a Mac
    // or a PDF) is the letter composed, not two words.
    // (Only the marks of European letters, U+0300–U+036F: an Indic vowel sign
    // is a letter of its word.)
    let mark = |c: char| ('\u{300}'..='\u{36f}').contains(&c);
    let composed: String;
    let text = if text.chars().any(mark) {
        composed = text.nfc().filter(|&c| !mark(c)).collect();
        &composed
    } else {
        text
    };
    let mut out = String::with_capacity(text.len());
    let mut pending_dash = false;
    let mut push = |piece: &str, out: &mut String| {
        for b in piece.chars() {
            if b.is_ascii_alphanumeric() {
                if pending_dash && !out.is_empty() {
                    out.push('-');
                }
                pending_dash = false;
                out.push(b.to_ascii_lowercase());
            } else if b != '\'' {
                pending_dash = true;
            }
        }
    };
    let mut fold = |c: char, out: &mut String| {
        if c.is_ascii() {
            let mut buf = [0u8; 4];
            push(c.encode_utf8(&mut buf), out);
        } else if let Some(t) = cyrillic(c) {
            push(t, out);
        } else if c.is_alphanumeric() {
            push(any_ascii::any_ascii_char(c), out);
        } else {
            push("-", out);
        }
    };
    for c in text.chars() {
        // ASCII (`push` lowers it) and lower-case Cyrillic, most of any text,
        // need no look-up in Unicode's case tables.
        if c.is_ascii() || cyrillic(c).is_some() {
            fold(c, &mut out);
        } else {
            c.to_lowercase().for_each(|c| fold(c, &mut out));
        }
    }
    out
}

/// Whether Windows keeps `slug` for a device (`con`, `nul`, `com1`…): no file or
/// folder there can have that name, so a site with such an address could not be
/// copied to a stick or opened on the methodist's computer.
fn is_windows_device(slug: &str) -> bool {
    matches!(slug, "con" | "prn" | "aux" | "nul")
        || (slug.len() == 4
            && (slug.starts_with("com") || slug.starts_with("lpt"))
            && slug.as_bytes()[3].is_ascii_digit())
}

/// A slug Windows could not name a folder gets `-1`, a readable address that can.
fn not_a_device(mut slug: String) -> String {
    if is_windows_device(&slug) {
        slug.push_str("-1");
    }
    slug
}

/// A slug cut at a word boundary to at most `max` bytes, so URLs stay readable.
pub fn slugify_short(text: &str, max: usize) -> String {
    let full = slugify(text);
    if full.len() <= max {
        return full;
    }
    let cut = full[..=max].rfind('-').unwrap_or(max);
    not_a_device(full[..cut].trim_end_matches('-').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_letters_slug_as_composed_ones() {
        assert_eq!(slugify("Ои\u{306}ын"), slugify("Ойын"));
        assert_eq!(slugify("Ои\u{306}ын"), "oiyn");
        assert_eq!(slugify("Е\u{308}лка 2"), slugify("Ёлка 2"));
        // A mark with no composed letter is left out, not a break between words.
        assert_eq!(slugify("x\u{306}y"), "xy");
    }

    #[test]
    fn kazakh_letters_fold_to_readable_ascii() {
        assert_eq!(slugify("Әдістеме"), "adisteme");
        assert_eq!(slugify("Қазақ тілі"), "qazaq-tili");
        assert_eq!(
            slugify("Ғылым, өнер, ұстаз, үміт, һәм"),
            "gylym-oner-ustaz-umit-ham"
        );
        assert_eq!(slugify("Ңң"), "nn");
    }

    #[test]
    fn capitals_fold_as_small_letters_do() {
        let small = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
        let capitals: String = small.chars().flat_map(char::to_uppercase).collect();
        assert_ne!(capitals, small);
        assert_eq!(slugify(&capitals), slugify(small));
        assert_eq!(slugify("ÉCOLE İ Ǆ"), slugify("école i̇ ǆ"));
    }

    #[test]
    fn russian_and_punctuation() {
        assert_eq!(
            slugify("Семинар «Сыни тұрғыдан ойлау»: 2025!"),
            "seminar-syni-turgydan-oilau-2025"
        );
        assert_eq!(slugify("Объём щёлочи"), "obiom-shchiolochi");
        assert_eq!(slugify("  --Hello  World-- "), "hello-world");
    }

    #[test]
    fn other_scripts_fall_back_to_any_ascii() {
        assert_eq!(slugify("Café"), "cafe");
    }

    #[test]
    fn names_windows_keeps_for_devices_are_no_slugs() {
        assert_eq!(slugify("Con"), "con-1");
        assert_eq!(slugify("Нұл"), "nul-1");
        assert_eq!(slugify("COM3"), "com3-1");
        assert_eq!(slugify("aux файл"), "aux-fail");
        assert_eq!(slugify("com"), "com");
        assert_eq!(slugify("con-1"), "con-1");
        assert!(names_a_device("NUL") && !names_a_device("con-1"));
        assert_eq!(slugify_short("con tra banda", 4), "con-1");
    }

    #[test]
    fn short_slugs_cut_at_word_boundaries() {
        assert_eq!(slugify_short("бір екі үш төрт", 9), "bir-eki");
        assert_eq!(slugify_short("бір", 9), "bir");
    }
}
