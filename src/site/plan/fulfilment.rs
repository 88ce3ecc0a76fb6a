//! How much of a plan was carried out on a day: done of planned, in all, by form
//! and by department. The plan page and the yearly report both show these.

use chrono::NaiveDate;
use std::collections::BTreeMap;

use super::{Form, Plan, PlanItem, Status};
use crate::site::DepartmentId;

/// Done and planned items of one group.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Items done.
    pub done: usize,
    /// Items that count as planned (not cancelled, not moved out of the year).
    pub planned: usize,
}

impl Tally {
    fn add(&mut self, item: &PlanItem, day: NaiveDate) {
        if item.counts(day) {
            self.planned += 1;
            self.done += usize::from(item.status(day) == Status::Done);
        }
    }

    /// Done as a whole percentage of planned (0 when nothing was planned).
    pub fn percent(self) -> usize {
        // Rounded to the nearest: 2 of 3 is 67 %.
        (self.done * 100 + self.planned / 2)
            .checked_div(self.planned)
            .unwrap_or(0)
    }
}

/// A plan's fulfilment on a day.
#[derive(Debug, Clone)]
pub struct Fulfilment {
    /// All items.
    pub total: Tally,
    /// How many items have each status, in the order of [`Status::ALL`].
    pub statuses: Vec<(Status, usize)>,
    /// By form, in the order of the kinds then the other forms; forms that
    /// planned nothing are left out.
    pub by_form: Vec<(Form, Tally)>,
    /// By department, in the model's order, items without one last; departments
    /// that planned nothing are left out.
    pub by_department: Vec<(Option<DepartmentId>, Tally)>,
}

impl Plan {
    /// Its fulfilment on `day`.
    pub fn fulfilment(&self, day: NaiveDate) -> Fulfilment {
        let mut total = Tally::default();
        let mut by_form: BTreeMap<Form, Tally> = BTreeMap::new();
        let mut by_department: BTreeMap<Option<DepartmentId>, Tally> = BTreeMap::new();
        for item in &self.items {
            total.add(item, day);
            by_form.entry(item.form).or_default().add(item, day);
            by_department
                .entry(item.department)
                .or_default()
                .add(item, day);
        }
        let statuses = Status::ALL
            .iter()
            .map(|&s| (s, self.items.iter().filter(|i| i.status(day) == s).count()))
            .collect();
        let (named, unnamed): (Vec<_>, Vec<_>) = by_department
            .into_iter()
            .filter(|(_, t)| t.planned > 0)
            .partition(|(d, _)| d.is_some());
        Fulfilment {
            total,
            statuses,
            by_form: by_form.into_iter().filter(|(_, t)| t.planned > 0).collect(),
            by_department: named.into_iter().chain(unnamed).collect(),
        }
    }
}
