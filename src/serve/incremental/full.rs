//! The full way through a round: the model assembled again from the cached
//! documents and the files that changed, the keys of every page computed, and the
//! pages `pipeline::select` picks made.

use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use typed_index_collections::{TiSlice, TiVec, ti_vec};

use crate::config::kinds::KindId;
use crate::diagnostics::Diagnostic;
use crate::lang::dates::AcademicYear;
use crate::memory::drop_aside;
use crate::paths::PathSet;
use crate::pipeline::keys::{self, Model, Person, Sigs, SiteField, page_key, related_hashes};
use crate::pipeline::select::{self, RoundPageId, Selection};
use crate::pipeline::{Look, Output, make, output};
use crate::render::context::Renderer;
use crate::render::page::Page;
use crate::render::prepared::{KeptCards, Prepared};
use crate::site::indexes::MAX_TAG_FANOUT;
use crate::site::{Doc, EntryId, LangId, Site};

use super::after::Later;
use super::files::{Writer, record, remove_file_and_empty_parents};
use super::seed::Seeding;
use super::{
    Changes, Engine, LookChanges, Parts, Planned, Refreshed, Round, Snapshot, State, bodies, phases,
};

/// Above this many entries changing place, related lists are recomputed after the reload.
const SHIFT_LIMIT: usize = 64;

/// How entries moved between the last good model and this one.
struct Shifts {
    /// Entries that moved in the order of entries, not just shifted by others
    /// moving: outside the longest run kept in the same order, or on another day.
    moved: Vec<EntryId>,
    /// Entries whose authors or tags changed.
    people_changed: Vec<EntryId>,
    /// The authors and tags those gained or lost (all of them for a new entry).
    people_of_changed: HashSet<Person>,
    /// Each old entry's id in the new model.
    old_to_new: TiVec<EntryId, Option<EntryId>>,
    /// Each new entry's id in the old model.
    new_to_old: TiVec<EntryId, Option<EntryId>>,
    /// The years (before and after) of entries whose card changed, of new entries
    /// and of entries gone: the catalogues that may show a change.
    card_years: Vec<AcademicYear>,
}

/// The pages of a round, each with its path, its key and whether it shows a link
/// whose target moved.
pub(super) struct RoundPages {
    pub(super) pages: TiVec<RoundPageId, Page>,
    paths: TiVec<RoundPageId, String>,
    keys: TiVec<RoundPageId, Option<u64>>,
    relinked: TiVec<RoundPageId, bool>,
    /// The key of every entry's full text, as `pipeline::reuse` keeps it.
    entries_key: u64,
}

/// The keys of a round's pages, and what the listings' introductions were when
/// they were computed.
struct RoundKeys {
    pages: TiVec<RoundPageId, Option<u64>>,
    /// Each kind's introduction's signature.
    intro_sig: TiVec<KindId, u64>,
}

impl RoundPages {
    /// Each page's path with its key, for the pages that have one.
    fn keyed(&self) -> impl Iterator<Item = (String, u64)> + '_ {
        (self.paths.iter().zip(&self.keys)).filter_map(|(path, key)| Some((path.clone(), (*key)?)))
    }

    /// The pages' keys as `pipeline::reuse` takes them.
    pub(super) fn reuse_keys(&self) -> crate::pipeline::reuse::PageKeys {
        crate::pipeline::reuse::PageKeys {
            pages: self.keys.raw.clone(),
            entries: self.entries_key,
        }
    }
}

impl Shifts {
    /// The years whose catalogues may show a change, each once.
    fn card_years(&self) -> Vec<AcademicYear> {
        let mut years = self.card_years.clone();
        years.sort_unstable();
        years.dedup();
        years
    }
}

/// The `site` value every template sees, in each language (in the order of
/// `languages:`), to compare with the last round's.
fn site_value(renderer: &mut Renderer) -> serde_json::Value {
    (renderer.prepared_mut())
        .map(|p| {
            (p.tera.global_context().get("site"))
                .and_then(|v| serde_json::to_value(v).ok())
                .unwrap_or_default()
        })
        .collect()
}

/// The renderer of a round's model, keeping the cards of `last` (the last round's
/// values in each language) whose entries' card keys have not changed.
fn renderer_keeping_cards<'a>(
    site: &'a Site,
    look: &'a Look,
    sigs: &Sigs,
    old: &Snapshot,
    new_to_old: &TiVec<EntryId, Option<EntryId>>,
    last: Vec<Prepared>,
) -> Renderer<'a> {
    let same = |i: EntryId| {
        let j = new_to_old[i]?;
        (old.sigs.card.get(j) == Some(&sigs.card[i])).then_some(j)
    };
    let strings = std::iter::once(&look.strings).chain(&look.others);
    let prepared = (strings.enumerate())
        .map(|(n, strings)| {
            let kept = last.get(n).map(|old| KeptCards { old, same: &same });
            Prepared::keeping(site, strings, look.tera.clone(), LangId::from(n), kept)
        })
        .collect();
    drop_aside(last);
    Renderer::for_site_with(site, &look.strings, &look.others, prepared)
}

/// The keys of a round's entries and names: after an edit of one entry
/// (`planned.edited`) that names as before, the others keep their last keys.
fn round_sigs(
    planned: &Planned,
    old: &Snapshot,
    new_to_old: &TiVec<EntryId, Option<EntryId>>,
    bodies: keys::Bodies,
) -> (Sigs, keys::Names) {
    let site = &planned.site;
    let names = keys::Names::new(site);
    let kept = |i: EntryId| {
        let j = new_to_old[i].filter(|_| Some(i) != planned.edited)?;
        let (card, full) = (*old.sigs.card.get(j)?, *old.sigs.full.get(j)?);
        Some(keys::EntryKeys { card, full })
    };
    let keeping = planned.edited.is_some() && names == old.names;
    let kept: &(dyn Fn(EntryId) -> Option<keys::EntryKeys> + Sync) = match keeping {
        true => &kept,
        false => &|_| None,
    };
    let sigs = keys::sigs_keeping(site, &names, bodies, kept);
    // The tests (built with debug assertions) check that the kept keys are
    // those made anew.
    debug_assert!(
        !keeping || sigs == keys::sigs(site, bodies),
        "kept keys differ"
    );
    (sigs, names)
}

/// The pages among a round's outputs, each with its path.
fn round_pages(planned: &Planned) -> (TiVec<RoundPageId, Page>, TiVec<RoundPageId, String>) {
    (planned.outputs.iter().zip(&planned.paths))
        .filter_map(|(o, path)| Some((o.page()?, path.clone())))
        .unzip()
}

/// Each entry's id in the last round's model (`old`), where it was there.
fn old_ids(site: &Site, old: &Snapshot) -> TiVec<EntryId, Option<EntryId>> {
    (site.entries.raw.par_iter())
        .map(|e| old.entry_index.get(&e.doc.source).copied())
        .collect::<Vec<_>>()
        .into()
}

/// The start of a round's snapshot: where each entry and page is.
fn new_snapshot(site: &Site, site_value: serde_json::Value) -> Snapshot {
    let mut snap = Snapshot {
        site_value,
        page_of_source: site.page_of_source.clone(),
        asset_dest: select::file_addresses(site),
        ..Snapshot::default()
    };
    snap.entry_index.reserve(site.entries.len());
    for (i, e) in site.entries.iter_enumerated() {
        snap.entry_index.insert(e.doc.source.clone(), i);
    }
    snap.years = site.entries.iter().map(|e| e.year).collect();
    snap.days = site.index.day.clone();
    snap
}

/// Compares the entries with the last good round's, keeping each entry's people in
/// `snap` (they change only with its card).
fn shifts(
    site: &Site,
    sigs: &Sigs,
    old: &mut Snapshot,
    snap: &mut Snapshot,
    new_to_old: TiVec<EntryId, Option<EntryId>>,
) -> Shifts {
    let mut s = Shifts {
        moved: Vec::new(),
        people_changed: Vec::new(),
        people_of_changed: HashSet::new(),
        old_to_new: old.related.iter().map(|_| None).collect(),
        new_to_old,
        card_years: Vec::new(),
    };
    snap.entry_people = std::mem::take(&mut old.entry_people);
    let mut found = 0;
    // The entries found again, each with its old id.
    let mut kept: Vec<(EntryId, EntryId)> = Vec::with_capacity(site.entries.len());
    for (i, e) in site.entries.iter_enumerated() {
        let src = &e.doc.source;
        let old_card = s.new_to_old[i].and_then(|j| {
            found += 1;
            kept.push((i, j));
            if let Some(slot) = s.old_to_new.get_mut(j) {
                *slot = Some(i);
            }
            old.sigs.card.get(j).map(|c| (c, old.years.get(j)))
        });
        if old_card.map(|(c, _)| c) != Some(&sigs.card[i]) {
            s.card_years.extend(select::years_showing_card(site, i));
            s.card_years.extend(old_card.and_then(|(_, y)| y));
            let ppl = keys::people(site, i);
            let before = snap.entry_people.get(src);
            if before != Some(&ppl) {
                s.people_changed.push(i);
                // Another entry's score with this one changes only through the
                // people it gained or lost, unless the languages that list it
                // changed: there it meets all of its people anew.
                let tongue =
                    |l: &[Person]| l.iter().find(|p| matches!(p, Person::Tongue(_))).cloned();
                match before {
                    Some(o) if tongue(o) == tongue(&ppl) => s.people_of_changed.extend(
                        (ppl.iter().filter(|p| !o.contains(p)))
                            .chain(o.iter().filter(|p| !ppl.contains(p)))
                            .cloned(),
                    ),
                    Some(o) => s.people_of_changed.extend(o.iter().chain(&ppl).cloned()),
                    None => s.people_of_changed.extend(ppl.iter().cloned()),
                }
                snap.entry_people.insert(src.clone(), ppl);
            }
        }
    }
    let olds: Vec<EntryId> = kept.iter().map(|&(_, j)| j).collect();
    let in_order = longest_rising(&olds);
    for (k, &(i, j)) in kept.iter().enumerate() {
        if !in_order[k] || old.days.get(j) != snap.days.get(i) {
            s.moved.push(i);
        }
    }
    // Every old entry was found again unless some are gone.
    let gone: Vec<PathBuf> = if found == old.entry_index.len() {
        Vec::new()
    } else {
        (old.entry_index.keys())
            .filter(|src| !snap.entry_index.contains_key(*src))
            .cloned()
            .collect()
    };
    for src in &gone {
        let year = old.entry_index.get(src).and_then(|&j| old.years.get(j));
        s.card_years.extend(year);
        if let Some(o) = snap.entry_people.remove(src) {
            s.people_of_changed.extend(o);
        }
    }
    s
}

/// Marks the items of a longest strictly rising run (not necessarily contiguous)
/// of `seq`: the entries that kept their order while others moved around them.
fn longest_rising<T: Ord + Copy>(seq: &[T]) -> Vec<bool> {
    // `tails[k]`: the position of the smallest last item of a rising run of k + 1
    // items so far; `before`: each item's predecessor in its run.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; seq.len()];
    for (p, &x) in seq.iter().enumerate() {
        let k = tails.partition_point(|&t| seq[t] < x);
        before[p] = k.checked_sub(1).map(|q| tails[q]);
        if k == tails.len() {
            tails.push(p);
        } else {
            tails[k] = p;
        }
    }
    let mut marked = vec![false; seq.len()];
    let mut at = tails.last().copied();
    while let Some(p) = at {
        marked[p] = true;
        at = before[p];
    }
    marked
}

/// Each entry's related entries: kept from the last round where nothing they are
/// found by changed; with `follow`, computed again for the entries that moved or
/// whose people changed and for those that share people with them.
fn related_lists(
    site: &Site,
    full: bool,
    follow: bool,
    old: &Snapshot,
    s: &Shifts,
) -> TiVec<EntryId, Vec<EntryId>> {
    let n = site.entries.len();
    let mut recompute: TiVec<EntryId, bool> = vec![full || old.related.is_empty(); n].into();
    if !full && follow {
        let mut touch = |list: &[EntryId]| {
            for &j in list {
                recompute[j] = true;
            }
        };
        touch(&s.people_changed);
        touch(&s.moved);
        let mut ppl = s.people_of_changed.clone();
        for &i in &s.moved {
            ppl.extend(keys::people(site, i));
        }
        // Each language's lists: an entry's related works are among its language's.
        for index in site.tongues.keys().map(|l| site.index_in(l)) {
            for (a, au) in site.authors.iter_enumerated() {
                if ppl.contains(&Person::Author(au.id.clone())) {
                    touch(&index.by_author[a]);
                }
            }
            for (t, tag) in site.tags.iter_enumerated() {
                let list = &index.by_tag[t];
                let person = Person::Tag(tag.slug.clone());
                // A tag too common to be followed finds no one, unless entries gained
                // or lost it (its list may have been short enough before).
                if s.people_of_changed.contains(&person)
                    || (list.len() <= MAX_TAG_FANOUT && ppl.contains(&person))
                {
                    touch(list);
                }
            }
        }
    }
    let lists: Vec<Vec<EntryId>> = (0..n)
        .into_par_iter()
        .map(|i| {
            let i = EntryId::from(i);
            let kept = (s.new_to_old[i].filter(|_| !recompute[i]))
                .and_then(|j| old.related.get(j))
                .and_then(|l| {
                    l.iter()
                        .map(|&k| s.old_to_new.get(k).copied().flatten())
                        .collect::<Option<Vec<EntryId>>>()
                });
            kept.unwrap_or_else(|| keys::related_of(site, i))
        })
        .collect();
    lists.into()
}

/// The file names of link targets whose page or file moved: pages linking to them
/// change. A full round has nothing to compare with.
fn moved_targets(old: &Snapshot, new: &Snapshot, full: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if full {
        return out;
    }
    select::moved(&old.page_of_source, &new.page_of_source, &mut out);
    select::moved(&old.asset_dest, &new.asset_dest, &mut out);
    out.sort();
    out.dedup();
    out
}

impl Engine {
    /// Makes, before browsers reload, the copied and static files and the pages
    /// `now`, and removes the files no output makes any more.
    #[allow(clippy::too_many_arguments)]
    fn make_now(
        &mut self,
        planned: &Planned,
        look: &Look,
        renderer: &Renderer,
        pages: &TiSlice<RoundPageId, Page>,
        now: &[RoundPageId],
        seeding: Option<Seeding>,
        theme_changed: bool,
        round: &mut Round,
    ) -> Vec<Diagnostic> {
        let site = &planned.site;
        let unchanged =
            |j: usize| (seeding.as_ref()).is_some_and(|s| s.unchanged(usize::from(now[j])));
        let now: Vec<Page> = now.iter().map(|&j| pages[j]).collect();
        let files: Vec<Output> = (planned.outputs.iter())
            .filter(|o| match o {
                Output::Copy { .. } | Output::PhotoCopy { .. } => true,
                Output::ThemeStatic(_) => theme_changed || !self.files.contains_key(&o.path(site)),
                _ => false,
            })
            .cloned()
            .collect();
        let writer = Writer::new(&self.files, &self.out).seeded(seeding.as_ref().map(|s| &s.seed));
        let mut errors = make::files(&look.theme, &files, &writer);
        errors.extend(make::photos(site, &files, &writer));
        let (found, how) = make::pages_keeping(renderer, &look.theme, &now, &writer, &unchanged);
        errors.extend(found);
        #[cfg(test)]
        super::panic_if_marked(site);
        let kept = how.iter().filter(|&&m| m == make::PageMade::Kept).count();
        round.kept += kept;
        round.rendered += now.len() - kept;
        let made = writer.into_made();
        let expected: PathSet<&str> = planned.paths.iter().map(String::as_str).collect();
        // A page that failed keeps its last good version, which shows the files
        // it showed (a deleted photo's copies, an attachment): files other than
        // pages go in a good round.
        let gone: Vec<String> = (self.files.keys())
            .filter(|k| !expected.contains(k.as_str()) && !self.search_files.contains(*k))
            .filter(|k| errors.is_empty() || k.ends_with(".html"))
            .cloned()
            .collect();
        for rel in &gone {
            remove_file_and_empty_parents(&self.out, rel);
            self.files.remove(rel);
        }
        round.changed.extend(gone);
        record(&mut self.files, &mut self.failed, round, made);
        errors
    }

    /// Each page's key (what it shows), and each kind's introduction's signature.
    fn page_keys(
        &self,
        site: &Site,
        pages: &TiSlice<RoundPageId, Page>,
        sigs: &Sigs,
        related: &TiSlice<EntryId, u64>,
    ) -> RoundKeys {
        let intro_sig = keys::intro_sigs(site, &bodies(&self.cache));
        let model = Model {
            sigs,
            related,
            intro_sig: &intro_sig,
        };
        let keys: Vec<Option<u64>> = pages
            .raw
            .par_iter()
            .map(|&p| page_key(site, model, p))
            .collect();
        RoundKeys {
            pages: keys.into(),
            intro_sig,
        }
    }

    /// For each page, whether it shows a document that links to one of `moved`.
    fn relinked(
        &self,
        site: &Site,
        pages: &TiSlice<RoundPageId, Page>,
        moved: &[String],
    ) -> TiVec<RoundPageId, bool> {
        if moved.is_empty() {
            return ti_vec![false; pages.len()];
        }
        let relinked: Vec<bool> = pages
            .raw
            .par_iter()
            .map(|p| match *p {
                Page::Entry(i) => self.links_to(&site.entries[i].doc, moved),
                Page::Kind(l, k, _) => {
                    (site.kind_intro_in(l, k)).is_some_and(|d| self.links_to(d, moved))
                }
                _ => false,
            })
            .collect();
        relinked.into()
    }

    /// Whether `doc` (whose body the model holds) links to one of `targets`.
    fn links_to(&self, doc: &Doc, targets: &[String]) -> bool {
        self.cache.get(&doc.source).is_some_and(|c| {
            select::links_to(
                c.links.get_or_init(|| select::link_dests(&doc.body)),
                targets,
            )
        })
    }

    /// Rebuilds the model from the cached documents and every file that changed, and
    /// makes the pages whose keys changed.
    pub(super) fn update_all(&mut self, changes: &Changes, on_fast: impl FnOnce(&Round)) -> Round {
        let phase = phases();
        // Since a round with errors, anything may have changed that no round built.
        let was_built = matches!(self.state, State::Built { .. });
        let Parts {
            look,
            site,
            snap,
            prepared,
        } = std::mem::replace(&mut self.state, State::Cold).into_parts();
        let mut round = Round {
            full: changes.all || changes.config || look.is_none() || snap.is_none(),
            ..Round::default()
        };
        let Some(Refreshed { look, mut changed }) = self.refresh_look(look, changes, &mut round)
        else {
            // Nothing can be rendered; the next round starts over.
            drop_aside((site, prepared));
            return round;
        };
        let full = round.full;
        let mut diags: Vec<Diagnostic> = look.diags.clone();
        let reload_data = full || changes.data || self.data.is_none();
        phase("look");
        let site = self.rebuild_model(&look, site, changes, reload_data, &mut diags, &phase);
        diags.extend(crate::pipeline::check_bodies(&site, true));
        // Everything the site makes; its pages are listed first, in this order.
        let outputs = output::all(&site, &look.theme);
        let paths = output::paths(&site, &outputs);
        diags.extend(output::check_paths(&site, &look.theme, &outputs, &paths));
        // Moved, not copied: a site may have thousands of warnings in each round.
        let (errors, warnings): (Vec<_>, Vec<_>) =
            diags.into_iter().partition(Diagnostic::is_error);
        round.warnings = warnings.len();
        let mut now: HashMap<PathBuf, Vec<Diagnostic>> = HashMap::new();
        for d in warnings {
            now.entry(d.location.file.clone()).or_default().push(d);
        }
        round.new_warnings = self.renew_warnings(now, true);
        if !errors.is_empty() {
            round.errors = self.relative(errors);
            self.state = State::Broken { look, site, snap };
            drop_aside(prepared);
            return round;
        }
        round.address_changes = (site.address_changes.iter())
            .map(|c| c.relative_to(&self.root))
            .collect();
        let old = if full {
            drop_aside((snap, prepared));
            None
        } else {
            snap.map(|s| (s, prepared))
        };
        changed.only_entries = was_built
            && !(full || changes.data || changes.theme)
            && self.only_entries_changed(changes);
        let planned = Planned {
            site,
            outputs,
            paths,
            edited: None,
        };
        self.make_round(planned, look, old, &changed, round, on_fast)
    }

    /// Makes the pages of a model without errors that differ from the last round's
    /// (`old`; `None` makes everything).
    pub(super) fn make_round(
        &mut self,
        planned: Planned,
        look: Look,
        old: Option<(Snapshot, Vec<Prepared>)>,
        changed: &LookChanges,
        mut round: Round,
        on_fast: impl FnOnce(&Round),
    ) -> Round {
        let phase = phases();
        let site = &planned.site;
        let full = old.is_none();
        let (mut old, last) = old.unwrap_or_default();
        let new_to_old = old_ids(site, &old);
        let (sigs, names) = round_sigs(&planned, &old, &new_to_old, &bodies(&self.cache));
        let mut renderer = renderer_keeping_cards(site, &look, &sigs, &old, &new_to_old, last);
        renderer.set_search(Some(self.search.clone()));
        let site_value = site_value(&mut renderer);
        let (pages, paths) = round_pages(&planned);
        let mut snap = new_snapshot(site, site_value.clone());
        phase("snapshot");

        let shifts = shifts(site, &sigs, &mut old, &mut snap, new_to_old);
        // Catalogue pages show site-wide values too (the years, the counts).
        let only_entries = changed.only_entries && old.site_value == site_value;
        let related_later = !full && shifts.moved.len() + shifts.people_changed.len() > SHIFT_LIMIT;
        // After many moves, the lists are kept where possible now and all of them
        // computed again after the reload.
        let related_lists = related_lists(site, full, !related_later, &old, &shifts);
        let related = related_hashes(&sigs, &related_lists);
        phase("related");

        let moved = moved_targets(&old, &snap, full);
        let RoundKeys {
            pages: keys,
            intro_sig,
        } = self.page_keys(site, &pages, &sigs, &related);
        let relinked = self.relinked(site, &pages, &moved);
        let listed = RoundPages {
            pages,
            paths,
            keys,
            relinked,
            entries_key: keys::h64(&sigs.full.raw),
        };
        phase("keys");
        let selection = select_pages(
            &look,
            &listed,
            &old,
            &site_value,
            &changed.templates,
            &self.failed,
            full,
        );
        drop_aside(old);
        snap.keys.extend(listed.keyed());
        phase(&format!(
            "selected ({} pages now, {} after)",
            selection.now.len(),
            selection.after.len()
        ));
        // A first round beside a built site copies what it can of it.
        let seeding = self.seeding(&look, site, &mut renderer, &listed, full, &mut round);
        // Files copied as they are and the theme's static files, then the pages that
        // show the change; then browsers reload.
        let mut errors = self.make_now(
            &planned,
            &look,
            &renderer,
            &listed.pages,
            &selection.now,
            seeding,
            changed.theme,
            &mut round,
        );
        let mut fast_round = round.clone();
        fast_round.errors = self.relative(errors.clone());
        phase("made now");
        on_fast(&fast_round);

        // Afterwards: related lists after big moves, site-wide values, the search index.
        let after = if related_later {
            related_after_shifts(
                site,
                &sigs,
                &intro_sig,
                &related_lists,
                &listed,
                &selection.now,
                &mut snap,
            )
        } else {
            snap.related = related_lists;
            snap.related_hashes = related;
            Vec::new()
        };
        let mut after: Vec<Page> = (selection.after.iter().map(|&j| listed.pages[j]))
            .chain(after)
            .collect();
        snap.sigs = sigs;
        snap.names = names;
        snap.intro_sig = intro_sig;
        after.sort_unstable();
        after.dedup();
        let later = Later {
            pages: &after,
            outputs: &planned.outputs,
            sitemap: true,
            // A catalogue shows what its entries' cards show, and other files.
            catalogues: only_entries
                .then(|| select::catalogue_years(site, shifts.card_years()))
                .flatten(),
        };
        let prepared = self.after_reload(site, renderer, &look, later, &mut round, &mut errors);
        self.end_round(planned.site, look, snap, prepared, round, errors)
    }
}

/// After many entries moved: every entry's related list computed again (kept in
/// `snap`); returns the entry pages whose list changed that were not made now.
fn related_after_shifts(
    site: &Site,
    sigs: &Sigs,
    intro_sig: &TiSlice<KindId, u64>,
    kept: &TiSlice<EntryId, Vec<EntryId>>,
    listed: &RoundPages,
    now: &[RoundPageId],
    snap: &mut Snapshot,
) -> Vec<Page> {
    let mut in_now: TiVec<RoundPageId, bool> = ti_vec![false; listed.pages.len()];
    for &j in now {
        in_now[j] = true;
    }
    let all: Vec<Vec<EntryId>> = (0..site.entries.len())
        .into_par_iter()
        .map(|i| keys::related_of(site, EntryId::from(i)))
        .collect();
    let all: TiVec<EntryId, Vec<EntryId>> = all.into();
    let all_hashes = related_hashes(sigs, &all);
    let model = Model {
        sigs,
        related: &all_hashes,
        intro_sig,
    };
    let mut after = Vec::new();
    for (j, &page) in listed.pages.iter_enumerated() {
        if let Page::Entry(i) = page
            && all[i] != kept[i]
        {
            if let Some(k) = page_key(site, model, page) {
                snap.keys.insert(listed.paths[j].clone(), k);
            }
            if !in_now[j] {
                after.push(page);
            }
        }
    }
    snap.related = all;
    snap.related_hashes = all_hashes;
    after
}

/// The pages to make now and after the reload, given what changed since the last
/// good round (`old`).
fn select_pages(
    look: &Look,
    listed: &RoundPages,
    old: &Snapshot,
    site_value: &serde_json::Value,
    changed_templates: &HashSet<String>,
    failed: &HashSet<String>,
    full: bool,
) -> Selection {
    let mut changed_values: HashSet<SiteField> = HashSet::new();
    if !full {
        keys::value_diff(&old.site_value, site_value, None, &mut changed_values);
    }
    let mut templates: Vec<&'static str> = listed.pages.iter().map(|p| p.template()).collect();
    templates.sort_unstable();
    templates.dedup();
    let changed: HashSet<&'static str> = templates
        .iter()
        .copied()
        .filter(|t| {
            look.templates
                .closure
                .get(*t)
                .is_none_or(|c| c.iter().any(|m| changed_templates.contains(m)))
        })
        .collect();
    let showing: HashSet<&'static str> = templates
        .iter()
        .copied()
        .filter(|t| !changed_values.is_empty() && look.templates.mentions(t, &changed_values))
        .collect();
    select::pages(&select::Round {
        full,
        pages: &listed.pages,
        paths: &listed.paths,
        keys: &listed.keys,
        made: &old.keys,
        failed,
        relinked: &listed.relinked,
        changed_templates: &changed,
        showing_site_change: &showing,
    })
}

#[cfg(test)]
mod tests {
    use super::longest_rising;

    fn outside(seq: &[u32]) -> Vec<u32> {
        let marked = longest_rising(seq);
        (seq.iter().zip(marked))
            .filter(|(_, m)| !m)
            .map(|(&x, _)| x)
            .collect()
    }

    #[test]
    fn only_the_entry_that_moved_is_outside_the_run_kept_in_order() {
        // Entry 7 moved up to the front; the others only shifted by one.
        assert_eq!(outside(&[7, 0, 1, 2, 3, 4, 5, 6, 8]), vec![7]);
        // Entry 1 moved down past four others.
        assert_eq!(outside(&[0, 2, 3, 4, 5, 1, 6]), vec![1]);
        // Nothing moved; a new entry (not in the sequence) shifts nothing.
        assert_eq!(outside(&[0, 1, 2, 4, 5]), Vec::<u32>::new());
        assert_eq!(outside(&[]), Vec::<u32>::new());
        // Two swapped: one of them counts as moved.
        assert_eq!(outside(&[1, 0]).len(), 1);
        // Reversed: all but one moved.
        assert_eq!(outside(&[4, 3, 2, 1, 0]).len(), 4);
    }
}
