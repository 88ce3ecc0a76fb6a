//! The School's yearly report (`report/2025-2026/`): the year in figures (by kind
//! and level, department and authors' category, counted by
//! [`crate::site::figures`] like the catalogue's), the competition results,
//! the year's publications as a bibliography ([`gost`]), the work plan's
//! fulfilment and who took part most. [`web`] makes the context of `report.html`,
//! [`typst`] the markup of `report.pdf`.

pub mod gost;
pub mod typst;
pub mod web;

use chrono::NaiveDate;

use crate::lang::collation::KazakhCollator;
use crate::lang::dates::AcademicYear;
use crate::lang::strings::Strings;
use crate::render::ui;
use crate::site::figures::{Figures, LevelTable, choice};
use crate::site::plan::{Fulfilment, PlanId, plan_of};
use crate::site::{AuthorId, EntryId, Site};

/// How many people the report names as taking part most.
const TOP: usize = 10;

/// A competition entry with its result.
#[derive(Debug, Clone)]
pub struct Placing {
    /// The entry.
    pub entry: EntryId,
    /// The result in words.
    pub result: String,
    /// The level in words, if given.
    pub level: Option<String>,
    /// The event it was at (the competition), if given.
    pub event: Option<String>,
}

/// A year's report.
pub struct Report<'a> {
    /// The model.
    pub site: &'a Site,
    /// The UI strings.
    pub strings: &'a Strings,
    /// The year.
    pub year: AcademicYear,
    /// The year's entries, newest first.
    pub entries: Vec<EntryId>,
    /// The year in figures.
    pub figures: Figures,
    /// The kinds by level.
    pub levels: LevelTable,
    /// Competition results, in the order of the results (first places first).
    pub placings: Vec<Placing>,
    /// Articles and guidelines as bibliographic lines, in alphabetical order.
    pub publications: Vec<(EntryId, String)>,
    /// The year's plan and its fulfilment on the day of the build.
    pub plan: Option<(PlanId, Fulfilment)>,
    /// Who took part in most entries, with how many.
    pub top: Vec<(AuthorId, usize)>,
}

impl<'a> Report<'a> {
    /// The report of `year` on `day`.
    pub fn new(site: &'a Site, strings: &'a Strings, year: AcademicYear, day: NaiveDate) -> Self {
        let entries: Vec<EntryId> = site
            .index
            .year_index(year)
            .map(|y| site.index.by_year[y].entries.clone())
            .unwrap_or_default();
        let collator = KazakhCollator::of(site.config.language);
        let mut publications: Vec<(EntryId, String)> = entries
            .iter()
            .filter(|&&i| {
                matches!(
                    site.kind(&site.entries[i]).id.as_str(),
                    "article" | "guideline"
                )
            })
            // A work is cited as it was published: its original, not the
            // translation the site's language lists in its place.
            .map(|&i| crate::site::tongues::original_of(&site.entries, i).unwrap_or(i))
            .map(|i| (i, gost::line(site, &site.entries[i])))
            .collect();
        publications.sort_by(|a, b| collator.compare(&a.1, &b.1));
        let plan = plan_of(&site.plans, year).map(|p| (p, site.plans[p].fulfilment(day)));
        Report {
            site,
            strings,
            year,
            figures: Figures::of(site, strings, &entries),
            levels: LevelTable::of(site, strings, &entries),
            placings: placings(site, &entries),
            publications,
            plan,
            top: top(site, &entries, &collator),
            entries,
        }
    }

    /// A UI string of the theme.
    pub fn t(&self, key: &'a str) -> &'a str {
        ui(self.strings, key)
    }
}

fn placings(site: &Site, entries: &[EntryId]) -> Vec<Placing> {
    let lang = site.config.language;
    let label = |name: &str, i: usize| {
        site.config
            .field(name)
            .and_then(|f| site.config.fields[f].choices.get(i))
            .map(|c| c.label.get(lang).to_string())
    };
    let mut out: Vec<(usize, Placing)> = entries
        .iter()
        .filter_map(|&e| {
            let r = choice(site, e, "result")?;
            Some((
                r,
                Placing {
                    entry: e,
                    result: label("result", r)?,
                    level: choice(site, e, "level").and_then(|l| label("level", l)),
                    event: crate::site::fields::text(
                        &site.entries[e].fields,
                        &site.config,
                        "event",
                    )
                    .map(str::to_string),
                },
            ))
        })
        .collect();
    // Stable: within a result, newest first as the year lists them.
    out.sort_by_key(|(r, _)| *r);
    out.into_iter().map(|(_, p)| p).collect()
}

fn top(site: &Site, entries: &[EntryId], collator: &KazakhCollator) -> Vec<(AuthorId, usize)> {
    let mut counts: std::collections::HashMap<AuthorId, usize> = std::collections::HashMap::new();
    for &i in entries {
        for &a in &site.entries[i].authors {
            if site.authors[a].known {
                *counts.entry(a).or_default() += 1;
            }
        }
    }
    let mut top: Vec<(AuthorId, usize)> = counts.into_iter().collect();
    top.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| collator.compare(&site.authors[a.0].name, &site.authors[b.0].name))
    });
    let counts: Vec<usize> = top.iter().map(|(_, n)| *n).collect();
    top.truncate(cut(&counts, TOP));
    top
}

/// How many of people with `counts` (most first) a list of about `most` names.
/// A cut inside a tie would name some of those with as many works and leave the
/// others out, so a tie is named whole, unless that makes the list over twice
/// as long: then it stops before the tie (when someone is before it).
fn cut(counts: &[usize], most: usize) -> usize {
    let Some(&last) = counts.get(most.saturating_sub(1)) else {
        return counts.len();
    };
    let through = counts.iter().take_while(|&&n| n >= last).count();
    let before = counts.iter().take_while(|&&n| n > last).count();
    if through <= 2 * most || before == 0 {
        through
    } else {
        before
    }
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn the_list_of_the_most_active_never_cuts_a_tie() {
        // The tenth and eleventh have one work each: both are named.
        let counts = [5, 4, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1];
        assert_eq!(cut(&counts, 10), 12);
        assert_eq!(cut(&counts[..7], 10), 7);
        assert_eq!(cut(&[3; 10], 10), 10);
        // A tie that would double the list is left out whole…
        let mut many = vec![9, 8, 7];
        many.extend([1; 30]);
        assert_eq!(cut(&many, 10), 3);
        // …unless it is everyone.
        assert_eq!(cut(&[1; 30], 10), 30);
        assert_eq!(cut(&[], 10), 0);
    }
}
