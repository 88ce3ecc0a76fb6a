//! Making the model's plans from the plan files: each item's form, time, teachers
//! and department checked, every problem located at the item's field.

use crate::t;
use std::collections::HashSet;
use typed_index_collections::TiVec;

use super::forms::{self, Form, Forms};
use super::{Plan, PlanId, PlanItem, Written};
use crate::config::Config;
use crate::config::fields::choice_key;
use crate::content::plan::{PlanFile, RawItem};
use crate::diagnostics::{Diagnostic, Located, nearest};
use crate::lang::dates::AcademicYear;
use crate::lang::period::{self, Period, PeriodError};
use crate::site::resolve::Registry;

/// What a plan writes in `status:`.
#[derive(Debug, PartialEq, Eq)]
enum StatusWord {
    Done,
    Moved,
    Cancelled,
}

const MOVED: &[&str] = &[
    "moved",
    "postponed",
    "ауыстырылды",
    "көшірілді",
    "кейінге қалдырылды",
    "ауыстырылған",
    "перенесено",
    "перенесли",
    "перенесен",
    "перенесён",
    "перенесена",
];
const DONE: &[&str] = &[
    "done",
    "held",
    "орындалды",
    "өтті",
    "өткізілді",
    "выполнено",
    "выполнен",
    "проведено",
    "проведён",
    "проведен",
];
const CANCELLED: &[&str] = &[
    "cancelled",
    "canceled",
    "тоқтатылды",
    "өткізілмеді",
    "болмады",
    "болдырылмады",
    "болдырылмаған",
    "отменено",
    "отменили",
    "не проведено",
    "не состоялось",
    "отменен",
    "отменён",
    "отменена",
];

/// The plans of `files`, newest year first. Teachers and departments are found
/// in `reg` (before it is sorted, like the entries' own).
pub fn resolve_plans(
    files: &[PlanFile],
    config: &Config,
    reg: &mut Registry,
    diags: &mut Vec<Diagnostic>,
) -> TiVec<PlanId, Plan> {
    let mut plans: Vec<Plan> = Vec::with_capacity(files.len());
    let forms = Forms::of(config);
    for file in files {
        if let Some(first) = plans.iter().find(|p| p.year == file.year) {
            diags.push(
                Diagnostic::error(
                    crate::diagnostics::Location::file(&file.path),
                    t!(
                        "plan-resolve-year-has-plan-already",
                        label = (file.year.label()).to_string(),
                        file = (first
                            .source
                            .file_name()
                            .unwrap_or_default()
                            .to_string_lossy())
                        .to_string()
                    ),
                )
                .with_hint(t!("plan-resolve-keep-one-plan-file-hint")),
            );
            continue;
        }
        let mut ids: HashSet<&str> = HashSet::new();
        let mut items = TiVec::new();
        let mut unread = file.unread.clone();
        for raw in &file.items {
            if !ids.insert(raw.id.value.as_str()) {
                diags.push(
                    Diagnostic::error(
                        raw.id.location.clone(),
                        t!(
                            "plan-resolve-plan-item-id-used",
                            value = (raw.id.value).to_string()
                        ),
                    )
                    .with_hint(t!("plan-resolve-give-each-item-plan-hint")),
                );
                continue;
            }
            match item(raw, file.year, config, &forms, reg, diags) {
                Some(item) => items.push(item),
                None => {
                    unread.ids.insert(raw.id.value.clone());
                }
            }
        }
        plans.push(Plan {
            year: file.year,
            source: file.path.clone(),
            items,
            unread,
        });
    }
    plans.sort_by_key(|p| std::cmp::Reverse(p.year));
    plans.into()
}

/// One item, checked; `None` when something it names cannot be found.
fn item(
    raw: &RawItem,
    year: AcademicYear,
    config: &Config,
    forms: &Forms,
    reg: &mut Registry,
    diags: &mut Vec<Diagnostic>,
) -> Option<PlanItem> {
    let errors = diags.len();
    let form = form(&raw.form, config, forms, diags);
    let when = time(&raw.when, year, config, diags);
    let responsible: Vec<_> = raw
        .responsible
        .iter()
        .filter_map(|r| reg.teacher(&r.value, &r.location, diags))
        .collect();
    let department =
        (raw.department.as_ref()).and_then(|d| reg.known_department(&d.value, &d.location, diags));
    let written = match &raw.status {
        None => Written::Planned,
        Some(s) => match status_word(s, diags)? {
            StatusWord::Done => Written::Done {
                reason: raw.reason.clone(),
            },
            StatusWord::Cancelled => Written::Cancelled {
                reason: raw.reason.clone(),
            },
            StatusWord::Moved => Written::Moved {
                to: raw
                    .to
                    .as_ref()
                    .and_then(|t| time(t, year, config, diags).map(|p| (p, t.value.clone()))),
                reason: raw.reason.clone(),
            },
        },
    };
    if raw.to.is_some() && !matches!(written, Written::Moved { .. }) {
        diags.push(
            Diagnostic::error(
                raw.to
                    .as_ref()
                    .map_or(raw.location.clone(), |t| t.location.clone()),
                t!("plan-resolve-new-time-moved-item"),
            )
            .with_hint(t!("plan-resolve-add-status-moved-remove-hint")),
        );
    }
    if diags.len() > errors {
        return None;
    }
    if let (Some(s), None, Written::Moved { .. } | Written::Cancelled { .. }) =
        (&raw.status, &raw.reason, &written)
    {
        diags.push(
            Diagnostic::warning(
                s.location.clone(),
                t!(
                    "plan-resolve-item-without-reason",
                    value = (raw.id.value).to_string(),
                    value2 = (s.value).to_string()
                ),
            )
            .with_hint(t!("plan-resolve-say-why-reason-plan-hint")),
        );
    }
    Some(PlanItem {
        id: raw.id.value.clone(),
        title: raw.title.value.clone(),
        form: form?,
        when: when?,
        when_written: raw.when.value.clone(),
        responsible,
        department,
        audience: raw.audience.clone(),
        note: raw.note.clone(),
        written,
        entries: Vec::new(),
        location: raw.location.clone(),
    })
}

fn form(
    written: &Located<String>,
    config: &Config,
    forms: &Forms,
    diags: &mut Vec<Diagnostic>,
) -> Option<Form> {
    let found = forms.find(&written.value);
    if found.is_none() {
        let ids = forms::ids(config);
        let near =
            nearest(&written.value, ids.iter().copied()).or_else(|| forms.nearest(&written.value));
        let hint = match near {
            Some(n) => t!(
                "plan-resolve-did-you-mean-forms-hint",
                name = n,
                list = ids.join(", ")
            ),
            None => t!("plan-resolve-write-form-hint", list = ids.join(", ")),
        };
        diags.push(
            Diagnostic::error(
                written.location.clone(),
                t!(
                    "plan-resolve-unknown-form-work",
                    value = (written.value).to_string()
                ),
            )
            .with_hint(hint),
        );
    }
    found
}

fn time(
    written: &Located<String>,
    year: AcademicYear,
    config: &Config,
    diags: &mut Vec<Diagnostic>,
) -> Option<Period> {
    match period::parse(&written.value, year, config.year_start_month) {
        Ok(p) => Some(p),
        Err(e) => {
            let (message, hint) = match e {
                PeriodError::Unknown => (
                    t!(
                        "plan-resolve-cannot-read-time",
                        value = written.value.as_str()
                    ),
                    match period::nearest_month(&written.value) {
                        Some(month) => t!(
                            "plan-resolve-did-you-mean-time-hint",
                            name = month,
                            accepted = period::accepted()
                        ),
                        None => t!(
                            "plan-resolve-write-time-hint",
                            accepted = period::accepted()
                        ),
                    },
                ),
                PeriodError::OutsideYear => (
                    t!(
                        "plan-resolve-time-outside-year",
                        value = written.value.as_str(),
                        year = year.label()
                    ),
                    // `14.10.25` is in the year 25, not out of the plan's year.
                    match year_in_full(&written.value) {
                        Some(fixed) => t!("plan-resolve-year-in-full-hint", fixed = fixed),
                        None => t!("plan-resolve-plan-of-its-year-hint", year = year.label()),
                    },
                ),
                PeriodError::Backwards => (
                    t!(
                        "plan-resolve-range-ends-before-start",
                        value = written.value.as_str()
                    ),
                    t!("plan-resolve-earlier-first-hint"),
                ),
            };
            diags.push(Diagnostic::error(written.location.clone(), message).with_hint(hint));
            None
        }
    }
}

fn status_word(s: &Located<String>, diags: &mut Vec<Diagnostic>) -> Option<StatusWord> {
    let k = choice_key(&s.value);
    let is = |words: &[&str]| words.iter().any(|w| choice_key(w) == k);
    if is(MOVED) {
        return Some(StatusWord::Moved);
    }
    if is(CANCELLED) {
        return Some(StatusWord::Cancelled);
    }
    if is(DONE) {
        return Some(StatusWord::Done);
    }
    let words = [MOVED, CANCELLED, DONE].into_iter().flatten().copied();
    let hint = match crate::diagnostics::nearest(&s.value.to_lowercase(), words) {
        Some(n) => t!("did-you-mean", name = n),
        None => t!("plan-resolve-write-moved-reason-cancelled-hint"),
    };
    diags.push(
        Diagnostic::error(
            s.location.clone(),
            t!("plan-resolve-unknown-status", value = (s.value).to_string()),
        )
        .with_hint(hint),
    );
    None
}

/// `14.10.25` with its year in full, when it is a day written with two digits
/// of the year.
fn year_in_full(written: &str) -> Option<String> {
    let d = crate::lang::dates::parse_date(written)?;
    crate::lang::dates::four_digit_year(written.trim(), chrono::Datelike::year(&d.date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_is_read_in_kazakh_russian_and_english() {
        let word = |s: &str| {
            let mut diags = Vec::new();
            let at = crate::diagnostics::Location::new(std::path::Path::new("p.yaml"), 1, 1);
            let w = status_word(&Located::new(s.to_string(), at), &mut diags);
            (w, diags.len())
        };
        // The sample plan's own comment says «болдырылмаса — status: cancelled».
        for s in ["cancelled", "Болдырылмады", "отменено", "не состоялось"]
        {
            assert_eq!(word(s), (Some(StatusWord::Cancelled), 0), "{s}");
        }
        for s in ["moved", "ауыстырылды", "перенесли"] {
            assert_eq!(word(s), (Some(StatusWord::Moved), 0), "{s}");
        }
        for s in ["done", "орындалды", "проведён"] {
            assert_eq!(word(s), (Some(StatusWord::Done), 0), "{s}");
        }
        assert_eq!(word("бітті?"), (None, 1));
    }
}
