//! The year in figures: how many entries of each kind, department, authors'
//! category, event level and competition result, and the kinds by level. The
//! catalogue counts its exhibits with these, the yearly report all the year's
//! entries, and figures blocks in Markdown (`render::figures`) what they name:
//! one place for all three.

use typed_index_collections::TiVec;

use crate::config::kinds::KindId;
use crate::lang::strings::Strings;
use crate::lang::strings::ui;
use crate::site::fields::FieldValue;
use crate::site::{DepartmentId, EntryId, Site};

/// The info string of a fenced block that shows figures in Markdown
/// (```` ```figures ````); `render::figures` reads and shows it.
pub const BLOCK: &str = "figures";

/// Whether `body` may hold a figures block: a line that opens a fence with the
/// info string [`BLOCK`]. A fence inside another block counts too, which only
/// makes the page be made again more often than it needs.
pub fn has_block(body: &str) -> bool {
    // Most bodies have none: one fast search rules them out.
    body.contains(BLOCK)
        && body.lines().any(|l| {
            // Also inside quotes and list items: `> ```figures`, `- ```figures`.
            let l = l.trim_start_matches(|c: char| c.is_whitespace() || c == '>');
            let l = l
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim_start_matches(['-', '*', '+', '.', ')'])
                .trim_start();
            let rest = l
                .strip_prefix("```")
                .or_else(|| l.strip_prefix("~~~"))
                .map(|r| r.trim_start_matches(['`', '~']).trim_start());
            rest.is_some_and(|r| r.split_whitespace().next() == Some(BLOCK))
        })
}

/// A count with what it counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// What is counted, in words: a kind, a department or a category.
    pub label: String,
    /// How many entries.
    pub count: usize,
}

/// The year in figures.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    /// Exhibits per kind, in the order of the kinds.
    pub by_kind: Vec<Figure>,
    /// Exhibits per department, most first; those without one last.
    pub by_department: Vec<Figure>,
    /// Exhibits per category of their authors (an exhibit counts once per category).
    pub by_category: Vec<Figure>,
    /// Exhibits per level of their event, in the order of the levels.
    pub by_level: Vec<Figure>,
    /// Competition results: exhibits per place or prize, in the order of the results.
    pub by_result: Vec<Figure>,
    /// How many different people wrote the exhibits.
    pub authors: usize,
}

impl Figures {
    /// The charts of the year in figures, as (the key of the title's UI string,
    /// the counts): by kind, department and category always, by level and by
    /// result when some exhibit has one. The web page and the PDF both show these.
    pub fn charts(&self) -> Vec<(&'static str, &[Figure])> {
        let mut charts = vec![
            ("catalogue_by_kind", self.by_kind.as_slice()),
            ("catalogue_by_department", self.by_department.as_slice()),
            ("catalogue_by_category", self.by_category.as_slice()),
        ];
        if !self.by_level.is_empty() {
            charts.push(("catalogue_by_level", self.by_level.as_slice()));
        }
        if !self.by_result.is_empty() {
            charts.push(("catalogue_by_result", self.by_result.as_slice()));
        }
        charts
    }
}

impl Figures {
    /// The figures of `entries` (a year's exhibits, or all its entries).
    pub fn of(site: &Site, strings: &Strings, entries: &[EntryId]) -> Figures {
        let lang = site.config.language;
        let mut kinds: TiVec<KindId, usize> = site.config.kinds.iter().map(|_| 0).collect();
        for &i in entries {
            kinds[site.entries[i].kind] += 1;
        }
        let by_kind = kinds
            .iter_enumerated()
            .filter(|(_, n)| **n > 0)
            .map(|(k, &count)| Figure {
                label: site.config.kinds[k].plural.get(lang).to_string(),
                count,
            })
            .collect();
        let mut deps: TiVec<DepartmentId, usize> = site.departments.iter().map(|_| 0).collect();
        let mut no_dep = 0;
        // The authors of each category, then those whose category is not known: a
        // guest, or a teacher the data file does not give one. Each author counts
        // once, so the figures add up to the number of authors printed beside them.
        let mut cats = [0usize; crate::data::Category::ALL.len() + 1];
        let mut authors = std::collections::HashSet::new();
        for &i in entries {
            let e = &site.entries[i];
            match e.department {
                Some(d) => deps[d] += 1,
                None => no_dep += 1,
            }
            for &a in &e.authors {
                if authors.insert(a) {
                    let ci = site.authors[a]
                        .category
                        .and_then(|c| crate::data::Category::ALL.iter().position(|&x| x == c))
                        .unwrap_or(crate::data::Category::ALL.len());
                    cats[ci] += 1;
                }
            }
        }
        let mut by_department: Vec<Figure> = deps
            .iter_enumerated()
            .filter(|(_, n)| **n > 0)
            .map(|(d, &n)| Figure {
                label: site.departments[d].name_in(lang).to_string(),
                count: n,
            })
            .collect();
        // Most exhibits first; the departments are already in alphabetical order.
        by_department.sort_by_key(|f| std::cmp::Reverse(f.count));
        if no_dep > 0 {
            by_department.push(Figure {
                label: ui(strings, "catalogue_no_department").to_string(),
                count: no_dep,
            });
        }
        let by_category = crate::data::Category::ALL
            .iter()
            .map(|c| c.ui_key())
            .chain(["category_unstated".to_string()])
            .zip(cats)
            .filter(|(_, n)| *n > 0)
            .map(|(key, n)| Figure {
                label: ui(strings, &key).to_string(),
                count: n,
            })
            .collect();
        Figures {
            by_kind,
            by_department,
            by_category,
            by_level: by_choice(site, entries, "level"),
            by_result: by_choice(site, entries, "result"),
            authors: authors.len(),
        }
    }
}

/// Entries per choice of the field `name`, in the order of its choices; choices
/// no entry has are left out.
pub fn by_choice(site: &Site, entries: &[EntryId], name: &str) -> Vec<Figure> {
    let Some(f) = site.config.field(name) else {
        return Vec::new();
    };
    let field = &site.config.fields[f];
    let mut counts = vec![0usize; field.choices.len()];
    for &i in entries {
        for v in &site.entries[i].fields {
            if let (true, FieldValue::Choice(i)) = (v.field == f, &v.value) {
                counts[*i] += 1;
            }
        }
    }
    field
        .choices
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(c, count)| Figure {
            label: c.label.get(site.config.language).to_string(),
            count,
        })
        .collect()
}

/// The kinds by the level of their events: a row per kind, a column per level
/// (and one for entries without a level).
#[derive(Debug, Clone, Default)]
pub struct LevelTable {
    /// The column headings: the levels that occur, in their order, then «no level»
    /// when some entry has none.
    pub levels: Vec<String>,
    /// Each kind with entries.
    pub rows: Vec<LevelRow>,
    /// Each column's total.
    pub totals: Vec<usize>,
    /// All the entries counted.
    pub total: usize,
}

/// A kind's row of a [`LevelTable`].
#[derive(Debug, Clone)]
pub struct LevelRow {
    /// The kind, in the plural.
    pub kind: String,
    /// Its entries per column.
    pub cells: Vec<usize>,
    /// All its entries.
    pub total: usize,
}

/// The choice an entry has in the field `name`, as its index.
pub fn choice(site: &Site, e: EntryId, name: &str) -> Option<usize> {
    let f = site.config.field(name)?;
    site.entries[e]
        .fields
        .iter()
        .find_map(|v| match (&v.value, v.field == f) {
            (FieldValue::Choice(i), true) => Some(*i),
            _ => None,
        })
}

impl LevelTable {
    /// The kinds of `entries` by level; empty when the site has no `level` field.
    pub fn of(site: &Site, strings: &Strings, entries: &[EntryId]) -> LevelTable {
        let lang = site.config.language;
        let Some(field) = site.config.field("level").map(|f| &site.config.fields[f]) else {
            return LevelTable::default();
        };
        let n = field.choices.len();
        // Counts per kind, with the last column for «no level».
        let mut counts = vec![vec![0usize; n + 1]; site.config.kinds.len()];
        for &i in entries {
            let col = choice(site, i, "level").unwrap_or(n);
            counts[usize::from(site.entries[i].kind)][col] += 1;
        }
        let used: Vec<usize> = (0..=n)
            .filter(|&c| counts.iter().any(|row| row[c] > 0))
            .collect();
        let levels = used
            .iter()
            .map(|&c| match field.choices.get(c) {
                Some(ch) => ch.label.get(lang).to_string(),
                None => ui(strings, "report_no_level").to_string(),
            })
            .collect();
        let rows: Vec<LevelRow> = site
            .config
            .kinds
            .iter()
            .zip(&counts)
            .filter(|(_, row)| row.iter().any(|&c| c > 0))
            .map(|(k, row)| LevelRow {
                kind: k.plural.get(lang).to_string(),
                cells: used.iter().map(|&c| row[c]).collect(),
                total: row.iter().sum(),
            })
            .collect();
        let totals = (0..used.len())
            .map(|j| rows.iter().map(|r| r.cells[j]).sum())
            .collect();
        LevelTable {
            levels,
            rows,
            totals,
            total: entries.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::has_block;

    #[test]
    fn blocks_are_seen_at_the_top_in_quotes_and_in_lists() {
        assert!(has_block("Мәтін.\n\n```figures\nby: kind\n```\n"));
        assert!(has_block("~~~ figures\nby: kind\n~~~\n"));
        assert!(has_block("> ```figures\n> by: kind\n> ```\n"));
        assert!(has_block("- Сандар:\n\n  ```figures\n  by: kind\n  ```\n"));
        assert!(has_block("1. ```figures\n   by: kind\n   ```\n"));
        assert!(!has_block(
            "Сандар (figures) мәтінде.\n\n```text\nfigures\n```\n"
        ));
        assert!(!has_block("```figuresque\n```\n"));
    }
}
