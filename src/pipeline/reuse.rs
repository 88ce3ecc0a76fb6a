//! Pages a build need not render again: a page whose key (see [`super::keys`]) is
//! the one it had when the last build into the same folder made it, and which that
//! folder still holds untouched (its record says so), is kept as it is.
//!
//! Keys say what a page shows of the model. As `ozyq serve` does, a page is also
//! rendered again when its document links to a source whose address changed (or
//! that was added or removed), and when its template names a site-wide value that
//! changed. Everything else a page may show is folded into one fingerprint, and
//! when it differs every page is rendered: ozyq itself (the binary), config.yaml,
//! the data, theme, template and string files, today's date, the UI strings and
//! the sources that failed to load. So adding or removing an entry renders the
//! pages that show it, not all of them. The search index is kept whole when no
//! entry it shows changed, nor anything else it shows but the templates; else a
//! kept entry page still gives it the entry's words. A page that had warnings is
//! rendered again, so that every build reports them.

use rayon::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use typed_index_collections::TiVec;

use super::keys::{self, Model, SiteField, h64, page_key, related_hashes};
use super::look::TemplateFacts;
use super::make::{PageMade, Sink};
use super::select;
use crate::paths::PathMap;
use crate::render::context::Renderer;
use crate::render::page::Page;
use crate::site::{EntryId, Site};

/// The first line of the file, with its format's version.
const HEADER: &str = "ozyq-pages 2";

/// What the last build into a folder made, and what this one may keep of it.
pub struct Reuse {
    file: PathBuf,
    fingerprint: u64,
    search_key: u64,
    /// Each page's path and key, in the order of the pages made.
    keys: Vec<(String, Option<u64>)>,
    /// Pages that show a change their keys do not: a moved link target or a
    /// site-wide value.
    stale: Vec<bool>,
    /// Each language's `site` value, as JSON.
    values: Vec<String>,
    /// Where each source goes (see [`addresses`]).
    addresses: PathMap<PathBuf, u64>,
    previous: Previous,
    /// The search index's files, when [`Reuse::keep_index`] kept them.
    index_kept: Option<Vec<String>>,
}

/// The keys of a build's pages, as [`page_keys`] computes them.
pub struct PageKeys {
    /// Each page's key (`None` for a page that is always made), in the order of
    /// the pages.
    pub pages: Vec<Option<u64>>,
    /// The key of every entry's full text (`Sigs::full`), which the search
    /// index shows.
    pub entries: u64,
}

/// The file's contents.
#[derive(Default)]
struct Previous {
    fingerprint: u64,
    search_key: u64,
    search_files: Vec<String>,
    pages: HashMap<String, u64>,
    values: Vec<serde_json::Value>,
    addresses: PathMap<PathBuf, u64>,
}

impl Reuse {
    /// The keys of `pages` now, beside what the last build into `out_dir` made
    /// (kept in the cache of the site's folder); `templates` gives the templates'
    /// texts and the names each uses.
    pub fn new(
        templates: &TemplateFacts,
        site: &Site,
        r: &mut Renderer,
        pages: &[Page],
        out_dir: &Path,
    ) -> Reuse {
        Reuse::with_keys(templates, site, r, pages, None, out_dir)
    }

    /// As [`Reuse::new`], with the keys of `pages` when the caller has them
    /// already (`ozyq serve` computes them for its own selection).
    pub fn with_keys(
        templates: &TemplateFacts,
        site: &Site,
        r: &mut Renderer,
        pages: &[Page],
        known: Option<PageKeys>,
        out_dir: &Path,
    ) -> Reuse {
        let file = cache_file(&site.config.root, out_dir);
        let (values, strings) = globals(r);
        let (previous, ((fingerprint, index), keys)) = rayon::join(
            || Previous::read(&file).unwrap_or_default(),
            || {
                rayon::join(
                    || fingerprint(&templates.texts, site, &strings),
                    || known.unwrap_or_else(|| page_keys(site, pages)),
                )
            },
        );
        let PageKeys {
            pages: keys,
            entries: entries_key,
        } = keys;
        let addresses = addresses(site);
        // With another look every page is rendered: nothing to pick.
        let stale = if fingerprint == previous.fingerprint {
            stale(site, pages, templates, &previous, &values, &addresses)
        } else {
            vec![true; pages.len()]
        };
        let values: Vec<String> = values.iter().map(|v| v.to_string()).collect();
        let keys = pages.iter().map(|p| p.path(site)).zip(keys).collect();
        Reuse {
            file,
            fingerprint,
            search_key: h64((index, entries_key, &values)),
            keys,
            stale,
            values,
            addresses,
            previous,
            index_kept: None,
        }
    }

    fn same_look(&self) -> bool {
        self.fingerprint == self.previous.fingerprint
    }

    /// Keeps the search index as the last build made it, when nothing it shows
    /// changed and `sink` holds every one of its files untouched; says whether it
    /// did. Then no entry page need feed a new one.
    pub fn keep_index(&mut self, sink: &dyn Sink) -> bool {
        let files = &self.previous.search_files;
        // The key holds all the index shows (not the templates: a theme's change
        // keeps it).
        if self.search_key != self.previous.search_key
            || files.is_empty()
            || !files.iter().all(|f| sink.can_keep(f))
        {
            return false;
        }
        // A file that cannot be kept after all (removed or changed meanwhile)
        // makes the index written anew, over the ones kept: it has the same files.
        if !files.iter().all(|f| sink.keep(f)) {
            return false;
        }
        self.index_kept = Some(files.clone());
        true
    }

    /// The search index's files, when they were kept.
    pub fn index_kept(&self) -> Option<&[String]> {
        self.index_kept.as_deref()
    }

    /// Whether page `j` (of the pages given to [`Reuse::new`]) shows what it
    /// showed when the last build made it.
    pub fn unchanged(&self, j: usize) -> bool {
        let (path, key) = &self.keys[j];
        self.same_look()
            && !self.stale[j]
            && key.is_some()
            && self.previous.pages.get(path) == key.as_ref()
    }

    /// Keeps, for the next build, the keys of the pages made or kept without
    /// a problem, and the search index's files.
    pub fn save(&self, made: &super::Made) {
        let search_files = &made.search_files;
        let mut text = format!(
            "{HEADER}\n{:016x} {:016x}\n",
            self.fingerprint, self.search_key
        );
        for f in search_files.iter().filter(|f| !f.contains('\n')) {
            text.push_str(&format!("s {f}\n"));
        }
        for v in &self.values {
            text.push_str(&format!("v {v}\n"));
        }
        for (source, h) in &self.addresses {
            let source = source.to_string_lossy();
            if !source.contains('\n') {
                text.push_str(&format!("a {h:016x} {source}\n"));
            }
        }
        let clean = made.pages.iter().map(|&m| m != PageMade::WithProblems);
        for ((path, key), _) in (self.keys.iter().zip(clean)).filter(|(_, c)| *c) {
            if let Some(k) = key
                && !path.contains('\n')
            {
                text.push_str(&format!("{k:016x} {path}\n"));
            }
        }
        if let Some(dir) = self.file.parent() {
            let _ = std::fs::create_dir_all(dir);
            prune(dir, &self.file);
        }
        // A cache that cannot be written only makes the next build slower.
        let _ = crate::output::write_atomic(&self.file, text.as_bytes());
    }
}

impl Previous {
    fn read(file: &Path) -> Option<Previous> {
        let text = std::fs::read_to_string(file).ok()?;
        let mut lines = text.lines();
        (lines.next()? == HEADER).then_some(())?;
        let (f, s) = lines.next()?.split_once(' ')?;
        let mut out = Previous {
            fingerprint: u64::from_str_radix(f, 16).ok()?,
            search_key: u64::from_str_radix(s, 16).ok()?,
            ..Previous::default()
        };
        for line in lines {
            let (head, path) = line.split_once(' ')?;
            if head == "s" {
                out.search_files.push(path.to_string());
            } else if head == "v" {
                out.values.push(serde_json::from_str(path).ok()?);
            } else if head == "a" {
                let (h, source) = path.split_once(' ')?;
                let h = u64::from_str_radix(h, 16).ok()?;
                out.addresses.insert(PathBuf::from(source), h);
            } else {
                out.pages
                    .insert(path.to_string(), u64::from_str_radix(head, 16).ok()?);
            }
        }
        Some(out)
    }
}

/// How many output folders' records the cache keeps (one is about 1 MB for
/// 10,000 entries): those of folders not built into for longest go first.
const RECORDS: usize = 8;

/// Removes from `dir` the oldest records beyond [`RECORDS`] (with this build's
/// `own` among those kept): files named as [`cache_file`] names them, only.
fn prune(dir: &Path, own: &Path) {
    let Ok(read) = std::fs::read_dir(dir) else {
        return;
    };
    let mut records: Vec<(std::time::SystemTime, PathBuf)> = read
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.len() == 16 && name.bytes().all(|b| b.is_ascii_hexdigit())
        })
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            m.is_file().then_some((m.modified().ok()?, e.path()))
        })
        .filter(|(_, p)| p != own)
        .collect();
    records.sort_unstable();
    let extra = (records.len() + 1).saturating_sub(RECORDS);
    for (_, p) in records.into_iter().take(extra) {
        let _ = std::fs::remove_file(p);
    }
}

/// Where the record of the pages made into `out_dir` is kept.
fn cache_file(root: &Path, out_dir: &Path) -> PathBuf {
    let name = xxhash_rust::xxh3::xxh3_64(out_dir.as_os_str().as_encoded_bytes());
    root.join(".ozyq-cache")
        .join("pages")
        .join(format!("{name:016x}"))
}

/// Each page's key, and the key of every entry's full text (what the search
/// index shows of them), in site order.
fn page_keys(site: &Site, pages: &[Page]) -> PageKeys {
    let bodies: crate::paths::PathMap<PathBuf, u64> = documents(site)
        .par_iter()
        .map(|d| {
            (
                d.source.clone(),
                xxhash_rust::xxh3::xxh3_64(d.body.as_bytes()),
            )
        })
        .collect::<Vec<_>>()
        .into_iter()
        .collect();
    let bodies = |p: &Path| bodies.get(p).copied().unwrap_or(0);
    let sigs = keys::sigs(site, &bodies);
    let related: Vec<Vec<EntryId>> = (0..site.entries.len())
        .into_par_iter()
        .map(|i| keys::related_of(site, EntryId::from(i)))
        .collect();
    let related = related_hashes(&sigs, &TiVec::from(related));
    let intro_sig = keys::intro_sigs(site, &bodies);
    let model = Model {
        sigs: &sigs,
        related: &related,
        intro_sig: &intro_sig,
    };
    PageKeys {
        pages: pages
            .par_iter()
            .map(|&p| page_key(site, model, p))
            .collect(),
        entries: h64(&sigs.full.raw),
    }
}

/// Every Markdown document of the site.
fn documents(site: &Site) -> Vec<&crate::site::Doc> {
    let mut docs: Vec<&crate::site::Doc> = site.entries.iter().map(|e| &e.doc).collect();
    docs.extend(site.pages.iter().map(|p| &p.doc));
    docs.extend(site.home.iter());
    docs.extend(site.kind_intros.iter().flatten());
    for t in site.tongues.iter().skip(1) {
        docs.extend(t.home.iter());
        docs.extend(t.kind_intros.iter().flatten());
    }
    docs
}

/// Each language's `site` value, and the JSON of every language's UI strings.
fn globals(r: &mut Renderer) -> (Vec<serde_json::Value>, Vec<String>) {
    let mut values = Vec::new();
    let mut strings = Vec::new();
    for p in r.prepared_mut() {
        let global = p.tera.global_context();
        let site = global
            .get("site")
            .and_then(|v| serde_json::to_value(v).ok());
        values.push(site.unwrap_or_default());
        strings.push(serde_json::to_string(&global.get("t")).unwrap_or_default());
    }
    (values, strings)
}

/// Where each source's page or file goes (see [`select::file_addresses`]),
/// hashed: a page linking to a source whose address changed shows the change.
fn addresses(site: &Site) -> PathMap<PathBuf, u64> {
    let mut out: PathMap<PathBuf, u64> = (site.page_of_source.iter())
        .map(|(s, dest)| (s.clone(), h64(dest)))
        .collect();
    for (s, dest) in select::file_addresses(site) {
        let h = h64(&dest);
        out.entry(s)
            .and_modify(|old| *old = h64((*old, h)))
            .or_insert(h);
    }
    out
}

/// For each page, whether it shows a change its key does not: its document links
/// to a source whose address changed, or its template names a value of `site`
/// that changed (in any language).
fn stale(
    site: &Site,
    pages: &[Page],
    templates: &TemplateFacts,
    previous: &Previous,
    values: &[serde_json::Value],
    addresses: &PathMap<PathBuf, u64>,
) -> Vec<bool> {
    if previous.values.len() != values.len() {
        return vec![true; pages.len()];
    }
    let mut changed: std::collections::HashSet<SiteField> = Default::default();
    for (a, b) in previous.values.iter().zip(values) {
        keys::value_diff(a, b, None, &mut changed);
    }
    let mut moved = Vec::new();
    select::moved(&previous.addresses, addresses, &mut moved);
    moved.sort_unstable();
    moved.dedup();
    pages
        .par_iter()
        .map(|&p| {
            (!changed.is_empty() && templates.mentions(p.template(), &changed))
                || (!moved.is_empty() && links_to(site, p, &moved))
        })
        .collect()
}

/// Whether the document page `p` shows links to one of the files named `moved`.
fn links_to(site: &Site, p: Page, moved: &[String]) -> bool {
    let doc = match p {
        Page::Entry(i) => Some(&site.entries[i].doc),
        Page::Kind(l, k, _) => site.kind_intro_in(l, k),
        _ => None,
    };
    // A link is written in its body as it reads, but for escapes and entities:
    // most bodies name none of the files, and need no parsing.
    let may = |body: &str| {
        body.contains(['%', '\\', '&']) || moved.iter().any(|t| body.contains(t.as_str()))
    };
    doc.is_some_and(|d| may(&d.body) && select::links_to(&select::link_dests(&d.body), moved))
}

/// What every page may show beyond its key and what [`stale`] looks at, and the
/// part of it the search index may show.
fn fingerprint(
    templates: &HashMap<String, Vec<u8>>,
    site: &Site,
    strings: &[String],
) -> (u64, u64) {
    let index = index_fingerprint(site, strings);
    let mut h = keys::hasher();
    index.hash(&mut h);
    let root = &site.config.root;
    for name in ["themes", "templates", "print"] {
        files_stamp(&root.join(name)).hash(&mut h);
    }
    let mut texts: Vec<_> = templates.iter().collect();
    texts.sort_unstable();
    texts.hash(&mut h);
    (h.finish(), index)
}

/// What the search index may show beyond its entries and the site-wide values:
/// not the templates, so a change of the theme keeps the index.
fn index_fingerprint(site: &Site, strings: &[String]) -> u64 {
    let mut h = keys::hasher();
    ozyq_itself().hash(&mut h);
    crate::lang::dates::today().hash(&mut h);
    let root = &site.config.root;
    for name in ["config.yaml", "data", "i18n"] {
        files_stamp(&root.join(name)).hash(&mut h);
    }
    strings.hash(&mut h);
    sorted(site.failed_sources.iter()).hash(&mut h);
    h.finish()
}

fn sorted<T: Ord>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = items.collect();
    v.sort_unstable();
    v
}

/// The running program's size and time of change: a new ozyq may render pages
/// otherwise.
fn ozyq_itself() -> Option<(u64, std::time::SystemTime)> {
    let meta = std::fs::metadata(std::env::current_exe().ok()?).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// The path, size and time of change of every file under `path` (or of the file).
fn files_stamp(path: &Path) -> Vec<(PathBuf, u64, Option<std::time::SystemTime>)> {
    walkdir::WalkDir::new(path)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            m.is_file()
                .then(|| (e.into_path(), m.len(), m.modified().ok()))
        })
        .collect()
}
