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
//!
//! Entries edited in place (the usual save while writing) take a quicker way that
//! patches the model instead of assembling it again: see `entry_edit.rs`. The second
//! half of a round, after the reload, is in `after.rs`.

use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::catalogue::PdfWork;
use crate::content::walk::{SourceFile, SourceKind};
use crate::data::Data;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::render::context::Renderer;
use crate::render::jobs::{Job, all_jobs, output_path};
use crate::render::prepared::Prepared;
use crate::site::load::{Parsed, parse_file};
use crate::site::{Doc, Site};

/// Above this many entries changing place, related lists are recomputed after the reload.
const SHIFT_LIMIT: usize = 64;

mod after;
mod changes;
mod entry_edit;
mod files;
mod keys;
mod look;
mod model;

use after::Later;
pub use changes::{Changes, Round};
use files::{
    Made, Stamp, copy_files, record, remove_file_and_empty_parents, render, stamp, write_if_changed,
};
use keys::{Model, doc_sig, h64, job_key, people, related_hash, related_of, sigs, value_diff};
use look::Look;
pub use look::template_of;

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

impl Cached {
    /// Reads and parses a Markdown file of content/.
    fn read(f: &SourceFile) -> Cached {
        let stamp = stamp(&f.path);
        let (parsed, diags) = parse_file(f);
        let body_hash = parsed.as_ref().map_or(0, |p| h64(&p.body));
        let links = parsed
            .as_ref()
            .map(|p| link_dests(&p.body))
            .unwrap_or_default();
        Cached {
            stamp,
            is_entry: matches!(f.kind, SourceKind::Entry { .. }),
            parsed,
            diags,
            body_hash,
            links,
            taken: false,
        }
    }
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
    /// The keys of those lists, of each entry and of each kind's introduction.
    related_hashes: Vec<u64>,
    sigs: keys::Sigs,
    intro_sig: Vec<u64>,
    site_value: serde_json::Value,
    page_of_source: HashMap<PathBuf, String>,
    asset_dest: HashMap<PathBuf, String>,
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
    /// The values pages share, made from `site` in the last round; `None` unless that
    /// round built the model without errors (so that `site` and `snap` agree).
    prepared: Option<Prepared>,
    /// Warnings of the last round, by file.
    warnings: HashMap<PathBuf, usize>,
    /// Catalogue PDFs are compiled by the caller (see [`Engine::take_pdf_work`]).
    defer_pdfs: bool,
    /// PDFs to compile, and the key each PDF being compiled must have to be used.
    pdf_work: Vec<(String, PdfWork)>,
    pdf_wanted: HashMap<String, String>,
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
            prepared: None,
            warnings: HashMap::new(),
            defer_pdfs: false,
            pdf_work: Vec::new(),
            pdf_wanted: HashMap::new(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn output(&self) -> &Path {
        &self.out
    }

    /// The path of the published site (`/otm/` for `https://college.example/otm/`).
    pub fn site_path(&self) -> Option<String> {
        let look = self.look.as_ref()?;
        let url = look.config.base_url.as_deref()?;
        Some(crate::render::context::url_path(url))
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
        match self.plan_entry_edit(changes) {
            Some(plan) => self.apply_entry_edit(plan, on_fast),
            None => self.update_all(changes, on_fast),
        }
    }

    /// Rebuilds the model from the cached documents and every file that changed, and
    /// renders the pages whose keys changed.
    fn update_all(&mut self, changes: &Changes, on_fast: impl FnOnce(&Round)) -> Round {
        self.prepared = None;
        let mut round = Round::default();
        let phase = phases();
        let full = changes.all || changes.config || self.look.is_none() || self.snap.is_none();
        round.full = full;

        let Some((changed_templates, theme_changed)) = self.refresh_look(changes, &mut round)
        else {
            return round;
        };
        let full = round.full;
        // The look is put back at the end of the round.
        let look_owned = self.look.take().expect("loaded above");
        let look = &look_owned;
        let mut diags: Vec<Diagnostic> = look.diags.clone();
        if full || changes.data || self.data.is_none() {
            let mut d = Vec::new();
            let data = Data::load(&look.config.data_dir(), &mut d);
            self.data = Some((data, d));
        }
        phase("look+data");
        let site = self.rebuild_model(look, changes, &mut diags, &phase);
        round.warnings = diags.iter().filter(|d| !d.is_error()).count();
        self.warnings.clear();
        for d in diags.iter().filter(|d| !d.is_error()) {
            *self.warnings.entry(d.location.file.clone()).or_default() += 1;
        }
        if diags.iter().any(Diagnostic::is_error) {
            round.errors = self.relative(diags);
            self.site = Some(site);
            self.look = Some(look_owned);
            return round;
        }

        // What to render.
        let sigs = sigs(&site, &self.cache);
        phase("sigs");
        let mut renderer = Renderer::new(&site, &look.strings, look.tera.clone());
        let site_value = renderer
            .prepared
            .tera
            .global_context()
            .get("site")
            .and_then(|v| serde_json::to_value(v).ok())
            .unwrap_or_default();
        phase("renderer");
        let jobs = all_jobs(&site);
        let paths: Vec<String> = jobs.iter().map(|&j| output_path(&site, j)).collect();
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
                job_key(
                    &site,
                    Model {
                        sigs: &sigs,
                        related: &related,
                        intro_sig: &intro_sig,
                    },
                    job,
                )
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
        let mut changed_keys: HashSet<(String, String)> = HashSet::new();
        if !full {
            value_diff(&old.site_value, &site_value, None, &mut changed_keys);
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

        phase(&format!(
            "fast set ({} pages now, {} after: site values {changed_keys:?})",
            fast.len(),
            slow.len()
        ));
        // Files copied as they are, and the theme's static files.
        let copies = site.copied_files();
        let mut expected: HashSet<String> = paths.iter().cloned().collect();
        expected.insert("search/index.js".into());
        expected.extend(crate::catalogue::output_paths(&site));
        let mut writes: Vec<Made> = Vec::new();
        let mut errors: Vec<Diagnostic> = Vec::new();
        copy_files((&self.files, &self.out), &copies, &mut writes, &mut errors);
        for (_, dest) in &copies {
            expected.insert(dest.clone());
        }
        for (rel, f) in look.theme.statics() {
            let rel = format!("static/{rel}");
            if theme_changed || !self.files.contains_key(&rel) {
                write_if_changed(
                    (&self.files, &self.out),
                    &rel,
                    &f.bytes,
                    &mut writes,
                    &mut errors,
                );
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
            let all_hashes: Vec<u64> = all.par_iter().map(|l| related_hash(&sigs, l)).collect();
            let model = Model {
                sigs: &sigs,
                related: &all_hashes,
                intro_sig: &intro_sig,
            };
            for (j, &job) in jobs.iter().enumerate() {
                if let Job::Entry(i) = job
                    && all[i] != related_lists[i]
                {
                    if let Some(k) = job_key(&site, model, job) {
                        snap.keys.insert(paths[j].clone(), k);
                    }
                    if !in_fast[j] {
                        slow.push(j);
                    }
                }
            }
            snap.related = all;
            snap.related_hashes = all_hashes;
        } else {
            snap.related = related_lists;
            snap.related_hashes = related;
        }
        snap.sigs = sigs;
        snap.intro_sig = intro_sig;
        slow.sort_unstable();
        slow.dedup();
        let later = Later {
            jobs: (&jobs, &paths),
            slow: &slow,
            rendered_texts,
            catalogues: None,
        };
        let prepared = self.after_reload(&site, renderer, look, later, &mut round, &mut errors);
        self.end_round((site, look_owned, snap, prepared), round, errors)
    }

    /// Keeps what the round made for the next one and reports it.
    fn end_round(
        &mut self,
        (site, look, mut snap, prepared): (Site, Look, Snapshot, Prepared),
        mut round: Round,
        errors: Vec<Diagnostic>,
    ) -> Round {
        // Pages that failed to render keep no key, so they are tried again.
        for p in &self.failed {
            snap.keys.remove(p);
        }
        self.prepared = Some(prepared);
        self.look = Some(look);
        self.snap = Some(snap);
        self.site = Some(site);
        round.errors = self.relative(errors);
        round
    }

    pub(super) fn relative(&self, diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let mut d = Diagnostics::new();
        d.extend(diags.into_iter().filter(Diagnostic::is_error));
        d.relative_to(&self.root);
        d.sorted()
    }
}

/// With `OZYQ_TIMINGS` set, a function that prints how long the round has taken
/// at each named step.
pub(super) fn phases() -> impl Fn(&str) {
    let start = std::time::Instant::now();
    let on = std::env::var_os("OZYQ_TIMINGS").is_some();
    move |name: &str| {
        if on {
            eprintln!(
                "[serve] {name}: {:.1} ms",
                start.elapsed().as_secs_f64() * 1000.0
            );
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
