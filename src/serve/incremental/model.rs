//! The first steps of a full round: the look (config, theme, templates) and the
//! model, rebuilt from the cached documents and the files that changed.

use rayon::prelude::*;

use crate::content::history::History;
use std::collections::HashSet;
use std::path::PathBuf;

use crate::content::plan::PlanFile;
use crate::content::walk::{SourceFile, SourceKind, walk};
use crate::diagnostics::Diagnostic;
use crate::memory::drop_aside;
use crate::paths::{PathMap, PathSet};
use crate::site::load::{DocRead, Inputs, LoadOptions, Parsed, assemble, read_data};
use crate::site::{Doc, Site};

use crate::pipeline::Look;

use super::files::{Stamp, stamp};
use super::{Cached, Changes, Engine, Refreshed, Round};

impl Engine {
    /// Loads config, theme and templates again when the round needs them; returns
    /// the look with what changed in it, or `None` (with the errors in `round`) when
    /// nothing can be rendered.
    pub(super) fn refresh_look(
        &mut self,
        old: Option<Look>,
        changes: &Changes,
        round: &mut Round,
    ) -> Option<Refreshed> {
        let mut templates: HashSet<String> = HashSet::new();
        if let Some(old) = old {
            if !(round.full || changes.theme) {
                return Some(Refreshed::new(old, templates, false));
            }
            let look = self.load_look(round)?;
            if old.strings != look.strings || old.config.text != look.config.text {
                round.full = true;
            }
            for (n, t) in &look.templates.texts {
                if old.templates.texts.get(n) != Some(t) {
                    templates.insert(n.clone());
                }
            }
            for n in old.templates.texts.keys() {
                if !look.templates.texts.contains_key(n) {
                    templates.insert(n.clone());
                }
            }
            return Some(Refreshed::new(look, templates, true));
        }
        let look = self.load_look(round)?;
        Some(Refreshed::new(look, templates, true))
    }

    fn load_look(&self, round: &mut Round) -> Option<Look> {
        Look::load(&self.root)
            .map_err(|u| round.errors = self.relative(u.diags))
            .ok()
    }

    /// A file is what the walk that read it found it to be; a new walk may find
    /// it to be something else (a bundle's page, say).
    fn refind_kinds(&mut self, md: &[&SourceFile]) {
        for f in md {
            let p = match self.cache.get_mut(&f.path) {
                Some(Cached {
                    doc: DocRead::Parsed(p),
                    ..
                }) => Some(p),
                Some(Cached {
                    doc: DocRead::Rejected(_, Some(p)),
                    ..
                }) => Some(&mut **p),
                _ => None,
            };
            if let Some(p) = p
                && p.file.kind != f.kind
            {
                p.file.kind = f.kind.clone();
            }
        }
    }

    /// Walks content/, re-reads the files that changed (or are new), and data/ and
    /// the record when `reload_data`, and assembles the model from the cached
    /// documents.
    pub(super) fn rebuild_model(
        &mut self,
        look: &Look,
        old: Option<Site>,
        changes: &Changes,
        reload_data: bool,
        diags: &mut Vec<Diagnostic>,
        phase: &impl Fn(&str),
    ) -> Site {
        let config = &look.config;
        let (walked, same_files) = match self.walked.take() {
            Some(w) if w.still_true(changes) => (w, true),
            _ => (Walked::walk(config), false),
        };
        diags.extend(walked.diags.iter().cloned());
        let files = &walked.files;
        let history = self
            .history
            .get_or_insert_with(|| History::read(&config.content_dir(), files));
        let history = &*history;
        phase("walk");
        if let Some(old) = old {
            drop_aside(old);
        }
        let forced: PathSet<&PathBuf> = changes.content.iter().collect();
        let md: Vec<&SourceFile> = files.iter().filter(|f| f.kind.is_doc()).collect();
        let cache = &self.cache;
        // With the same files as last round, the cache holds each of them: only the
        // changed ones are read.
        let candidates: Vec<&SourceFile> = if same_files {
            (changes.content.iter())
                .filter_map(|p| walked.index.get(p).map(|&i| &files[i]))
                .filter(|f| f.kind.is_doc())
                .collect()
        } else {
            md.clone()
        };
        let read_changed = || -> Vec<(PathBuf, Cached)> {
            candidates
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
                .map(|f| (f.path.clone(), Cached::read(f, history)))
                .collect()
        };
        // data/ and the record (a long YAML file on a large site) beside the documents.
        let read_data = || reload_data.then(|| read_data(config));
        let (fresh, data) = rayon::join(read_changed, read_data);
        if data.is_some() {
            self.data = data;
        }
        self.cache.extend(fresh);
        if !same_files {
            let present: PathSet<&PathBuf> = md.iter().map(|f| &f.path).collect();
            self.cache.retain(|p, _| present.contains(p));
        }
        phase("parse");
        if !same_files {
            self.refind_kinds(&md);
        }
        let mut docs: Vec<&Parsed> = Vec::with_capacity(md.len());
        let mut rejected: Vec<&Doc> = Vec::new();
        let mut partial: Vec<&Parsed> = Vec::new();
        for f in &md {
            let c = self.cache.get(&f.path).expect("cached above");
            diags.extend(c.diags.iter().cloned());
            docs.extend(c.doc.parsed());
            rejected.extend(c.doc.rejected());
            partial.extend(c.doc.partial());
        }
        phase("docs");
        let forms = crate::site::plan::forms::ids(config).join(", ");
        let plans = (self.plans).read(files, forms, &forced, changes.all, diags);
        let read = self.data.as_ref().expect("loaded before");
        diags.extend(read.diags.iter().cloned());
        let inputs = Inputs {
            files,
            data: &read.data,
            record: &read.record,
            plans: &plans,
            rejected: &rejected,
            partial: &partial,
        };
        let options = LoadOptions {
            drafts: self.drafts,
            // Serve previews; it never writes the record.
            record: false,
        };
        let site = assemble(config.clone(), options, inputs, docs, diags);
        phase("assemble");
        self.walked = Some(walked);
        site
    }
}

impl Engine {
    /// Whether every changed file is an entry's Markdown file, still there: then
    /// only what entries show changed (not a foreword, a page, or a cover image).
    pub(super) fn only_entries_changed(&self, changes: &Changes) -> bool {
        let Some(w) = &self.walked else {
            return false;
        };
        changes.content.iter().all(|p| {
            w.index
                .get(p)
                .is_some_and(|&i| matches!(w.files[i].kind, SourceKind::Entry { .. }))
        })
    }
}

/// A walk of content/ and what it found wrong.
pub(super) struct Walked {
    files: Vec<SourceFile>,
    /// Each file's place in `files`.
    index: PathMap<PathBuf, usize>,
    diags: Vec<Diagnostic>,
}

impl Walked {
    /// Walks the sources `config` names.
    fn walk(config: &crate::config::Config) -> Self {
        let mut diags = Vec::new();
        let files = walk(config, &mut diags);
        let index = (files.iter().enumerate())
            .map(|(i, f)| (f.path.clone(), i))
            .collect();
        Walked {
            files,
            index,
            diags,
        }
    }

    /// Where the walk found file `p`: documents are read, and their names first
    /// met, in this order.
    pub(super) fn position(&self, p: &std::path::Path) -> Option<usize> {
        self.index.get(p).copied()
    }

    /// Whether a walk now would find the same files: only files it found changed,
    /// and they are still there. (A file made or removed, a folder, or config.yaml
    /// needs a walk again; a save through a temporary file is such a change too.)
    fn still_true(&self, changes: &Changes) -> bool {
        !changes.all
            && !changes.config
            && changes
                .content
                .iter()
                .all(|p| self.index.contains_key(p) && p.is_file())
    }
}

/// The work plans as last read, by file: a plan is read again only when it
/// changed, as documents are.
#[derive(Default)]
pub(super) struct Plans {
    by_path: PathMap<PathBuf, PlanRead>,
    /// The forms of work the hints named when they were read (the site's kinds
    /// among them): when the kinds change, every plan is read again.
    forms: String,
}

/// One plan file as last read.
struct PlanRead {
    /// The file's stamp when it was read.
    stamp: Stamp,
    /// The plan, unless the file could not be read as one.
    plan: Option<PlanFile>,
    /// What reading it found.
    diags: Vec<Diagnostic>,
}

impl Plans {
    /// The plans among `files`, read again when `forced` names them or, after
    /// changes the watcher could not tell apart (`all`), when their stamp moved;
    /// their problems go to `diags`. `forms` lists the forms of work for hints.
    fn read(
        &mut self,
        files: &[SourceFile],
        forms: String,
        forced: &PathSet<&PathBuf>,
        all: bool,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<PlanFile> {
        if forms != self.forms {
            self.by_path.clear();
            self.forms = forms;
        }
        let plans: Vec<&SourceFile> = files
            .iter()
            .filter(|f| f.kind == SourceKind::Plan)
            .collect();
        let present: PathSet<&PathBuf> = plans.iter().map(|f| &f.path).collect();
        self.by_path.retain(|p, _| present.contains(p));
        let mut out = Vec::with_capacity(plans.len());
        for f in plans {
            let now = stamp(&f.path);
            let stale = |was: &Stamp| forced.contains(&f.path) || (all && *was != now);
            if self.by_path.get(&f.path).is_none_or(|r| stale(&r.stamp)) {
                let mut d = Vec::new();
                let plan = crate::content::plan::read(f, &self.forms, &mut d);
                let read = PlanRead {
                    stamp: now,
                    plan,
                    diags: d,
                };
                self.by_path.insert(f.path.clone(), read);
            }
            let read = &self.by_path[&f.path];
            out.extend(read.plan.iter().cloned());
            diags.extend(read.diags.iter().cloned());
        }
        out
    }
}
