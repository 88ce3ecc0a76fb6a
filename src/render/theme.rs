//! Finding a theme's files: the site's own `themes/<name>/`, or the default theme
//! built into the binary, with the site's `templates/`, `static/` and `print/`
//! (the Typst layouts of the PDFs) on top.

use crate::t;
use include_dir::{Dir, include_dir};
use std::path::{Component, Path, PathBuf};

use super::ejected;
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Location};

/// The default theme, so that a site works without a copy of it.
pub static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// The folders of a site whose files are used in place of the theme's of the same
/// path (what `ozyq theme eject` copies into).
pub const SITE_FOLDERS: [&str; 3] = ["templates/", "static/", "print/"];

/// A file of the theme: where it comes from, and its content.
pub struct ThemeFile {
    /// Path inside the theme, like `templates/base.html`.
    pub rel: String,
    /// The file on disk, when it is not the built-in theme's.
    pub path: Option<PathBuf>,
    /// The file's content.
    pub bytes: Vec<u8>,
    /// The line of the file on disk that `bytes` start at: 2 in a copy made by
    /// `ozyq theme eject`, whose marker line is taken off, so that messages
    /// name the lines the methodist sees.
    pub first_line: usize,
    /// Whether it is the site's own (in its `templates/`, `static/` or `print/`),
    /// not the theme's.
    pub site: bool,
}

/// The files of a site's theme, with the site's own templates and static files
/// in place of the theme's.
pub struct Theme {
    /// Every file, sorted by `rel`, each path once.
    pub files: Vec<ThemeFile>,
}

/// Where the files [`read_dir_files`] reads stand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layer {
    /// The theme's own folder.
    Theme,
    /// The site's `templates/`, `static/` or `print/`, over the theme: a copy
    /// made by `ozyq theme eject` is checked against the theme's file it replaces.
    Site,
}

/// Reads the files under `dir` (a folder of the site in `root`) into `out`;
/// `false` when there is none, or it is a link out of the site (said to `diags`).
fn read_dir_files(
    (dir, root): (&Path, &Path),
    prefix: &str,
    layer: Layer,
    out: &mut Vec<ThemeFile>,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    if !dir.is_dir() {
        return false;
    }
    // `static/` linked to a folder elsewhere would publish that folder (`/etc`).
    if !crate::paths::is_inside(dir, root) {
        diags.push(
            Diagnostic::error(
                Location::folder(dir),
                t!("render-theme-folder-link-leads-outside"),
            )
            .with_hint(t!("content-walk-put-folder-itself-here-hint")),
        );
        return false;
    }
    // Left out as in content/: hidden files and folders, editors' lock files and
    // what Windows leaves (Thumbs.db, desktop.ini) would be published.
    let shown = |e: &walkdir::DirEntry| {
        e.depth() == 0 || !crate::content::walk::is_hidden(&e.file_name().to_string_lossy())
    };
    for item in walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(shown)
    {
        let Ok(item) = item else { continue };
        if item.file_type().is_dir() {
            continue;
        }
        // Links as in content/: to a file of the site, read; else said.
        if let Some(d) = crate::content::walk::not_a_plain_file(&item, root) {
            diags.push(d);
            continue;
        }
        let rel = item.path().strip_prefix(dir).unwrap_or(item.path());
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        match std::fs::read(item.path()) {
            Ok(mut bytes) => {
                let rel = format!("{prefix}{rel}");
                let mut first_line = 1;
                if layer == Layer::Site
                    && let Some(marker) = ejected::read(&bytes)
                {
                    let theirs = out.iter().find(|f| f.rel == marker.rel);
                    diags.extend(ejected::stale(
                        item.path(),
                        &marker,
                        theirs.map(|f| f.bytes.as_slice()),
                    ));
                    bytes.drain(..marker.len);
                    first_line = 2;
                }
                out.retain(|f| f.rel != rel);
                out.push(ThemeFile {
                    rel,
                    path: Some(item.path().to_path_buf()),
                    bytes,
                    first_line,
                    site: layer == Layer::Site,
                });
            }
            Err(e) => diags.push(Diagnostic::error(
                Location::file(item.path()),
                t!("render-theme-cannot-read", e = &e),
            )),
        }
    }
    true
}

/// The error for a `theme:` that names no folder of `themes/`, with the themes there are.
fn unknown_theme(config: &Config, themes: &Path) -> Diagnostic {
    let mut known: Vec<String> = std::fs::read_dir(themes)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    if !known.iter().any(|n| n == "default") {
        known.push("default".into());
    }
    known.sort();
    let listed = known.join(", ");
    let hint = match crate::diagnostics::nearest(&config.theme, known.iter().map(String::as_str)) {
        Some(n) => t!("render-theme-did-you-mean-hint", name = n, themes = listed),
        None => t!("render-theme-themes-are-hint", themes = listed),
    };
    Diagnostic::error(
        crate::yaml::key_location(&config.text, "theme", &config.file, 1),
        t!(
            "render-theme-theme-does-not-exist",
            theme = (config.theme).to_string()
        ),
    )
    .with_hint(hint)
}

/// Warns when the site's `themes/default/` lacks files of the built-in theme it
/// replaces whole: one who put a changed `base.html` there, meaning to change
/// only that, would otherwise meet a dozen errors about the files it lacks.
fn warn_partial_default(dir: &Path, files: &[ThemeFile], diags: &mut Vec<Diagnostic>) {
    let mut builtin = Vec::new();
    embedded_names(&DEFAULT_THEME, &mut builtin);
    let missing: Vec<&str> = (builtin.iter())
        .map(String::as_str)
        .filter(|rel| !files.iter().any(|f| f.rel == *rel))
        .collect();
    if let Some(first) = missing.first() {
        diags.push(
            Diagnostic::warning(
                Location::folder(dir),
                t!(
                    "render-theme-default-folder-lacks",
                    count = missing.len(),
                    first = *first
                ),
            )
            .with_hint(t!("render-theme-default-folder-lacks-hint")),
        );
    }
}

/// The theme-relative names of the files of `dir`, an embedded theme's folder,
/// without copying their bytes as [`embedded_files`] does.
fn embedded_names(dir: &Dir<'static>, out: &mut Vec<String>) {
    out.extend(dir.files().map(|f| embedded_name(f.path())));
    for d in dir.dirs() {
        embedded_names(d, out);
    }
}

/// An embedded file's path as a theme-relative name (`/` between parts).
fn embedded_name(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn embedded_files(dir: &Dir<'static>, out: &mut Vec<ThemeFile>) {
    for f in dir.files() {
        out.push(ThemeFile {
            rel: embedded_name(f.path()),
            path: None,
            bytes: f.contents().to_vec(),
            first_line: 1,
            site: false,
        });
    }
    for d in dir.dirs() {
        embedded_files(d, out);
    }
}

impl Theme {
    /// Reads the theme `config.yaml` names, then the site's `templates/` and `static/`
    /// over it. An unknown theme is one error at config.yaml's `theme:` and no theme
    /// (its missing templates and strings would only repeat it).
    pub fn load(config: &Config, diags: &mut Vec<Diagnostic>) -> Option<Theme> {
        let mut files = Theme::own(config, diags)?.files;
        for prefix in SITE_FOLDERS {
            let dir = config.root.join(prefix.trim_end_matches('/'));
            read_dir_files((&dir, &config.root), prefix, Layer::Site, &mut files, diags);
        }
        files.sort_by(|a, b| a.rel.cmp(&b.rel));
        Some(Theme { files })
    }

    /// The theme `config.yaml` names on its own, without the site's files over it:
    /// what `ozyq theme eject` copies from.
    pub fn own(config: &Config, diags: &mut Vec<Diagnostic>) -> Option<Theme> {
        let mut files = Vec::new();
        let themes = config.root.join("themes");
        let dir = themes.join(&config.theme);
        // A theme is named, as a folder of `themes/`: a path would take files
        // from anywhere (`/home/…`, `../..`) into the site and its output.
        let mut parts = Path::new(&config.theme).components();
        let named = matches!(
            (parts.next(), parts.next()),
            (Some(Component::Normal(_)), None)
        );
        if named && dir.is_dir() {
            let read = read_dir_files((&dir, &config.root), "", Layer::Theme, &mut files, diags);
            if read && config.theme == "default" {
                warn_partial_default(&dir, &files, diags);
            }
        } else if config.theme == "default" {
            embedded_files(&DEFAULT_THEME, &mut files);
        } else {
            diags.push(unknown_theme(config, &themes));
            return None;
        }
        files.sort_by(|a, b| a.rel.cmp(&b.rel));
        Some(Theme { files })
    }

    /// The templates, by name relative to `templates/`.
    pub fn templates(&self) -> impl Iterator<Item = (&str, &ThemeFile)> {
        self.files
            .iter()
            .filter_map(|f| f.rel.strip_prefix("templates/").map(|n| (n, f)))
    }

    /// The static files copied to the output, by path relative to `static/`.
    pub fn statics(&self) -> impl Iterator<Item = (&str, &ThemeFile)> {
        self.files
            .iter()
            .filter_map(|f| f.rel.strip_prefix("static/").map(|n| (n, f)))
    }

    /// The file at `rel` inside the theme, like `templates/base.html`.
    pub fn file(&self, rel: &str) -> Option<&ThemeFile> {
        self.files.iter().find(|f| f.rel == rel)
    }
}
