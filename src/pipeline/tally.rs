//! With `OZYQ_TIMINGS` set, how the pages' time divides among their templates:
//! for each template, the pages made from it, the time spent gathering their
//! contexts and the time spent rendering and writing them, summed over threads.
//! Without it, nothing is counted.

use std::sync::Mutex;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Pages made from one template and their time.
#[derive(Default, Clone, Copy)]
struct Row {
    pages: u64,
    context: Duration,
    render: Duration,
}

static ON: OnceLock<bool> = OnceLock::new();
static ROWS: Mutex<Vec<(&'static str, Row)>> = Mutex::new(Vec::new());

/// Whether pages are being counted.
pub fn on() -> bool {
    *ON.get_or_init(|| std::env::var_os("OZYQ_TIMINGS").is_some())
}

/// A page's clock, started when it is: `None` while counting is off.
pub fn start() -> Option<Instant> {
    on().then(Instant::now)
}

/// Adds one page of `template`, whose context took from `start` to `mid` and
/// whose rendering took from `mid` to now.
pub fn add(template: &'static str, start: Option<Instant>, mid: Option<Instant>) {
    let (Some(start), Some(mid)) = (start, mid) else {
        return;
    };
    let now = Instant::now();
    let mut rows = ROWS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let at = match rows.iter().position(|(t, _)| *t == template) {
        Some(at) => at,
        None => {
            rows.push((template, Row::default()));
            rows.len() - 1
        }
    };
    let row = &mut rows[at].1;
    row.pages += 1;
    row.context += mid - start;
    row.render += now - mid;
}

/// Prints the rows counted so far, the costliest first, and starts again: after a
/// build's pages, and after each round of `ozyq serve`.
pub fn print() {
    if !on() {
        return;
    }
    let mut rows = std::mem::take(&mut *ROWS.lock().unwrap_or_else(|p| p.into_inner()));
    rows.sort_by_key(|(_, r)| std::cmp::Reverse(r.context + r.render));
    for (template, r) in rows {
        let per = (r.context + r.render).as_secs_f64() * 1e3 / r.pages.max(1) as f64;
        eprintln!(
            "[timing]   {template}: {} pages, context {:.3} s, render {:.3} s, {per:.3} ms a page",
            r.pages,
            r.context.as_secs_f64(),
            r.render.as_secs_f64(),
        );
    }
}
