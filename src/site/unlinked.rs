//! Files in a kind's folder that no document names: a teacher's Word file copied
//! into `content/seminars/` is published at an address no page shows, and the
//! methodist, who expected a work, hears nothing. Such a file is warned of.

use crate::config::Config;
use crate::content::walk::{SourceFile, SourceKind};
use crate::diagnostics::{Diagnostic, Location};
use crate::paths::escape_path;
use crate::t;

use super::load::Parsed;

/// Warns of each file copied from a kind's folder whose name no Markdown file of
/// `docs` (drafts too: a work being written may link it) has in its text, as
/// written or percent-encoded. A photo too: a folder's photos are shown only
/// where a page names them.
pub(super) fn warn(
    config: &Config,
    files: &[SourceFile],
    docs: &[&Parsed],
    diags: &mut Vec<Diagnostic>,
) {
    for f in files {
        let SourceKind::Asset { .. } = f.kind else {
            continue;
        };
        let top = f.rel.split('/').next().unwrap_or("");
        let Some(name) = f.path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(kind) = config.kind_by_folder(top) else {
            continue;
        };
        // `lesson.md.txt` has a warning of its own, which says what to do.
        if crate::content::walk::markdown_saved_as_txt(&f.path).is_some() {
            continue;
        }
        let spellings = spellings(name);
        let names_it = |p: &&Parsed| {
            let text = p.body.file_text();
            spellings.iter().any(|s| text.contains(s.as_str()))
        };
        // The file's own folder first: that is where its links usually are.
        let folder = f.path.parent();
        let (near, far): (Vec<&Parsed>, Vec<&Parsed>) =
            (docs.iter()).partition(|p| p.file.path.parent() == folder);
        if near.iter().any(names_it) || far.iter().any(names_it) {
            continue;
        }
        diags.push(
            Diagnostic::warning(
                Location::file(&f.path),
                t!("site-unlinked-file-no-page-links", name = name.to_string()),
            )
            .with_hint(t!(
                "site-unlinked-file-attach-hint",
                name = name.to_string(),
                kind = config.kinds[kind].id.clone()
            )),
        );
    }
}

/// How a link may write a file's name: as it is, percent-encoded in either case
/// of hex digits, or with only its spaces encoded.
fn spellings(name: &str) -> Vec<String> {
    let encoded = escape_path(name).into_owned();
    let mut out = vec![name.to_string()];
    for s in [
        lower_escapes(&encoded),
        encoded.clone(),
        name.replace(' ', "%20"),
    ] {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// `encoded` with the hex digits of its escapes in lower case (`%d0%9c`).
fn lower_escapes(encoded: &str) -> String {
    let mut out = String::with_capacity(encoded.len());
    let mut hex = 0;
    for c in encoded.chars() {
        if c == '%' {
            hex = 2;
            out.push(c);
        } else if hex > 0 {
            hex -= 1;
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_looked_for_as_links_write_it() {
        let s = spellings("Менің баяндамам.docx");
        assert!(s.contains(&"Менің баяндамам.docx".to_string()));
        assert!(s.contains(&"Менің%20баяндамам.docx".to_string()));
        assert!(s.iter().any(|x| x.starts_with("%D0%9C")));
        assert!(s.iter().any(|x| x.starts_with("%d0%9c")));
        assert_eq!(spellings("Plan.pdf"), vec!["Plan.pdf".to_string()]);
        assert!(spellings("Plan A.pdf").contains(&"Plan%20A.pdf".to_string()));
    }
}
