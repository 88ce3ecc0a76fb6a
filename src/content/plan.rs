//! `content/plan/2025-2026.yaml`: the School's work plan for an academic year, a
//! list of items read one by one (a bad item is reported at its place and the
//! others are kept). What the items name (kinds, teachers, departments, times) is
//! checked when the site is assembled (`crate::site::plan`).

use crate::t;
use serde::Deserialize;
use std::path::PathBuf;

use super::list_file::{Item, Unread, read_list};
use super::walk::SourceFile;
use crate::diagnostics::{Diagnostic, Located, Location};
use crate::lang::dates::AcademicYear;
use crate::messages::Text;
use crate::yaml::{self, Value};

/// A year's plan file, read.
#[derive(Debug, Clone)]
pub struct PlanFile {
    /// The academic year its file is named after.
    pub year: AcademicYear,
    /// The file.
    pub path: PathBuf,
    /// Its items, in the order written; unreadable ones left out (and reported).
    pub items: Vec<RawItem>,
    /// Ids of the items that could not be read, so that entries naming them are
    /// not reported again.
    pub unread: Unread,
}

/// One item of a plan as written, each value with where it is written.
#[derive(Debug, Clone)]
pub struct RawItem {
    /// Its id, which entries name in `plan:`.
    pub id: Located<String>,
    /// What is to be done.
    pub title: Located<String>,
    /// A kind of the site or another form of work (a meeting, a consultation, …).
    pub form: Located<String>,
    /// When, as written: a date, a month, a range, a term.
    pub when: Located<String>,
    /// Teachers responsible, by id or name.
    pub responsible: Vec<Located<String>>,
    /// The department, by id or name.
    pub department: Option<Located<String>>,
    /// Who it is for (the target group).
    pub audience: Option<String>,
    /// A note.
    pub note: Option<String>,
    /// `moved` or `cancelled`, as written.
    pub status: Option<Located<String>>,
    /// Why it was moved or cancelled.
    pub reason: Option<String>,
    /// The new time of a moved item, as written.
    pub to: Option<Located<String>>,
    /// Where the item starts.
    pub location: Location,
}

/// An item's fields as YAML gives them; values that people write as numbers or
/// dates (`id: 3`, `when: 2025-10`) are read as text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemRecord {
    // Required, but a missing one is told with what to write (serde would say
    // only «missing field»).
    #[serde(default)]
    id: Value,
    #[serde(default)]
    title: Value,
    #[serde(default)]
    form: Value,
    #[serde(default)]
    when: Value,
    #[serde(default)]
    responsible: Value,
    #[serde(default)]
    department: Value,
    #[serde(default)]
    audience: Value,
    #[serde(default)]
    note: Value,
    #[serde(default)]
    status: Value,
    #[serde(default)]
    reason: Value,
    #[serde(default)]
    to: Value,
}

/// Reads the plan file `file` (a [`super::walk::SourceKind::Plan`]); `forms`
/// lists the forms of work an item may have (the site's kinds among them), for
/// the hint when one has none.
pub fn read(file: &SourceFile, forms: &str, diags: &mut Vec<Diagnostic>) -> Option<PlanFile> {
    let stem = file.path.file_stem().map(|s| s.to_string_lossy());
    let Some(year) = stem.as_deref().and_then(AcademicYear::parse) else {
        diags.push(
            Diagnostic::error(
                Location::file(&file.path),
                t!("content-plan-plan-file-named-after"),
            )
            .with_hint(t!("content-plan-name-like-content-plan-hint")),
        );
        return None;
    };
    let mut unread = Unread::default();
    let items = read_list::<ItemRecord>(&file.path, diags, &mut unread);
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if let Some(raw) = raw_item(&item, forms, diags) {
            out.push(raw);
        } else if let Some(id) = yaml::scalar_text(&item.record.id) {
            unread.ids.insert(id);
        }
    }
    Some(PlanFile {
        year,
        path: file.path.clone(),
        items: out,
        unread,
    })
}

/// An item's values as text, each located; `None` (and errors) when a field
/// that must be there is not text.
fn raw_item(item: &Item<ItemRecord>, forms: &str, diags: &mut Vec<Diagnostic>) -> Option<RawItem> {
    let r = &item.record;
    let errors = diags.len();
    let mut text = |key: &str, v: &Value, required: bool| -> Option<Located<String>> {
        let at = item.field(key);
        match v {
            Value::Null if !required => None,
            Value::Null => {
                let said = t!("content-plan-item-has-no", key = key.to_string());
                diags.push(Diagnostic::error(at, said).with_hint(hint_of(key, forms)));
                None
            }
            _ => match yaml::scalar_text(v).map(|s| s.trim().to_string()) {
                Some(s) if !s.is_empty() => Some(Located::new(s, at)),
                _ => {
                    diags.push(
                        Diagnostic::error(
                            at,
                            t!(
                                "content-plan-must-text-found",
                                key = key.to_string(),
                                v = yaml::describe(v)
                            ),
                        )
                        .with_hint(hint_of(key, forms)),
                    );
                    None
                }
            },
        }
    };
    let id = text("id", &r.id, true);
    let title = text("title", &r.title, true);
    let form = text("form", &r.form, true);
    let when = text("when", &r.when, true);
    let department = text("department", &r.department, false);
    let audience = text("audience", &r.audience, false).map(|l| l.value);
    let note = text("note", &r.note, false).map(|l| l.value);
    let status = text("status", &r.status, false);
    let reason = text("reason", &r.reason, false).map(|l| l.value);
    let to = text("to", &r.to, false);
    let responsible = names(item, &r.responsible, diags);
    if diags.len() > errors {
        return None;
    }
    Some(RawItem {
        id: id?,
        title: title?,
        form: form?,
        when: when?,
        responsible,
        department,
        audience,
        note,
        status,
        reason,
        to,
        location: item.location(),
    })
}

/// `responsible:` as one name or a list of them, each where it is written.
fn names(item: &Item<ItemRecord>, v: &Value, diags: &mut Vec<Diagnostic>) -> Vec<Located<String>> {
    let at = item.field("responsible");
    let values: Vec<&Value> = match v {
        Value::Null => Vec::new(),
        Value::Sequence(list) => list.iter().collect(),
        other => vec![other],
    };
    let mut out = Vec::new();
    for v in values {
        match yaml::scalar_text(v) {
            Some(name) => out.push(Located::new(
                name.clone(),
                item.value_at("responsible", &name),
            )),
            None => diags.push(
                Diagnostic::error(
                    at.clone(),
                    t!(
                        "content-plan-responsible-must-teachers-ids",
                        v = yaml::describe(v)
                    ),
                )
                .with_hint(hint_of("responsible", "")),
            ),
        }
    }
    out
}

/// What a plan item's field holds, for messages.
fn hint_of(key: &str, forms: &str) -> Text {
    match key {
        "id" => t!("content-plan-id-hint"),
        "form" => t!("plan-resolve-write-form-hint", list = forms.to_string()),
        "title" => t!("content-plan-title-hint"),
        "when" => t!(
            "plan-resolve-write-time-hint",
            accepted = crate::lang::period::accepted()
        ),
        "responsible" => t!("content-plan-responsible-hint"),
        "status" => t!("content-plan-status-hint"),
        _ => t!("content-plan-one-line-hint"),
    }
}
