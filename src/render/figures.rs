//! Figures in Markdown: a fenced block with the info string `figures` shows what
//! the site counts (the same [`crate::site::figures`] as the catalogue and the
//! report) as a table or a bar chart, instead of numbers typed by hand:
//!
//! ````markdown
//! ```figures
//! by: kind          # kind, department, category, level, result or kind-level
//! year: 2024-2025   # or all; by default the entry's year (elsewhere: all years)
//! as: table         # table, chart or both
//! title: Жұмыс түрлері
//! ```
//! ````

use std::fmt::Write;
use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, nearest};
use crate::lang::dates::AcademicYear;
use crate::lang::strings::{Strings, ui};
use crate::markdown::Blocks;
use crate::site::figures::{BLOCK, Figure, Figures, LevelTable};
use crate::site::{EntryId, Site};
use crate::yaml;

use super::chart::{bar_chart, esc};

/// What a block counts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum By {
    Kind,
    Department,
    Category,
    Level,
    Result,
    KindLevel,
}

const BY: &[(&str, By)] = &[
    ("kind", By::Kind),
    ("department", By::Department),
    ("category", By::Category),
    ("level", By::Level),
    ("result", By::Result),
    ("kind-level", By::KindLevel),
];

/// How a block shows its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Show {
    Table,
    Chart,
    Both,
}

const SHOW: &[(&str, Show)] = &[
    ("table", Show::Table),
    ("chart", Show::Chart),
    ("both", Show::Both),
];

/// A block as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Written {
    by: String,
    year: Option<yaml::Value>,
    #[serde(rename = "as")]
    show: Option<String>,
    title: Option<String>,
}

/// A block read and checked.
struct Spec {
    by: By,
    /// `None`: every year.
    year: Option<AcademicYear>,
    show: Show,
    title: Option<String>,
}

/// Renders figures blocks for a document whose own year (an entry's, a
/// catalogue foreword's) is `year`.
pub struct FiguresBlocks<'a> {
    /// The model counted.
    pub site: &'a Site,
    /// The UI strings.
    pub strings: &'a Strings,
    /// The year a block counts when it names none; `None`: all years.
    pub year: Option<AcademicYear>,
}

impl Blocks for FiguresBlocks<'_> {
    fn renders(&self, info: &str) -> bool {
        info == BLOCK
    }

    fn render(
        &self,
        body: &str,
        source: &Path,
        line: usize,
        diags: &mut Vec<Diagnostic>,
    ) -> String {
        match self.read(body, source, line) {
            Ok(spec) => self.html(&spec),
            Err(d) => {
                diags.extend(d);
                String::new()
            }
        }
    }
}

/// One of `choices` named `value`, or an error at `key`'s line with the accepted
/// values and the nearest one.
fn one_of<T: Copy>(
    choices: &[(&str, T)],
    value: &str,
    (key, body, source, line): (&str, &str, &Path, usize),
) -> Result<T, Diagnostic> {
    let value = value.trim();
    if let Some((_, t)) = choices.iter().find(|(n, _)| *n == value) {
        return Ok(*t);
    }
    let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
    let hint = match nearest(value, names.iter().copied()) {
        Some(n) => format!("did you mean `{n}`? Accepted: {}", names.join(", ")),
        None => format!("accepted: {}", names.join(", ")),
    };
    Err(Diagnostic::error(
        yaml::key_location(body, key, source, line),
        format!("figures: unknown `{key}: {value}`"),
    )
    .with_hint(hint))
}

impl FiguresBlocks<'_> {
    fn read(&self, body: &str, source: &Path, line: usize) -> Result<Spec, Vec<Diagnostic>> {
        let example = "write e.g.\n```figures\nby: kind\nyear: 2024-2025\nas: table\n```";
        if body.trim().is_empty() {
            return Err(vec![
                Diagnostic::error(
                    crate::diagnostics::Location::new(source, line.saturating_sub(1), 1),
                    "figures: the block is empty: say what to count with `by:`",
                )
                .with_hint(example),
            ]);
        }
        let w: Written =
            yaml::from_str(body, source, line).map_err(|d| vec![d.with_hint(example)])?;
        let at = |key| (key, body, source, line);
        let mut errors = Vec::new();
        let by = one_of(BY, &w.by, at("by")).map_err(|d| errors.push(d)).ok();
        let show = match &w.show {
            Some(s) => one_of(SHOW, s, at("as")).map_err(|d| errors.push(d)).ok(),
            None => Some(Show::Table),
        };
        let year_text = w
            .year
            .as_ref()
            .map(|v| yaml::scalar_text(v).unwrap_or_default());
        let year = match year_text.as_deref().map(str::trim) {
            None => Some(self.year),
            Some("all") => Some(None),
            Some(y) => match AcademicYear::parse(y) {
                Some(y) => Some(Some(y)),
                None => {
                    errors.push(
                        Diagnostic::error(
                            yaml::key_location(body, "year", source, line),
                            format!("figures: `{y}` is not an academic year"),
                        )
                        .with_hint("write the year as 2024-2025, or `all` for every year"),
                    );
                    None
                }
            },
        };
        if let Some(by) = by {
            let field = match by {
                By::Level | By::KindLevel => Some("level"),
                By::Result => Some("result"),
                _ => None,
            };
            if let Some(f) = field.filter(|f| self.site.config.field(f).is_none()) {
                errors.push(
                    Diagnostic::error(
                        yaml::key_location(body, "by", source, line),
                        format!("figures: the site has no field `{f}` to count by"),
                    )
                    .with_hint(format!(
                        "define `{f}` under `fields:` in config.yaml, or count by kind or department"
                    )),
                );
            }
            if by == By::KindLevel && matches!(show, Some(Show::Chart | Show::Both)) {
                errors.push(
                    Diagnostic::error(
                        yaml::key_location(body, "as", source, line),
                        "figures: `by: kind-level` is a table of kinds by level; it has no chart",
                    )
                    .with_hint("write `as: table`, or count by kind or by level for a chart"),
                );
            }
        }
        match (by, show, year) {
            (Some(by), Some(show), Some(year)) if errors.is_empty() => Ok(Spec {
                by,
                year,
                show,
                title: w.title,
            }),
            _ => Err(errors),
        }
    }

    fn t(&self, key: &'static str) -> &str {
        ui(self.strings, key)
    }

    /// The entries a block counts.
    fn entries(&self, year: Option<AcademicYear>) -> Vec<EntryId> {
        let ix = &self.site.index;
        match year {
            None => self.site.entries.keys().collect(),
            Some(y) => ix
                .year_index(y)
                .map(|y| ix.by_year[y].entries.clone())
                .unwrap_or_default(),
        }
    }

    fn html(&self, spec: &Spec) -> String {
        let entries = self.entries(spec.year);
        let (title_key, head_key) = match spec.by {
            By::Kind => ("catalogue_by_kind", "kind"),
            By::Department => ("catalogue_by_department", "department"),
            By::Category => ("catalogue_by_category", "category"),
            By::Level => ("catalogue_by_level", "report_level"),
            By::Result => ("catalogue_by_result", "report_result"),
            By::KindLevel => ("report_levels", "kind"),
        };
        let caption = match (&spec.title, spec.year) {
            (Some(t), _) => t.clone(),
            (None, Some(y)) => format!("{}, {}", self.t(title_key), y.label()),
            (None, None) => self.t(title_key).to_string(),
        };
        let mut s = String::from("<figure class=\"figures\">");
        let _ = write!(s, "<figcaption>{}</figcaption>", esc(&caption));
        if spec.by == By::KindLevel {
            let table = LevelTable::of(self.site, self.strings, &entries);
            self.level_table(&mut s, &caption, &table);
        } else {
            let figures = Figures::of(self.site, self.strings, &entries);
            let (items, total) = match spec.by {
                By::Kind => (&figures.by_kind, Some(entries.len())),
                By::Department => (&figures.by_department, Some(entries.len())),
                By::Category => (&figures.by_category, None),
                By::Level => (&figures.by_level, None),
                _ => (&figures.by_result, None),
            };
            if matches!(spec.show, Show::Chart | Show::Both) {
                s.push_str(&bar_chart(&caption, items));
            }
            if matches!(spec.show, Show::Table | Show::Both) {
                self.table(&mut s, &caption, self.t(head_key), items, total);
            }
        }
        s.push_str("</figure>\n");
        s
    }

    fn table_start(&self, s: &mut String, caption: &str) {
        let _ = write!(
            s,
            "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table>",
            esc(caption)
        );
    }

    /// A table of one count per row, with a total row when the rows count each
    /// entry once.
    fn table(
        &self,
        s: &mut String,
        caption: &str,
        head: &str,
        items: &[Figure],
        total: Option<usize>,
    ) {
        self.table_start(s, caption);
        let _ = write!(
            s,
            "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
            esc(head),
            esc(self.t("report_works"))
        );
        for f in items {
            let _ = write!(
                s,
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td></tr>",
                esc(&f.label),
                f.count
            );
        }
        s.push_str("</tbody>");
        if let Some(n) = total {
            let _ = write!(
                s,
                "<tfoot><tr><th scope=\"row\">{}</th><td class=\"num\">{n}</td></tr></tfoot>",
                esc(self.t("plan_total"))
            );
        }
        s.push_str("</table></div>");
    }

    fn level_table(&self, s: &mut String, caption: &str, t: &LevelTable) {
        self.table_start(s, caption);
        let _ = write!(
            s,
            "<thead><tr><th scope=\"col\">{}</th>",
            esc(self.t("kind"))
        );
        for l in &t.levels {
            let _ = write!(s, "<th scope=\"col\" class=\"num\">{}</th>", esc(l));
        }
        let total = esc(self.t("plan_total"));
        let _ = write!(
            s,
            "<th scope=\"col\" class=\"num\">{total}</th></tr></thead><tbody>"
        );
        for row in &t.rows {
            let _ = write!(s, "<tr><th scope=\"row\">{}</th>", esc(&row.kind));
            for c in &row.cells {
                let _ = write!(s, "<td class=\"num\">{c}</td>");
            }
            let _ = write!(s, "<td class=\"num\">{}</td></tr>", row.total);
        }
        let _ = write!(s, "</tbody><tfoot><tr><th scope=\"row\">{total}</th>");
        for c in &t.totals {
            let _ = write!(s, "<td class=\"num\">{c}</td>");
        }
        let _ = write!(
            s,
            "<td class=\"num\">{}</td></tr></tfoot></table></div>",
            t.total
        );
    }
}
