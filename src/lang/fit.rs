//! How much of a text the printed catalogue takes: a limit per field, cut at a word
//! with an ellipsis, and no run of more than [`LONGEST_RUN`] characters without a
//! space.
//!
//! Without a bound, one pasted text could stop the build: a run of over 64 KiB of
//! letters without a space made Typst's PDF writer panic, an 80,000-character summary
//! took many seconds to lay out and a 10 MB title never finished. The limits are far
//! above what a catalogue prints, so only such texts are cut; the entry's web page
//! keeps the whole text. They live here, below both the site model (which warns at
//! the field when it loads an entry) and the catalogue (which cuts), so that the two
//! always agree.

use std::borrow::Cow;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A text the printed catalogue takes, and the most characters it prints of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// The most characters printed, the ellipsis included.
    pub chars: usize,
}

/// An exhibit's title: the longest real ones are about 100 characters.
pub const TITLE: Limit = Limit { chars: 300 };

/// An exhibit's summary: about three quarters of an A5 page (30 lines of 50).
pub const SUMMARY: Limit = Limit { chars: 1_500 };

/// A kind-specific detail such as `event:` or `journal:`.
pub const DETAIL: Limit = Limit { chars: 300 };

/// An author's or a department's name.
pub const NAME: Limit = Limit { chars: 150 };

/// A year's foreword (`content/catalogue/YEAR.md`), as Markdown: about five A5 pages.
pub const FOREWORD: Limit = Limit { chars: 10_000 };

/// The longest run of characters without a space that is printed whole: no word,
/// however long, has more; a longer run gets a space after every this many.
pub const LONGEST_RUN: usize = 200;

/// A text as the catalogue prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fitted<'a> {
    /// The text, borrowed when nothing was changed.
    pub text: Cow<'a, str>,
    /// Whether the end was cut off (an ellipsis stands for it).
    pub cut: bool,
    /// Whether a run without a space was broken.
    pub broken: bool,
}

impl Fitted<'_> {
    /// Whether the text printed differs from the text written.
    pub fn changed(&self) -> bool {
        self.cut || self.broken
    }

    /// What was done to the text, for a warning: "cut to 300 characters", …
    pub fn what_was_done(&self, limit: Limit) -> crate::messages::Text {
        let (chars, run) = (limit.chars, LONGEST_RUN);
        match (self.cut, self.broken) {
            (true, true) => crate::t!("fit-cut-and-broken", chars = chars, run = run),
            (true, false) => crate::t!("fit-cut", chars = chars),
            _ => crate::t!("fit-broken", run = run),
        }
    }
}

/// `text` within `limit`: cut after the last whole word that fits (or, when a
/// single word takes more than half the room, inside it) with `…`, and with every
/// run over [`LONGEST_RUN`] characters broken by a space. Looks at no more than
/// `limit.chars` characters, however long the text.
pub fn fit(text: &str, limit: Limit) -> Fitted<'_> {
    let max = limit.chars.max(2);
    let cut = text.char_indices().nth(max).is_some();
    let head = if cut {
        // Room for the ellipsis.
        let end = text
            .char_indices()
            .nth(max - 1)
            .map_or(text.len(), |(i, _)| i);
        let head = &text[..end];
        let at_word = head
            .rfind(char::is_whitespace)
            .filter(|&i| head[..i].chars().count() >= max / 2)
            .map_or(head, |i| &head[..i]);
        at_word.trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—".contains(c))
    } else {
        text
    };
    let mut runs = RunBreaker::default();
    let printed = runs.break_runs(head);
    Fitted {
        text: if cut {
            Cow::Owned(format!("{printed}…"))
        } else {
            printed
        },
        cut,
        broken: runs.broke,
    }
}

/// A Markdown text within `limit`: cut at the last paragraph (or else word) that
/// fits, followed by a paragraph `…`. Long runs are left to the reader of the
/// Markdown ([`RunBreaker`], [`markdown_long_run`]): a link's address may be long.
pub fn fit_markdown(md: &str, limit: Limit) -> Fitted<'_> {
    let Some((end, _)) = md.char_indices().nth(limit.chars) else {
        return Fitted {
            text: Cow::Borrowed(md),
            cut: false,
            broken: false,
        };
    };
    let head = &md[..end];
    let half = |i: usize| head[..i].chars().count() >= limit.chars / 2;
    let at = head
        .rfind("\n\n")
        .filter(|&i| half(i))
        .or_else(|| head.rfind(char::is_whitespace).filter(|&i| half(i)))
        .unwrap_or(end);
    Fitted {
        text: Cow::Owned(format!("{}\n\n…\n", head[..at].trim_end())),
        cut: true,
        broken: false,
    }
}

/// Breaks runs of characters without a space that are longer than
/// [`LONGEST_RUN`], carrying the run from one piece of text to the next: Markdown
/// gives a word split by emphasis or an entity as several pieces, which are still
/// one unbreakable line when printed.
#[derive(Debug, Default)]
pub struct RunBreaker {
    run: usize,
    /// Whether a run was broken since the breaker was made.
    pub broke: bool,
}

impl RunBreaker {
    /// Starts a new run: at a line or paragraph break.
    pub fn reset(&mut self) {
        self.run = 0;
    }

    /// `text` with a space inserted wherever the run would pass [`LONGEST_RUN`].
    pub fn break_runs<'t>(&mut self, text: &'t str) -> Cow<'t, str> {
        let mut out: Option<String> = None;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                self.run = 0;
            } else if self.run == LONGEST_RUN {
                self.broke = true;
                self.run = 0;
                out.get_or_insert_with(|| text[..i].to_string()).push(' ');
            }
            if !c.is_whitespace() {
                self.run += 1;
            }
            if let Some(o) = &mut out {
                o.push(c);
            }
        }
        out.map_or(Cow::Borrowed(text), Cow::Owned)
    }

    /// Whether the run goes on past `ev` in Markdown: only inline text and the
    /// marks around it continue a run; breaks and blocks end it.
    pub fn continues_after(ev: &Event) -> bool {
        match ev {
            Event::Text(_) | Event::Code(_) => true,
            Event::Start(t) => matches!(
                t,
                Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. }
            ),
            Event::End(t) => matches!(
                t,
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link
            ),
            _ => false,
        }
    }
}

/// The Markdown options the catalogue reads a foreword with.
pub fn markdown_options() -> Options {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_TABLES);
    opts
}

/// The byte offset in `md` of the first piece of text whose run the catalogue
/// breaks, as the catalogue reads the Markdown (text only, not link addresses).
pub fn markdown_long_run(md: &str) -> Option<usize> {
    let mut runs = RunBreaker::default();
    for (ev, range) in Parser::new_ext(md, markdown_options()).into_offset_iter() {
        if let Event::Text(t) | Event::Code(t) = &ev {
            runs.break_runs(t);
            if runs.broke {
                return Some(range.start);
            }
        }
        if !RunBreaker::continues_after(&ev) {
            runs.reset();
        }
    }
    None
}

/// How deep lists and quotes may nest in a printed foreword; deeper ones are
/// printed at this depth. Typst stops at a few hundred levels of markup, and no
/// foreword needs more than a few.
pub const NESTING: usize = 8;

/// Whether `ev` opens (`Some(true)`) or closes (`Some(false)`) a nesting level
/// of lists and quotes.
pub fn nesting_step(ev: &Event) -> Option<bool> {
    match ev {
        Event::Start(Tag::List(_) | Tag::BlockQuote(_)) => Some(true),
        Event::End(TagEnd::List(_) | TagEnd::BlockQuote(_)) => Some(false),
        _ => None,
    }
}

/// The byte offset in `md` of the first list or quote nested deeper than
/// [`NESTING`], as the catalogue reads the Markdown.
pub fn markdown_too_deep(md: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (ev, range) in Parser::new_ext(md, markdown_options()).into_offset_iter() {
        match nesting_step(&ev) {
            Some(true) => {
                depth += 1;
                if depth > NESTING {
                    return Some(range.start);
                }
            }
            Some(false) => depth = depth.saturating_sub(1),
            None => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEN: Limit = Limit { chars: 10 };

    #[test]
    fn short_text_is_borrowed_unchanged() {
        let f = fit("Қысқа сөз", TEN);
        assert!(matches!(f.text, Cow::Borrowed("Қысқа сөз")));
        assert!(!f.changed());
        assert!(!fit("", TEN).changed());
        // Exactly the limit is not cut.
        assert!(!fit("әәәәә әәәә", TEN).changed());
    }

    #[test]
    fn long_text_is_cut_at_a_word_with_an_ellipsis() {
        let f = fit("Бір екі үш төрт бес", TEN);
        assert_eq!(f.text, "Бір екі…");
        assert!(f.cut && !f.broken);
        assert!(f.text.chars().count() <= 10);
        // Punctuation before the cut goes with it.
        assert_eq!(fit("Бір екі, үш төрт", TEN).text, "Бір екі…");
    }

    #[test]
    fn a_word_longer_than_half_the_room_is_cut_inside() {
        let f = fit("а ұзынсөзөтеұзынсөз", TEN);
        assert_eq!(f.text, "а ұзынсөз…");
        assert_eq!(f.text.chars().count(), 10);
    }

    #[test]
    fn every_cut_falls_between_characters() {
        // Letters of one, two, three and four bytes: no cut may split one.
        for s in ["a", "ә", "€", "𝔸", "ә€𝔸a"] {
            for n in 2..40 {
                let text = s.repeat(n);
                for chars in 2..12 {
                    let limit = Limit { chars };
                    let f = fit(&text, limit);
                    assert!(f.text.chars().count() <= chars, "{text} {chars}");
                    assert_eq!(f.cut, text.chars().count() > chars);
                }
            }
        }
    }

    #[test]
    fn long_runs_get_a_space() {
        let run = "ж".repeat(LONGEST_RUN * 2 + 5);
        let f = fit(&run, Limit { chars: 1_000 });
        assert!(f.broken && !f.cut);
        let words: Vec<&str> = f.text.split(' ').collect();
        assert_eq!(
            words.iter().map(|w| w.chars().count()).collect::<Vec<_>>(),
            [LONGEST_RUN, LONGEST_RUN, 5]
        );
        // A run of exactly the longest is kept whole.
        assert!(!fit(&"ж".repeat(LONGEST_RUN), SUMMARY).changed());
    }

    #[test]
    fn a_huge_text_is_cut_without_reading_it_all() {
        let huge = "Қ".repeat(5_000_000);
        let start = std::time::Instant::now();
        let f = fit(&huge, TITLE);
        assert!(f.cut && f.broken);
        assert!(f.text.chars().count() <= TITLE.chars + 1);
        assert!(f.text.split(' ').all(|w| w.chars().count() <= LONGEST_RUN));
        assert!(start.elapsed().as_secs() < 5);
    }

    #[test]
    fn runs_carry_over_pieces_of_markdown() {
        let half = "ә".repeat(LONGEST_RUN / 2 + 1);
        assert!(markdown_long_run(&format!("{half}*{half}*")).is_some());
        assert!(markdown_long_run(&format!("{half}\n\n{half}")).is_none());
        // A long address is not printed, so it is not broken.
        let url = format!("https://a.kz/{}", "x".repeat(LONGEST_RUN * 2));
        assert!(markdown_long_run(&format!("[сілтеме]({url})")).is_none());
        assert_eq!(
            markdown_long_run(&format!("Алғы сөз.\n\n{}", "ж".repeat(300))),
            Some("Алғы сөз.\n\n".len())
        );
    }

    #[test]
    fn a_long_foreword_is_cut_at_a_paragraph() {
        let para = "Сөз сөз сөз сөз.\n\n";
        let md = para.repeat(1_000);
        let limit = Limit { chars: 100 };
        let f = fit_markdown(&md, limit);
        assert!(f.cut);
        assert!(f.text.ends_with("сөз.\n\n…\n"), "{:?}", f.text);
        assert!(!fit_markdown(para, limit).changed());
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_found_where_it_starts() {
        assert_eq!(markdown_too_deep("- a\n  - b\n\n> q\n"), None);
        let deep = format!("intro\n\n{}x\n", "- ".repeat(NESTING + 1));
        assert_eq!(markdown_too_deep(&deep), Some(7 + 2 * NESTING));
        assert!(markdown_too_deep(&">".repeat(2000)).is_some());
    }
}
