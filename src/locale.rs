//! Locale data from CLDR through ICU4X: language codes, writing direction, country and region
//! names, and dates, in every site language.
//!
//! Nothing here is typed into tables by hand: a new site language gets its country names and
//! date formats from CLDR. ICU4X formatters are not all `Sync`, so this module turns what the
//! site needs into plain strings once per language, before the parallel stages run.

use std::collections::BTreeMap;
use std::fmt;

use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, RegionDisplayNames};
use icu_locale::LocaleDirectionality;
use icu_locale::{LanguageIdentifier, Locale, locale, subtags::Region};

use crate::config::Direction;

/// A calendar date as written in front matter (`2026-01-23`), always a real date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year (proleptic Gregorian).
    pub year: i16,
    /// Month 1–12.
    pub month: i8,
    /// Day 1–31, valid for the month.
    pub day: i8,
}

/// The build's "today" once read or fixed: every stage of one run sees the same date.
static TODAY: std::sync::OnceLock<Date> = std::sync::OnceLock::new();

impl Date {
    /// Builds a date, refusing impossible ones (30 February) with a message saying why.
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, String> {
        let year = i16::try_from(year).map_err(|_| format!("year {year} is out of range"))?;
        let month = i8::try_from(month).map_err(|_| format!("month {month} is out of range"))?;
        let day = i8::try_from(day).map_err(|_| format!("day {day} is out of range"))?;
        jiff::civil::Date::new(year, month, day).map_err(|e| e.to_string())?;
        Ok(Date { year, month, day })
    }

    /// The build's "today", for checks such as "a status not checked for a year" and for
    /// dates announced ahead. It is an input of the build, not only the clock: a date fixed
    /// with [`Date::fix_today`] (the hidden `--today` option or `HOMEWARD_TODAY`) makes a build
    /// reproducible and keeps tests from expiring; otherwise it is today in UTC.
    pub fn today() -> Date {
        *TODAY.get_or_init(|| {
            let now = jiff::Zoned::now().with_time_zone(jiff::tz::TimeZone::UTC);
            let d = now.date();
            Date {
                year: d.year(),
                month: d.month(),
                day: d.day(),
            }
        })
    }

    /// Fixes the build's "today" for the rest of the process. Called once by the command line
    /// before any work, so every stage sees the same date; a later call changes nothing.
    pub fn fix_today(date: Date) {
        let _ = TODAY.set(date);
    }

    /// Reads a `YYYY-MM-DD` date given on the command line or in `HOMEWARD_TODAY`, with a
    /// message that says what is wrong.
    pub fn parse_iso(text: &str) -> Result<Date, String> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let number = |s: &str| s.parse::<u32>().ok();
        match parts.as_slice() {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                match (y.parse::<i32>().ok(), number(m), number(d)) {
                    (Some(y), Some(m), Some(d)) => Date::new(y, m, d),
                    _ => Err(format!("`{text}` is not a date: write it as YYYY-MM-DD")),
                }
            }
            _ => Err(format!("`{text}` is not a date: write it as YYYY-MM-DD")),
        }
    }

    /// Number of days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        let a = jiff::civil::Date::new(self.year, self.month, self.day);
        let b = jiff::civil::Date::new(later.year, later.month, later.day);
        match (a, b) {
            (Ok(a), Ok(b)) => a
                .until(b)
                .map(|span| i64::from(span.get_days()))
                .unwrap_or(0),
            _ => 0,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Canonicalises a BCP 47 language code (`EN-us` → `en-US`) and checks CLDR knows the language.
pub fn canonical_language_code(code: &str) -> Result<String, String> {
    let parsed = LanguageIdentifier::try_from_str(code)
        .map_err(|_| "not a well-formed BCP 47 language tag".to_string())?;
    let names = LanguageDisplayNames::try_new(locale!("en").into(), DisplayNamesOptions::default())
        .map_err(|e| e.to_string())?;
    if names.of(parsed.language).is_none() {
        return Err(format!("CLDR knows no language `{}`", parsed.language));
    }
    Ok(parsed.to_string())
}

/// Checks and canonicalises the `locale` of a language in site.toml: a language tag that may
/// carry Unicode extensions (`km-u-nu-khmr` writes dates with Khmer digits, as Khmer texts do).
pub fn canonical_locale(code: &str) -> Result<String, String> {
    let parsed =
        Locale::try_from_str(code).map_err(|_| "not a well-formed BCP 47 locale".to_string())?;
    canonical_language_code(&parsed.id.to_string())?;
    Ok(parsed.to_string())
}

/// The writing direction CLDR gives for a language's likely script (Arabic → rtl).
pub fn default_direction(code: &str) -> Direction {
    let Ok(id) = LanguageIdentifier::try_from_str(code) else {
        return Direction::Ltr;
    };
    if LocaleDirectionality::new_common().is_right_to_left(&id) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// Every localised string the site needs in one language, computed once.
#[derive(Debug, Clone, Default)]
pub struct LocaleStrings {
    /// ISO 3166-1 alpha-2 code → country name in this language.
    pub country_names: BTreeMap<String, String>,
    /// UN M49 region code (`150`) → region name in this language.
    pub region_names: BTreeMap<String, String>,
    /// Date → long date in this language (`23 janvier 2026`).
    pub dates: BTreeMap<Date, String>,
    /// Date → `{iso, display}`, the template value of each date in `dates`, made once: pages
    /// show tens of thousands of dates in a large site, most of them the same few hundred, and
    /// making the value each time was a thirtieth of a build.
    pub date_values: BTreeMap<Date, tera::Value>,
}

impl LocaleStrings {
    /// Computes names for `countries` and `regions` and long forms of `dates` in language `code`.
    pub fn new<'a>(
        code: &str,
        countries: impl IntoIterator<Item = (&'a str, &'a str)>,
        regions: &[&str],
        dates: impl IntoIterator<Item = Date>,
    ) -> LocaleStrings {
        let locale: Locale = Locale::try_from_str(code).unwrap_or(locale!("en"));
        let names = RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default())
            .or_else(|_| {
                RegionDisplayNames::try_new(locale!("en").into(), DisplayNamesOptions::default())
            })
            .ok();
        let mut out = LocaleStrings::default();
        for (code, fallback) in countries {
            let name = names
                .as_ref()
                .and_then(|n| Region::try_from_str(code).ok().and_then(|r| n.of(r)))
                .unwrap_or(fallback);
            out.country_names.insert(code.to_string(), name.to_string());
        }
        for region in regions {
            let name = names
                .as_ref()
                .and_then(|n| Region::try_from_str(region).ok().and_then(|r| n.of(r)))
                .unwrap_or(region);
            out.region_names
                .insert((*region).to_string(), name.to_string());
        }
        let formatter = FixedCalendarDateTimeFormatter::<Gregorian, YMD>::try_new(
            (&locale).into(),
            YMD::long(),
        )
        .ok();
        for date in dates {
            let text = formatter
                .as_ref()
                .and_then(|f| {
                    icu_calendar::Date::try_new_gregorian(
                        i32::from(date.year),
                        date.month as u8,
                        date.day as u8,
                    )
                    .ok()
                    .map(|d| f.format(&d).to_string())
                })
                .unwrap_or_else(|| date.to_string());
            out.dates.insert(date, text);
        }
        out.date_values = out
            .dates
            .iter()
            .map(|(date, text)| (*date, date_object(*date, text.clone())))
            .collect();
        out
    }

    /// `{iso, display}` of a date for templates (made once per date; made now for a date that
    /// was not among those prepared).
    pub fn date_value(&self, date: Date) -> tera::Value {
        self.date_values
            .get(&date)
            .cloned()
            .unwrap_or_else(|| date_object(date, self.date(date)))
    }

    /// The long form of a date, or its ISO form if it was not prepared.
    pub fn date(&self, date: Date) -> String {
        self.dates
            .get(&date)
            .cloned()
            .unwrap_or_else(|| date.to_string())
    }

    /// The name of a country, or its code if unknown.
    pub fn country(&self, code: &str) -> String {
        self.country_names
            .get(code)
            .cloned()
            .unwrap_or_else(|| code.to_string())
    }
}

/// `{iso, display}` of a date.
fn date_object(date: Date, display: String) -> tera::Value {
    crate::context::obj! { "iso": date.to_string(), "display": display }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalises_and_rejects_codes() {
        assert_eq!(canonical_language_code("EN-us").unwrap(), "en-US");
        assert_eq!(canonical_language_code("km").unwrap(), "km");
        assert!(canonical_language_code("en_US!").is_err());
        assert!(canonical_language_code("qqq").is_err());
    }

    #[test]
    fn arabic_is_rtl_khmer_and_lao_are_ltr() {
        assert_eq!(default_direction("ar"), Direction::Rtl);
        assert_eq!(default_direction("km"), Direction::Ltr);
        assert_eq!(default_direction("lo"), Direction::Ltr);
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(Date::new(2026, 2, 30).is_err());
        assert!(Date::new(2024, 2, 29).is_ok());
    }

    #[test]
    fn names_and_dates_come_from_cldr() {
        let date = Date::new(2026, 1, 23).unwrap();
        for (lang, country, month) in [
            ("fr", "Cambodge", "janvier"),
            ("nl", "Cambodja", "januari"),
            ("de", "Kambodscha", "Januar"),
            ("km", "កម្ពុជា", "មករា"),
            ("lo", "ກຳປູເຈຍ", "ມັງກອນ"),
        ] {
            let s = LocaleStrings::new(lang, [("KH", "Cambodia")], &["150"], [date]);
            assert_eq!(s.country("KH"), country, "{lang}");
            assert!(s.date(date).contains(month), "{lang}: {}", s.date(date));
        }
        // A regional locale brings its own conventions.
        let us = LocaleStrings::new("en", [], &[], [date]);
        let gb = LocaleStrings::new("en-GB", [], &[], [date]);
        assert_eq!(us.date(date), "January 23, 2026");
        assert_eq!(gb.date(date), "23 January 2026");
        // A locale may choose its digits: Khmer ones, as Khmer texts write them.
        let khmer = LocaleStrings::new("km-u-nu-khmr", [], &[], [date]);
        assert_eq!(khmer.date(date), "២៣ មករា ២០២៦");
        assert_eq!(canonical_locale("KM-u-NU-khmr").unwrap(), "km-u-nu-khmr");
        assert!(canonical_locale("qqq-u-nu-khmr").is_err());
    }
}
