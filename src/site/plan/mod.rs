//! The School's work plans in the model: for each academic year with a plan file,
//! its items with their form, time, teachers and department checked, the entries
//! that carry each one out (`plan:` in their front matter), and each item's status
//! on a given day.

pub mod forms;
mod fulfilment;
mod link;
mod resolve;

use crate::t;
use chrono::NaiveDate;
use std::path::PathBuf;
use typed_index_collections::TiVec;

use crate::diagnostics::{Diagnostic, Location};
use crate::lang::dates::AcademicYear;
use crate::lang::period::Period;

use super::{AuthorId, DepartmentId, EntryId};
pub use forms::Form;
pub use fulfilment::{Fulfilment, Tally};
pub use link::{PlanLink, check_links, link_entries};
pub use resolve::resolve_plans;

typed_id!(
    /// A plan's place in [`super::Site::plans`], newest year first.
    PlanId
);
typed_id!(
    /// An item's place in its [`Plan::items`].
    PlanItemId
);

/// A year's work plan.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The academic year.
    pub year: AcademicYear,
    /// Its file, `content/plan/2025-2026.yaml`.
    pub source: PathBuf,
    /// Its items, in the order written.
    pub items: TiVec<PlanItemId, PlanItem>,
    /// Items that could not be read or checked (and were reported), so that
    /// entries naming them are not reported again.
    pub unread: crate::data::Unread,
}

/// What the plan itself says happened to an item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Written {
    /// Nothing: it stands as planned.
    Planned,
    /// Done, as the plan says: for what no entry records (a meeting of the School).
    Done {
        /// What shows it was done (minutes of the meeting, …).
        reason: Option<String>,
    },
    /// Moved: to another time of the year (`to:`), or out of it.
    Moved {
        /// The new time, when it is in the same year.
        to: Option<(Period, String)>,
        /// Why.
        reason: Option<String>,
    },
    /// Cancelled.
    Cancelled {
        /// Why.
        reason: Option<String>,
    },
}

/// One item of a plan.
#[derive(Debug, Clone)]
pub struct PlanItem {
    /// Its id, which entries name in `plan:`.
    pub id: String,
    /// What is to be done.
    pub title: String,
    /// A kind of the site or another form of work.
    pub form: Form,
    /// When, as read.
    pub when: Period,
    /// When, as written.
    pub when_written: String,
    /// The teachers responsible.
    pub responsible: Vec<AuthorId>,
    /// The department.
    pub department: Option<DepartmentId>,
    /// Who it is for.
    pub audience: Option<String>,
    /// A note.
    pub note: Option<String>,
    /// Whether the plan moved or cancelled it.
    pub written: Written,
    /// The entries that record it, newest first.
    pub entries: Vec<EntryId>,
    /// Where it is written.
    pub location: Location,
}

/// Where an item stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// An entry records it.
    Done,
    /// Its time has not passed yet.
    Due,
    /// Its time has passed and no entry records it.
    Overdue,
    /// Moved out of the year.
    Moved,
    /// Cancelled.
    Cancelled,
}

impl Status {
    /// Every status, in the order figures show them.
    pub const ALL: [Status; 5] = [
        Status::Done,
        Status::Due,
        Status::Overdue,
        Status::Moved,
        Status::Cancelled,
    ];

    /// Its id, for templates and the UI strings (`plan_done`, …).
    pub fn id(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Due => "due",
            Status::Overdue => "overdue",
            Status::Moved => "moved",
            Status::Cancelled => "cancelled",
        }
    }
}

impl PlanItem {
    /// When it is to happen now: its new time when it was moved within the year.
    pub fn period(&self) -> Period {
        match &self.written {
            Written::Moved {
                to: Some((p, _)), ..
            } => *p,
            _ => self.when,
        }
    }

    /// Where it stands on `today`. An item that an entry records is done, even if
    /// the plan moved it.
    pub fn status(&self, today: NaiveDate) -> Status {
        if !self.entries.is_empty() {
            return Status::Done;
        }
        match &self.written {
            Written::Done { .. } => Status::Done,
            Written::Cancelled { .. } => Status::Cancelled,
            Written::Moved { to: None, .. } => Status::Moved,
            _ if today > self.period().end => Status::Overdue,
            _ => Status::Due,
        }
    }

    /// Whether it counts among what the year planned: not cancelled, not moved
    /// out of the year (unless it was done all the same).
    pub fn counts(&self, today: NaiveDate) -> bool {
        !matches!(self.status(today), Status::Moved | Status::Cancelled)
    }
}

/// The plan of `year`, if the site has one.
pub fn plan_of(plans: &TiVec<PlanId, Plan>, year: AcademicYear) -> Option<PlanId> {
    plans.iter().position(|p| p.year == year).map(PlanId::from)
}

/// A warning for each item overdue on `today`, at the item: what `ozyq check`
/// lists.
pub fn overdue(plans: &TiVec<PlanId, Plan>, today: NaiveDate) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for plan in plans {
        for item in plan
            .items
            .iter()
            .filter(|i| i.status(today) == Status::Overdue)
        {
            out.push(
                Diagnostic::warning(
                    item.location.clone(),
                    t!(
                        "site-plan-plan-item-was-due",
                        id = (item.id).to_string(),
                        title = crate::lang::quotes::inside_guillemets(&item.title),
                        end = item.period().end.format("%d.%m.%Y").to_string()
                    ),
                )
                .with_hint(t!(
                    "site-plan-write-plan-entry-records-hint",
                    id = (item.id).to_string()
                )),
            );
        }
    }
    out
}
