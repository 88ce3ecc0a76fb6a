//! Certificates: `catalogue/<year>/certificates.pdf`, a page for each teacher
//! who showed work at the year's exhibition, naming their works, with the
//! signature lines config.yaml gives (`catalogue: {signatures: …}`).

use chrono::NaiveDate;
use std::collections::HashMap;
use std::fmt::Write;

use super::Catalogue;
use super::layout::{CERTIFICATES, Layouts};
use super::typst::{Markup, lit, opt_lit, strings};
use crate::lang::dates::DateFormatter;
use crate::lang::fit::{TITLE, fit};
use crate::lang::fold::fold;
use crate::lang::quotes;
use crate::lang::strings::ui;
use crate::site::fields::FieldValue;

/// The most works a certificate names; it says how many more there are.
const MOST_WORKS: usize = 4;

/// What the pages are: certificates (сертификат) or letters of thanks (алғыс хат).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Letter {
    /// A certificate of taking part.
    #[default]
    Certificate,
    /// A letter of thanks.
    Thanks,
}

impl Letter {
    /// The UI string `what` of this kind of letter, like `certificate_title`.
    fn key(self, what: &str) -> String {
        match self {
            Letter::Certificate => format!("certificate_{what}"),
            Letter::Thanks => format!("thanks_{what}"),
        }
    }

    /// The file name of a year's letters: `certificates` or `thanks`.
    pub fn file_stem(self) -> &'static str {
        match self {
            Letter::Certificate => "certificates",
            Letter::Thanks => "thanks",
        }
    }
}

/// Which exhibits the certificates are for.
#[derive(Debug, Clone, Copy)]
pub enum Whom<'e> {
    /// Every exhibit of the year.
    All,
    /// The exhibits of one event: those whose `event` is this name, as
    /// [`events`] gives it (written with other quotes, spaces or case, or
    /// Kazakh letters typed as their Russian-keyboard neighbours, it is the same):
    /// the participants of one seminar or conference.
    Event(&'e str),
}

/// The exhibits the certificates are for.
#[derive(Default)]
struct Chosen {
    /// Their numbers in the catalogue.
    numbers: Vec<usize>,
    /// For `Whom::Event`: the event's name.
    event: Option<String>,
    /// For `Whom::Event`: the day of the event, the last date of its exhibits (an
    /// event of several days ends on it).
    day: Option<NaiveDate>,
}

/// An event's name as compared: folded as the site's search folds (so that
/// `облыстык` typed on a Russian keyboard finds «Облыстық семинар»), in lower
/// case, its quotes and punctuation read as the spaces between words.
pub(crate) fn event_key(name: &str) -> String {
    let folded = fold(&name.to_lowercase());
    let words = folded.split(|c: char| !c.is_alphanumeric());
    words
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `event` of each of `cat`'s exhibits that has one, with its number and date.
fn exhibit_events<'c>(cat: &'c Catalogue) -> impl Iterator<Item = (&'c String, usize, NaiveDate)> {
    let site = cat.site;
    let field = site.config.field("event");
    cat.exhibits().filter_map(move |ex| {
        let entry = &site.entries[ex.entry];
        let event = entry.fields.iter().find_map(|f| match &f.value {
            FieldValue::Text(t) if Some(f.field) == field => Some(t),
            _ => None,
        })?;
        Some((event, ex.number, entry.date.date))
    })
}

/// The events of the year's exhibits whose names hold `wanted`, each once, as
/// its first exhibit writes it: only the one `wanted` names whole when there is
/// such an event (`Семинар` is not also `Семинар-2`).
pub fn events(cat: &Catalogue, wanted: &str) -> Vec<String> {
    let wanted = event_key(wanted);
    let mut found: Vec<(String, &String)> = Vec::new();
    for (event, _, _) in exhibit_events(cat) {
        let key = event_key(event);
        if key.contains(&wanted) && !found.iter().any(|(k, _)| *k == key) {
            found.push((key, event));
        }
    }
    if let Some(whole) = found.iter().find(|(k, _)| *k == wanted) {
        return vec![whole.1.clone()];
    }
    found.into_iter().map(|(_, e)| e.clone()).collect()
}

fn chosen(cat: &Catalogue, whom: Whom) -> Chosen {
    let Whom::Event(name) = whom else {
        let numbers = cat.exhibits().map(|ex| ex.number).collect();
        return Chosen {
            numbers,
            ..Chosen::default()
        };
    };
    let key = event_key(name);
    let mut found = Chosen::default();
    for (event, number, date) in exhibit_events(cat) {
        if event_key(event) == key {
            found.event.get_or_insert_with(|| event.clone());
            found.day = found.day.max(Some(date));
            found.numbers.push(number);
        }
    }
    found
}

/// How many certificates `markup` makes for `whom`.
pub fn count(cat: &Catalogue, whom: Whom) -> usize {
    let numbers = chosen(cat, whom).numbers;
    (cat.author_index.iter())
        .filter(|a| a.numbers.iter().any(|n| numbers.contains(n)))
        .count()
}

/// A certificate for every author of `cat`'s exhibits (or of those `whom`
/// names), in the author index's (Kazakh alphabetical) order.
pub fn markup(cat: &Catalogue, layouts: &Layouts, whom: Whom, letter: Letter) -> Markup {
    let cfg = &cat.site.config;
    let lang = cfg.language.code();
    let college = cfg.college.as_deref().unwrap_or(&cfg.title);
    let mut m = Markup::new(
        layouts,
        &[CERTIFICATES],
        4096 + cat.author_index.len() * 600,
    );
    let s = &mut m.source;
    let _ = writeln!(
        s,
        "#set document(title: {}, author: {})\n#show: certificates.with(lang: {})",
        lit(&format!(
            "{} {}",
            ui(cat.strings, &letter.key("title")),
            cat.year.label()
        )),
        lit(college),
        lit(lang),
    );
    let titles: HashMap<usize, &str> = cat
        .exhibits()
        .map(|ex| (ex.number, ex.title.as_str()))
        .collect();
    let Chosen {
        numbers,
        event,
        day,
    } = chosen(cat, whom);
    // A certificate of an event is dated the event's day; the others, the
    // exhibition's.
    let when = match day.or(cat.imprint.exhibited) {
        Some(day) => DateFormatter::new(cfg.language).format(day),
        None => format!("{} {}", cat.year.label(), cat.t("academic_year")),
    };
    let place_date = match cfg.city_in(cfg.language) {
        Some(city) => format!("{city}, {when}"),
        None => when,
    };
    let signatures: String = cfg
        .catalogue
        .signatures
        .iter()
        .map(|sig| format!("({}, {}),", lit(&sig.name), lit(&sig.role)))
        .collect();
    let text = match &event {
        Some(e) => ui(cat.strings, &letter.key("event_text")).replace("{event}", e),
        None => ui(cat.strings, &letter.key("text")).replace("{year}", &cat.year.label()),
    };
    for a in &cat.author_index {
        let mine: Vec<usize> = (a.numbers.iter().copied())
            .filter(|n| numbers.contains(n))
            .collect();
        if mine.is_empty() {
            continue;
        }
        let works: Vec<String> = (mine.iter())
            .filter_map(|n| titles.get(n))
            .take(MOST_WORKS)
            // The template sets each in «…»: quotes of its own become „…“.
            .map(|t| fit(&quotes::inside_guillemets(t), TITLE).text.into_owned())
            .collect();
        let more = (mine.len() > MOST_WORKS).then(|| {
            cat.t("certificate_more")
                .replace("{n}", &(mine.len() - MOST_WORKS).to_string())
        });
        let label = if mine.len() == 1 {
            cat.t("certificate_work")
        } else {
            cat.t("certificate_works")
        };
        let _ = writeln!(
            s,
            "#certificate(college: {}, title: {}, name: {}, text-before: {}, works-label: {}, \
             works: {}, more: {}, place-date: {}, signatures: ({signatures}), seal: {}, lang: {})",
            lit(college),
            lit(ui(cat.strings, &letter.key("title"))),
            lit(&fit(&a.name, crate::lang::fit::NAME).text),
            lit(&text),
            lit(label),
            strings(&works),
            opt_lit(more.as_deref()),
            lit(&place_date),
            lit(cat.t("certificate_seal")),
            lit(lang),
        );
    }
    m
}
