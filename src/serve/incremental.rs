//! Incremental rebuilds for `ozyq serve`.
//!
//! The engine keeps the parsed Markdown files, the model and, for every page it
//! wrote, a key computed from the parts of the model the page shows (its entry, the
//! cards of its neighbours and related entries, the cards of a listing page's slice,
//! and so on). After a change only the changed files are re-read, the model is
//! re-assembled from the cached documents, and only the pages whose key changed are
//! rendered ("fast" pages, before the browser reloads). Values shared by all pages
//! (the `site` summary: counts, years, menu) are compared too: when one changes, the
//! pages whose templates mention the changed field are rendered after the reload
//! ("slow" pages), with the sitemap and the search index. Every rendered file is
//! compared with what is on disk and written only when it differs, so the folder
//! always ends up byte-identical to a clean build of the same files.

use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use crate::config::{CONFIG_FILE, Config};
use crate::content::walk::{SourceFile, SourceKind, walk};
use crate::data::Data;
use crate::diagnostics::{Diagnostic, Diagnostics, Location};
use crate::lang::strings::Strings;
use crate::render::context::Renderer;
use crate::render::jobs::{Job, all_jobs, output_path};
use crate::render::templates::{self, tera_error};
use crate::render::theme::Theme;
use crate::site::load::{LoadOptions, Parsed, assemble, parse_file};
use crate::site::{Doc, Site};

/// Related entries shown on an entry page (as in the renderer).
const RELATED: usize = 5;
/// Above this many entries changing place, related lists are recomputed after the reload.
const SHIFT_LIMIT: usize = 64;

type Stamp = (Option<SystemTime>, u64);

fn stamp(p: &Path) -> Stamp {
    match std::fs::metadata(p) {
        Ok(m) => (m.modified().ok(), m.len()),
        Err(_) => (None, u64::MAX),
    }
}

fn h64(v: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    v.hash(&mut h);
    h.finish()
}

struct Cached {
    stamp: Stamp,
    is_entry: bool,
    parsed: Option<Parsed>,
    diags: Vec<Diagnostic>,
    body_hash: u64,
    /// Link and image destinations written in the body.
    links: Vec<String>,
    /// The body was moved into the current model.
    taken: bool,
}

/// Config, theme, UI strings and templates, with what each template depends on.
struct Look {
    config: Config,
    theme: Theme,
    strings: Strings,
    tera: tera::Tera,
    diags: Vec<Diagnostic>,
    /// Template name → its text.
    texts: HashMap<String, Vec<u8>>,
    /// Template name → the templates it extends, includes or imports, itself included.
    closure: HashMap<String, BTreeSet<String>>,
    /// Template name → the identifiers written in it and its closure; `None` when it
    /// reads values dynamically (`json_encode`, `get`), so it depends on everything.
    idents: HashMap<String, Option<HashSet<String>>>,
}

/// What was on disk after the last successful round, to compare the next one with.
#[derive(Default)]
struct Snapshot {
    keys: HashMap<String, u64>,
    entry_index: HashMap<PathBuf, usize>,
    entry_card: HashMap<PathBuf, u64>,
    entry_full: HashMap<PathBuf, u64>,
    entry_people: HashMap<PathBuf, Vec<String>>,
    /// Each entry's related entries, by index in that round's model.
    related: Vec<Vec<usize>>,
    site_value: serde_json::Value,
    page_of_source: HashMap<PathBuf, String>,
    asset_dest: HashMap<PathBuf, String>,
}

/// The result of a rebuild.
#[derive(Debug, Default, Clone)]
pub struct Round {
    /// Site-relative files written or deleted.
    pub changed: Vec<String>,
    /// Problems that keep the site from being updated (relative to the site's folder).
    pub errors: Vec<Diagnostic>,
    pub warnings: usize,
    /// Pages rendered (whether or not they changed).
    pub rendered: usize,
    /// Everything was rebuilt.
    pub full: bool,
}

/// What changed since the last round.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    pub all: bool,
    pub config: bool,
    pub theme: bool,
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
            let top = rel
                .components()
                .next()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .unwrap_or_default();
            match top.as_str() {
                CONFIG_FILE => c.config = true,
                "content" => c.content.push(p),
                "data" => c.data = true,
                "templates" | "themes" | "static" => c.theme = true,
                _ => {}
            }
        }
        c
    }

    pub fn is_empty(&self) -> bool {
        !(self.all || self.config || self.theme || self.data || !self.content.is_empty())
    }
}

pub struct Engine {
    root: PathBuf,
    out: PathBuf,
    drafts: bool,
    look: Option<Look>,
    data: Option<(Data, Vec<Diagnostic>)>,
    cache: HashMap<PathBuf, Cached>,
    site: Option<Site>,
    snap: Option<Snapshot>,
    /// Site-relative path → hash of the file's bytes as written (or of its source's
    /// path, time and size for copied files).
    files: HashMap<String, u64>,
    /// Plain text of each entry's body, for the search index.
    texts: HashMap<PathBuf, String>,
    /// Pages whose last rendering failed: rendered again next time.
    failed: HashSet<String>,
}

fn link_dests(body: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let mut out = Vec::new();
    for ev in Parser::new_ext(body, Options::all()) {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = ev
            && !dest_url.contains("://")
            && !dest_url.starts_with("mailto:")
            && !dest_url.starts_with('#')
        {
            out.push(dest_url.into_string());
        }
    }
    out
}

fn idents(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            cur.push(c);
        } else if !cur.is_empty() {
            out.insert(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.insert(cur);
    }
    out
}

/// String literals in a template text that name other templates.
fn referenced<'a>(text: &str, names: &'a HashSet<String>) -> Vec<&'a String> {
    let mut out = Vec::new();
    for q in ['"', '\''] {
        let mut parts = text.split(q);
        parts.next();
        // Every other piece is inside quotes.
        for (i, s) in parts.enumerate() {
            if i % 2 == 0
                && let Some(n) = names.get(s)
            {
                out.push(n);
            }
        }
    }
    out
}

impl Look {
    fn load(root: &Path) -> Result<Look, Vec<Diagnostic>> {
        let config = Config::load(root)?;
        let mut diags = Vec::new();
        let theme = Theme::load(&config, &mut diags);
        let strings = crate::build::load_strings(&theme, &config, &mut diags);
        let Some(tera) = templates::load(&theme, &mut diags) else {
            return Err(diags);
        };
        let texts: HashMap<String, Vec<u8>> = theme
            .templates()
            .map(|(n, f)| (n.to_string(), f.bytes.clone()))
            .collect();
        let names: HashSet<String> = texts.keys().cloned().collect();
        let direct: HashMap<&String, Vec<&String>> = names
            .iter()
            .map(|n| (n, referenced(&String::from_utf8_lossy(&texts[n]), &names)))
            .collect();
        let mut closure = HashMap::new();
        let mut idents_of = HashMap::new();
        for n in &names {
            let mut seen: BTreeSet<String> = BTreeSet::new();
            let mut stack = vec![n];
            while let Some(t) = stack.pop() {
                if seen.insert(t.clone()) {
                    stack.extend(direct[t].iter().copied());
                }
            }
            let mut ids = HashSet::new();
            for t in &seen {
                ids.extend(idents(&String::from_utf8_lossy(&texts[t])));
            }
            let dynamic = ["json_encode", "tojson", "get", "__tera_context"]
                .iter()
                .any(|d| ids.contains(*d));
            idents_of.insert(n.clone(), (!dynamic).then_some(ids));
            closure.insert(n.clone(), seen);
        }
        Ok(Look {
            config,
            theme,
            strings,
            tera,
            diags,
            texts,
            closure,
            idents: idents_of,
        })
    }

    /// Whether a template may show a value named by one of `keys`.
    fn mentions(&self, template: &str, keys: &HashSet<String>) -> bool {
        match self.idents.get(template) {
            Some(Some(ids)) => keys.iter().any(|k| ids.contains(k)),
            _ => true,
        }
    }
}

/// The template each job renders (as `Renderer::context` chooses it).
pub fn template_of(job: Job) -> &'static str {
    match job {
        Job::Home => "index.html",
        Job::Entry(_) => "entry.html",
        Job::Kind(..) | Job::Year(..) | Job::Department(..) | Job::Tag(..) => "list.html",
        Job::Author(_) => "author.html",
        Job::Authors => "authors.html",
        Job::Years | Job::Departments | Job::Tags => "terms.html",
        Job::Page(_) => "page.html",
        Job::NotFound => "404.html",
        Job::Feed => "atom.xml",
        Job::Sitemap => "sitemap.xml",
        Job::Robots => "robots.txt",
        Job::Search => "search.html",
    }
}

/// Keys of the parts of the model pages show.
struct Sigs {
    card: Vec<u64>,
    full: Vec<u64>,
}

fn doc_sig(doc: &Doc, cache: &HashMap<PathBuf, Cached>) -> u64 {
    let body = cache.get(&doc.source).map_or(0, |c| c.body_hash);
    h64((&doc.source, &doc.title, body, doc.body_line, doc.lang))
}

fn sigs(site: &Site, cache: &HashMap<PathBuf, Cached>) -> Sigs {
    let dept: Vec<u64> = site
        .departments
        .iter()
        .map(|d| h64((&d.id, &d.name, &d.name_ru, &d.name_en)))
        .collect();
    let authors: Vec<u64> = site
        .authors
        .iter()
        .map(|a| {
            h64((
                &a.id,
                &a.name,
                a.category.id(),
                a.department.map(|d| dept[d]),
                &a.position,
                a.photo.as_ref().map(|p| &p.1),
                a.known,
            ))
        })
        .collect();
    let tags: Vec<u64> = site.tags.iter().map(|t| h64((&t.name, &t.slug))).collect();
    let (card, full) = site
        .entries
        .par_iter()
        .map(|e| {
            let mut h = DefaultHasher::new();
            (
                &e.doc.source,
                &e.doc.title,
                e.doc.lang,
                e.kind,
                &e.slug,
                &e.dir,
            )
                .hash(&mut h);
            (e.date.rfc3339(), e.date.iso_date(), e.year.slug()).hash(&mut h);
            for &a in &e.authors {
                authors[a].hash(&mut h);
            }
            e.department.map(|d| dept[d]).hash(&mut h);
            for &t in &e.tags {
                tags[t].hash(&mut h);
            }
            (
                &e.subject, &e.summary, e.lang, e.exhibit, &e.cover, &e.details,
            )
                .hash(&mut h);
            for a in &e.attachments {
                (&a.title, &a.url, &a.format, a.size).hash(&mut h);
            }
            let card = h.finish();
            let body = cache.get(&e.doc.source).map_or(0, |c| c.body_hash);
            (card, h64((card, body, e.doc.body_line)))
        })
        .unzip();
    Sigs { card, full }
}

fn people(site: &Site, i: usize) -> Vec<String> {
    let e = &site.entries[i];
    let mut v: Vec<String> = e
        .authors
        .iter()
        .map(|&a| format!("a:{}", site.authors[a].id))
        .collect();
    v.extend(e.tags.iter().map(|&t| format!("t:{}", site.tags[t].slug)));
    v
}

fn related_of(site: &Site, i: usize) -> Vec<usize> {
    site.index.related(&site.entries, i, RELATED)
}

fn related_hash(sigs: &Sigs, list: &[usize]) -> u64 {
    h64(list.iter().map(|&j| sigs.card[j]).collect::<Vec<_>>())
}

/// The job of a listing page, its base and its entries.
fn listing_key(
    site: &Site,
    sigs: &Sigs,
    what: u64,
    list: &[usize],
    page: usize,
    size: usize,
) -> u64 {
    let slice: Vec<u64> = list
        .iter()
        .skip((page - 1) * size)
        .take(size)
        .map(|&i| sigs.card[i])
        .collect();
    let _ = site;
    h64((what, list.len(), page, slice))
}

fn remove_file_and_empty_parents(out: &Path, rel: &str) {
    let path = out.join(rel);
    if std::fs::remove_file(&path).is_err() {
        return;
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d == out || !d.starts_with(out) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

fn write_file(out: &Path, rel: &str, bytes: &[u8]) -> std::io::Result<()> {
    let path = out.join(rel);
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p)?;
    }
    std::fs::write(path, bytes)
}

impl Engine {
    /// An engine that keeps the site in `root` built in `out` (which it owns).
    pub fn new(root: impl Into<PathBuf>, out: impl Into<PathBuf>, drafts: bool) -> Engine {
        let root = root.into();
        let root = std::path::absolute(&root).unwrap_or(root);
        let out = out.into();
        let out = std::path::absolute(&out).unwrap_or(out);
        Engine {
            root,
            out,
            drafts,
            look: None,
            data: None,
            cache: HashMap::new(),
            site: None,
            snap: None,
            files: HashMap::new(),
            texts: HashMap::new(),
            failed: HashSet::new(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn output(&self) -> &Path {
        &self.out
    }

    /// Builds everything: the first build, and after a change of config.yaml.
    /// The output folder is emptied first when nothing has been written yet.
    pub fn full(&mut self, on_fast: impl FnOnce(&Round)) -> Round {
        if self.files.is_empty() && self.out.exists() {
            let _ = std::fs::remove_dir_all(&self.out);
        }
        self.update(
            &Changes {
                all: true,
                ..Changes::default()
            },
            on_fast,
        )
    }

    /// Rebuilds after `changes`. `on_fast` is called once the pages that show the
    /// change are written (the moment to reload browsers); the sitemap, search index
    /// and pages affected only through site-wide values are made after it.
    pub fn update(&mut self, changes: &Changes, on_fast: impl FnOnce(&Round)) -> Round {
        let mut round = Round::default();
        let t0 = std::time::Instant::now();
        let timings = std::env::var_os("OZYQ_TIMINGS").is_some();
        let phase = |name: &str| {
            if timings {
                eprintln!(
                    "[serve] {name}: {:.1} ms",
                    t0.elapsed().as_secs_f64() * 1000.0
                );
            }
        };
        let full = changes.all || changes.config || self.look.is_none() || self.snap.is_none();
        round.full = full;

        // Settings, theme and templates.
        let mut changed_templates: HashSet<String> = HashSet::new();
        let mut theme_changed = full;
        if full || changes.theme {
            match Look::load(&self.root) {
                Ok(look) => {
                    if let Some(old) = &self.look {
                        if old.strings != look.strings || old.config.text != look.config.text {
                            round.full = true;
                        }
                        for (n, t) in &look.texts {
                            if old.texts.get(n) != Some(t) {
                                changed_templates.insert(n.clone());
                            }
                        }
                        for n in old.texts.keys() {
                            if !look.texts.contains_key(n) {
                                changed_templates.insert(n.clone());
                            }
                        }
                    }
                    self.look = Some(look);
                    theme_changed = true;
                }
                Err(d) => {
                    // Nothing can be rendered; the next round starts over.
                    self.look = None;
                    round.errors = self.relative(d);
                    return round;
                }
            }
        }
        let full = round.full;
        let look = self.look.as_ref().expect("loaded above");
        let config = &look.config;
        let mut diags: Vec<Diagnostic> = look.diags.clone();

        if full || changes.data || self.data.is_none() {
            let mut d = Vec::new();
            let data = Data::load(&config.data_dir(), &mut d);
            self.data = Some((data, d));
        }
        let (data, data_diags) = self.data.as_ref().expect("loaded above");
        diags.extend(data_diags.iter().cloned());

        phase("look+data");
        // Content: re-read changed files only.
        let files = walk(config, &mut diags);
        phase("walk");
        if let Some(mut old) = self.site.take() {
            reclaim(&mut old, &mut self.cache);
        }
        phase("reclaim");
        let forced: HashSet<&PathBuf> = changes.content.iter().collect();
        let md: Vec<&SourceFile> = files
            .iter()
            .filter(|f| !matches!(f.kind, SourceKind::Asset { .. }))
            .collect();
        let cache = &self.cache;
        let fresh: Vec<(PathBuf, Cached)> = md
            .par_iter()
            .filter(|f| {
                let is_entry = matches!(f.kind, SourceKind::Entry { .. });
                match cache.get(&f.path) {
                    None => true,
                    Some(c) => {
                        forced.contains(&f.path)
                            || c.is_entry != is_entry
                            || (changes.all && c.stamp != stamp(&f.path))
                    }
                }
            })
            .map(|f| {
                let st = stamp(&f.path);
                let (parsed, diags) = parse_file(f);
                let body_hash = parsed.as_ref().map_or(0, |p| h64(&p.body));
                let links = parsed
                    .as_ref()
                    .map(|p| link_dests(&p.body))
                    .unwrap_or_default();
                (
                    f.path.clone(),
                    Cached {
                        stamp: st,
                        is_entry: matches!(f.kind, SourceKind::Entry { .. }),
                        parsed,
                        diags,
                        body_hash,
                        links,
                        taken: false,
                    },
                )
            })
            .collect();
        self.cache.extend(fresh);
        let present: HashSet<&PathBuf> = md.iter().map(|f| &f.path).collect();
        self.cache.retain(|p, _| present.contains(p));
        phase("parse");
        let mut docs: Vec<Parsed> = Vec::with_capacity(md.len());
        for f in &md {
            let c = self.cache.get_mut(&f.path).expect("cached above");
            diags.extend(c.diags.iter().cloned());
            if let Some(mut p) = c.parsed.take() {
                if p.file.kind != f.kind {
                    p.file.kind = f.kind.clone();
                }
                docs.push(p);
            }
        }
        phase("docs");
        let site = assemble(
            config.clone(),
            LoadOptions {
                drafts: self.drafts,
            },
            &files,
            data,
            docs.iter_mut(),
            &mut diags,
        );
        for p in docs {
            let c = self.cache.get_mut(&p.file.path).expect("cached above");
            c.taken = true;
            c.parsed = Some(p);
        }
        phase("assemble");
        round.warnings = diags.iter().filter(|d| !d.is_error()).count();
        if diags.iter().any(Diagnostic::is_error) {
            round.errors = self.relative(diags);
            self.site = Some(site);
            return round;
        }

        // What to render. The look is put back at the end of the round.
        let look_owned = self.look.take().expect("loaded above");
        let look = &look_owned;
        let config = &look.config;
        let sigs = sigs(&site, &self.cache);
        phase("sigs");
        let mut renderer = Renderer::new(&site, &look.strings, look.tera.clone());
        let site_value = renderer
            .tera
            .global_context()
            .get("site")
            .and_then(|v| serde_json::to_value(v).ok())
            .unwrap_or_default();
        phase("renderer");
        let jobs = all_jobs(&site);
        let paths: Vec<String> = jobs.iter().map(|&j| output_path(&site, j)).collect();
        let size = config.page_size;
        let old = if full {
            Snapshot::default()
        } else {
            self.snap.take().unwrap_or_default()
        };
        let mut snap = Snapshot {
            site_value: site_value.clone(),
            page_of_source: site.page_of_source.clone(),
            asset_dest: site.asset_dest.clone(),
            ..Snapshot::default()
        };
        let n = site.entries.len();
        for (i, e) in site.entries.iter().enumerate() {
            snap.entry_index.insert(e.doc.source.clone(), i);
            snap.entry_card.insert(e.doc.source.clone(), sigs.card[i]);
            snap.entry_full.insert(e.doc.source.clone(), sigs.full[i]);
        }

        phase("snapshot");
        // Entries whose card changed, or that came or went, and entries that moved.
        let mut moved: Vec<usize> = Vec::new();
        let mut card_changed: Vec<usize> = Vec::new();
        let mut people_changed: Vec<usize> = Vec::new();
        let mut people_of_changed: HashSet<String> = HashSet::new();
        let mut old = old;
        // People (authors and tags) only change with the card: carried over otherwise.
        snap.entry_people = std::mem::take(&mut old.entry_people);
        let mut old_to_new: Vec<Option<usize>> = vec![None; old.related.len()];
        for (i, e) in site.entries.iter().enumerate() {
            let s = &e.doc.source;
            if let Some(&j) = old.entry_index.get(s) {
                if j != i {
                    moved.push(i);
                }
                if let Some(slot) = old_to_new.get_mut(j) {
                    *slot = Some(i);
                }
            }
            if old.entry_card.get(s) != Some(&sigs.card[i]) {
                card_changed.push(i);
                let ppl = people(&site, i);
                let before = snap.entry_people.get(s);
                if before != Some(&ppl) {
                    people_changed.push(i);
                    people_of_changed.extend(ppl.iter().cloned());
                    if let Some(o) = before {
                        people_of_changed.extend(o.iter().cloned());
                    }
                    snap.entry_people.insert(s.clone(), ppl);
                }
            }
        }
        let gone_entries: Vec<PathBuf> = old
            .entry_index
            .keys()
            .filter(|s| !snap.entry_index.contains_key(*s))
            .cloned()
            .collect();
        for s in &gone_entries {
            if let Some(o) = snap.entry_people.remove(s) {
                people_of_changed.extend(o);
            }
        }
        let related_later = !full && moved.len() + people_changed.len() > SHIFT_LIMIT;
        // Entries whose related list must be computed now: those whose place or
        // people changed and those that share people with them.
        let mut recompute: Vec<bool> = vec![full || old.related.is_empty(); n];
        if !full && !related_later {
            let mut touch = |list: &[usize]| {
                for &j in list {
                    recompute[j] = true;
                }
            };
            touch(&people_changed);
            touch(&moved);
            let mut ppl = people_of_changed.clone();
            for &i in &moved {
                ppl.extend(people(&site, i));
            }
            for (a, au) in site.authors.iter().enumerate() {
                if ppl.contains(&format!("a:{}", au.id)) {
                    touch(&site.index.by_author[a]);
                }
            }
            for (t, tag) in site.tags.iter().enumerate() {
                if ppl.contains(&format!("t:{}", tag.slug)) {
                    touch(&site.index.by_tag[t]);
                }
            }
        }
        let related_lists: Vec<Vec<usize>> = (0..n)
            .into_par_iter()
            .map(|i| {
                let s = &site.entries[i].doc.source;
                let kept = (!recompute[i])
                    .then(|| old.entry_index.get(s))
                    .flatten()
                    .and_then(|&j| old.related.get(j))
                    .and_then(|l| {
                        l.iter()
                            .map(|&k| old_to_new.get(k).copied().flatten())
                            .collect::<Option<Vec<usize>>>()
                    });
                kept.unwrap_or_else(|| related_of(&site, i))
            })
            .collect();
        let related: Vec<u64> = related_lists
            .par_iter()
            .map(|l| related_hash(&sigs, l))
            .collect();
        phase("related");

        // Link targets whose page or file moved: pages linking to them change.
        let mut moved_targets: Vec<String> = Vec::new();
        if !full {
            let mut diff = |a: &HashMap<PathBuf, String>, b: &HashMap<PathBuf, String>| {
                for (k, v) in a {
                    if b.get(k) != Some(v) {
                        let name = k
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        moved_targets.push(name);
                    }
                }
            };
            diff(&old.page_of_source, &snap.page_of_source);
            diff(&snap.page_of_source, &old.page_of_source);
            diff(&old.asset_dest, &snap.asset_dest);
            diff(&snap.asset_dest, &old.asset_dest);
            moved_targets.sort();
            moved_targets.dedup();
        }
        let links_to_moved = |source: &Path| -> bool {
            if moved_targets.is_empty() {
                return false;
            }
            self.cache.get(source).is_some_and(|c| {
                c.links.iter().any(|l| {
                    l.contains('%') || moved_targets.iter().any(|t| l.contains(t.as_str()))
                })
            })
        };

        // Keys of the pages, and the pages to render now (fast) and after (slow).
        let mut fast: Vec<usize> = Vec::new();
        let mut slow: Vec<usize> = Vec::new();
        let mut in_fast = vec![false; jobs.len()];
        let template_changed = |t: &str| {
            look.closure
                .get(t)
                .is_none_or(|c| c.iter().any(|m| changed_templates.contains(m)))
        };
        let intro_sig: Vec<u64> = site
            .kind_intros
            .iter()
            .map(|d| d.as_ref().map_or(0, |d| doc_sig(d, &self.cache)))
            .collect();
        let intro_links: Vec<bool> = site
            .kind_intros
            .iter()
            .map(|d| d.as_ref().is_some_and(|d| links_to_moved(&d.source)))
            .collect();
        let keys: Vec<Option<u64>> = jobs
            .par_iter()
            .map(|&job| {
                let ix = &site.index;
                Some(match job {
                    Job::Entry(i) => {
                        let (newer, older) = ix.neighbours(&site.entries, i);
                        h64((
                            sigs.full[i],
                            newer.map(|j| sigs.card[j]),
                            older.map(|j| sigs.card[j]),
                            related[i],
                        ))
                    }
                    Job::Kind(k, p) => listing_key(
                        &site,
                        &sigs,
                        h64(("k", k, intro_sig[k])),
                        &ix.by_kind[k],
                        p,
                        size,
                    ),
                    Job::Year(y, p) => {
                        let (year, list) = &ix.by_year[y];
                        listing_key(&site, &sigs, h64(("y", year.slug())), list, p, size)
                    }
                    Job::Department(d, p) => {
                        let dep = &site.departments[d];
                        let what = h64(("d", &dep.id, &dep.name, &dep.name_ru, &dep.name_en));
                        listing_key(&site, &sigs, what, &ix.by_department[d], p, size)
                    }
                    Job::Tag(t, p) => {
                        let tag = &site.tags[t];
                        let what = h64(("t", &tag.name, &tag.slug));
                        listing_key(&site, &sigs, what, &ix.by_tag[t], p, size)
                    }
                    Job::Author(a) => {
                        let au = &site.authors[a];
                        let cards: Vec<u64> =
                            ix.by_author[a].iter().map(|&i| sigs.card[i]).collect();
                        h64((
                            &au.id,
                            &au.name,
                            au.category.id(),
                            au.department.map(|d| &site.departments[d].id),
                            au.department.map(|d| &site.departments[d].name),
                            &au.position,
                            au.photo.as_ref().map(|p| &p.1),
                            au.known,
                            cards,
                        ))
                    }
                    // Few and cheap: always rendered.
                    _ => return None,
                })
            })
            .collect();
        phase("keys");
        for (j, &job) in jobs.iter().enumerate() {
            let path = &paths[j];
            let now = match job {
                Job::Sitemap => false,
                _ if full => true,
                Job::Entry(i) => {
                    keys[j] != old.keys.get(path).copied()
                        || links_to_moved(&site.entries[i].doc.source)
                }
                Job::Kind(k, _) => keys[j] != old.keys.get(path).copied() || intro_links[k],
                _ => keys[j].is_none() || keys[j] != old.keys.get(path).copied(),
            } || self.failed.contains(path)
                || template_changed(template_of(job));
            if now {
                fast.push(j);
                in_fast[j] = true;
            }
            if let Some(k) = keys[j] {
                snap.keys.insert(path.clone(), k);
            }
        }
        // Site-wide values that changed: pages whose templates mention them.
        let mut changed_keys: HashSet<String> = HashSet::new();
        if !full {
            value_diff(&old.site_value, &site_value, "site", &mut changed_keys);
        }
        for (j, &job) in jobs.iter().enumerate() {
            if in_fast[j] {
                continue;
            }
            if matches!(job, Job::Sitemap)
                || (!changed_keys.is_empty() && look.mentions(template_of(job), &changed_keys))
            {
                slow.push(j);
            }
        }

        phase("fast set");
        // Files copied as they are, and the theme's static files.
        let copies = site.copied_files();
        let mut expected: HashSet<String> = paths.iter().cloned().collect();
        expected.insert("search/index.js".into());
        expected.extend(crate::catalogue::output_paths(&site));
        let mut writes: Vec<Made> = Vec::new();
        let mut errors: Vec<Diagnostic> = Vec::new();
        let copied: Vec<(String, u64, Result<(), Diagnostic>)> = copies
            .par_iter()
            .filter_map(|(src, dest)| {
                let st = stamp(src);
                let h = h64((src, st));
                if self.files.get(dest) == Some(&h) {
                    return None;
                }
                let path = self.out.join(dest);
                let r = path
                    .parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .and_then(|()| std::fs::copy(src, &path).map(|_| ()))
                    .map_err(|e| {
                        Diagnostic::error(
                            Location::file(src),
                            format!("cannot copy to the output: {e}"),
                        )
                    });
                Some((dest.clone(), h, r))
            })
            .collect();
        for (dest, h, r) in copied {
            match r {
                Ok(()) => writes.push((dest, h, Outcome::Kept)),
                Err(d) => errors.push(d),
            }
        }
        for (_, dest) in &copies {
            expected.insert(dest.clone());
        }
        for (rel, f) in look.theme.statics() {
            let rel = format!("static/{rel}");
            if theme_changed || !self.files.contains_key(&rel) {
                let h = h64(&f.bytes);
                if self.files.get(&rel) != Some(&h) {
                    match write_file(&self.out, &rel, &f.bytes) {
                        Ok(()) => writes.push((rel.clone(), h, Outcome::Written)),
                        Err(e) => errors.push(Diagnostic::error(
                            Location::file(self.out.join(&rel)),
                            format!("cannot write: {e}"),
                        )),
                    }
                }
            }
            expected.insert(rel);
        }

        phase("copies");
        // Render the pages that show the change, then let browsers reload.
        let rendered_texts: Mutex<Vec<usize>> = Mutex::new(Vec::new());
        let (w, errs) = render(
            &self.files,
            &self.out,
            &renderer,
            &look.theme,
            (&jobs, &paths),
            &fast,
            &rendered_texts,
        );
        round.rendered += fast.len();
        writes.extend(w);
        errors.extend(errs);
        // Files no longer made.
        let gone: Vec<String> = self
            .files
            .keys()
            .filter(|k| !expected.contains(*k))
            .cloned()
            .collect();
        for rel in &gone {
            remove_file_and_empty_parents(&self.out, rel);
            self.files.remove(rel);
        }
        round.changed.extend(gone);
        record(&mut self.files, &mut self.failed, &mut round, writes);
        let fast_errors = self.relative(errors.clone());
        let mut fast_round = round.clone();
        fast_round.errors = fast_errors;
        phase("render fast");
        on_fast(&fast_round);

        // Afterwards: related lists after big moves, site-wide values, the search index.
        if related_later {
            let all: Vec<Vec<usize>> = (0..n)
                .into_par_iter()
                .map(|i| related_of(&site, i))
                .collect();
            for (j, &job) in jobs.iter().enumerate() {
                if let Job::Entry(i) = job
                    && all[i] != related_lists[i]
                {
                    let (newer, older) = site.index.neighbours(&site.entries, i);
                    let k = h64((
                        sigs.full[i],
                        newer.map(|j| sigs.card[j]),
                        older.map(|j| sigs.card[j]),
                        related_hash(&sigs, &all[i]),
                    ));
                    snap.keys.insert(paths[j].clone(), k);
                    if !in_fast[j] {
                        slow.push(j);
                    }
                }
            }
            snap.related = all;
        } else {
            snap.related = related_lists;
        }
        slow.sort_unstable();
        slow.dedup();
        let (w, errs) = render(
            &self.files,
            &self.out,
            &renderer,
            &look.theme,
            (&jobs, &paths),
            &slow,
            &rendered_texts,
        );
        round.rendered += slow.len();
        let mut writes = w;
        errors.extend(errs);
        // Texts of the entries rendered, for the search index.
        let texts = renderer.entry_texts();
        for i in rendered_texts.into_inner().expect("no panics") {
            self.texts
                .insert(site.entries[i].doc.source.clone(), texts[i].clone());
        }
        let live: HashSet<&PathBuf> = site.entries.iter().map(|e| &e.doc.source).collect();
        self.texts.retain(|p, _| live.contains(p));
        let body_texts: Vec<String> = site
            .entries
            .iter()
            .map(|e| self.texts.get(&e.doc.source).cloned().unwrap_or_default())
            .collect();
        let js = crate::search::index_js(&site, &body_texts, &look.strings);
        let h = h64(js.as_bytes());
        if self.files.get("search/index.js") != Some(&h) {
            match write_file(&self.out, "search/index.js", js.as_bytes()) {
                Ok(()) => writes.push(("search/index.js".into(), h, Outcome::Written)),
                Err(e) => errors.push(Diagnostic::error(
                    Location::file(self.out.join("search/index.js")),
                    format!("cannot write: {e}"),
                )),
            }
        }
        // The exhibition catalogues: a year's PDF comes from .ozyq-cache/ unless
        // something it shows changed.
        let mut catalogue_diags = Vec::new();
        for (rel, bytes) in
            crate::catalogue::make_all(&renderer, &look.theme, true, &mut catalogue_diags)
        {
            let h = h64(&bytes);
            if self.files.get(&rel) != Some(&h) {
                match write_file(&self.out, &rel, &bytes) {
                    Ok(()) => writes.push((rel, h, Outcome::Written)),
                    Err(e) => errors.push(Diagnostic::error(
                        Location::file(self.out.join(&rel)),
                        format!("cannot write: {e}"),
                    )),
                }
            }
        }
        errors.extend(
            catalogue_diags
                .into_iter()
                .filter(|d| d.severity == crate::diagnostics::Severity::Error),
        );
        record(&mut self.files, &mut self.failed, &mut round, writes);
        drop(renderer);
        self.look = Some(look_owned);
        // Pages that failed to render keep no key, so they are tried again.
        for p in &self.failed {
            snap.keys.remove(p);
        }
        self.snap = Some(snap);
        self.site = Some(site);
        round.errors = self.relative(errors);
        round
    }

    fn relative(&self, diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let mut d = Diagnostics::new();
        d.extend(diags.into_iter().filter(Diagnostic::is_error));
        d.relative_to(&self.root);
        d.sorted()
    }
}

/// A file made in a round: `(rel, hash, outcome)`.
type Made = (String, u64, Outcome);

enum Outcome {
    /// Copied or rendered, and recorded whether or not the bytes changed.
    Kept,
    /// Rendered and written because it differed.
    Written,
    /// Rendering failed: the old file stays.
    Failed,
}

#[allow(clippy::too_many_arguments)]
fn render(
    files: &HashMap<String, u64>,
    out: &Path,
    renderer: &Renderer,
    theme: &Theme,
    (jobs, paths): (&[Job], &[String]),
    which: &[usize],
    texts: &Mutex<Vec<usize>>,
) -> (Vec<Made>, Vec<Diagnostic>) {
    let results: Vec<(Made, Vec<Diagnostic>)> = which
        .par_iter()
        .map(|&j| {
            let job = jobs[j];
            let rel = &paths[j];
            let mut local = Vec::new();
            let (template, ctx) = renderer.context(job, &mut local);
            if let Job::Entry(i) = job {
                texts.lock().expect("no panics").push(i);
            }
            thread_local!(static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) });
            BUF.with_borrow_mut(|buf| {
                buf.clear();
                if let Err(e) = renderer.tera.render_to(template, &ctx, &mut *buf) {
                    local.push(tera_error(theme, template, &e));
                    return ((rel.clone(), 0, Outcome::Failed), local);
                }
                if local.iter().any(Diagnostic::is_error) {
                    return ((rel.clone(), 0, Outcome::Failed), local);
                }
                let h = h64(&buf[..]);
                if files.get(rel) == Some(&h) {
                    return ((rel.clone(), h, Outcome::Kept), local);
                }
                match write_file(out, rel, buf) {
                    Ok(()) => ((rel.clone(), h, Outcome::Written), local),
                    Err(e) => {
                        local.push(Diagnostic::error(
                            Location::file(out.join(rel)),
                            format!("cannot write: {e}"),
                        ));
                        ((rel.clone(), 0, Outcome::Failed), local)
                    }
                }
            })
        })
        .collect();
    let mut made = Vec::new();
    let mut diags = Vec::new();
    for (m, d) in results {
        made.push(m);
        diags.extend(d);
    }
    (made, diags)
}

/// Records the files made in a round.
fn record(
    files: &mut HashMap<String, u64>,
    failed: &mut HashSet<String>,
    round: &mut Round,
    made: Vec<Made>,
) {
    for (rel, h, outcome) in made {
        match outcome {
            Outcome::Failed => {
                failed.insert(rel);
            }
            Outcome::Written => {
                failed.remove(&rel);
                files.insert(rel.clone(), h);
                round.changed.push(rel);
            }
            Outcome::Kept => {
                failed.remove(&rel);
                if files.insert(rel.clone(), h) != Some(h) {
                    round.changed.push(rel);
                }
            }
        }
    }
}

/// Moves the bodies of the model's documents back into the cache.
fn reclaim(site: &mut Site, cache: &mut HashMap<PathBuf, Cached>) {
    let mut give = |doc: &mut Doc| {
        if let Some(c) = cache.get_mut(&doc.source)
            && c.taken
            && let Some(p) = &mut c.parsed
        {
            p.body = std::mem::take(&mut doc.body);
            c.taken = false;
        }
    };
    for e in &mut site.entries {
        give(&mut e.doc);
    }
    for p in &mut site.pages {
        give(&mut p.doc);
    }
    if let Some(h) = &mut site.home {
        give(h);
    }
    for d in site.kind_intros.iter_mut().flatten() {
        give(d);
    }
    for (_, d) in &mut site.forewords {
        give(d);
    }
}

/// Names of the fields that differ between two values.
fn value_diff(a: &serde_json::Value, b: &serde_json::Value, key: &str, out: &mut HashSet<String>) {
    use serde_json::Value as V;
    if a == b {
        return;
    }
    match (a, b) {
        (V::Object(x), V::Object(y)) => {
            for (k, v) in x {
                value_diff(v, y.get(k).unwrap_or(&V::Null), k, out);
            }
            for (k, v) in y {
                if !x.contains_key(k) {
                    value_diff(&V::Null, v, k, out);
                }
            }
        }
        (V::Array(x), V::Array(y)) if x.len() == y.len() => {
            for (v, w) in x.iter().zip(y) {
                value_diff(v, w, key, out);
            }
        }
        _ => {
            out.insert(key.to_string());
        }
    }
}
