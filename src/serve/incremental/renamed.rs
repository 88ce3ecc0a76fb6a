//! Entries edited in place whose authors, department or tags changed, or whose
//! date did ([`super::reordered`]).
//!
//! The model is patched as for a text edit (same entries; names new to the site
//! taken into its registry; a redated entry moved to its place), and its listings
//! are built again; which pages show the change is then no longer a matter of
//! cards (a tag's pages, the related works, the counts), so the round goes on as
//! a full one from the patched model, whose page keys decide what is made.
//! Assembling 10,000 entries again took about half of such a round.

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

impl FirstNames<'_> {
    /// Whether entry `e` writes the name `name` of key `key` itself (a
    /// translation may take its original's authors and department unwritten).
    fn writes(&self, e: &Entry, name: Name, key: &str) -> bool {
        uses(e, name)
            && (self.cache.get(&e.doc.source))
                .and_then(|c| c.doc.parsed())
                .is_some_and(|p| form_in(p, name, key).is_some())
    }

    /// Whether a file before the edited one writes `w`'s name.
    fn named_before(&self, w: &Written) -> bool {
        let (index, at) = self.at;
        // Cheapest test first: the first file of a large site names nothing
        // named before, and each name is looked for among every entry.
        self.site.entries.iter_enumerated().any(|(j, e)| {
            j != index
                && uses(e, w.name)
                && (self.position)(&e.doc.source).is_some_and(|p| p < at)
                && self.writes(e, w.name, w.key)
        })
    }

    /// The first file after the edited one to write `w`'s name, as read.
    fn named_next(&self, w: &Written) -> Option<&Parsed> {
        let (index, at) = self.at;
        let (_, next) = (self.site.entries.iter_enumerated())
            .filter(|&(j, e)| j != index && uses(e, w.name))
            .filter_map(|(_, e)| Some(((self.position)(&e.doc.source)?, e)))
            .filter(|&(p, e)| p > at && self.writes(e, w.name, w.key))
            .min_by_key(|&(p, _)| p)?;
        self.cache.get(&next.doc.source)?.doc.parsed()
    }

    /// Whether, once the edited entry stops (or starts) being the first to name
    /// `w`, the next file to name it gives the same form, id and warnings.
    fn same_from_next(&self, w: &Written) -> bool {
        let Some(next) = self.named_next(w) else {
            return false;
        };
        if form_in(next, w.name, w.key) != Some(w.form) {
            return false;
        }
        match w.name {
            // Tags are numbered in alphabetical order.
            Name::Tag(_) => true,
            Name::Guest(_) => {
                let mut said = Vec::new();
                let at = crate::diagnostics::Location::file(&next.file.path);
                self.reg.warn_of_guest(w.form, &at, &mut said);
                said.is_empty() && self.numbered_alone(w)
            }
            Name::Department(_) => self.numbered_alone(w),
        }
    }

    /// Whether `w`, a guest or a department, has its name's own id and no
    /// other's begins like it: its number does not hang on which was met first.
    fn numbered_alone(&self, w: &Written) -> bool {
        let site = self.site;
        match w.name {
            Name::Guest(a) => {
                let ids = site.authors.iter().map(|o| o.id.as_str());
                id_alone(&site.authors[a].id, w.form, ids)
            }
            Name::Department(d) => {
                let ids = site.departments.iter().map(|o| o.id.as_str());
                id_alone(&site.departments[d].id, w.form, ids)
            }
            Name::Tag(_) => true,
        }
    }

    /// The names `p` writes whose first form the model keeps, each as first
    /// written there (a name written twice counts once, as resolving it does).
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
        let mut out: Vec<Written> = Vec::new();
        for (name, form, key) in authors.chain(tags).chain(department) {
            if !out.iter().any(|w| w.name == name) {
                let key = key.as_str();
                out.push(Written { name, form, key });
            }
        }
        out
    }

    /// Whether `old` and `new` write the names the model keeps as first written
    /// otherwise (another file edited at once may then be the first).
    pub fn rewrites(&self, old: &Parsed, new: &Parsed) -> bool {
        self.written(old) != self.written(new)
    }

    /// Whether the edit from `old` to `new` changes which file first names a
    /// name, or how, in a way the model would show.
    pub fn moved(&self, old: &Parsed, new: &Parsed) -> bool {
        let (was, is) = (self.written(old), self.written(new));
        let find = |ws: &'_ [Written<'_>], n: Name| ws.iter().position(|w| w.name == n);
        let guests = |ws: &[Written]| -> Vec<Name> {
            (ws.iter().map(|w| w.name))
                .filter(|n| matches!(n, Name::Guest(_)))
                .collect()
        };
        // Guests first met in one file are numbered in the order it names them.
        let reordered = guests(&was) != guests(&is);
        let only_new = is.iter().filter(|w| find(&was, w.name).is_none());
        // Cheapest test first: an earlier file is looked for only for a name the
        // edit may move, and before the next one.
        (was.iter().chain(only_new)).any(|w| match (find(&was, w.name), find(&is, w.name)) {
            (Some(a), Some(b)) if was[a].form == is[b].form => {
                reordered && !self.numbered_alone(w) && !self.named_before(w)
            }
            // Written another way.
            (Some(_), Some(_)) => !self.named_before(w),
            _ => !self.named_before(w) && !self.same_from_next(w),
        })
    }

    /// Says to `diags` what meeting its guests first warns of, for those the
    /// edited entry (`parsed`) is the first to name: the model's registry has
    /// met them already.
    pub fn warn_of_guests(&self, parsed: &Parsed, diags: &mut Vec<Diagnostic>) {
        let written = self.written(parsed);
        let mut met = Vec::new();
        for (name, k) in parsed.fm.authors.iter().zip(&parsed.own.author_keys) {
            let guest = |w: &&Written| matches!(w.name, Name::Guest(_)) && w.key == k.as_str();
            let Some(w) = written.iter().find(guest) else {
                continue;
            };
            // Named twice, met once.
            if met.contains(&w.name) {
                continue;
            }
            met.push(w.name);
            if !self.named_before(w) {
                self.reg.warn_of_guest(&name.value, &name.location, diags);
            }
        }
    }
}

/// The edit of an entry listed otherwise, patched in the model.
pub(super) struct Relisted {
    /// The edited files' warnings.
    pub now: HashMap<PathBuf, Vec<Diagnostic>>,
    /// The entry and its file.
    pub edited: (EntryId, PathBuf),
    /// Whether its date or title moves it among the others.
    pub moved: bool,
    /// The model's registry with the names new to the site the entry gives.
    pub names: Option<Registry>,
}

/// Whether `id`, of a guest or a department written `name`, is its name's own id
/// and no other of `ids` begins like it: its number does not hang on which was
/// met first.
fn id_alone<'i>(id: &str, name: &str, mut ids: impl Iterator<Item = &'i str>) -> bool {
    let base = crate::site::resolve::name_id(name);
    id == base && !ids.any(|o| o != id && o.starts_with(&base))
}

/// Whether the guests and departments `reg` met beyond the model's `sizes` (an
/// edited entry's names new to the site) have their names' own ids, which no
/// other id begins like: a full round, meeting them first elsewhere in the walk,
/// numbers them alike. (Tags are numbered in alphabetical order.)
pub(super) fn new_names_alone(reg: &Registry, sizes: &crate::site::resolve::Sizes) -> bool {
    let guests = (reg.authors.iter().skip(sizes.authors)).all(|a| {
        let ids = reg.authors.iter().map(|a| a.id.as_str());
        a.known || id_alone(&a.id, &a.name, ids)
    });
    let departments = (reg.departments.iter().skip(sizes.departments)).all(|d| {
        let ids = reg.departments.iter().map(|d| d.id.as_str());
        id_alone(&d.id, &d.name, ids)
    });
    guests && departments
}

impl Engine {
    /// Goes on with a model whose entry was patched in place with other names
    /// or another date: moves the entry to its place, builds the listings again
    /// and makes the pages whose keys changed, as a full round would. Should the
    /// patched model put two outputs at one path, or the move tell another file
    /// otherwise, the full way says so.
    pub(super) fn remake_relisted(
        &mut self,
        (look, mut site): (Look, Site),
        (snap, prepared): (Snapshot, Vec<Prepared>),
        Relisted {
            mut now,
            edited: (i, path),
            moved,
            names,
        }: Relisted,
        mut round: Round,
        changes: &Changes,
        on_fast: impl FnOnce(&Round),
    ) -> Round {
        // New names change the keys of the entries that name names after them.
        let renamed = names.is_some();
        if let Some(reg) = names {
            crate::site::reorder::take_names(&mut site, reg);
        }
        let edited = match moved {
            true => self.reorder(&mut site, i, &path, &mut now),
            false => Some(i),
        };
        let outputs = edited.is_some().then(|| {
            crate::site::tongues::relist(&mut site);
            let outputs = output::all(&site, &look.theme);
            let paths = output::paths(&site, &outputs);
            let clash = !output::check_paths(&site, &look.theme, &outputs, &paths).is_empty();
            (!clash).then_some((outputs, paths))
        });
        let Some((outputs, paths)) = outputs.flatten() else {
            self.state = State::Built {
                look,
                site,
                snap,
                prepared,
            };
            return self.update_all(changes, on_fast);
        };
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
            edited: edited.filter(|_| !renamed),
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
