//! Pages a build need not render again: a page whose key (see [`super::keys`]) is
//! the one it had when the last build into the same folder made it, and which that
//! folder still holds untouched (its record says so), is kept as it is.
//!
//! Keys say what a page shows of the model; everything else a page may show is
//! folded into one fingerprint, and when it differs every page is rendered:
//! ozyq itself (the binary), config.yaml, the data, theme, template and string
//! files, today's date, the site-wide values templates see, the address of every
//! output and of every source a document may link to, and the photos' sizes.
//! The search index is kept whole when no entry it shows changed; else a kept
//! entry page still gives it the entry's words. A page that had warnings is
//! rendered again, so that every build reports them.

use rayon::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use typed_index_collections::TiVec;

use super::keys::{self, Model, doc_sig, h64, page_key, related_hashes};
use super::make::{PageMade, Sink};
use crate::config::kinds::KindId;
use crate::render::context::Renderer;
use crate::render::page::Page;
use crate::site::{EntryId, Site};

/// Template name → its text, as [`super::Look`] holds them.
pub type Templates = HashMap<String, Vec<u8>>;

/// The first line of the file, with its format's version.
const HEADER: &str = "ozyq-pages 1";

/// What the last build into a folder made, and what this one may keep of it.
pub struct Reuse {
    file: PathBuf,
    fingerprint: u64,
    search_key: u64,
    /// Each page's path and key, in the order of the pages made.
    keys: Vec<(String, Option<u64>)>,
    previous: Previous,
    /// The search index's files, when [`Reuse::keep_index`] kept them.
    index_kept: Option<Vec<String>>,
}

/// The file's contents.
#[derive(Default)]
struct Previous {
    fingerprint: u64,
    search_key: u64,
    search_files: Vec<String>,
    pages: HashMap<String, u64>,
}

impl Reuse {
    /// The keys of `pages` now, beside what the last build into `out_dir` made
    /// (kept in the cache of the site's folder).
    pub fn new(
        templates: &Templates,
        site: &Site,
        r: &mut Renderer,
        pages: &[Page],
        (paths, out_dir): (&[String], &Path),
    ) -> Reuse {
        let file = cache_file(&site.config.root, out_dir);
        let (previous, (fingerprint, (keys, search_key))) = rayon::join(
            || Previous::read(&file).unwrap_or_default(),
            || {
                rayon::join(
                    || fingerprint(templates, site, r, paths),
                    || page_keys(site, pages),
                )
            },
        );
        let keys = pages.iter().map(|p| p.path(site)).zip(keys).collect();
        Reuse {
            file,
            fingerprint,
            search_key: h64((fingerprint, search_key)),
            keys,
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
        let same = self.same_look() && self.search_key == self.previous.search_key;
        if !same || files.is_empty() || !files.iter().all(|f| sink.can_keep(f)) {
            return false;
        }
        for f in files {
            sink.keep(f);
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
        self.same_look() && key.is_some() && self.previous.pages.get(path) == key.as_ref()
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
            } else {
                out.pages
                    .insert(path.to_string(), u64::from_str_radix(head, 16).ok()?);
            }
        }
        Some(out)
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
fn page_keys(site: &Site, pages: &[Page]) -> (Vec<Option<u64>>, u64) {
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
    let intro_sig: TiVec<KindId, u64> = (site.kind_intros.iter())
        .map(|d| d.as_ref().map_or(0, |d| doc_sig(d, &bodies)))
        .collect();
    let model = Model {
        sigs: &sigs,
        related: &related,
        intro_sig: &intro_sig,
    };
    let keys = pages
        .par_iter()
        .map(|&p| page_key(site, model, p))
        .collect();
    (keys, h64(&sigs.full.raw))
}

/// Every Markdown document of the site.
fn documents(site: &Site) -> Vec<&crate::site::Doc> {
    let mut docs: Vec<&crate::site::Doc> = site.entries.iter().map(|e| &e.doc).collect();
    docs.extend(site.pages.iter().map(|p| &p.doc));
    docs.extend(site.home.iter());
    docs.extend(site.kind_intros.iter().flatten());
    docs
}

/// What every page may show beyond its key.
fn fingerprint(templates: &Templates, site: &Site, r: &mut Renderer, paths: &[String]) -> u64 {
    let mut h = keys::hasher();
    ozyq_itself().hash(&mut h);
    crate::lang::dates::today().hash(&mut h);
    let root = &site.config.root;
    for name in [
        "config.yaml",
        "data",
        "i18n",
        "themes",
        "templates",
        "print",
    ] {
        files_stamp(&root.join(name)).hash(&mut h);
    }
    let mut texts: Vec<_> = templates.iter().collect();
    texts.sort_unstable();
    texts.hash(&mut h);
    for p in r.prepared_mut() {
        let global = p.tera.global_context();
        for name in ["site", "t"] {
            serde_json::to_string(&global.get(name)).ok().hash(&mut h);
        }
    }
    paths.hash(&mut h);
    sorted(site.page_of_source.iter()).hash(&mut h);
    sorted(site.asset_dest.iter()).hash(&mut h);
    sorted(site.failed_sources.iter()).hash(&mut h);
    site.photos.list.raw.hash(&mut h);
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
