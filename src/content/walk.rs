//! Finding the files of `content/` and what each one is.

use crate::t;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

use crate::config::Config;
use crate::config::kinds::KindId;
use crate::diagnostics::{Diagnostic, Location, nearest};
use crate::lang::Lang;

/// What a file under `content/` is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceKind {
    /// An entry of the kind `kind`; `bundle` is its folder when it is `index.md`.
    Entry {
        /// Its kind.
        kind: KindId,
        /// The entry's folder, when the entry is a folder with `index.md`.
        bundle: Option<PathBuf>,
    },
    /// The introduction of a kind's listing: `content/<folder>/_index.md`.
    KindIntro {
        /// The kind it introduces.
        kind: KindId,
    },
    /// `content/_index.md`: the home page's text.
    Home,
    /// `content/pages/…`: a static page.
    Page,
    /// `content/catalogue/2025-2026.md`: a catalogue's foreword.
    Foreword,
    /// `content/plan/2025-2026.yaml`: a year's work plan.
    Plan,
    /// Any other file: copied to the output. `bundle` is the entry folder it belongs to.
    Asset {
        /// The entry folder the file belongs to, if any.
        bundle: Option<PathBuf>,
    },
}

impl SourceKind {
    /// Whether the file is Markdown that becomes (part of) a page: read as a
    /// document with front matter.
    pub fn is_doc(&self) -> bool {
        !matches!(self, SourceKind::Asset { .. } | SourceKind::Plan)
    }
}

/// A file found under `content/`, and what it is.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The file on disk, under the content folder.
    pub path: PathBuf,
    /// Path relative to `content/`, with `/` separators.
    pub rel: String,
    /// What the file is, from where it lies.
    pub kind: SourceKind,
    /// The language of a translation (`lesson.ru.md`, `index.ru.md`) on a site in
    /// several languages; `None` for any other file.
    pub translation: Option<Lang>,
}

/// Files and folders the walk leaves out: hidden ones, editors' backups and
/// lock files, and the files operating systems leave behind. Not
/// `.well-known/`, published on purpose (`content/.well-known/security.txt` is
/// the site's `/.well-known/security.txt`).
pub fn is_hidden(name: &str) -> bool {
    (name.starts_with('.') && name != ".well-known")
        || name.ends_with('~')
        || name.starts_with("~$")
        || name == "Thumbs.db"
        || name == "desktop.ini"
}

fn is_yaml(p: &Path) -> bool {
    p.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

fn is_markdown(p: &Path) -> bool {
    p.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// A warning for `lesson.md.txt`: Notepad adds `.txt` to a name typed without
/// it in quotes, and Windows hides the ending, so the file looks right there
/// and is published as a file instead of a page.
pub(crate) fn markdown_saved_as_txt(path: &Path) -> Option<Diagnostic> {
    let name = path.file_name()?.to_string_lossy();
    let stem = name
        .strip_suffix(".txt")
        .or_else(|| name.strip_suffix(".TXT"))?;
    is_markdown(Path::new(stem)).then(|| {
        Diagnostic::warning(
            Location::file(path),
            t!("content-walk-markdown-saved-as-txt"),
        )
        .with_hint(t!(
            "content-walk-rename-without-txt-hint",
            name = stem.to_string()
        ))
    })
}

/// Lists and classifies the files of `content/`, in a stable order.
pub fn walk(config: &Config, diags: &mut Vec<Diagnostic>) -> Vec<SourceFile> {
    let content = config.content_dir();
    let mut out = Vec::new();
    if !content.is_dir() {
        diags.push(
            Diagnostic::error(
                Location::file(&content),
                t!("content-walk-site-has-no-content"),
            )
            .with_hint(t!("content-walk-create-content-folder-per-hint")),
        );
        return out;
    }
    let mut bundles = Bundles::default();
    let walker = WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(&e.file_name().to_string_lossy()));
    for item in walker {
        let item = match item {
            Ok(i) => i,
            Err(e) => {
                let p = e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| content.clone());
                diags.push(Diagnostic::error(
                    Location::file(p),
                    t!("content-walk-cannot-read", e = walk_error(&e)),
                ));
                continue;
            }
        };
        if item.file_type().is_dir() {
            continue;
        }
        let path = item.path().to_path_buf();
        if let Some(d) = not_a_plain_file(&item, &config.root) {
            diags.push(d);
            continue;
        }
        if let Some(d) = markdown_saved_as_txt(&path) {
            diags.push(d);
        }
        let rel_path = path.strip_prefix(&content).unwrap_or(&path);
        let parts: Vec<String> = rel_path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let bundle = bundle_of(&path, &content, &mut bundles);
        let translation = match translation_of(config, &path) {
            Ok(t) => t,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        // A translation is what its original's name makes it.
        let mut named = parts.clone();
        if let (Some(last), Some((_, base))) = (named.last_mut(), &translation) {
            last.clone_from(base);
        }
        match classify(config, &path, &named, bundle) {
            Ok(kind) => out.push(SourceFile {
                rel: parts.join("/"),
                path,
                kind,
                translation: translation.map(|(l, _)| l),
            }),
            Err(d) => diags.push(d),
        }
    }
    out
}

/// The language code a file's name ends in and the name without it
/// (`lesson.ru.md` → `ru`, `lesson.md`), whatever the site's languages. The
/// other spellings `lang:` takes (`kz`, `rus`, `eng`) name a language here too:
/// `lesson.kz.md` read as a work of its own would be counted twice.
fn language_suffix(name: &str) -> Option<(Lang, String)> {
    let (stem, ext) = name.rsplit_once('.')?;
    let (base, code) = stem.rsplit_once('.')?;
    let lang = Lang::parse(code).filter(|_| !code.contains(char::is_whitespace))?;
    Some((lang, format!("{base}.{ext}")))
}

/// The name of the file a translation translates (`lesson.ru.md` → `lesson.md`).
pub fn original_name(name: &str) -> String {
    language_suffix(name).map_or_else(|| name.to_string(), |(_, base)| base)
}

/// The language of a translation and the name of the file it translates, on a
/// site in several languages. A file named for a language the site is not
/// published in is left out, with a warning. On a site in one language, where
/// `lesson.ru.md` is a work of its own (as before sites had languages), only
/// `_index.ru.md` and an entry folder's `index.ru.md` beside the file they
/// translate: a language taken out of `languages:` left them, and read as
/// files of their own they are errors that do not say why.
fn translation_of(config: &Config, path: &Path) -> Result<Option<(Lang, String)>, Diagnostic> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if !is_markdown(path) {
        return Ok(None);
    }
    let suffix = language_suffix(name);
    if !config.multilingual() {
        let beside = |(l, base): &(Lang, String)| {
            *l != config.language
                && if is_index(base) {
                    path.parent().is_some_and(has_index)
                } else {
                    base == "_index.md" && path.with_file_name(base).is_file()
                }
        };
        if !suffix.as_ref().is_some_and(beside) {
            return Ok(None);
        }
    }
    match suffix {
        Some((l, base)) if config.languages.contains(&l) => Ok(Some((l, base))),
        Some((l, _)) => Err(Diagnostic::warning(
            Location::file(path),
            t!(
                "content-walk-translation-into-which-site",
                code = (l.code()).to_string()
            ),
        )
        .with_hint(t!(
            "content-walk-add-languages-config-yaml-hint",
            code = (l.code()).to_string()
        ))),
        None => Ok(None),
    }
}

/// Whether `name` is an entry folder's own file, `index.md`, in any case of
/// its letters: Windows keeps `Index.md` as typed and does not tell it apart.
pub fn is_index(name: &str) -> bool {
    name.eq_ignore_ascii_case("index.md")
}

/// Whether `dir` has an `index.md` in any of the ways it is written (a
/// case-sensitive disk is asked for each; the first is found at once elsewhere).
fn has_index(dir: &Path) -> bool {
    const NAMES: [&str; 6] = [
        "index.md", "Index.md", "INDEX.md", "INDEX.MD", "Index.MD", "index.MD",
    ];
    NAMES.iter().any(|n| dir.join(n).is_file())
}

/// The entry folders (bundles) found so far, and the folders found to be none.
#[derive(Default)]
struct Bundles {
    found: Vec<PathBuf>,
    plain: HashSet<PathBuf>,
}

/// The entry folder (bundle) `path` is in, if any: a folder below a kind's folder
/// with an `index.md`. `index.md` sorts after most file names, so each bundle is
/// found by looking for it; each folder is looked at once (a disk that tells
/// letter cases apart is asked for each way of writing the name).
fn bundle_of(path: &Path, content: &Path, bundles: &mut Bundles) -> Option<PathBuf> {
    if let Some(b) = bundles.found.iter().find(|b| path.starts_with(b)) {
        return Some(b.clone());
    }
    let mut dir = path.parent()?;
    while dir.starts_with(content) && dir != content {
        if dir.parent() != Some(content) && !bundles.plain.contains(dir) {
            if has_index(dir) {
                bundles.found.push(dir.to_path_buf());
                return Some(dir.to_path_buf());
            }
            bundles.plain.insert(dir.to_path_buf());
        }
        dir = dir.parent()?;
    }
    None
}

/// What the file at `path` (`parts` under `content/`) is, from where it lies; an
/// error or a warning when it is Markdown that cannot be read as a page.
fn classify(
    config: &Config,
    path: &Path,
    parts: &[String],
    bundle: Option<PathBuf>,
) -> Result<SourceKind, Diagnostic> {
    let top = parts[0].as_str();
    let name = parts.last().map(String::as_str).unwrap_or("");
    let md = is_markdown(path);
    let plain = SourceKind::Asset { bundle: None };
    Ok(if parts.len() == 1 {
        match name {
            "_index.md" => SourceKind::Home,
            _ if md => {
                return Err(Diagnostic::error(
                    Location::file(path),
                    t!("content-walk-markdown-file-not-kind"),
                )
                .with_hint(t!(
                    "content-walk-move-into-one-pages-hint",
                    config = (kind_folders(config)).to_string()
                )));
            }
            _ => plain,
        }
    } else if top == "pages" {
        if md { SourceKind::Page } else { plain }
    } else if top == "catalogue" {
        if md { SourceKind::Foreword } else { plain }
    } else if top == "plan" && parts.len() == 2 && is_yaml(path) {
        SourceKind::Plan
    } else if let Some(kind) = config.kind_by_folder(top) {
        match bundle {
            Some(b) if path.parent() == Some(b.as_path()) && is_index(name) => SourceKind::Entry {
                kind,
                bundle: Some(b),
            },
            Some(b) if md => return Err(markdown_in_bundle(path, &b)),
            Some(b) => SourceKind::Asset { bundle: Some(b) },
            None if parts.len() == 2 && name == "_index.md" => SourceKind::KindIntro { kind },
            // Neither a work (it would be «seminars/seminars/») nor the kind's
            // introduction, which is `_index.md`: which was meant is the user's.
            None if parts.len() == 2 && is_index(name) => {
                return Err(Diagnostic::warning(
                    Location::file(path),
                    t!(
                        "content-walk-index-in-kind-folder",
                        folder = top.to_string()
                    ),
                )
                .with_hint(t!(
                    "content-walk-index-in-kind-folder-hint",
                    folder = top.to_string()
                )));
            }
            None if md => SourceKind::Entry { kind, bundle: None },
            None => plain,
        }
    } else if md {
        return Err(unknown_kind(config, path, top));
    } else {
        plain
    })
}

fn unknown_kind(config: &Config, path: &Path, top: &str) -> Diagnostic {
    // As the site's other paths are shown: from its folder.
    let folder = format!("content/{top}/");
    let d = Diagnostic::error(
        Location::file(path),
        t!("content-walk-unknown-kind-no-kind", top = top.to_string()),
    );
    // A built-in kind's folder on a site whose `kinds:` leaves it out: the list
    // there replaces the built-in one, which a site adding one kind misses.
    let built_in = (crate::config::kinds::default_kinds().into_iter())
        .find(|k| k.folder == top)
        .filter(|k| !config.kinds.iter().any(|own| own.id == k.id));
    if let Some(k) = built_in {
        return d.with_hint(t!(
            "content-walk-built-in-kind-left-out-hint",
            folder = folder,
            id = k.id
        ));
    }
    let folders: Vec<&str> = config.kinds.iter().map(|k| k.folder.as_str()).collect();
    match nearest(top, folders.iter().copied()) {
        Some(n) => d.with_hint(t!(
            "content-walk-did-you-mean-rename-hint",
            n = n.to_string(),
            folder = folder
        )),
        None => d.with_hint(t!(
            "content-walk-kind-folders-are-add-hint",
            config = (kind_folders(config)).to_string()
        )),
    }
}

/// What went wrong in a walk, said as an OS error when it is one (walkdir's own
/// text puts the path, which the diagnostic shows already, before English words).
fn walk_error(e: &walkdir::Error) -> crate::messages::Text {
    match e.io_error() {
        Some(io) => crate::messages::io_error(io),
        None => t!("io-other", message = e.to_string()),
    }
}

/// Why a file of the walk is not read as it is: a link to a folder, to nowhere or
/// out of the site, or something that is not a file at all (a FIFO would block the
/// build forever). Warnings are skipped; errors fail the build.
pub(crate) fn not_a_plain_file(item: &walkdir::DirEntry, root: &Path) -> Option<Diagnostic> {
    let path = item.path();
    let at = Location::file(path);
    if item.path_is_symlink() {
        return match std::fs::metadata(path) {
            Err(e) => Some(
                Diagnostic::error(at, t!("content-walk-link-leads-nowhere", e = &e))
                    .with_hint(t!("content-walk-put-file-itself-here-hint")),
            ),
            Ok(m) if m.is_dir() => Some(
                Diagnostic::warning(at, t!("content-walk-link-folder-not-followed"))
                    .with_hint(t!("content-walk-put-folder-itself-here-hint")),
            ),
            Ok(m) if !m.is_file() => Some(Diagnostic::warning(
                at,
                t!("content-walk-link-leads-something-not"),
            )),
            Ok(_) if !crate::paths::is_inside(path, root) => Some(
                Diagnostic::error(at, t!("content-walk-link-leads-file-outside"))
                    .with_hint(t!("content-walk-copy-file-into-site-hint")),
            ),
            Ok(_) => None,
        };
    }
    (!item.file_type().is_file())
        .then(|| Diagnostic::warning(at, t!("content-walk-not-regular-file-pipe")))
}

/// A Markdown file inside an entry's folder is not a page of its own (a draft, a
/// nested bundle); publishing it as a file would publish its source.
fn markdown_in_bundle(path: &Path, bundle: &Path) -> Diagnostic {
    Diagnostic::warning(
        Location::file(path),
        t!(
            "content-walk-markdown-file-inside-entry",
            bundle = (bundle.display()).to_string()
        ),
    )
    .with_hint(t!("content-walk-move-file-folder-own-hint"))
}

fn kind_folders(config: &Config) -> String {
    config
        .kinds
        .iter()
        .map(|k| format!("{}/", k.folder))
        .collect::<Vec<_>>()
        .join(", ")
}
