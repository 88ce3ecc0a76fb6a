//! What a teacher's portfolio holds: their works in a span of academic years,
//! the facts an attestation asks about each (event, level, role, result; where
//! a work was published; who approved it), and
//! a count of the works by kind and level. The web portfolio and its PDF show
//! the same, from here.

use crate::config::fields::FieldId;
use crate::config::kinds::KindId;
use crate::lang::dates::AcademicYear;

use super::fields::{FieldEntry, FieldValue};
use super::{AuthorId, EntryId, LangId, Site};

/// The fields a portfolio shows for each work, in this order: what an
/// attestation commission checks (the event and the teacher's part in it; the
/// journal, issue and pages of an article; who approved a guideline, by which
/// minutes).
pub const FACTS: [&str; 9] = [
    "event",
    "level",
    "role",
    "result",
    "journal",
    "issue",
    "pages",
    "approved_by",
    "minutes",
];

/// Academic years from `first` to `last`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearSpan {
    /// The first academic year.
    pub first: AcademicYear,
    /// The last academic year.
    pub last: AcademicYear,
}

impl YearSpan {
    /// Reads `2023-2026` (the academic years from 2023–2024 to 2025–2026), so
    /// that `2025-2026` is one academic year; `2025` alone is 2025–2026 too.
    pub fn parse(s: &str) -> Option<YearSpan> {
        let s = s.trim();
        let four = |y: &i32| crate::lang::dates::FOUR_DIGITS.contains(y);
        if let Some(y) = s.parse::<i32>().ok().filter(four) {
            return Some(YearSpan {
                first: AcademicYear(y),
                last: AcademicYear(y),
            });
        }
        let (a, b) = s.split_once(['-', '–', '/'])?;
        let (a, b): (i32, i32) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
        (a < b && b - a <= 100 && four(&a)).then_some(YearSpan {
            first: AcademicYear(a),
            last: AcademicYear(b - 1),
        })
    }

    /// Whether `year` is in the span.
    pub fn contains(self, year: AcademicYear) -> bool {
        (self.first..=self.last).contains(&year)
    }

    /// `2023–2026`, as shown to people.
    pub fn label(self) -> String {
        format!("{}–{}", self.first.0, self.last.0 + 1)
    }

    /// `2023-2026`, for file names.
    pub fn slug(self) -> String {
        format!("{}-{}", self.first.0, self.last.0 + 1)
    }
}

/// An author's works in `span` (all of them without one), newest first, as
/// their page in language `l` lists them: a work translated into it by its
/// translation, an untranslated one by its original unless the site hides them.
pub fn works(site: &Site, l: LangId, author: AuthorId, span: Option<YearSpan>) -> Vec<EntryId> {
    (site.index_in(l).by_author[author].iter().copied())
        .filter(|&i| span.is_none_or(|s| s.contains(site.entries[i].year)))
        .collect()
}

/// The works of one academic year, by kind in the order of config.yaml.
pub struct YearWorks {
    /// The academic year.
    pub year: AcademicYear,
    /// Each kind with works that year, and the works, newest first.
    pub kinds: Vec<(KindId, Vec<EntryId>)>,
}

/// `works` (newest first) grouped by academic year, newest first, then by kind.
pub fn by_year(site: &Site, works: &[EntryId]) -> Vec<YearWorks> {
    let mut years: Vec<YearWorks> = Vec::new();
    for &i in works {
        let year = site.entries[i].year;
        if years.last().is_none_or(|y| y.year != year) {
            years.push(YearWorks {
                year,
                kinds: Vec::new(),
            });
        }
        let y = years.last_mut().expect("a year was just pushed");
        let kind = site.entries[i].kind;
        match y.kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, list)) => list.push(i),
            None => y.kinds.push((kind, vec![i])),
        }
    }
    for y in &mut years {
        y.kinds.sort_by_key(|(k, _)| *k);
    }
    years
}

/// The facts of [`FACTS`] that entry `i` has, in that order (a translation's
/// include its original's that it does not write: see
/// [`super::fields::inherit`]).
pub fn facts(site: &Site, i: EntryId) -> Vec<&FieldEntry> {
    FACTS
        .iter()
        .filter_map(|name| site.config.field(name))
        .filter_map(|id| fact(site, i, id))
        .collect()
}

/// Field `id` of entry `i`.
fn fact(site: &Site, i: EntryId, id: FieldId) -> Option<&FieldEntry> {
    site.entries[i].fields.iter().find(|f| f.field == id)
}

/// How many works there are of each kind at each level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The levels that occur, as indexes into the `level` field's choices, in
    /// their order; `None` last, for works without a level, when there are any.
    pub levels: Vec<Option<usize>>,
    /// For each kind with works, in the order of config.yaml: the count at each
    /// of `levels`, and the kind's total.
    pub rows: Vec<(KindId, Vec<usize>, usize)>,
    /// The count at each of `levels` over all kinds.
    pub totals: Vec<usize>,
    /// How many works there are.
    pub total: usize,
}

/// The summary of `works` by kind and level.
pub fn summary(site: &Site, works: &[EntryId]) -> Summary {
    let level_field = site.config.field("level");
    let level_of = |i: EntryId| match fact(site, i, level_field?)?.value {
        FieldValue::Choice(c) => Some(c),
        _ => None,
    };
    let mut levels: Vec<Option<usize>> = works.iter().map(|&i| level_of(i)).collect();
    levels.sort_by_key(|l| l.unwrap_or(usize::MAX));
    levels.dedup();
    let mut kinds: Vec<KindId> = works.iter().map(|&i| site.entries[i].kind).collect();
    kinds.sort();
    kinds.dedup();
    let column = |l: Option<usize>| levels.iter().position(|&x| x == l).unwrap_or(0);
    let mut rows: Vec<(KindId, Vec<usize>, usize)> = kinds
        .iter()
        .map(|&k| (k, vec![0; levels.len()], 0))
        .collect();
    let mut totals = vec![0; levels.len()];
    for &i in works {
        let col = column(level_of(i));
        let row = kinds
            .binary_search(&site.entries[i].kind)
            .expect("every work's kind is a row");
        rows[row].1[col] += 1;
        rows[row].2 += 1;
        totals[col] += 1;
    }
    Summary {
        levels,
        rows,
        totals,
        total: works.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_as_academic_years() {
        let span = YearSpan::parse("2023-2026").unwrap();
        assert_eq!(span.first, AcademicYear(2023));
        assert_eq!(span.last, AcademicYear(2025));
        assert_eq!(span.label(), "2023–2026");
        assert!(span.contains(AcademicYear(2025)));
        assert!(!span.contains(AcademicYear(2026)));
        let one = YearSpan::parse("2025–2026").unwrap();
        assert_eq!(
            (one.first, one.last),
            (AcademicYear(2025), AcademicYear(2025))
        );
        assert_eq!(YearSpan::parse("2025"), Some(one));
        for bad in [
            "2026-2023",
            "2025-2025",
            "20x5",
            "",
            "1-9999",
            "23-26",
            "25",
        ] {
            assert_eq!(YearSpan::parse(bad), None, "{bad}");
        }
    }
}
