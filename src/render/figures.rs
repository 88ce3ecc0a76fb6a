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

use crate::t;
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
            Ok(spec) => {
                if let (Some(y), true) = (spec.year, self.entries(spec.year).is_empty()) {
                    diags.push(
                        Diagnostic::warning(
                            yaml::key_location(body, "year", source, line),
                            t!(
                                "render-figures-figures-there-are-no",
                                label = (y.label()).to_string()
                            ),
                        )
                        .with_hint(t!("render-figures-name-year-entries-all-hint")),
                    );
                }
                self.shown(&spec).html()
            }
            Err(d) => {
                diags.extend(d);
                String::new()
            }
        }
    }
}

/// A key of a figures block, with the block it is in (its text, its file and the
/// line it starts on): what an error about the key's value points at.
#[derive(Clone, Copy)]
struct KeyIn<'a> {
    key: &'a str,
    body: &'a str,
    source: &'a Path,
    line: usize,
}

impl KeyIn<'_> {
    fn location(&self) -> crate::diagnostics::Location {
        yaml::key_location(self.body, self.key, self.source, self.line)
    }
}

/// One of `choices` named `value`, or an error at `key`'s line with the accepted
/// values and the nearest one.
fn one_of<T: Copy>(choices: &[(&str, T)], value: &str, key: KeyIn) -> Result<T, Diagnostic> {
    let value = value.trim();
    if let Some((_, t)) = choices.iter().find(|(n, _)| *n == value) {
        return Ok(*t);
    }
    let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
    let hint = match nearest(value, names.iter().copied()) {
        Some(n) => t!(
            "render-figures-did-you-mean-accepted-hint",
            name = n,
            list = names.join(", ")
        ),
        None => t!("render-figures-accepted-hint", list = names.join(", ")),
    };
    Err(Diagnostic::error(
        key.location(),
        t!(
            "render-figures-figures-unknown",
            key = key.key.to_string(),
            value = value.to_string()
        ),
    )
    .with_hint(hint))
}

impl FiguresBlocks<'_> {
    fn read(&self, body: &str, source: &Path, line: usize) -> Result<Spec, Vec<Diagnostic>> {
        let fields = || t!("render-figures-block-fields-hint");
        if body.trim().is_empty() {
            return Err(vec![
                Diagnostic::error(
                    crate::diagnostics::Location::new(source, line.saturating_sub(1), 1),
                    t!("render-figures-figures-block-empty"),
                )
                .with_hint(fields()),
            ]);
        }
        // Not `key: value` lines at all (a list, a number): say what a block is.
        if let Ok(v) = yaml::parse(body, source, line)
            && !v.is_mapping()
        {
            return Err(vec![
                Diagnostic::error(
                    crate::diagnostics::Location::new(source, line, 1),
                    t!("render-figures-block-not-map", found = yaml::describe(&v)),
                )
                .with_hint(fields()),
            ]);
        }
        let w: Written = yaml::from_str(body, source, line).map_err(|d| {
            let problem = d.message_arg();
            vec![
                d.with_message(t!("render-figures-in-block", problem = problem))
                    .with_hint(fields()),
            ]
        })?;
        let at = |key| KeyIn {
            key,
            body,
            source,
            line,
        };
        let mut errors = Vec::new();
        let by = one_of(BY, &w.by, at("by")).map_err(|d| errors.push(d)).ok();
        let show = match &w.show {
            Some(s) => one_of(SHOW, s, at("as")).map_err(|d| errors.push(d)).ok(),
            None => Some(Show::Table),
        };
        let year = match &w.year {
            None => Some(self.year),
            Some(v) => Self::year_of(v, at("year"))
                .map_err(|d| errors.push(d))
                .ok(),
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
                        t!("render-figures-figures-site-has-no", f = f.to_string()),
                    )
                    .with_hint(t!(
                        "render-figures-define-under-fields-config-hint",
                        f = f.to_string()
                    )),
                );
            }
            if by == By::KindLevel && matches!(show, Some(Show::Chart | Show::Both)) {
                errors.push(
                    Diagnostic::error(
                        yaml::key_location(body, "as", source, line),
                        t!("render-figures-figures-kind-level-table"),
                    )
                    .with_hint(t!("render-figures-write-table-count-kind-hint")),
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

    /// The year a block's `year:` names: `all` (`None`) or an academic year.
    fn year_of(v: &yaml::Value, key: KeyIn) -> Result<Option<AcademicYear>, Diagnostic> {
        let at = || key.location();
        let hint = || t!("render-figures-write-year-all-every-hint");
        let Some(text) = yaml::scalar_text(v) else {
            return Err(Diagnostic::error(
                at(),
                t!("render-figures-year-not-a-year", found = yaml::describe(v)),
            )
            .with_hint(hint()));
        };
        match text.trim() {
            "all" => Ok(None),
            y => AcademicYear::parse(y).map(Some).ok_or_else(|| {
                Diagnostic::error(
                    at(),
                    t!(
                        "render-figures-figures-not-academic-year",
                        y = y.to_string()
                    ),
                )
                .with_hint(hint())
            }),
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

    /// What a block shows, worked out from the model.
    fn shown(&self, spec: &Spec) -> Shown {
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
        let total = self.t("plan_total").to_string();
        if spec.by == By::KindLevel {
            let t = LevelTable::of(self.site, self.strings, &entries);
            let head = std::iter::once(self.t("kind").to_string())
                .chain(t.levels.iter().cloned())
                .chain([total.clone()])
                .collect();
            let rows = t
                .rows
                .iter()
                .map(|r| {
                    std::iter::once(r.kind.clone())
                        .chain(r.cells.iter().map(ToString::to_string))
                        .chain([r.total.to_string()])
                        .collect()
                })
                .collect();
            let foot = std::iter::once(total)
                .chain(t.totals.iter().map(ToString::to_string))
                .chain([t.total.to_string()])
                .collect();
            return Shown {
                caption,
                chart: None,
                table: Some(Table {
                    head,
                    rows,
                    foot: Some(foot),
                }),
            };
        }
        let mut figures = Figures::of(self.site, self.strings, &entries);
        // A total only where each entry, or author, is counted once.
        let works = Some(entries.len());
        let (items, sum, counted) = match spec.by {
            By::Kind => (std::mem::take(&mut figures.by_kind), works, "report_works"),
            By::Department => (
                std::mem::take(&mut figures.by_department),
                works,
                "report_works",
            ),
            By::Category => (
                std::mem::take(&mut figures.by_category),
                Some(figures.authors),
                "authors",
            ),
            By::Level => (std::mem::take(&mut figures.by_level), None, "report_works"),
            _ => (std::mem::take(&mut figures.by_result), None, "report_works"),
        };
        let table = matches!(spec.show, Show::Table | Show::Both).then(|| Table {
            head: vec![self.t(head_key).to_string(), self.t(counted).to_string()],
            rows: items
                .iter()
                .map(|f| vec![f.label.clone(), f.count.to_string()])
                .collect(),
            foot: sum.map(|n| vec![total, n.to_string()]),
        });
        Shown {
            caption,
            chart: matches!(spec.show, Show::Chart | Show::Both).then_some(items),
            table,
        }
    }

    /// The figures a block shows, for print (the catalogue's foreword); `None`
    /// when the block has errors, which the web page reports.
    pub fn print(&self, body: &str, source: &Path) -> Option<Shown> {
        self.read(body, source, 1)
            .ok()
            .map(|spec| self.shown(&spec))
    }
}

/// What a figures block shows: a caption, and a chart, a table or both.
pub struct Shown {
    /// The caption: the block's title, or what is counted and the year.
    pub caption: String,
    /// The counts as a bar chart.
    pub chart: Option<Vec<Figure>>,
    /// The counts as a table.
    pub table: Option<Table>,
}

/// A table of figures: the first column names what is counted, the others are
/// numbers.
pub struct Table {
    /// The column headings.
    pub head: Vec<String>,
    /// The rows, each as many cells as there are headings.
    pub rows: Vec<Vec<String>>,
    /// The totals row, where the rows add up.
    pub foot: Option<Vec<String>>,
}

impl Shown {
    /// The figure as HTML: caption, chart, then the table in a scrollable region.
    fn html(&self) -> String {
        let mut s = String::from("<figure class=\"figures\">");
        let _ = write!(s, "<figcaption>{}</figcaption>", esc(&self.caption));
        if let Some(items) = &self.chart {
            s.push_str(&bar_chart(&self.caption, items, self.table.is_some()));
        }
        if let Some(t) = &self.table {
            let _ = write!(
                s,
                "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table><thead>",
                esc(&self.caption)
            );
            row(&mut s, &t.head, "col");
            s.push_str("</thead><tbody>");
            for r in &t.rows {
                row(&mut s, r, "row");
            }
            s.push_str("</tbody>");
            if let Some(foot) = &t.foot {
                s.push_str("<tfoot>");
                row(&mut s, foot, "row");
                s.push_str("</tfoot>");
            }
            s.push_str("</table></div>");
        }
        s.push_str("</figure>\n");
        s
    }
}

/// A table row: its first cell a heading (of the column or the row), the other
/// cells numbers (in the head, their headings).
fn row(s: &mut String, cells: &[String], scope: &str) {
    s.push_str("<tr>");
    for (i, c) in cells.iter().enumerate() {
        let c = esc(c);
        match (i, scope) {
            (0, _) => {
                let _ = write!(s, "<th scope=\"{scope}\">{c}</th>");
            }
            (_, "col") => {
                // Soft hyphens: the narrow columns of a phone break a long
                // heading («Республикалық») between syllables.
                let c = crate::lang::hyphen::soft_hyphens(&c);
                let _ = write!(s, "<th scope=\"col\" class=\"num\">{c}</th>");
            }
            _ => {
                let _ = write!(s, "<td class=\"num\">{c}</td>");
            }
        }
    }
    s.push_str("</tr>");
}
