//! Dates: reading the forms a methodist writes, academic years, and formatting
//! in the UI language.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime};
use icu::calendar::Date;
use icu::datetime::{DateTimeFormatter, fieldsets};
use icu::locale::locale;
use serde::Serialize;
use std::fmt;

use super::Lang;

/// A date as written in front matter, with its time when one was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryDate {
    /// The calendar day.
    pub date: NaiveDate,
    /// The full date-time when one was written; with no offset written, UTC.
    pub time: Option<DateTime<FixedOffset>>,
}

impl EntryDate {
    /// RFC 3339 form for feeds and machine-readable metadata.
    pub fn rfc3339(&self) -> String {
        match self.time {
            Some(t) => t.to_rfc3339(),
            None => format!("{}T00:00:00Z", self.date.format("%Y-%m-%d")),
        }
    }

    /// The day as `2025-10-14`, for sitemaps, templates and machine-readable metadata.
    pub fn iso_date(&self) -> String {
        self.date.format("%Y-%m-%d").to_string()
    }
}

/// The years a date may have: a typo (`14.10.25`, `0000-01-01`) is caught
/// instead of filing the entry under the year 25.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// `14.10.25` written with the year in full (`14.10.2025`), when the year was
/// given in two digits.
pub fn four_digit_year(text: &str, year: i32) -> Option<String> {
    if !(0..100).contains(&year) {
        return None;
    }
    let full = if year < 70 { 2000 + year } else { 1900 + year };
    let (day_month, yy) = text.rsplit_once('.')?;
    (yy.trim().len() == 2).then(|| format!("{day_month}.{full}"))
}

/// Reads `2025-10-14`, `14.10.2025`, ISO date-times with or without an offset,
/// `2025/10/14`, and the month in words (`14 қазан 2025`, see [`worded`]).
pub fn parse_date(s: &str) -> Option<EntryDate> {
    let s = s.trim();
    if let Ok(date) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(EntryDate { date, time: None });
    }
    if let Ok(date) = NaiveDate::parse_from_str(s, "%d.%m.%Y") {
        return Some(EntryDate { date, time: None });
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(EntryDate {
            date: t.date_naive(),
            time: Some(t),
        });
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(EntryDate {
                date: t.date(),
                time: Some(t.and_utc().fixed_offset()),
            });
        }
    }
    for fmt in ["%Y-%m-%d %H:%M:%S%:z", "%Y-%m-%dT%H:%M%:z"] {
        if let Ok(t) = DateTime::parse_from_str(s, fmt) {
            return Some(EntryDate {
                date: t.date_naive(),
                time: Some(t),
            });
        }
    }
    // 2025/03/05 with the year first, in four digits: `14/10/25` is no year 14.
    let b = s.as_bytes();
    let slashed = b.len() > 5 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'/';
    let date = (slashed.then(|| NaiveDate::parse_from_str(s, "%Y/%m/%d").ok()))
        .flatten()
        .or_else(|| worded(s))?;
    Some(EntryDate { date, time: None })
}

/// A date with its month in words, as people write it and as the pages show
/// it: «5 наурыз 2025», «2025 ж. 5 наурыз», «5 марта 2025 г.», «March 5, 2025».
/// The day and the year are told apart by their digits (a year has four).
fn worded(s: &str) -> Option<NaiveDate> {
    const NOISE: &[&str] = &["ж", "жыл", "жылы", "жылғы", "г", "год", "года"];
    let lower = s.to_lowercase().replace([',', '.'], " ");
    let (mut year, mut month, mut day) = (None, None, None);
    for word in lower.split_whitespace().filter(|w| !NOISE.contains(w)) {
        let digits = word.chars().all(|c| c.is_ascii_digit());
        let slot = match word.len() {
            4 if digits => &mut year,
            1 | 2 if digits => &mut day,
            _ => &mut month,
        };
        let value = if digits {
            word.parse().ok()?
        } else {
            super::period::month_number(word)?
        };
        if slot.replace(value).is_some() {
            return None;
        }
    }
    NaiveDate::from_ymd_opt(year? as i32, month?, day?)
}

/// The environment variable that fixes [`today`], as `2025-10-14`.
pub const TODAY_VAR: &str = "OZYQ_TODAY";

/// Today's date, which decides whether a plan's item is due or overdue: the day
/// `OZYQ_TODAY` names (so that tests and a rebuild of an old state can fix it), or
/// else the machine's local date. Everything that needs today asks here.
pub fn today() -> NaiveDate {
    std::env::var(TODAY_VAR)
        .ok()
        .and_then(|v| parse_date(&v))
        .map(|d| d.date)
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// An academic year, named by the calendar year it starts in: 2025 is 2025–2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct AcademicYear(pub i32);

/// The years an academic year is written with: of four digits.
pub const FOUR_DIGITS: std::ops::RangeInclusive<i32> = 1000..=9999;

impl AcademicYear {
    /// The academic year `date` falls in, when years start on the 1st of `start_month` (1–12).
    pub fn of(date: NaiveDate, start_month: u32) -> Self {
        if date.month() >= start_month {
            AcademicYear(date.year())
        } else {
            AcademicYear(date.year() - 1)
        }
    }

    /// `2025-2026`, as used in URLs and on the command line.
    pub fn slug(self) -> String {
        format!("{}-{}", self.0, self.0 + 1)
    }

    /// `2025–2026`, as shown to people.
    pub fn label(self) -> String {
        format!("{}–{}", self.0, self.0 + 1)
    }

    /// Reads `2025-2026`, `2025–2026` or `2025/2026`; the second year must follow the first.
    pub fn parse(s: &str) -> Option<Self> {
        let (a, b) = s.trim().split_once(['-', '–', '/'])?;
        let a: i32 = a.trim().parse().ok()?;
        let b: i32 = b.trim().parse().ok()?;
        // Years of four digits: `25-26` is not the years 25–26 AD.
        (b == a + 1 && FOUR_DIGITS.contains(&a)).then_some(AcademicYear(a))
    }
}

impl fmt::Display for AcademicYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.slug())
    }
}

/// Formats dates as a reader of the UI language writes them (ICU4X, CLDR data):
/// `2025 ж. 14 қазан`, `14 октября 2025 г.`, `14 October 2025`.
pub struct DateFormatter {
    inner: DateTimeFormatter<fieldsets::YMD>,
}

impl DateFormatter {
    /// A formatter for long dates in `lang` (British English for `en`).
    pub fn new(lang: Lang) -> Self {
        let loc = match lang {
            Lang::Kk => locale!("kk"),
            Lang::Ru => locale!("ru"),
            Lang::En => locale!("en-GB"),
        };
        let inner = DateTimeFormatter::try_new(loc.into(), fieldsets::YMD::long())
            .expect("the compiled ICU4X data includes kk, ru and en-GB dates");
        DateFormatter { inner }
    }

    /// `date` in words; `2025-10-14` if ICU cannot take it.
    pub fn format(&self, date: NaiveDate) -> String {
        match Date::try_new_iso(date.year(), date.month() as u8, date.day() as u8) {
            Ok(d) => self.inner.format(&d).to_string(),
            Err(_) => date.format("%Y-%m-%d").to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_with_the_month_in_words_are_read() {
        let day = |s: &str| parse_date(s).map(|d| d.date.to_string());
        for s in [
            "5 наурыз 2025",
            "2025 ж. 5 наурыз",
            "2025 жылғы 5 наурыз",
            "5 марта 2025 г.",
            "5 Марта 2025 года",
            "March 5, 2025",
            "2025/03/05",
        ] {
            assert_eq!(day(s).as_deref(), Some("2025-03-05"), "{s}");
        }
        for s in [
            "наурыз 2025",
            "5 наурыз",
            "5 сауір 2025",
            "31 ақпан 2025",
            "5 6 2025",
            "5 наурыз 2025 ж. 6",
            "14/10/25",
            "5/3/2025",
        ] {
            assert_eq!(day(s), None, "{s}");
        }
    }

    #[test]
    fn reads_all_accepted_forms() {
        let d = NaiveDate::from_ymd_opt(2025, 10, 14).unwrap();
        assert_eq!(parse_date("2025-10-14").unwrap().date, d);
        assert_eq!(parse_date("14.10.2025").unwrap().date, d);
        assert_eq!(parse_date("2025-10-14T09:30:00+05:00").unwrap().date, d);
        assert_eq!(parse_date("2025-10-14T09:30:00").unwrap().date, d);
        assert_eq!(parse_date("2025-10-14 09:30").unwrap().date, d);
        assert!(parse_date("14/10/2025").is_none());
        assert!(parse_date("2025-02-30").is_none());
    }

    #[test]
    fn academic_year_starts_in_september_by_default() {
        let y = |s| AcademicYear::of(parse_date(s).unwrap().date, 9);
        assert_eq!(y("14.10.2025").slug(), "2025-2026");
        assert_eq!(y("31.08.2025").slug(), "2024-2025");
        assert_eq!(y("01.09.2025").label(), "2025–2026");
        assert_eq!(AcademicYear::parse("2025-2026"), Some(AcademicYear(2025)));
        assert_eq!(AcademicYear::parse("2025-2027"), None);
        assert_eq!(AcademicYear::parse("25-26"), None);
        assert_eq!(AcademicYear::parse("2025/2026"), Some(AcademicYear(2025)));
    }

    #[test]
    fn month_names_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2025, 10, 14).unwrap();
        assert!(DateFormatter::new(Lang::Kk).format(d).contains("қазан"));
        assert_eq!(
            DateFormatter::new(Lang::Ru).format(d),
            "14 октября 2025\u{202f}г."
        );
        assert_eq!(DateFormatter::new(Lang::En).format(d), "14 October 2025");
    }
}
