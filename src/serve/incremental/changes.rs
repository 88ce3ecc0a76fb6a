//! What a rebuild is told (the changed paths, sorted by what they affect) and what
//! it reports.

use std::path::{Path, PathBuf};

use crate::config::CONFIG_FILE;
use crate::content::walk::is_hidden;
use crate::diagnostics::Diagnostic;

/// The result of a rebuild.
#[derive(Debug, Default, Clone)]
pub struct Round {
    /// Site-relative files written or deleted.
    pub changed: Vec<String>,
    /// Problems that keep the site from being updated (relative to the site's folder).
    pub errors: Vec<Diagnostic>,
    /// How many warnings the site has after this round.
    pub warnings: usize,
    /// The warnings this round found that the last one did not have (relative
    /// to the site's folder), to tell.
    pub new_warnings: Vec<Diagnostic>,
    /// Pages rendered (whether or not they changed).
    pub rendered: usize,
    /// Pages taken from the built site instead, linked or copied (see
    /// `Engine::seed_from`).
    pub kept: usize,
    /// Everything was rebuilt.
    pub full: bool,
    /// Only entries edited in place changed: the model was patched, not rebuilt.
    pub patched: bool,
    /// The published addresses the site now moves or withdraws (relative to
    /// the site's folder), as `ozyq build` would say them.
    pub address_changes: Vec<crate::site::addresses::Change>,
}

/// What changed since the last round.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    /// Anything may have changed, as for a full rebuild: every file is checked.
    pub all: bool,
    /// `config.yaml` changed.
    pub config: bool,
    /// A file of `templates/`, `themes/` or `static/` changed.
    pub theme: bool,
    /// A file of `data/` changed, or the record of published addresses.
    pub data: bool,
    /// Files of content/ that changed (as the watcher reports them); only these, new
    /// files and, with `all`, files whose size or time changed are read again.
    pub content: Vec<PathBuf>,
}

impl Changes {
    /// Sorts changed paths of the site in `root` into what they affect.
    pub fn from_paths(root: &Path, paths: impl IntoIterator<Item = PathBuf>) -> Changes {
        let mut c = Changes::default();
        for p in paths {
            let Ok(rel) = p.strip_prefix(root) else {
                continue;
            };
            // Editors' swap, backup and lock files are no part of the site.
            if rel
                .components()
                .any(|c| is_hidden(&c.as_os_str().to_string_lossy()))
            {
                continue;
            }
            let top = rel
                .components()
                .next()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .unwrap_or_default();
            match top.as_str() {
                CONFIG_FILE => c.config = true,
                "content" => c.content.push(p),
                // The record of published addresses is read with the data.
                "data" | crate::site::published::FILE => c.data = true,
                "templates" | "themes" | "static" | "print" => c.theme = true,
                _ => {}
            }
        }
        c
    }

    /// Whether there is nothing to rebuild.
    pub fn is_empty(&self) -> bool {
        !(self.all || self.config || self.theme || self.data || !self.content.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editors_temporary_files_are_no_change() {
        let root = Path::new("/site");
        let c = Changes::from_paths(
            root,
            [
                "/site/content/articles/.x.md.swp",
                "/site/content/articles/x.md~",
                "/site/content/.git/index",
                "/site/.ozyq-cache/catalogue/a.pdf",
                "/elsewhere/content/x.md",
            ]
            .map(PathBuf::from),
        );
        assert!(c.is_empty(), "{c:?}");
        let c = Changes::from_paths(root, [PathBuf::from("/site/content/articles/x.md")]);
        assert_eq!(c.content, [PathBuf::from("/site/content/articles/x.md")]);
    }
}
