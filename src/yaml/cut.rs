//! Values a `#` cuts short. In YAML a `#` after a space starts a comment, so
//! `title: ОТМ бюллетені #1` is read as «ОТМ бюллетені» without a word said.

/// A `#` that ends an unquoted value: where it is and how to keep the text.
#[derive(Debug, PartialEq, Eq)]
pub struct Cut<'t> {
    /// The byte offset of the `#` in the text.
    pub at: usize,
    /// What the comment took: from the `#` to the end of its line.
    pub lost: &'t str,
    /// The line with its whole value in double quotes.
    pub quoted: String,
}

/// Every `#` in `text` that a comment starts after an unquoted value when
/// something is written straight after it (`#1`, `#сыни_ойлау`), or that
/// starts a value (`tags: #кейс` is no tags): a comment someone meant is
/// written `# like this`, or on a line of its own. The lines of a block
/// (`key: |`) and of a quoted value are text, not YAML.
pub fn cuts(text: &str) -> Vec<Cut<'_>> {
    let mut found = Vec::new();
    // The indentation of the line that opened a block, while the block lasts.
    let mut block: Option<usize> = None;
    // The quote of a quoted value that goes on to the next line.
    let mut quote: Option<char> = None;
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = start;
        start += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(q) = quote {
            if closing(line, q).is_some() {
                quote = None;
            }
            continue;
        }
        if let Some(b) = block {
            if line.trim().is_empty() || indent > b {
                continue;
            }
            block = None;
        }
        if line[indent..].starts_with('#') {
            continue;
        }
        let value_at = indent + value_offset(&line[indent..]);
        let value = &line[value_at..];
        if let Some(q) = value.chars().next().filter(|c| matches!(c, '"' | '\'')) {
            if closing(&value[1..], q).is_none() {
                quote = Some(q);
            }
            continue;
        }
        if value.starts_with(['|', '>']) {
            block = Some(indent);
            continue;
        }
        if value.is_empty() || value.starts_with(['[', '{', '&', '*', '!']) {
            continue;
        }
        if let Some(hash) = cutting_hash(value) {
            let kept = value.trim_end().replace('\\', "\\\\").replace('"', "\\\"");
            found.push(Cut {
                at: line_start + value_at + hash,
                lost: value[hash..].trim_end(),
                quoted: format!("{}\"{kept}\"", &line[..value_at]),
            });
        }
    }
    found
}

/// The byte offset in `text` (which follows an opening quote `q`) of the quote
/// that closes it: `\"` is no end of a `"…"` value, and `''` none of a `'…'` one.
pub(super) fn closing(text: &str, q: char) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match (q, b[i]) {
            ('"', b'\\') => i += 1,
            ('\'', b'\'') if b.get(i + 1) == Some(&b'\'') => i += 1,
            (_, c) if c == q as u8 => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Where the value of a line starts, after any `- ` of list items and the
/// `key: ` of a map, its key quoted or not (the length of the line when it
/// has no value).
fn value_offset(line: &str) -> usize {
    let mut at = 0;
    while let Some(rest) = line[at..].strip_prefix("- ") {
        at = line.len() - rest.trim_start_matches(' ').len();
    }
    if line[at..].trim_end() == "-" {
        return line.len();
    }
    key_value(&line[at..]).map_or(at, |(_, value)| at + value)
}

/// The key of a `key: value` line (indentation and list dashes taken off),
/// quoted or not, and the byte offset where its value starts (after the
/// spaces; the line's length when it has none). `None` when the line is no
/// `key:` line: a flow collection, a comment, a plain value.
pub(super) fn key_value(line: &str) -> Option<(&str, usize)> {
    let (key, key_end) = match line.chars().next() {
        Some(q @ ('"' | '\'')) => {
            let end = closing(&line[1..], q)?;
            (&line[1..1 + end], end + 2)
        }
        Some('[' | '{' | '#') => return None,
        _ => ("", 0),
    };
    let colon = line[key_end..]
        .char_indices()
        .find(|&(i, c)| {
            c == ':'
                && matches!(
                    line[key_end + i + 1..].chars().next(),
                    None | Some(' ' | '\t')
                )
        })
        .map(|(i, _)| key_end + i)?;
    if line[..colon].contains(" #") {
        return None;
    }
    let key = if key_end == 0 {
        line[..colon].trim_end()
    } else if line[key_end..colon].trim().is_empty() {
        key
    } else {
        return None;
    };
    let value = &line[colon + 1..];
    Some((
        key,
        line.len() - value.trim_start_matches([' ', '\t']).len(),
    ))
}

/// The offset in `value` of a `#` that starts it or follows a space or a tab,
/// with no space after it.
fn cutting_hash(value: &str) -> Option<usize> {
    let b = value.as_bytes();
    (0..b.len()).find(|&i| {
        b[i] == b'#'
            && (i == 0 || matches!(b[i - 1], b' ' | b'\t'))
            && b.get(i + 1).is_some_and(|c| !c.is_ascii_whitespace())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_with_text_after_it_cuts_the_value() {
        let text = "title: ОТМ бюллетені #1 сыни ойлау\ndate: 2025-10-14\n";
        let c = cuts(text);
        assert_eq!(c.len(), 1);
        assert_eq!(&text[c[0].at..c[0].at + 1], "#");
        assert_eq!(c[0].lost, "#1 сыни ойлау");
        assert_eq!(c[0].quoted, "title: \"ОТМ бюллетені #1 сыни ойлау\"");
        let items = "tags:\n  - сыни ойлау #тег\n";
        assert_eq!(cuts(items)[0].quoted, "  - \"сыни ойлау #тег\"");
        // A value that is all hashtags is no value at all.
        let tags = "tags: #сыни_ойлау #кейс\n";
        assert_eq!(cuts(tags)[0].lost, "#сыни_ойлау #кейс");
        assert_eq!(cuts(tags)[0].quoted, "tags: \"#сыни_ойлау #кейс\"");
        // Quoted keys and a tab after the colon.
        assert_eq!(cuts("\"title\": Бюллетень #1\n")[0].lost, "#1");
        assert_eq!(
            cuts("title:\tБюллетень #1\n")[0].quoted,
            "title:\t\"Бюллетень #1\""
        );
    }

    #[test]
    fn meant_comments_quotes_blocks_and_hashes_inside_words_are_left() {
        for text in [
            "title: Абай # a comment\n",
            "# title: Абай #1\n",
            "title: \"Бюллетень #1\"\n",
            "title: 'Бюллетень #1'\n",
            "tags: [a, b] #x\n",
            "summary: C# тілі және https://x.kz/#a\n",
            "summary: |\n  Бюллетень #1\n  #2 шығарылым\ndate: 2025-10-14\n",
            "title:\n",
            "  # a comment line\n",
            "summary: \"Оқушылар C# тілінде\n  жұмыс #1 тапсырманы орындады\"\ndate: 2025-10-14\n",
            "summary: 'It''s\n  #1 here'\n",
        ] {
            assert_eq!(cuts(text), Vec::new(), "{text}");
        }
        // A block ends where its indentation does.
        let after_block = "summary: |\n  #1\ntitle: Бюллетень #2\n";
        assert_eq!(cuts(after_block)[0].lost, "#2");
    }
}
