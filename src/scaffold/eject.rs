//! `ozyq theme list | show | eject`: the site's theme files, and copies of them
//! the site keeps in its own `templates/`, `static/` and `print/` to change on purpose.

use std::path::{Path, PathBuf};

use super::ScaffoldError;
use crate::config::Config;
use crate::render::ejected;
use crate::render::theme::Theme;
use crate::t;

/// The folders of a theme a site may put its own copies in.
const OVERRIDABLE: [&str; 3] = crate::render::theme::SITE_FOLDERS;

/// The theme the site's config.yaml names, without the site's own files.
fn own_theme(root: &Path) -> Result<(Config, Theme), ScaffoldError> {
    let config = Config::load(root).map_err(ScaffoldError::Config)?;
    let mut diags = Vec::new();
    match Theme::own(&config, &mut diags) {
        Some(theme) if diags.iter().all(|d| !d.is_error()) => Ok((config, theme)),
        _ => Err(ScaffoldError::Config(diags)),
    }
}

/// The theme's files a site can have its own copy of, like `templates/base.html`.
pub fn list(root: &Path) -> Result<Vec<String>, ScaffoldError> {
    let (_, theme) = own_theme(root)?;
    Ok(theme
        .files
        .iter()
        .map(|f| f.rel.clone())
        .filter(|rel| OVERRIDABLE.iter().any(|o| rel.starts_with(o)))
        .collect())
}

/// The theme file `name` means: its full path (`templates/partials/card.html`),
/// the path without its folder (`partials/card.html`), or a file name that only one
/// theme file has (`base.html`, `style.css`).
fn find<'a>(names: &'a [String], name: &str) -> Result<&'a str, ScaffoldError> {
    let name = name.trim().trim_start_matches("./").replace('\\', "/");
    if let Some(n) = names.iter().find(|n| **n == name) {
        return Ok(n);
    }
    let by_path: Vec<&String> = names
        .iter()
        .filter(|n| OVERRIDABLE.iter().any(|o| n.strip_prefix(o) == Some(&name)))
        .collect();
    let by_file: Vec<&String> = names
        .iter()
        .filter(|n| n.rsplit('/').next() == Some(&name))
        .collect();
    match (by_path.as_slice(), by_file.as_slice()) {
        ([one], _) | ([], [one]) => Ok(one),
        _ => {
            let many: Vec<&str> = by_path.iter().chain(&by_file).map(|n| n.as_str()).collect();
            Err(ScaffoldError::UnknownThemeFile {
                given: name.clone(),
                hint: if many.len() > 1 {
                    t!("theme-file-ambiguous-hint", files = many.join(", "))
                } else {
                    let short = names.iter().map(|n| {
                        OVERRIDABLE
                            .iter()
                            .find_map(|o| n.strip_prefix(o))
                            .unwrap_or(n)
                    });
                    match crate::diagnostics::nearest(&name, short) {
                        Some(n) => t!("theme-file-did-you-mean-hint", name = n),
                        None => t!("theme-file-list-hint"),
                    }
                },
            })
        }
    }
}

/// The theme's file `name`, as it is in the theme: its path and bytes.
pub fn show(root: &Path, name: &str) -> Result<(String, Vec<u8>), ScaffoldError> {
    let (_, theme) = own_theme(root)?;
    let names: Vec<String> = theme.files.iter().map(|f| f.rel.clone()).collect();
    let rel = find(&names, name)?;
    let file = theme.file(rel).expect("found among the theme's files");
    Ok((rel.to_string(), file.bytes.clone()))
}

/// What [`eject`] did.
pub struct Ejected {
    /// The copies written.
    pub made: Vec<PathBuf>,
    /// The site's own copies, which were left as they are.
    pub kept: Vec<PathBuf>,
}

/// Copies the theme's files `names` into the site, each at the same path under the
/// site's folder (`templates/base.html`), with a first line naming the file and its
/// hash so that builds can warn when the theme's file changes later. A file the site
/// already has is never written over: it is kept, and the others are copied;
/// when every one is the site's already, that is the error.
pub fn eject(root: &Path, names: &[String]) -> Result<Ejected, ScaffoldError> {
    let (config, theme) = own_theme(root)?;
    let known: Vec<String> = theme
        .files
        .iter()
        .map(|f| f.rel.clone())
        .filter(|rel| OVERRIDABLE.iter().any(|o| rel.starts_with(o)))
        .collect();
    // Every name is checked before anything is written: a typo among several names
    // leaves the site as it was.
    let (mut plan, mut kept) = (Vec::new(), Vec::new());
    for name in names {
        let rel = find(&known, name)?;
        let to = config.root.join(rel);
        if to.exists() {
            if !kept.contains(&to) {
                kept.push(to);
            }
        } else if !plan.iter().any(|(r, _)| r == &rel) {
            plan.push((rel, to));
        }
    }
    if plan.is_empty()
        && let Some(first) = kept.first().cloned()
    {
        return Err(ScaffoldError::OwnCopy(first));
    }
    let mut made = Vec::new();
    for (rel, to) in plan {
        let file = theme.file(rel).expect("found among the theme's files");
        super::write(&to, &ejected::mark(rel, &file.bytes))?;
        made.push(to);
    }
    Ok(Ejected { made, kept })
}
