//! Loading the theme's Tera templates and turning Tera's errors into diagnostics.

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

/// A Tera error as a diagnostic at the template and line it names; `fallback_template`
/// is blamed when Tera does not say which template failed.
pub fn tera_error(theme: &Theme, fallback_template: &str, e: &tera::Error) -> Diagnostic {
    match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            let name = if r.filename().is_empty() {
                fallback_template
            } else {
                r.filename()
            };
            let span = r.span();
            Diagnostic::error(
                Location::new(
                    template_path(theme, name),
                    span.start_line.max(1),
                    span.start_col + 1,
                ),
                format!("template error: {}", r.message()),
            )
            .with_hint("fix the template, or remove the site's override to use the theme's own")
        }
        _ => {
            let mut msg = e.to_string();
            let mut src = std::error::Error::source(e);
            while let Some(s) = src {
                msg.push_str(": ");
                msg.push_str(&s.to_string());
                src = s.source();
            }
            Diagnostic::error(
                Location::file(template_path(theme, fallback_template)),
                format!("template error: {msg}"),
            )
        }
    }
}

/// Compiles the theme's templates; `None` when they do not compile. Each missing
/// required template is reported to `diags`.
pub fn load(theme: &Theme, diags: &mut Vec<Diagnostic>) -> Option<Tera> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    let mut templates = Vec::new();
    for (name, file) in theme.templates() {
        match std::str::from_utf8(&file.bytes) {
            Ok(s) => templates.push((name.to_string(), s.replace("\r\n", "\n"))),
            Err(_) => diags.push(Diagnostic::error(
                Location::file(template_path(theme, name)),
                "the template is not UTF-8 text",
            )),
        }
    }
    if let Err(e) = tera.add_raw_templates(templates.iter().map(|(n, s)| (n.as_str(), s.as_str())))
    {
        diags.push(tera_error(theme, "base.html", &e));
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
                    format!("the theme has no template `{required}`"),
                )
                .with_hint(
                    "copy it from the default theme (ozyq init makes a site with all of them)",
                ),
            );
        }
    }
    Some(tera)
}
