//! Entries and the plan items they carry out (`plan:` in front matter).

use crate::t;
use std::hash::{Hash, Hasher};
use typed_index_collections::TiVec;

use super::{Plan, PlanId, PlanItem, PlanItemId, Written, plan_of};
use crate::diagnostics::{Diagnostic, Located, nearest};
use crate::lang::dates::AcademicYear;
use crate::site::{Entry, EntryId};

/// A plan item an entry names: the id as written and, once the model is
/// assembled, the item it leads to (with its title, which the entry's page shows).
#[derive(Debug, Clone)]
pub struct PlanLink {
    /// The id as written in `plan:`.
    pub id: Located<String>,
    /// The item, when found.
    pub item: Option<(PlanId, PlanItemId)>,
    /// The item's title.
    pub title: String,
}

// What pages show of a link: not where it is written.
impl Hash for PlanLink {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (&self.id.value, self.item, &self.title).hash(state);
    }
}

impl PlanLink {
    /// A link as written, not yet followed.
    pub fn written(id: Located<String>) -> Self {
        PlanLink {
            id,
            item: None,
            title: String::new(),
        }
    }
}

/// Follows every entry's links to the plan of its own year, and lists at each item
/// the entries that record it. A link to an item that does not exist, or to an
/// item of another year's plan, is an error at the link.
pub fn link_entries(
    entries: &mut TiVec<EntryId, Entry>,
    plans: &mut TiVec<PlanId, Plan>,
    counted: &dyn Fn(EntryId) -> bool,
    root: &std::path::Path,
    diags: &mut Vec<Diagnostic>,
) {
    for (e, entry) in entries.iter_mut_enumerated() {
        let counted = counted(e);
        for link in &mut entry.plan {
            let Some((p, i)) = follow(plans, entry.year, &link.id, diags) else {
                continue;
            };
            let item = &mut plans[p].items[i];
            link.item = Some((p, i));
            link.title = item.title.clone();
            // A work counts once, by the file its main language shows.
            if counted && !item.entries.contains(&e) {
                item.entries.push(e);
            }
        }
    }
    for item in plans.iter().flat_map(|p| &p.items) {
        recorded_though_off(item, entries, root, diags);
    }
}

/// Warns of an item that an entry records while the plan says it was cancelled
/// or moved out of the year: it counts as done, and its page would show the
/// reason it did not take place beside the work that shows it did.
fn recorded_though_off(
    item: &PlanItem,
    entries: &TiVec<EntryId, Entry>,
    root: &std::path::Path,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(&e) = item.entries.first() else {
        return;
    };
    let source = &entries[e].doc.source;
    let file = source
        .strip_prefix(root)
        .unwrap_or(source)
        .display()
        .to_string();
    let id = item.id.clone();
    let text = match item.written {
        Written::Cancelled { .. } => {
            t!("plan-link-recorded-though-cancelled", id = id, file = file)
        }
        Written::Moved { to: None, .. } => {
            t!("plan-link-recorded-though-moved", id = id, file = file)
        }
        _ => return,
    };
    diags.push(
        Diagnostic::warning(item.location.clone(), text)
            .with_hint(t!("plan-link-recorded-though-off-hint")),
    );
}

/// Tells the links of files that are no entries, for errors of their own, that
/// lead nowhere: `(year, ids)` for each, so that one build says every problem.
pub fn check_links(
    unmade: &[(AcademicYear, Vec<Located<String>>)],
    plans: &TiVec<PlanId, Plan>,
    diags: &mut Vec<Diagnostic>,
) {
    for (year, ids) in unmade {
        for id in ids {
            follow(plans, *year, id, diags);
        }
    }
}

/// The item of `year`'s plan that `id` names; an error when it names none (and
/// the plan could be read whole).
fn follow(
    plans: &TiVec<PlanId, Plan>,
    year: AcademicYear,
    id: &Located<String>,
    diags: &mut Vec<Diagnostic>,
) -> Option<(PlanId, PlanItemId)> {
    let own = plan_of(plans, year);
    let found = own.and_then(|p| {
        let i = plans[p].items.iter().position(|it| it.id == id.value)?;
        Some((p, PlanItemId::from(i)))
    });
    if found.is_none() && !own.is_some_and(|p| plans[p].unread.covers(&id.value)) {
        diags.push(missing(id, year, own, plans));
    }
    found
}

/// The error for a link that leads to no item of the entry's year.
fn missing(
    link: &Located<String>,
    year: AcademicYear,
    own: Option<PlanId>,
    plans: &TiVec<PlanId, Plan>,
) -> Diagnostic {
    let id = &link.value;
    let elsewhere = plans
        .iter()
        .find(|p| p.year != year && p.items.iter().any(|i| &i.id == id));
    let at = link.location.clone();
    if let Some(other) = elsewhere {
        return Diagnostic::error(
            at,
            t!(
                "plan-link-plan-item-plan-but",
                id = id.to_string(),
                label = (other.year.label()).to_string(),
                label2 = (year.label()).to_string()
            ),
        )
        .with_hint(t!("plan-link-entry-carries-out-item-hint"));
    }
    let Some(p) = own else {
        return Diagnostic::error(
            at,
            t!(
                "plan-link-year-has-no-work",
                label = (year.label()).to_string(),
                id = id.to_string()
            ),
        )
        .with_hint(t!(
            "plan-link-write-plan-content-plan-hint",
            slug = (year.slug()).to_string()
        ));
    };
    let d = Diagnostic::error(
        at,
        t!(
            "plan-link-plan-has-no-item",
            label = (year.label()).to_string(),
            id = id.to_string()
        ),
    );
    let ids = plans[p].items.iter().map(|i| i.id.as_str());
    // A number near another (`9`, `1`) is no slip of the hand: the list says more.
    if id.chars().all(|c| c.is_ascii_digit()) && plans[p].items.len() <= 30 {
        let all: Vec<&str> = ids.collect();
        return d.with_hint(t!("plan-link-items-are-hint", ids = all.join(", ")));
    }
    match nearest(id, ids) {
        Some(n) => d.with_hint(t!("plan-link-did-you-mean-hint", n = n.to_string())),
        None => d.with_hint(t!(
            "plan-link-ids-are-written-id-hint",
            file = (plans[p]
                .source
                .file_name()
                .unwrap_or_default()
                .to_string_lossy())
            .to_string()
        )),
    }
}
