//! When something of a work plan is to happen, as plans write it: a day, a month
//! («қазан», «октябрь», «October», `2025-10`), a range («қазан–желтоқсан»), a
//! term («I жартыжылдық», «II полугодие», «1 семестр») or the whole year
//! («жыл бойы», «в течение года»). A month without a year falls in the plan's
//! academic year.

use chrono::{Datelike, Months, NaiveDate};

use super::Lang;
use super::dates::{AcademicYear, parse_date};

/// A stretch of days, first and last included, and how it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// The first day.
    pub start: NaiveDate,
    /// The last day.
    pub end: NaiveDate,
    /// What was written: a day, a month, a term, …
    pub unit: Unit,
}

/// What a [`Period`] was written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// One day.
    Day,
    /// One month.
    Month,
    /// From one day or month to another.
    Range,
    /// A term (half-year) of the academic year: 1 or 2.
    Term(u8),
    /// The whole academic year.
    Year,
}

/// The forms [`parse`] reads, for messages: a date, a month, a range, a term or
/// the whole year, each with examples.
pub fn accepted() -> crate::messages::Text {
    crate::t!("period-accepted")
}

/// Month names as plans write them, January first: Kazakh, Russian (in the
/// nominative, genitive and prepositional: «октябрь», «октября», «в октябре») and
/// English (the full name fifth).
const MONTHS: [&[&str]; 12] = [
    &["қаңтар", "январь", "января", "январе", "january", "jan"],
    &["ақпан", "февраль", "февраля", "феврале", "february", "feb"],
    &["наурыз", "март", "марта", "марте", "march", "mar"],
    &["сәуір", "апрель", "апреля", "апреле", "april", "apr"],
    &["мамыр", "май", "мая", "мае", "may"],
    &["маусым", "июнь", "июня", "июне", "june", "jun"],
    &["шілде", "июль", "июля", "июле", "july", "jul"],
    &["тамыз", "август", "августа", "августе", "august", "aug"],
    &[
        "қыркүйек",
        "сентябрь",
        "сентября",
        "сентябре",
        "september",
        "sep",
        "sept",
    ],
    &["қазан", "октябрь", "октября", "октябре", "october", "oct"],
    &["қараша", "ноябрь", "ноября", "ноябре", "november", "nov"],
    &[
        "желтоқсан",
        "декабрь",
        "декабря",
        "декабре",
        "december",
        "dec",
    ],
];

/// The month name (in any language) nearest to `word`, for a hint when a time
/// does not read (`сауір` for «сәуір»).
pub fn nearest_month(word: &str) -> Option<&'static str> {
    let word = word.trim().to_lowercase();
    // Short forms (`jan`) would be near any short word.
    let names = MONTHS
        .iter()
        .flat_map(|m| m.iter().copied())
        .filter(|n| n.chars().count() > 3);
    crate::diagnostics::nearest(&word, names)
}

/// Words for a term (half of the academic year).
const TERM_WORDS: &[&str] = &[
    "жартыжылдық",
    "жарты жылдық",
    "семестр",
    "полугодие",
    "term",
    "semester",
    "half-year",
];

/// Words for the whole year.
const YEAR_WORDS: &[&str] = &[
    "жыл бойы",
    "жыл бойына",
    "оқу жылы бойы",
    "бір жыл бойы",
    "в течение года",
    "в течение учебного года",
    "весь год",
    "постоянно",
    "year",
    "all year",
    "throughout the year",
];

/// Why a time cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    /// Not one of the forms of [`accepted`].
    Unknown,
    /// A date or month of another academic year.
    OutsideYear,
    /// A range that ends before it starts.
    Backwards,
}

/// The name of month `m` (1–12) in `lang`, capitalised, for headings.
pub fn month_name(m: u32, lang: Lang) -> String {
    let forms = MONTHS[(m.clamp(1, 12) - 1) as usize];
    let name = match lang {
        Lang::Kk => forms[0],
        Lang::Ru => forms[1],
        Lang::En => forms[4],
    };
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Reads `text` as a time of academic year `year` (which starts on the 1st of
/// `start_month`).
pub fn parse(text: &str, year: AcademicYear, start_month: u32) -> Result<Period, PeriodError> {
    let t = text.trim().to_lowercase();
    let t = t.trim_end_matches('.');
    // Years past what dates can hold (a file named 262142-262143.yaml) have no days.
    let first = start_of(year, start_month).ok_or(PeriodError::Unknown)?;
    let last = after_months(first, 12).ok_or(PeriodError::Unknown)?;
    if YEAR_WORDS.contains(&t) {
        return Ok(Period {
            start: first,
            end: last,
            unit: Unit::Year,
        });
    }
    if let Some(n) = term(t) {
        let end_of_first =
            after_months(first, term_months(start_month)).ok_or(PeriodError::Unknown)?;
        let (start, end) = if n == 1 {
            (first, end_of_first)
        } else {
            (end_of_first.succ_opt().ok_or(PeriodError::Unknown)?, last)
        };
        return Ok(Period {
            start,
            end,
            unit: Unit::Term(n),
        });
    }
    match one(t, year, start_month) {
        Ok(p) => return inside(p, first, last),
        Err(PeriodError::Unknown) => {}
        Err(e) => return Err(e),
    }
    let (a, b) = range_parts(t, year, start_month).ok_or(PeriodError::Unknown)?;
    let (a, b) = (inside(a, first, last)?, inside(b, first, last)?);
    if b.end < a.start {
        return Err(PeriodError::Backwards);
    }
    Ok(Period {
        start: a.start,
        end: b.end,
        unit: Unit::Range,
    })
}

/// The first day of an academic year, if dates reach that far.
fn start_of(year: AcademicYear, start_month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.0, start_month.clamp(1, 12), 1)
}

/// The last day of the `n` months from `first`, if dates reach that far.
fn after_months(first: NaiveDate, n: u32) -> Option<NaiveDate> {
    first.checked_add_months(Months::new(n))?.pred_opt()
}

/// How many months the first term lasts: to the end of December when the year
/// starts in the autumn (as in Kazakhstan: September–December, January–June),
/// else half the year.
fn term_months(start_month: u32) -> u32 {
    if start_month >= 7 {
        13 - start_month
    } else {
        6
    }
}

/// The term number of «I жартыжылдық», «2-семестр», «II полугодие», «first term».
fn term(t: &str) -> Option<u8> {
    let word = TERM_WORDS.iter().find(|w| t.ends_with(*w))?;
    let number = t[..t.len() - word.len()]
        .trim()
        .trim_end_matches(['-', '–']);
    // A Kazakh keyboard types the roman numerals with the Cyrillic «І».
    let number = number.trim().replace('і', "i");
    match number.as_str() {
        "i" | "1" | "1-ші" | "1-ый" | "1-е" | "первое" | "первый" | "бірінші" | "first" => {
            Some(1)
        }
        "ii" | "2" | "2-ші" | "2-ой" | "2-е" | "второе" | "второй" | "екінші" | "second" => {
            Some(2)
        }
        _ => None,
    }
}

/// A day or a month on its own.
fn one(t: &str, year: AcademicYear, start_month: u32) -> Result<Period, PeriodError> {
    if let Some(d) = parse_date(t) {
        return Ok(Period {
            start: d.date,
            end: d.date,
            unit: Unit::Day,
        });
    }
    // `2025-10`, `10.2025`
    let numeric = t
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)))
        .filter(|(y, _)| *y > 1900)
        .or_else(|| {
            t.split_once('.')
                .and_then(|(m, y)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)))
                .filter(|(y, _)| *y > 1900)
        });
    if let Some((y, m)) = numeric {
        return month(y, m).ok_or(PeriodError::Unknown);
    }
    // `қазан`, `октябрь 2025`, `қазан айы`, `в октябре`
    let mut words: Vec<&str> = t.split_whitespace().collect();
    if words.first() == Some(&"в") {
        words.remove(0);
    }
    if words.last() == Some(&"айы") || words.last() == Some(&"айында") {
        words.pop();
    }
    // `октябрь 2025 г.`, `қазан 2025 ж.`: the year's abbreviation as a word.
    if words.len() == 3 && ["г", "г.", "ж", "ж.", "жыл", "года", "год"].contains(&words[2])
    {
        words.pop();
    }
    let written_year = match words.as_slice() {
        [_, y] => Some(y.trim_end_matches(['ж', 'г', '.']).parse::<i32>().ok()),
        [_] => None,
        _ => return Err(PeriodError::Unknown),
    };
    let m = month_number(words[0]).ok_or(PeriodError::Unknown)?;
    let y = match written_year {
        Some(Some(y)) => y,
        Some(None) => return Err(PeriodError::Unknown),
        None if m >= start_month => year.0,
        None => year.0 + 1,
    };
    month(y, m).ok_or(PeriodError::Unknown)
}

/// Month `m` of year `y`, first day to last.
fn month(y: i32, m: u32) -> Option<Period> {
    let start = NaiveDate::from_ymd_opt(y, m, 1)?;
    Some(Period {
        start,
        end: after_months(start, 1)?,
        unit: Unit::Month,
    })
}

/// The month a name stands for, also with a Kazakh locative ending («қазанда»).
pub(super) fn month_number(word: &str) -> Option<u32> {
    let find = |w: &str| MONTHS.iter().position(|forms| forms.contains(&w));
    let found = find(word).or_else(|| {
        ["да", "де", "та", "те"]
            .iter()
            .find_map(|end| word.strip_suffix(end).and_then(find))
    })?;
    Some(found as u32 + 1)
}

/// The two ends of a range, split at a dash: «қазан–желтоқсан», «01.10.2025 - 15.10.2025».
fn range_parts(t: &str, year: AcademicYear, start_month: u32) -> Option<(Period, Period)> {
    for (i, c) in t
        .char_indices()
        .filter(|(_, c)| matches!(c, '–' | '—' | '-'))
    {
        let (a, b) = (t[..i].trim(), t[i + c.len_utf8()..].trim());
        if let (Ok(a), Ok(b)) = (one(a, year, start_month), one(b, year, start_month)) {
            return Some((a, b));
        }
    }
    None
}

/// `p` when it lies in the academic year from `first` to `last`.
fn inside(p: Period, first: NaiveDate, last: NaiveDate) -> Result<Period, PeriodError> {
    if p.start < first || p.end > last {
        Err(PeriodError::OutsideYear)
    } else {
        Ok(p)
    }
}

impl Period {
    /// Whether it lies within one calendar month.
    pub fn in_one_month(&self) -> bool {
        (self.start.year(), self.start.month()) == (self.end.year(), self.end.month())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistyped_month_is_answered_with_the_nearest() {
        assert_eq!(nearest_month("сауір"), Some("сәуір"));
        assert_eq!(nearest_month("Октяб"), Some("октябрь"));
        assert_eq!(nearest_month("жыл"), None);
    }

    fn p(s: &str) -> Result<(String, String), PeriodError> {
        parse(s, AcademicYear(2025), 9).map(|p| (p.start.to_string(), p.end.to_string()))
    }

    fn ok(a: &str, b: &str) -> Result<(String, String), PeriodError> {
        Ok((a.to_string(), b.to_string()))
    }

    #[test]
    fn months_in_each_language_fall_in_the_plans_year() {
        assert_eq!(p("қазан"), ok("2025-10-01", "2025-10-31"));
        assert_eq!(p("Октябрь"), ok("2025-10-01", "2025-10-31"));
        assert_eq!(p("в октябре"), ok("2025-10-01", "2025-10-31"));
        assert_eq!(p("қазан айы"), ok("2025-10-01", "2025-10-31"));
        assert_eq!(p("ақпанда"), ok("2026-02-01", "2026-02-28"));
        assert_eq!(p("February"), ok("2026-02-01", "2026-02-28"));
        assert_eq!(p("2026-03"), ok("2026-03-01", "2026-03-31"));
        assert_eq!(p("мамыр 2026"), ok("2026-05-01", "2026-05-31"));
    }

    #[test]
    fn days_ranges_terms_and_the_year() {
        assert_eq!(p("15.10.2025"), ok("2025-10-15", "2025-10-15"));
        assert_eq!(p("2025-10-15"), ok("2025-10-15", "2025-10-15"));
        assert_eq!(p("қазан–желтоқсан"), ok("2025-10-01", "2025-12-31"));
        assert_eq!(p("октябрь - декабрь"), ok("2025-10-01", "2025-12-31"));
        assert_eq!(p("қараша-ақпан"), ok("2025-11-01", "2026-02-28"));
        assert_eq!(p("01.10.2025–15.10.2025"), ok("2025-10-01", "2025-10-15"));
        assert_eq!(p("I жартыжылдық"), ok("2025-09-01", "2025-12-31"));
        assert_eq!(p("II полугодие"), ok("2026-01-01", "2026-08-31"));
        assert_eq!(p("2-семестр"), ok("2026-01-01", "2026-08-31"));
        assert_eq!(p("жыл бойы"), ok("2025-09-01", "2026-08-31"));
        assert_eq!(p("В течение года"), ok("2025-09-01", "2026-08-31"));
        // Roman numerals typed with the Kazakh Cyrillic «І».
        assert_eq!(p("І жартыжылдық"), ok("2025-09-01", "2025-12-31"));
        assert_eq!(p("ІІ полугодие"), ok("2026-01-01", "2026-08-31"));
        assert_eq!(p("октябрь 2025 г."), ok("2025-10-01", "2025-10-31"));
        assert_eq!(p("қазан 2025 ж."), ok("2025-10-01", "2025-10-31"));
    }

    #[test]
    fn years_past_the_calendar_are_not_read_and_do_not_panic() {
        let far = AcademicYear(262_142);
        assert_eq!(parse("262142-12", far, 9), Err(PeriodError::Unknown));
        assert_eq!(parse("жыл бойы", far, 9), Err(PeriodError::Unknown));
        assert_eq!(
            parse("желтоқсан", AcademicYear(262_143), 9),
            Err(PeriodError::Unknown)
        );
    }

    #[test]
    fn what_is_not_a_time_of_the_year() {
        assert_eq!(p("октяб"), Err(PeriodError::Unknown));
        assert_eq!(p("III жартыжылдық"), Err(PeriodError::Unknown));
        assert_eq!(p("2024-10-15"), Err(PeriodError::OutsideYear));
        assert_eq!(p("қазан 2026"), Err(PeriodError::OutsideYear));
        assert_eq!(p("желтоқсан–қазан"), Err(PeriodError::Backwards));
        assert_eq!(p(""), Err(PeriodError::Unknown));
    }

    #[test]
    fn month_names_for_headings() {
        assert_eq!(month_name(10, Lang::Kk), "Қазан");
        assert_eq!(month_name(10, Lang::Ru), "Октябрь");
        assert_eq!(month_name(9, Lang::En), "September");
        assert_eq!(month_name(5, Lang::En), "May");
    }
}
