//! Problems found while reading or rendering a site.
//!
//! Every stage collects diagnostics instead of stopping at the first one, so a build
//! reports all of its problems together. The library only records them; the binary
//! decides how to show them to a person.

pub mod guard;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::Lang;
use crate::messages::Text;

/// How serious a problem is; warnings sort before errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Reported, but the site is still built.
    Warning,
    /// The site cannot be built until it is fixed.
    Error,
}

/// The file name of [`Location::command_line`], as English output shows it.
const COMMAND_LINE: &str = "(command line)";

/// A place in a source file; line and column are 1-based, column counts characters.
/// Line 0 means no place in a file (see [`Location::command_line`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file; made relative to the site's folder before it is reported.
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// A value as written in a source file, with where it is written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it is written.
    pub location: Location,
}

impl<T> Located<T> {
    /// `value`, written at `location`.
    pub fn new(value: T, location: Location) -> Self {
        Located { value, location }
    }
}

impl Location {
    /// A place at `line` and `column` of `file`, both 1-based.
    pub fn new(file: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location {
            file: file.into(),
            line,
            column,
        }
    }

    /// The start of a file, for problems that concern it as a whole.
    pub fn file(file: impl Into<PathBuf>) -> Self {
        Location::new(file, 1, 1)
    }

    /// A folder, which has no lines: shown as its path alone.
    pub fn folder(folder: impl Into<PathBuf>) -> Self {
        Location::new(folder, 0, 0)
    }

    /// The start of this place's line: where a front matter key is written, for
    /// a problem with the key rather than its value.
    pub fn line_start(&self) -> Self {
        Location::new(self.file.clone(), self.line, 1)
    }

    /// Not in a file: a problem with what was typed on the command line.
    pub fn command_line() -> Self {
        Location::new(COMMAND_LINE, 0, 0)
    }

    /// The place as [`Display`](fmt::Display) writes it, but the command line
    /// named in `lang`.
    pub fn text_in(&self, lang: Lang) -> String {
        if self.line == 0 && self.file == Path::new(COMMAND_LINE) {
            crate::t!("location-command-line").render(lang)
        } else {
            shown(self.to_string())
        }
    }

    /// Where byte `offset` of `text` lies, `first_line` being the line `text` starts on.
    pub fn at_offset(
        file: impl Into<PathBuf>,
        text: &str,
        offset: usize,
        first_line: usize,
    ) -> Self {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Location::new(file, first_line + line, column)
    }
}

/// `file:line:column`, or just the file's name for a place that has no lines.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        Ok(())
    }
}

/// `text` with its control characters and the characters that turn the
/// direction of text written out as escapes (`\n`, `\u{202e}`): a file name or
/// an address with a line break or an escape sequence in it would otherwise
/// break the message's line or rewrite the terminal.
fn shown(text: String) -> String {
    let odd =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.contains(odd) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if odd(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem: where it is, what it is, and how to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Whether the problem stops the build.
    pub severity: Severity,
    /// Where the problem is.
    pub location: Location,
    /// What is wrong, in one sentence without a final full stop, in English.
    pub message: String,
    /// What to do about it, when ozyq can tell, in English.
    pub hint: Option<String>,
    /// The message as a message id with its values, to say in another language;
    /// `None` for the few texts that come from elsewhere as they are.
    pub text: Option<Box<Text>>,
    /// The hint likewise.
    pub hint_text: Option<Box<Text>>,
}

/// What a diagnostic says: a message of the message files, or a text as it is
/// (an error another library wrote).
pub enum Said {
    /// A message by id, rendered in each language.
    Text(Text),
    /// Text as it is, in every language.
    Plain(String),
}

impl From<Text> for Said {
    fn from(t: Text) -> Said {
        Said::Text(t)
    }
}

impl From<String> for Said {
    fn from(s: String) -> Said {
        Said::Plain(s)
    }
}

impl From<&str> for Said {
    fn from(s: &str) -> Said {
        Said::Plain(s.to_string())
    }
}

impl Said {
    /// The English text, and the message when there is one.
    fn split(self) -> (String, Option<Box<Text>>) {
        match self {
            Said::Text(t) => (t.render(Lang::En), Some(Box::new(t))),
            Said::Plain(s) => (s, None),
        }
    }
}

impl Diagnostic {
    fn new(severity: Severity, location: Location, message: Said) -> Self {
        let (message, text) = message.split();
        Diagnostic {
            severity,
            location,
            message,
            hint: None,
            text,
            hint_text: None,
        }
    }

    /// An error at `location`, without a hint.
    pub fn error(location: Location, message: impl Into<Said>) -> Self {
        Diagnostic::new(Severity::Error, location, message.into())
    }

    /// A warning at `location`, without a hint.
    pub fn warning(location: Location, message: impl Into<Said>) -> Self {
        Diagnostic::new(Severity::Warning, location, message.into())
    }

    /// The same diagnostic with `hint` telling how to fix it.
    pub fn with_hint(mut self, hint: impl Into<Said>) -> Self {
        let (hint, text) = hint.into().split();
        self.hint = Some(hint);
        self.hint_text = text;
        self
    }

    /// The same diagnostic saying `message` instead; its place, severity and
    /// hint are kept.
    pub fn with_message(mut self, message: impl Into<Said>) -> Self {
        let (message, text) = message.into().split();
        self.message = message;
        self.text = text;
        self
    }

    /// What the message says, to put inside another message: its message, or
    /// its words as they are.
    pub fn message_arg(&self) -> crate::messages::Arg {
        match &self.text {
            Some(t) => crate::messages::Arg::Text(t.clone()),
            None => crate::messages::Arg::Str(self.message.clone()),
        }
    }

    /// The message in `lang` (in English when it has no message id).
    pub fn message_in(&self, lang: Lang) -> String {
        shown(match &self.text {
            Some(t) if lang != Lang::En => t.render(lang),
            _ => self.message.clone(),
        })
    }

    /// `error` or `warning`, in `lang`.
    pub fn label_in(&self, lang: Lang) -> String {
        match self.severity {
            Severity::Error => crate::t!("label-error").render(lang),
            Severity::Warning => crate::t!("label-warning").render(lang),
        }
    }

    /// The diagnostic as the terminal shows it, in `lang`: `error: file:line:col:
    /// message`, then the hint on a line of its own.
    pub fn text_in(&self, lang: Lang) -> String {
        let mut out = format!(
            "{}: {}: {}",
            self.label_in(lang),
            self.location.text_in(lang),
            self.message_in(lang)
        );
        if let Some(h) = self.hint_in(lang) {
            out.push_str(&format!(
                "\n  {}: {h}",
                crate::t!("label-hint").render(lang)
            ));
        }
        out
    }

    /// The hint in `lang`, when there is one.
    pub fn hint_in(&self, lang: Lang) -> Option<String> {
        match &self.hint_text {
            Some(t) if lang != Lang::En => Some(t.render(lang)),
            _ => self.hint.clone(),
        }
        .map(shown)
    }

    /// Whether this is an error rather than a warning.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{label}: {}: {}", self.location, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// The diagnostics of one run, in the order found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one diagnostic at the end.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Adds diagnostics at the end, in their order.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    /// Whether any diagnostic is an error, which makes the run fail.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// How many of them are errors.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// How many of them are warnings.
    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Keeps only the diagnostics `keep` says yes to.
    pub fn retain(&mut self, keep: impl FnMut(&Diagnostic) -> bool) {
        self.items.retain(keep);
    }

    /// The diagnostics in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// How many diagnostics there are, errors and warnings.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Sorted by file and position, so that output is stable whatever the thread
    /// order; the site's own settings (config.yaml, data/) before the content,
    /// since a mistake there is often the cause of errors in the files that name
    /// what it defines, and is the one to mend first.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (rank(&a.location), &a.location, b.severity, &a.message).cmp(&(
                rank(&b.location),
                &b.location,
                a.severity,
                &b.message,
            ))
        });
        self.items.dedup();
        self.items
    }

    /// Makes paths relative to `root`, which is how a user names files.
    pub fn relative_to(&mut self, root: &Path) {
        for d in &mut self.items {
            if let Ok(rel) = d.location.file.strip_prefix(root) {
                // The site's folder itself is `.`, not nothing.
                d.location.file = match rel.as_os_str().is_empty() {
                    true => PathBuf::from("."),
                    false => rel.to_path_buf(),
                };
            }
        }
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// Where a problem's file comes in a report: the command line and config.yaml,
/// then the other settings (data/, the theme), then the content.
fn rank(at: &Location) -> u8 {
    if at.file.as_os_str() == COMMAND_LINE {
        0
    } else if at.file.ends_with("config.yaml") {
        1
    } else if at.file.components().any(|c| c.as_os_str() == "content") {
        3
    } else {
        2
    }
}

/// The known name nearest to `name`, if it is close enough to be a likely typo.
pub fn nearest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(name, k), k))
        .filter(|(d, k)| *d <= 2.max(k.chars().count() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_direction_marks_are_shown_as_escapes() {
        let d = Diagnostic::error(
            Location::new("content/a\u{202e}dm.txt", 2, 1),
            "the address `a\nb/` is bad",
        )
        .with_hint("x\u{1b}[2Jy");
        assert_eq!(
            d.text_in(Lang::En),
            "error: content/a\\u{202e}dm.txt:2:1: the address `a\\nb/` is bad\n  hint: x\\u{1b}[2Jy"
        );
    }

    #[test]
    fn the_settings_problems_come_before_the_contents() {
        let mut d = Diagnostics::new();
        let error = |file: &str, line| Diagnostic::error(Location::new(file, line, 1), "x");
        d.push(error("/site/content/a.md", 1));
        d.push(error("/site/data/authors.yaml", 12));
        d.push(error("/site/config.yaml", 3));
        d.push(error("/site/content/b.md", 1));
        d.push(Diagnostic::error(Location::command_line(), "y"));
        let files: Vec<String> = (d.sorted().into_iter())
            .map(|d| d.location.file.display().to_string())
            .collect();
        assert_eq!(
            files,
            [
                "(command line)",
                "/site/config.yaml",
                "/site/data/authors.yaml",
                "/site/content/a.md",
                "/site/content/b.md"
            ]
        );
    }
}
