//! Loading the theme's Tera templates and turning Tera's errors into diagnostics.

use crate::t;
use std::collections::HashSet;
use std::path::PathBuf;
use tera::{ErrorKind, Tera};

use crate::diagnostics::{Diagnostic, Location};

use super::theme::Theme;

/// Where a template comes from, for messages: the file on disk or the built-in theme.
fn template_path(theme: &Theme, name: &str) -> PathBuf {
    let rel = format!("templates/{name}");
    match theme.file(&rel).and_then(|f| f.path.clone()) {
        Some(p) => p,
        None => PathBuf::from(format!("(built-in theme)/{rel}")),
    }
}

/// Line `line`, column `column` of template `name` as Tera counts them, at the
/// line of the file on disk (a copy's marker line is not part of the template).
fn template_at(theme: &Theme, name: &str, line: usize, column: usize) -> Location {
    let first = theme
        .file(&format!("templates/{name}"))
        .map_or(1, |f| f.first_line);
    Location::new(
        template_path(theme, name),
        line.max(1) + first - 1,
        column.max(1),
    )
}

/// What to do about an error in template `name`: mend the site's copy or remove
/// it, or mend the theme's own template (which the site has no copy of).
fn fix_hint(theme: &Theme, name: &str) -> crate::messages::Text {
    match theme.file(&format!("templates/{name}")) {
        Some(f) if !f.site => t!("render-templates-fix-theme-hint"),
        _ => t!("render-templates-fix-hint"),
    }
}

/// Where `needle` is first written in template `name`, else the template's start:
/// for errors Tera reports by template name only (a missing parent, a loop).
fn first_mention(theme: &Theme, name: &str, needle: &str) -> Location {
    let path = template_path(theme, name);
    let file = theme.file(&format!("templates/{name}"));
    let text = file
        .map(|f| String::from_utf8_lossy(&f.bytes).replace("\r\n", "\n"))
        .unwrap_or_default();
    match text.find(needle) {
        Some(i) => Location::at_offset(path, &text, i, file.map_or(1, |f| f.first_line)),
        None => Location::file(path),
    }
}

/// The reports Tera puts into the text of an error when it checks templates
/// together (unknown filters, functions, included templates, blocks):
/// `error: MESSAGE` then ` --> NAME:LINE:COL`, one after another.
fn text_reports(theme: &Theme, text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let Some(message) = line.strip_prefix("error: ") else {
            continue;
        };
        let Some(place) = lines
            .next()
            .and_then(|l| l.trim_start().strip_prefix("--> "))
        else {
            continue;
        };
        let mut parts = place.rsplitn(3, ':');
        let (Some(col), Some(line), Some(name)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let (Ok(line), Ok(col)) = (line.parse::<usize>(), col.parse::<usize>()) else {
            continue;
        };
        out.push(
            Diagnostic::error(
                template_at(theme, name, line, col),
                t!(
                    "render-templates-template-error",
                    message = message.to_string()
                ),
            )
            .with_hint(fix_hint(theme, name)),
        );
    }
    out
}

/// The first block tag of `text` (`{% if %}`, `{% for %}`, …) left open: at the
/// end of a block around it, or the innermost at the end of the text; its line
/// and column (from 1) and its name.
fn unclosed_block(text: &str) -> Option<(usize, usize, String)> {
    const BLOCKS: [&str; 5] = ["if", "for", "block", "macro", "filter"];
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut at = 0;
    while let Some(i) = text[at..].find('{') {
        let start = at + i;
        let rest = &text[start..];
        // A comment's tags are no tags.
        if rest.starts_with("{#") {
            at = rest.find("#}").map_or(text.len(), |j| start + j + 2);
            continue;
        }
        if !rest.starts_with("{%") {
            at = start + 1;
            continue;
        }
        let inner = rest[2..].trim_start_matches(['-', ' ', '\t', '\n', '\r']);
        let word: String = (inner.chars())
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        at = start + 2;
        if word == "raw" {
            // Nor are those between `{% raw %}` and `{% endraw %}`.
            at = rest.find("endraw").map_or(text.len(), |j| start + j);
        } else if BLOCKS.contains(&word.as_str()) {
            open.push((start, word));
        } else if let Some(tag) = word.strip_prefix("end") {
            match open.last() {
                Some((_, t)) if t == tag => {
                    open.pop();
                }
                // `{% endblock %}` with an `{% if %}` open inside it.
                Some(_) if open.iter().any(|(_, t)| t == tag) => break,
                _ => {}
            }
        }
    }
    let (offset, tag) = open.pop()?;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, column, tag))
}

/// Whether a template's `line` has a tag of Tera 1's macros, which Tera 2 (ozyq's)
/// replaced by components: Tera's own error is a bare «Unknown tag».
fn names_macros(line: &str) -> bool {
    line.split("{%").skip(1).any(|tag| {
        let word = tag.trim_start_matches(['-', '+']).split_whitespace().next();
        matches!(word, Some("macro" | "endmacro" | "import"))
    })
}

/// One level of Tera's error chain as diagnostics, when it says where it is.
fn located(theme: &Theme, fallback_template: &str, e: &tera::Error) -> Vec<Diagnostic> {
    let at = |loc: Location, msg: String, name: &str| {
        vec![
            Diagnostic::error(
                loc,
                t!("render-templates-template-error-2", msg = msg.to_string()),
            )
            .with_hint(fix_hint(theme, name)),
        ]
    };
    match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            // A template rendered by a function (`card()`) failed: its own report,
            // in the message, says where.
            let inner = text_reports(theme, r.message());
            if !inner.is_empty() {
                return inner;
            }
            let name = if r.filename().is_empty() {
                fallback_template
            } else {
                r.filename()
            };
            // Tera meets a block left open at the end of the file, or at the end
            // of a block around it: the place to mend is where it opens.
            let text = theme.file(&format!("templates/{name}")).map(|f| &f.bytes);
            let open = text.and_then(|t| unclosed_block(&String::from_utf8_lossy(t)));
            // (Tera's error is then further on: one in the tag itself is its own.)
            if let (Some((line, col, tag)), ErrorKind::SyntaxError(_)) = (open, e.kind())
                && r.span().start_line > line
            {
                let loc = template_at(theme, name, line, col);
                let end = format!("end{tag}");
                let hint = t!("render-templates-never-closed-hint", end = end.as_str());
                let text = t!("render-templates-never-closed", tag = tag, end = end);
                return vec![Diagnostic::error(loc, text).with_hint(hint)];
            }
            let span = r.span();
            let loc = template_at(theme, name, span.start_line, span.start_col + 1);
            let line = text.and_then(|t| {
                let t = String::from_utf8_lossy(t);
                t.lines()
                    .nth(span.start_line.saturating_sub(1))
                    .map(str::to_string)
            });
            if r.message().contains("Unknown tag") && line.as_deref().is_some_and(names_macros) {
                let msg = t!(
                    "render-templates-template-error-2",
                    msg = r.message().to_string()
                );
                let hint = t!("render-templates-no-macros-hint");
                return vec![Diagnostic::error(loc, msg).with_hint(hint)];
            }
            at(loc, r.message().to_string(), name)
        }
        ErrorKind::MissingParent { current, parent } => at(
            first_mention(theme, current, parent),
            format!("`{current}` extends `{parent}`, which does not exist"),
            current,
        ),
        ErrorKind::CircularExtend { tpl, .. } => at(
            first_mention(theme, tpl, "extends"),
            e.kind().to_string(),
            tpl,
        ),
        ErrorKind::CircularInclude { tpl, .. } => at(
            first_mention(theme, tpl, "include"),
            e.kind().to_string(),
            tpl,
        ),
        ErrorKind::Msg(text) => text_reports(theme, text),
        _ => Vec::new(),
    }
}

/// A Tera error as diagnostics at the templates, lines and columns it names (one
/// per report, when Tera found several); `fallback_template` is blamed when Tera
/// does not say which template failed.
pub fn tera_errors(theme: &Theme, fallback_template: &str, e: &tera::Error) -> Vec<Diagnostic> {
    // The innermost level that names a place is the one that says what is wrong.
    let mut levels: Vec<&(dyn std::error::Error + 'static)> = vec![e];
    while let Some(s) = levels.last().and_then(|l| l.source()) {
        levels.push(s);
    }
    for level in levels.iter().rev() {
        if let Some(t) = level.downcast_ref::<tera::Error>() {
            let found = located(theme, fallback_template, t);
            if !found.is_empty() {
                return found;
            }
        }
    }
    let msg = levels
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join(": ");
    vec![Diagnostic::error(
        Location::file(template_path(theme, fallback_template)),
        t!("render-templates-template-error-3", msg = msg.to_string()),
    )]
}

/// The first of [`tera_errors`], for a render that stops at its first problem.
pub fn tera_error(theme: &Theme, fallback_template: &str, e: &tera::Error) -> Diagnostic {
    tera_errors(theme, fallback_template, e)
        .into_iter()
        .next()
        .expect("tera_errors gives at least one diagnostic")
}

/// A Tera that knows ozyq's own functions and filters, so that templates calling
/// them compile.
fn new_tera() -> Tera {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    // `{{ level | hyphenate }}`: soft hyphens between syllables, for the narrow
    // headings of count tables on a phone.
    tera.register_filter(
        "hyphenate",
        |text: tera::StringInput, _: tera::Kwargs, _: &tera::State| {
            text.inherit_safety(crate::lang::hyphen::soft_hyphens(text.as_str()))
        },
    );
    super::cards::register_placeholder(&mut tera);
    super::plural::register_placeholder(&mut tera);
    tera
}

/// Every problem of templates that do not compile together. Tera stops at the
/// first template that does not parse, and at the first missing parent, so each
/// template is first parsed alone, then those that fail (and the templates built on
/// them, which would only repeat the problem) are left out until the rest compile.
fn all_problems(theme: &Theme, templates: &[(String, String)]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut left_out: HashSet<&str> = HashSet::new();
    for (name, text) in templates {
        if let Err(e) = new_tera().add_raw_template(name, text)
            && matches!(e.kind(), ErrorKind::SyntaxError(_))
        {
            out.extend(tera_errors(theme, name, &e));
            left_out.insert(name);
        }
    }
    // Each round leaves out one more template, so this ends.
    for _ in 0..=templates.len() {
        let rest = templates
            .iter()
            .filter(|(n, _)| !left_out.contains(n.as_str()))
            .map(|(n, s)| (n.as_str(), s.as_str()));
        let Err(e) = new_tera().add_raw_templates(rest) else {
            break;
        };
        let (culprit, repeats) = match e.kind() {
            ErrorKind::MissingParent { current, parent } => {
                (current.as_str(), left_out.contains(parent.as_str()))
            }
            ErrorKind::CircularExtend { tpl, .. } => (tpl.as_str(), false),
            _ => ("", false),
        };
        if !repeats {
            out.extend(tera_errors(theme, "base.html", &e));
        }
        match templates.iter().find(|(n, _)| n == culprit) {
            Some((n, _)) if left_out.insert(n) => {}
            _ => break,
        }
    }
    out
}

/// Compiles the theme's templates; `None` when they do not compile. Each missing
/// required template is reported to `diags`.
pub fn load(theme: &Theme, diags: &mut Vec<Diagnostic>) -> Option<Tera> {
    let mut tera = new_tera();
    let mut templates = Vec::new();
    for (name, file) in theme.templates() {
        match std::str::from_utf8(&file.bytes) {
            Ok(s) => templates.push((name.to_string(), s.replace("\r\n", "\n"))),
            Err(_) => diags.push(Diagnostic::error(
                Location::file(template_path(theme, name)),
                t!("render-templates-template-not-utf-text"),
            )),
        }
    }
    if let Err(e) = tera.add_raw_templates(templates.iter().map(|(n, s)| (n.as_str(), s.as_str())))
    {
        let found = all_problems(theme, &templates);
        if found.is_empty() {
            diags.extend(tera_errors(theme, "base.html", &e));
        }
        diags.extend(found);
        return None;
    }
    for required in [
        "base.html",
        "index.html",
        "entry.html",
        "list.html",
        "page.html",
        "authors.html",
        "author.html",
        "terms.html",
        "404.html",
        "atom.xml",
        "sitemap.xml",
        "search.html",
    ] {
        if !tera.contains_template(required) {
            diags.push(
                Diagnostic::error(
                    Location::file(template_path(theme, required)),
                    t!(
                        "render-templates-theme-has-no-template",
                        required = required.to_string()
                    ),
                )
                .with_hint(t!("render-templates-copy-from-default-theme-hint")),
            );
        }
    }
    Some(tera)
}

#[cfg(test)]
mod tests {
    use super::unclosed_block;

    #[test]
    fn a_block_left_open_is_found_where_it_opens() {
        let open = unclosed_block;
        assert_eq!(open("a\n  {% if x %}\nb\n"), Some((2, 3, "if".into())));
        assert_eq!(
            open("{% block c %}\n{% for a in b %}\n{% endblock %}"),
            Some((2, 1, "for".into()))
        );
        assert_eq!(
            open("{% if a %}{% endif %}{% for x in y %}{% endfor %}"),
            None
        );
        // Tags in a comment or a raw block are text.
        assert_eq!(open("{# {% if a %} #}{% raw %}{% for %}{% endraw %}"), None);
    }
}
