//! Renumbering the model after an edit, so that it is the one assembling it again
//! would make: an entry moved to its place in the order of entries once its date
//! (or title) changed, or names new to the site taken into the registry.
//! `ozyq serve` patches such edits in place.

use std::cmp::Ordering;

use super::addresses::Target;
use super::load::{entry_order, renumber};
use super::resolve::Registry;
use super::{EntryId, Site};
use crate::lang::collation::KazakhCollator;

/// Gives the model the names of `reg`, which holds the model's and some new
/// ones (an entry's, resolved through it), in alphabetical order, renumbering
/// the names entries and plans give. The listings are left as they were:
/// [`super::tongues::relist`] makes them again.
pub fn take_names(site: &mut Site, mut reg: Registry) {
    let new = reg.sort(&KazakhCollator::of(site.config.language));
    renumber(&new, &mut site.entries.raw, &mut site.plans);
    site.authors = reg.authors;
    site.departments = reg.departments;
    site.tags = reg.tags;
}

/// Moves entry `i` to where [`entry_order`] puts it among the others and gives the
/// entries it passed their new ids wherever the model holds them; returns its
/// new id. The listings are left as they were: [`super::tongues::relist`] makes
/// them again.
///
/// Plan items list their entries newest first and translations are warned of
/// by date, which this does not redo: the entry must record no plan item and
/// have no translations.
pub fn resort(site: &mut Site, i: EntryId) -> EntryId {
    let entry = site.entries.raw.remove(usize::from(i));
    let to = (site.entries.raw).partition_point(|e| entry_order(e, &entry) == Ordering::Less);
    site.entries.raw.insert(to, entry);
    let from = usize::from(i);
    if to == from {
        return i;
    }
    // The entries between its old and new places move up or down by one.
    let renumber = |j: &mut EntryId| {
        let n = usize::from(*j);
        *j = EntryId::from(match n {
            n if n == from => to,
            n if from < to && n > from && n <= to => n - 1,
            n if to < from && n >= to && n < from => n + 1,
            n => n,
        });
    };
    for e in &mut site.entries {
        e.translations.iter_mut().for_each(renumber);
    }
    for item in site.plans.iter_mut().flat_map(|p| p.items.iter_mut()) {
        item.entries.iter_mut().for_each(renumber);
    }
    for r in &mut site.redirects {
        if let Target::Entry(j) = &mut r.to {
            renumber(j);
        }
    }
    for t in &mut site.tongues {
        let listed = t.listed.raw.remove(from);
        t.listed.raw.insert(to, listed);
    }
    EntryId::from(to)
}
