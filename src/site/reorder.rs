//! Moves one entry to its place in the order of entries once its date (or title)
//! changed, renumbering what points at entries, so that the model is the one
//! assembling it again would make: `ozyq serve` patches such an edit in place.

use std::cmp::Ordering;

use super::addresses::Target;
use super::load::entry_order;
use super::{EntryId, Site};

/// Moves entry `i` to where [`entry_order`] puts it among the others and gives the
/// entries it passed their new ids wherever the model holds them; returns its
/// new id. The listings are left as they were: [`super::tongues::relist`] makes
/// them again.
///
/// The entry must record no plan item and have no translations (nothing else
/// names it by id).
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
