//! The words of what will be printed, each with its place in its file: the title
//! and summary in the front matter, and the text of the Markdown body (not its code,
//! addresses or HTML).

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// A word and where it is: its line and column (from 1, in characters) in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word as written.
    pub text: String,
    /// Its line in the file.
    pub line: usize,
    /// Its column, in characters.
    pub column: usize,
}

/// The words of `text` with their byte offsets: runs of letters, with a hyphen or
/// apostrophe inside a word kept (`бір-бірімен`, `д'Артаньян`).
pub fn split(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        loop {
            let (start, c) = chars.next()?;
            if !c.is_alphabetic() {
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                if c.is_alphabetic() || c == '\u{301}' {
                    end = i + c.len_utf8();
                    chars.next();
                } else if matches!(c, '-' | '\'' | '’' | '\u{2011}') {
                    // Inside a word only when a letter follows.
                    let after = text[i + c.len_utf8()..].chars().next();
                    if after.is_some_and(char::is_alphabetic) {
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            return Some((start, &text[start..end]));
        }
    })
}

/// Line and column (from 1; the column in characters) of byte `at` of `text`,
/// whose first line is line `first_line` of its file.
fn place(text: &str, at: usize, first_line: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = first_line + before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Byte spans of web addresses and e-mail addresses in `text`, whose words are no
/// words of the language.
fn address_spans(text: &str) -> Vec<(usize, usize)> {
    let mut finder = linkify::LinkFinder::new();
    finder.url_must_have_scheme(false);
    finder.links(text).map(|l| (l.start(), l.end())).collect()
}

/// The words of a run of text found at byte `base` of `source`.
fn push_words(source: &str, base: usize, text: &str, first_line: usize, out: &mut Vec<Word>) {
    let skip = address_spans(text);
    let same = source.get(base..base + text.len()) == Some(text);
    let mut cursor = base;
    for (off, w) in split(text) {
        if skip.iter().any(|&(s, e)| off >= s && off < e) {
            continue;
        }
        // A text the parser changed (an escape, an entity) is searched for the word.
        let at = if same {
            base + off
        } else {
            match source[cursor..].find(w) {
                Some(i) => cursor + i,
                None => cursor,
            }
        };
        cursor = (at + w.len()).min(source.len());
        let (line, column) = place(source, at, first_line);
        out.push(Word {
            text: w.to_string(),
            line,
            column,
        });
    }
}

/// The words of a Markdown body that starts on line `first_line` of its file.
pub fn of_markdown(body: &str, first_line: usize) -> Vec<Word> {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut out = Vec::new();
    // Inside code, an image (its address is no text; its alt is not printed) or an
    // autolink, text is not checked.
    let mut hidden = 0usize;
    for (event, range) in Parser::new_ext(body, opts).into_offset_iter() {
        match event {
            Event::Start(
                Tag::CodeBlock(_) | Tag::Image { .. } | Tag::HtmlBlock | Tag::MetadataBlock(_),
            ) => hidden += 1,
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => hidden += 1,
            Event::End(
                TagEnd::CodeBlock | TagEnd::Image | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_),
            ) => hidden = hidden.saturating_sub(1),
            Event::End(TagEnd::Link) if is_autolink(body, &range) => {
                hidden = hidden.saturating_sub(1)
            }
            Event::Text(t) if hidden == 0 => {
                push_words(body, range.start, &t, first_line, &mut out)
            }
            _ => {}
        }
    }
    out
}

/// Whether the link ending at `range` was written `<https://…>`.
fn is_autolink(body: &str, range: &std::ops::Range<usize>) -> bool {
    body[range.clone()].starts_with('<') && body[range.clone()].ends_with('>')
}

/// The words of the front matter's `title:` and `summary:` in `file_text` (the whole
/// file), with a value written over several lines followed to its end.
pub fn of_front_matter(file_text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut lines = file_text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return out;
    };
    if first.trim_start_matches('\u{feff}').trim_end() != "---" {
        return out;
    }
    let mut offset = first.len();
    let mut in_value = false;
    for line in lines {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            break;
        }
        let top = !line.starts_with([' ', '\t']);
        if top {
            in_value = false;
            if let Some((key, _)) = trimmed.split_once(':')
                && matches!(key, "title" | "summary")
            {
                in_value = true;
                let value_at = key.len() + 1;
                push_words(file_text, start + value_at, &line[value_at..], 1, &mut out);
            }
        } else if in_value {
            push_words(file_text, start, line, 1, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(words: &[Word]) -> Vec<(&str, usize, usize)> {
        words
            .iter()
            .map(|w| (w.text.as_str(), w.line, w.column))
            .collect()
    }

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let w: Vec<&str> = split("Бір-бірімен, «сөз» — д’Артаньян- 2025ж.")
            .map(|(_, w)| w)
            .collect();
        assert_eq!(w, ["Бір-бірімен", "сөз", "д’Артаньян", "ж"]);
    }

    #[test]
    fn body_words_are_located_and_code_and_addresses_left_out() {
        let body = "Сабақ `код` барысы\n\n```\nкодтағы сөз\n```\n\n[Сілтеме](https://a.kz/жол) және <https://b.kz> www.c.kz\n\n![сурет](x.png) соңы\n";
        let w = of_markdown(body, 5);
        assert_eq!(
            texts(&w),
            [
                ("Сабақ", 5, 1),
                ("барысы", 5, 13),
                ("Сілтеме", 11, 2),
                ("және", 11, 29),
                ("соңы", 13, 17),
            ]
        );
    }

    #[test]
    fn title_and_summary_are_read_over_their_lines() {
        let file = "---\ntitle: \"Ашық сабақ\"\ndate: 2025-10-14\nsummary: >\n  Қысқа\n  мазмұны\ntags: [сөз]\n---\nМәтін\n";
        assert_eq!(
            texts(&of_front_matter(file)),
            [
                ("Ашық", 2, 9),
                ("сабақ", 2, 14),
                ("Қысқа", 5, 3),
                ("мазмұны", 6, 3)
            ]
        );
    }
}
