//! Entries edited in place whose authors, department or tags changed.
//!
//! The model is patched as for a text edit (same entries, same order, nobody and
//! nothing new named), and its listings are built again; which pages show the
//! change is then no longer a matter of cards (a tag's pages, the related works,
//! the counts), so the round goes on as a full one from the patched model, whose
//! page keys decide what is made. Assembling 10,000 entries again took about half
//! of such a round.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::data::Data;
use crate::diagnostics::Diagnostic;
use crate::paths::PathMap;
use crate::pipeline::{Look, output};
use crate::render::prepared::Prepared;
use crate::site::load::Parsed;
use crate::site::resolve::Registry;
use crate::site::{AuthorId, DepartmentId, Entry, EntryId, Site, TagId};

use super::{Cached, Changes, Engine, LookChanges, Planned, Round, Snapshot, State};

/// The names an entry is listed under.
pub(super) fn listed_under(e: &Entry) -> impl PartialEq + '_ {
    (&e.authors, e.department, &e.tags)
}

/// A name an entry writes whose form the model keeps as first written: a
/// guest, a tag, or a department `data` does not describe.
#[derive(PartialEq, Clone, Copy)]
enum Name {
    Guest(AuthorId),
    Tag(TagId),
    Department(DepartmentId),
}

/// A name as one file writes it, with its key.
#[derive(PartialEq)]
struct Written<'p> {
    name: Name,
    form: &'p str,
    key: &'p str,
}

/// Who first named each of an edited entry's names. The model keeps a guest, a
/// tag or a department `data` does not describe as the first file (in the walk's
/// order) to name it writes it, numbers a guest or a department among its likes
/// by that place, and warns of a guest where it is first met. An edit that makes
/// another file the first to name something may change those, which the full
/// way sees and an edit in place would not.
pub(super) struct FirstNames<'a> {
    pub site: &'a Site,
    pub data: &'a Data,
    /// The registry of the model's names, the edited entry's resolved through it.
    pub reg: &'a Registry,
    /// The documents as last read, by file.
    pub cache: &'a PathMap<PathBuf, Cached>,
    /// The edited entry, and where the walk met its file.
    pub at: (EntryId, usize),
    /// Where the walk met a file.
    pub position: &'a dyn Fn(&Path) -> Option<usize>,
}

/// Whether entry `e` names `name`, or may: a translation may take its
/// original's authors and department without naming them.
fn uses(e: &Entry, name: Name) -> bool {
    match name {
        Name::Guest(a) => e.authors.contains(&a),
        Name::Tag(t) => e.tags.contains(&t),
        Name::Department(d) => e.department == Some(d),
    }
}

/// How `p` writes the name of key `key` that is a `like`.
fn form_in<'p>(p: &'p Parsed, like: Name, key: &str) -> Option<&'p str> {
    let own = &p.own;
    match like {
        Name::Guest(_) => (p.fm.authors.iter().zip(&own.author_keys))
            .find(|(_, k)| *k == key)
            .map(|(a, _)| a.value.as_str()),
        Name::Tag(_) => (p.fm.tags.iter().zip(&own.tag_keys))
            .find(|(_, k)| *k == key)
            .map(|(t, _)| t.as_str()),
        Name::Department(_) => (p.fm.department.as_ref().zip(own.department_key.as_ref()))
            .filter(|(_, k)| *k == key)
            .map(|(d, _)| d.value.as_str()),
    }
}

/// Whether `own`, the id of a guest or department written `form`, is that
/// name's own id and no other's begins like it: its number does not hang on
/// which was met first.
fn numbered_alone<'i>(mut ids: impl Iterator<Item = &'i str>, own: &str, form: &str) -> bool {
    let base = crate::site::resolve::name_id(form);
    own == base && !ids.any(|o| o != own && o.starts_with(&base))
}

impl FirstNames<'_> {
    /// Whether an entry before the edited one in file order names `name`
    /// (a translation's authors and department do not count).
    fn named_before(&self, name: Name) -> bool {
        let (index, at) = self.at;
        let own = matches!(name, Name::Tag(_));
        self.site.entries.iter_enumerated().any(|(j, e)| {
            j != index
                && (own || e.doc.translation.is_none())
                && uses(e, name)
                && (self.position)(&e.doc.source).is_some_and(|p| p < at)
        })
    }

    /// The first file after the edited one to name `name`, as read; `None` if
    /// there is none, or it is a translation that may not name it itself.
    fn named_next(&self, name: Name) -> Option<&Parsed> {
        let (index, at) = self.at;
        let (_, next) = (self.site.entries.iter_enumerated())
            .filter(|&(j, e)| j != index && uses(e, name))
            .filter_map(|(_, e)| Some(((self.position)(&e.doc.source)?, e)))
            .filter(|&(p, _)| p > at)
            .min_by_key(|&(p, _)| p)?;
        if next.doc.translation.is_some() && !matches!(name, Name::Tag(_)) {
            return None;
        }
        self.cache.get(&next.doc.source)?.doc.parsed()
    }

    /// Whether the model holds `w` as it did when the edited entry, the first to
    /// name it, stops or starts naming it so: the next file to name it writes it
    /// the same, and it is numbered and warned of alike from there.
    fn same_from_next(&self, w: &Written) -> bool {
        let Some(next) = self.named_next(w.name) else {
            return false;
        };
        if form_in(next, w.name, w.key) != Some(w.form) {
            return false;
        }
        let site = self.site;
        match w.name {
            // Tags are numbered in alphabetical order.
            Name::Tag(_) => true,
            Name::Guest(a) => {
                let mut said = Vec::new();
                let at = crate::diagnostics::Location::file(&next.file.path);
                self.reg.warn_of_guest(w.form, &at, &mut said);
                let ids = site.authors.iter().map(|o| o.id.as_str());
                said.is_empty() && numbered_alone(ids, &site.authors[a].id, w.form)
            }
            Name::Department(d) => {
                let ids = site.departments.iter().map(|o| o.id.as_str());
                numbered_alone(ids, &site.departments[d].id, w.form)
            }
        }
    }

    /// The names `p` writes whose first form the model keeps, each as written.
    fn written<'p>(&self, p: &'p Parsed) -> Vec<Written<'p>> {
        let (reg, site) = (self.reg, self.site);
        let authors = (p.fm.authors.iter().zip(&p.own.author_keys))
            .filter_map(|(a, k)| Some((reg.author_by_key(k)?, a.value.as_str(), k)))
            .filter(|&(a, _, _)| !site.authors[a].known)
            .map(|(a, form, key)| (Name::Guest(a), form, key));
        let tags = (p.fm.tags.iter().zip(&p.own.tag_keys))
            .filter_map(|(t, k)| Some((Name::Tag(reg.tag_by_key(k)?), t.as_str(), k)));
        let department = (p.fm.department.as_ref().zip(p.own.department_key.as_ref()))
            .and_then(|(d, k)| Some((reg.department_by_key(k)?, d.value.as_str(), k)))
            .filter(|&(d, _, _)| {
                let id = &site.departments[d].id;
                !self.data.departments.iter().any(|k| &k.id == id)
            })
            .map(|(d, form, key)| (Name::Department(d), form, key));
        (authors.chain(tags).chain(department))
            .map(|(name, form, key)| Written {
                name,
                form,
                key: key.as_str(),
            })
            .collect()
    }

    /// Whether the edit from `old` to `new` changes which file first names a
    /// name, or how, in a way the model would show.
    pub fn moved(&self, old: &Parsed, new: &Parsed) -> bool {
        let (was, is) = (self.written(old), self.written(new));
        let gone = was.iter().filter(|w| !is.contains(w));
        let came = is.iter().filter(|w| !was.contains(w));
        let changed: Vec<&Written> = gone.chain(came).collect();
        // Named both ways: written another way.
        let reworded = |w: &Written| changed.iter().filter(|v| v.name == w.name).count() > 1;
        (changed.iter())
            .any(|w| !self.named_before(w.name) && (reworded(w) || !self.same_from_next(w)))
    }

    /// Says to `diags` what meeting its guests first warns of, for those the
    /// edited entry (`parsed`) is the first to name: the model's registry has
    /// met them already.
    pub fn warn_of_guests(&self, parsed: &Parsed, diags: &mut Vec<Diagnostic>) {
        let mut met = Vec::new();
        for (name, k) in parsed.fm.authors.iter().zip(&parsed.own.author_keys) {
            let Some(a) = self.reg.author_by_key(k) else {
                continue;
            };
            let guest = !self.site.authors[a].known;
            if !met.contains(&a) && guest && !self.named_before(Name::Guest(a)) {
                self.reg.warn_of_guest(&name.value, &name.location, diags);
            }
            met.push(a);
        }
    }
}

impl Engine {
    /// Goes on with a model whose entries' names were patched in place: builds
    /// its listings again and makes the pages whose keys changed, as a full
    /// round would; `now` holds the edited files' warnings. Should the patched
    /// model put two outputs at one path, the full way says so.
    pub(super) fn remake_renamed(
        &mut self,
        (look, mut site): (Look, Site),
        (snap, prepared): (Snapshot, Vec<Prepared>),
        now: HashMap<PathBuf, Vec<Diagnostic>>,
        mut round: Round,
        changes: &Changes,
        on_fast: impl FnOnce(&Round),
    ) -> Round {
        crate::site::tongues::relist(&mut site);
        let outputs = output::all(&site, &look.theme);
        let paths = output::paths(&site, &outputs);
        if !output::check_paths(&site, &look.theme, &outputs, &paths).is_empty() {
            self.state = State::Built {
                look,
                site,
                snap,
                prepared,
            };
            return self.update_all(changes, on_fast);
        }
        round.new_warnings = self.renew_warnings(now, false);
        round.warnings = self.warnings.values().map(Vec::len).sum();
        let changed = LookChanges {
            templates: HashSet::new(),
            theme: false,
            only_entries: true,
        };
        let planned = Planned {
            site,
            outputs,
            paths,
        };
        self.make_round(
            planned,
            look,
            Some((snap, prepared)),
            &changed,
            round,
            on_fast,
        )
    }
}
