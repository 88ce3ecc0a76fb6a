//! Files in a kind's folder that no document names: a teacher's Word file copied
//! into `content/seminars/` is published at an address no page shows, and the
//! methodist, who expected a work, hears nothing. Such a file is warned of.

use aho_corasick::AhoCorasick;
use rayon::prelude::*;

use crate::config::Config;
use crate::config::kinds::KindId;
use crate::content::walk::{SourceFile, SourceKind};
use crate::diagnostics::{Diagnostic, Location};
use crate::paths::escape_path;
use crate::t;

use super::body::Body;

/// Warns of each file copied from a kind's folder whose name no Markdown file of
/// `docs` has in its text (front matter included), as written or percent-encoded:
/// drafts and files whose front matter has errors are among `docs`, as a work
/// being written may link it. A photo too: a folder's photos are shown only
/// where a page names them. Every name is looked for in one pass over each
/// document (Aho-Corasick), so that an archive of thousands of works with a
/// file each is read once, not once per file.
pub(super) fn warn<'d>(
    config: &Config,
    files: &[SourceFile],
    docs: impl Iterator<Item = &'d Body>,
    diags: &mut Vec<Diagnostic>,
) {
    let asked: Vec<(&SourceFile, &str, KindId)> = (files.iter())
        .filter(|f| matches!(f.kind, SourceKind::Asset { .. }))
        // `lesson.md.txt` has a warning of its own, which says what to do.
        .filter(|f| crate::content::walk::markdown_saved_as_txt(&f.path).is_none())
        .filter_map(|f| {
            let name = f.path.file_name()?.to_str()?;
            let top = f.rel.split('/').next().unwrap_or("");
            Some((f, name, config.kind_by_folder(top)?))
        })
        .collect();
    if asked.is_empty() {
        return;
    }
    let mut patterns = Vec::new();
    let mut owner = Vec::new();
    for (n, (_, name, _)) in asked.iter().enumerate() {
        for s in spellings(name) {
            patterns.push(s);
            owner.push(n);
        }
    }
    // In any case of Latin letters: a page that names `Lesson-Plan.pdf` for
    // `lesson-plan.pdf` has its broken link told already (with the file's
    // right name), so the file is not also said to be named by no page.
    let Ok(names) = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&patterns)
    else {
        return;
    };
    let docs: Vec<&Body> = docs.collect();
    let named = (docs.par_iter())
        .fold(
            || vec![false; asked.len()],
            |mut named, p| {
                for m in names.find_overlapping_iter(p.file_text()) {
                    named[owner[m.pattern().as_usize()]] = true;
                }
                named
            },
        )
        .reduce(
            || vec![false; asked.len()],
            |a, b| a.iter().zip(b).map(|(x, y)| *x || y).collect(),
        );
    for ((f, name, kind), _) in asked.iter().zip(named).filter(|(_, named)| !named) {
        let hint = match bundle_of(f) {
            // In a work's own folder: that work is the one to attach it.
            Some((folder, below)) => t!(
                "site-unlinked-bundle-file-attach-hint",
                name = yaml_item(&below),
                folder = folder
            ),
            None => t!(
                "site-unlinked-file-attach-hint",
                name = attachment(&f.rel),
                // As the guide and `ozyq new --help` write it: `open-lesson`.
                kind = config.kinds[*kind].id.replace('_', "-")
            ),
        };
        diags.push(
            Diagnostic::warning(
                Location::file(&f.path),
                t!("site-unlinked-file-no-page-links", name = name.to_string()),
            )
            .with_hint(hint),
        );
    }
}

/// For a file in a work's folder (beside its `index.md`): that folder, as
/// `content/…/`, and the file's path below it, with `/` separators.
fn bundle_of(f: &SourceFile) -> Option<(String, String)> {
    let SourceKind::Asset { bundle: Some(b) } = &f.kind else {
        return None;
    };
    let below = f.path.strip_prefix(b).ok()?;
    let below: Vec<_> = below.iter().map(|p| p.to_string_lossy()).collect();
    let below = below.join("/");
    let folder = f.rel.strip_suffix(below.as_str())?;
    Some((format!("content/{folder}"), below))
}

/// Whether editing a document from `old` to `new` (its whole file's text) may
/// change which files of the kinds' folders a page names, and so the warnings
/// of [`warn`]: whether a spelling of such a file's name is in the changed part
/// of one text and not of the other. `ozyq serve` makes the site again when it
/// may, instead of patching the entry. Only the changed part is searched (with
/// a name's length around it): a keystroke reads a few hundred bytes of each
/// text, once for each spelling of each such file's name.
pub fn may_change_links<'t>(site: &super::Site, old: &'t str, new: &'t str) -> bool {
    let prefix = (old.bytes().zip(new.bytes()))
        .take_while(|(a, b)| a == b)
        .count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = (old.bytes().rev().zip(new.bytes().rev()))
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    if prefix == old.len() && prefix == new.len() {
        return false;
    }
    // The sources are kept normalized (`--root ../site` has no `..` in them).
    let content = crate::paths::normalize(&site.config.content_dir());
    let in_kind_folder = |p: &&std::path::PathBuf| {
        let top = p.strip_prefix(&content).ok().and_then(|r| r.iter().next());
        top.and_then(|t| t.to_str())
            .is_some_and(|t| site.config.kind_by_folder(t).is_some())
    };
    let sources = (site.asset_dest.keys()).chain(site.photos.by_source.keys());
    let names = sources
        .filter(in_kind_folder)
        .filter_map(|p| p.file_name()?.to_str());
    let around = |text: &'t str, len: usize| -> &'t [u8] {
        let start = prefix.saturating_sub(len);
        let end = (text.len() - suffix + len).min(text.len());
        &text.as_bytes()[start..end]
    };
    for name in names {
        for spelling in spellings(name) {
            let s = spelling.as_bytes();
            let has = |w: &[u8]| w.windows(s.len()).any(|x| x.eq_ignore_ascii_case(s));
            if has(around(old, s.len())) != has(around(new, s.len())) {
                return true;
            }
        }
    }
    false
}

/// How `attachments:` names the file at `rel` (content-relative, in a kind's
/// folder) from a work's file that `ozyq new` makes in that folder: its path
/// below the folder, as [`yaml_item`] writes it.
fn attachment(rel: &str) -> String {
    yaml_item(rel.split_once('/').map_or(rel, |(_, below)| below))
}

/// `name` as an item of a YAML `[…]` list: in quotes when YAML would read it
/// otherwise (a comma ends an item, `#` after a space starts a comment, and so
/// on).
fn yaml_item(name: &str) -> String {
    let plain = !name.contains([',', '[', ']', '{', '}', '#', ':', '"', '\'', '\\'])
        && !name.starts_with(['&', '*', '!', '|', '>', '%', '@', '`', '-', '?', ' '])
        && !name.ends_with(' ');
    if plain {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""))
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

    #[test]
    fn the_hint_names_a_file_as_attachments_would() {
        assert_eq!(attachment("seminars/Баяндама.docx"), "Баяндама.docx");
        assert_eq!(attachment("seminars/2024/x y.pdf"), "2024/x y.pdf");
        assert_eq!(attachment("seminars/Есеп, 1.pdf"), "\"Есеп, 1.pdf\"");
        assert_eq!(attachment("seminars/№ 1 #2.pdf"), "\"№ 1 #2.pdf\"");
        assert_eq!(attachment("seminars/-1.pdf"), "\"-1.pdf\"");
        assert_eq!(attachment("seminars/«a\"b».pdf"), "\"«a\\\"b».pdf\"");
        // What the hint writes is read back by YAML as the name.
        for rel in [
            "seminars/Есеп, 1.pdf",
            "seminars/a: b [c].pdf",
            "seminars/x\"y.pdf",
        ] {
            let yaml = format!("attachments: [{}]", attachment(rel));
            let v: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
            assert_eq!(
                v["attachments"][0].as_str(),
                rel.split_once('/').map(|x| x.1)
            );
        }
    }

    #[test]
    fn only_the_changed_part_of_a_text_is_searched_for_names() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/seminars")).unwrap();
        std::fs::write(root.join("config.yaml"), "title: T\n").unwrap();
        std::fs::write(
            root.join("content/seminars/a.md"),
            "---\ntitle: A\ndate: 2025-01-01\n---\n",
        )
        .unwrap();
        std::fs::write(root.join("content/seminars/slides.pptx"), "PK").unwrap();
        let config = crate::config::Config::load(root).unwrap();
        let (site, _) = crate::site::load::load(config, Default::default());
        let old = "Мәтін [слайдтар](slides.pptx) және тағы.";
        let changed = |new: &str| may_change_links(&site, old, new);
        assert!(!changed(old));
        assert!(!changed("Мәтін [слайдтар](slides.pptx) және тағы бір."));
        assert!(!changed("Мәтін [Слайдтар](slides.pptx) және тағы."));
        assert!(changed("Мәтін [слайдтар](slide.pptx) және тағы."));
        assert!(changed("Мәтін және тағы."));
        // At either end, from nothing, or to nothing.
        assert!(changed(
            "slides.pptx Мәтін [слайдтар](slides.pptx) және тағы."
        ));
        assert!(!changed("Ә Мәтін [слайдтар](slides.pptx) және тағы."));
        assert!(!changed("Мәтін [слайдтар](slides.pptx) және тағы.!"));
        assert!(may_change_links(&site, "", "slides.pptx"));
        assert!(may_change_links(&site, "slides.pptx", ""));
        assert!(!may_change_links(&site, "", "Мәтін"));
    }
}
