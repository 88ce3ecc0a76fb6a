//! Indexes over the entries: which entries each listing shows, newest first.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use chrono::Datelike;

use typed_index_collections::{TiSlice, TiVec};

use crate::config::kinds::KindId;
use crate::lang::dates::AcademicYear;

use super::{AuthorId, DepartmentId, Entry, EntryId, TagId, YearId};

/// An academic year and its entries.
#[derive(Debug)]
pub struct YearEntries {
    /// The year.
    pub year: AcademicYear,
    /// Its entries, newest first.
    pub entries: Vec<EntryId>,
}

/// The entries before and after one in its kind's list, as its page links them.
#[derive(Debug, Clone, Copy)]
pub struct Neighbours {
    /// The next newer entry of the kind.
    pub newer: Option<EntryId>,
    /// The next older entry of the kind.
    pub older: Option<EntryId>,
}

/// Tags with more entries than this are not followed to related works: they say
/// little about relatedness and would make finding them quadratic. (Authors' lists
/// are followed to this many of their entries.)
pub const MAX_TAG_FANOUT: usize = 400;

/// The entries of each listing, each list newest first.
#[derive(Debug, Default)]
pub struct Indexes {
    /// The entries of each kind.
    pub by_kind: TiVec<KindId, Vec<EntryId>>,
    /// Newest year first.
    pub by_year: TiVec<YearId, YearEntries>,
    /// The entries of each author.
    pub by_author: TiVec<AuthorId, Vec<EntryId>>,
    /// The entries of each department.
    pub by_department: TiVec<DepartmentId, Vec<EntryId>>,
    /// The entries of each tag.
    pub by_tag: TiVec<TagId, Vec<EntryId>>,
    /// Each entry's place in its kind's list, for previous/next links.
    pub pos_in_kind: TiVec<EntryId, usize>,
    /// Each entry's day (days since the common era), for the nearness of related works.
    pub day: TiVec<EntryId, i32>,
}

/// How many kinds, authors, departments and tags a site has: the lengths of an
/// index's tables.
#[derive(Debug, Clone, Copy)]
pub struct Counts {
    /// Kinds of entries.
    pub kinds: usize,
    /// Authors.
    pub authors: usize,
    /// Departments.
    pub departments: usize,
    /// Tags.
    pub tags: usize,
}

impl Indexes {
    /// `entries` must already be sorted newest first; every list keeps that order.
    /// `counts` gives the lengths of the tables by kind, author, department and tag. Only the
    /// entries `listed` are indexed (a language's listings show one file of a
    /// work); the others have no place in a kind.
    pub fn build(
        entries: &TiSlice<EntryId, Entry>,
        counts: Counts,
        listed: &dyn Fn(EntryId) -> bool,
    ) -> Self {
        let Counts {
            kinds,
            authors,
            departments,
            tags,
        } = counts;
        let mut ix = Indexes {
            by_kind: vec![Vec::new(); kinds].into(),
            by_author: vec![Vec::new(); authors].into(),
            by_department: vec![Vec::new(); departments].into(),
            by_tag: vec![Vec::new(); tags].into(),
            pos_in_kind: TiVec::with_capacity(entries.len()),
            by_year: TiVec::new(),
            day: (entries.iter())
                .map(|e| e.date.date.num_days_from_ce())
                .collect(),
        };
        let mut years: BTreeMap<AcademicYear, Vec<EntryId>> = BTreeMap::new();
        for (i, e) in entries.iter_enumerated() {
            if !listed(i) {
                ix.pos_in_kind.push(usize::MAX);
                continue;
            }
            ix.pos_in_kind.push(ix.by_kind[e.kind].len());
            ix.by_kind[e.kind].push(i);
            years.entry(e.year).or_default().push(i);
            for &a in &e.authors {
                ix.by_author[a].push(i);
            }
            if let Some(d) = e.department {
                ix.by_department[d].push(i);
            }
            for &t in &e.tags {
                ix.by_tag[t].push(i);
            }
        }
        ix.by_year = years
            .into_iter()
            .rev()
            .map(|(year, entries)| YearEntries { year, entries })
            .collect();
        ix
    }

    /// The id of `year` in `by_year`.
    pub fn year_index(&self, year: AcademicYear) -> Option<YearId> {
        self.by_year.position(|y| y.year == year)
    }

    /// The previous (newer) and next (older) entry of the same kind.
    pub fn neighbours(&self, entries: &TiSlice<EntryId, Entry>, i: EntryId) -> Neighbours {
        let list = &self.by_kind[entries[i].kind];
        let p = self.pos_in_kind[i];
        if p == usize::MAX {
            return Neighbours {
                newer: None,
                older: None,
            };
        }
        Neighbours {
            newer: p.checked_sub(1).map(|q| list[q]),
            older: list.get(p + 1).copied(),
        }
    }

    /// Up to `n` entries that share authors or tags with entry `i`, the closest first.
    /// Very common tags say little about relatedness and would make this quadratic,
    /// so tags with more than `MAX_TAG_FANOUT` entries are not followed.
    pub fn related(&self, entries: &TiSlice<EntryId, Entry>, i: EntryId, n: usize) -> Vec<EntryId> {
        thread_local! {
            /// Points per entry, zero between calls: summed in place, not sorted
            /// together (an entry meets several hundred others, every page).
            static POINTS: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let e = &entries[i];
        POINTS.with_borrow_mut(|points| {
            if points.len() < entries.len() {
                points.resize(entries.len(), 0);
            }
            let mut met: Vec<EntryId> = Vec::new();
            let mut meet = |j: EntryId, p: u32| {
                let slot = &mut points[usize::from(j)];
                if *slot == 0 {
                    met.push(j);
                }
                *slot += p;
            };
            for &a in &e.authors {
                for &j in self.by_author[a].iter().take(MAX_TAG_FANOUT) {
                    meet(j, 3);
                }
            }
            for &t in &e.tags {
                let list = &self.by_tag[t];
                if list.len() <= MAX_TAG_FANOUT {
                    list.iter().for_each(|&j| meet(j, 2));
                }
            }
            // Higher score first; among equals the entry nearest in days, then the one
            // earlier (newer) in the list. Nearness in days, not in the list, keeps an
            // entry's list when others move around it (`ozyq serve` relies on it).
            let day = self.day[i];
            let mut ranked: Vec<(Reverse<u32>, u32, EntryId)> = (met.iter())
                .filter(|&&j| j != i)
                .map(|&j| {
                    (
                        Reverse(points[usize::from(j)]),
                        day.abs_diff(self.day[j]),
                        j,
                    )
                })
                .collect();
            met.iter().for_each(|&j| points[usize::from(j)] = 0);
            if ranked.len() > n && n > 0 {
                ranked.select_nth_unstable(n - 1);
                ranked.truncate(n);
            }
            ranked.sort_unstable();
            ranked.into_iter().take(n).map(|(_, _, j)| j).collect()
        })
    }
}
