//! The slips of typing that make YAML fail where the parser's own words do not
//! say what to fix: a quote closed too early or never, a tab, a line indented
//! under a value, and what Word and WhatsApp paste (non-breaking spaces,
//! typographic quotes).

use super::cut;

/// Whether the line of byte `at` holds a value that is quoted and then goes on
/// (`title: "Абай" жолы`): the parser stops after the quote, asking for a key
/// or a line end, where the fix is to quote the whole value.
pub(super) fn quoted_then_more(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = text[start..end].trim_start();
    let item = line.strip_prefix("- ").unwrap_or(line);
    let value = cut::key_value(item).map_or(item, |(_, v)| &item[v..]);
    let Some(q) = value.chars().next().filter(|c| *c == '"' || *c == '\'') else {
        return false;
    };
    cut::closing(&value[1..], q).is_some_and(|i| {
        let rest = value[1 + i + 1..].trim();
        !rest.is_empty() && !rest.starts_with('#')
    })
}

/// Whether the line of byte `at` is indented with a tab, which the parser
/// reports as a character that cannot start anything.
pub(super) fn indented_with_tab(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .any(|c| c == '\t')
}

/// How many spaces the line at `at` is indented past the `key: value` line above
/// it, when it is: `  tags: [x]` under `subject: Математика` reads to YAML as the
/// subject's value going on, and its «: » is the error, not a missing quote.
pub(super) fn indented_past_key(text: &str, at: usize) -> Option<usize> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[start..];
    let indent = line.len() - line.trim_start_matches(' ').len();
    let above = text[..start.saturating_sub(1)]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    let above_body = above.trim_start_matches(' ');
    let above_indent = above.len() - above_body.len();
    let item = above_body.strip_prefix("- ").unwrap_or(above_body);
    let item_indent = above_indent + (above_body.len() - item.len());
    let (_, value) = item.split_once(": ")?;
    (indent > item_indent && !value.trim().is_empty()).then(|| indent - item_indent)
}

/// The offset of the first value in `text` that opens a quote and does not close it
/// on its line (front matter values are one line long). Comments and the lines of
/// block scalars (`key: |`) are not values.
pub(super) fn unclosed_quote(text: &str) -> Option<usize> {
    let mut line_start = 0;
    // The indentation of a `key: |` line while its block lasts.
    let mut block: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start();
        let indent = body.len() - trimmed.len();
        let offset = line_start;
        line_start += line.len();
        if let Some(b) = block {
            if trimmed.is_empty() || indent > b {
                continue;
            }
            block = None;
        }
        if trimmed.starts_with('#') {
            continue;
        }
        let item = trimmed.strip_prefix("- ").map_or(trimmed, str::trim_start);
        let value = match item.split_once(": ") {
            Some((_, v)) => v.trim_start(),
            None if item.len() < trimmed.len() => item,
            None => continue,
        };
        if value.starts_with(['|', '>']) {
            block = Some(indent);
            continue;
        }
        let Some(q) = value.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        if cut::closing(&value[1..], q).is_none() {
            return Some(offset + (body.len() - value.len()));
        }
    }
    None
}

/// The offset of the first non-breaking space (U+00A0, or the narrow and
/// figure ones) that stands where YAML needs a plain space, on the lines up to
/// the one of byte `at`: in a line's indentation, after a key's «:» or after a
/// list item's «-». YAML reads it as a letter, and fails lines later.
pub(super) fn odd_space(text: &str, at: usize) -> Option<usize> {
    let at = char_start(text, at);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let mut line_start = 0;
    // The indentation of a `key: |` line while its block lasts: its lines are text.
    let mut block: Option<usize> = None;
    for line in text[..end].split_inclusive('\n') {
        let offset = line_start;
        line_start += line.len();
        let body = line.trim_start_matches([' ', '\t']);
        let indent = line.len() - body.len();
        if let Some(b) = block {
            if body.trim().is_empty() || indent > b {
                continue;
            }
            block = None;
        }
        if body.starts_with(ODD) {
            return Some(offset + indent);
        }
        if body.starts_with('#') {
            continue;
        }
        if let Some(rest) = body.strip_prefix('-').filter(|r| r.starts_with(ODD)) {
            return Some(offset + line.len() - rest.len());
        }
        // The key's colon: after its closing quote when it is quoted.
        let colon = match body.chars().next() {
            Some(q @ ('"' | '\'')) => cut::closing(&body[1..], q).map(|end| end + 2),
            _ => body.find(':'),
        };
        let after = colon
            .and_then(|c| body.get(c..))
            .and_then(|r| r.strip_prefix(':'));
        if after.is_some_and(|r| r.starts_with(ODD)) {
            return Some(offset + line.len() - after.map_or(0, str::len));
        }
        if after.is_some_and(|r| r.trim_start().starts_with(['|', '>'])) {
            block = Some(indent);
        }
    }
    None
}

/// Whether the space at byte `offset` of `text` is the error YAML stopped at
/// byte `error_at` for: with a plain space there, the text reads, or reads
/// further. (A non-breaking space in a value is text; only one that broke the
/// YAML is told.)
pub(super) fn space_was_it(text: &str, offset: usize, error_at: usize) -> bool {
    let Some(c) = text[offset..].chars().next() else {
        return false;
    };
    let mended = format!("{} {}", &text[..offset], &text[offset + c.len_utf8()..]);
    let line_of = |t: &str, at: usize| t[..at.min(t.len())].matches('\n').count();
    match serde_yaml::from_str::<serde_yaml::Value>(&mended) {
        Ok(_) => true,
        Err(e) => e
            .location()
            .is_some_and(|l| line_of(&mended, l.index()) > line_of(text, error_at)),
    }
}

/// The spaces Word and messengers paste that YAML takes for letters:
/// no-break, figure and narrow no-break.
const ODD: [char; 3] = ['\u{a0}', '\u{2007}', '\u{202f}'];

/// Whether the value on the line of byte `at` starts with typographic quotes
/// (“ ” „ «, as Word writes them), which YAML does not read as quotes: a hint
/// to quote a value with a «: » in it would not help there.
pub(super) fn curly_quotes(text: &str, at: usize) -> bool {
    let at = char_start(text, at);
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[start..end];
    let value = cut::key_value(line.trim_start()).map_or(line, |(_, v)| &line.trim_start()[v..]);
    value.trim_start().starts_with(['“', '”', '„', '«'])
}

/// The start of the character at byte `at` of `text` (or its end).
fn char_start(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_non_breaking_space_where_yaml_needs_a_space_is_found() {
        let nb = '\u{a0}';
        let after_key = format!("title: T\ndate:{nb}05.03.2025\nauthors: [a]\n");
        assert_eq!(odd_space(&after_key, after_key.len() - 1), Some(14));
        let indented = format!("tags:\n{nb} - a\n");
        assert_eq!(odd_space(&indented, indented.len() - 1), Some(6));
        let item = format!("tags:\n  -{nb}a\n");
        assert_eq!(odd_space(&item, item.len() - 1), Some(9));
        // Inside a value it is the value's own, as are spaces after the error.
        let inside = format!("title: 5{nb}наурыз\nevent: \"a:{nb}b\"\n");
        assert_eq!(odd_space(&inside, inside.len() - 1), None);
        assert_eq!(odd_space(&after_key, 2), None);
    }

    #[test]
    fn quoted_keys_and_block_text_are_not_taken_for_slips() {
        let nb = '\u{a0}';
        // A quoted key ending in a Kazakh letter (the colon after its quote).
        let quoted = format!("\"тақырып\": a\n'Күні':{nb}b\ntags: [x\n");
        let at = odd_space(&quoted, quoted.len() - 1).unwrap();
        assert!(quoted[at..].starts_with(nb) && quoted[..at].ends_with("'Күні':"));
        let fine = "\"тақырып\": a\ntags: [x\n";
        assert_eq!(odd_space(fine, fine.len() - 1), None);
        // A block's text may hold one; a later error is not about it.
        let block = format!("summary: |\n  Мақсаты:{nb}білу\n  {nb}мәтін\ntags: [x\n");
        assert_eq!(odd_space(&block, block.len() - 1), None);
        // Found (inside a quoted value's second line), but the YAML fails
        // elsewhere: not told as the error.
        let error_at = |t: &str| {
            let e = serde_yaml::from_str::<serde_yaml::Value>(t).unwrap_err();
            e.location().unwrap().index()
        };
        let elsewhere = format!("title: \"a\n{nb}b\"\ntags: [x\n");
        let at = odd_space(&elsewhere, elsewhere.len() - 1).unwrap();
        assert!(!space_was_it(&elsewhere, at, error_at(&elsewhere)));
        let it = format!("title: T\ndate:{nb}05.03.2025\nauthors: [a]\n");
        assert!(space_was_it(&it, 14, error_at(&it)));
    }

    #[test]
    fn typographic_quotes_around_a_value_are_found() {
        let text = "date: 2025-03-05\ntitle: “Ашық сабақ: Абай”\n";
        assert!(curly_quotes(text, 30));
        assert!(!curly_quotes(text, 3));
        assert!(!curly_quotes("title: Абай “жолы”: x\n", 10));
    }
}
