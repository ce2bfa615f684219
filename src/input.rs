//! Dates and amounts of money as a person types them, in their language: `05.10.2026`,
//! `3 ноября`, `вчера`, `41 500 руб.`, `₪3,490`, `45 pounds`. Only where a person types (the
//! walk, `log`'s questions); flags and case files keep their strict ISO forms.
//!
//! What is accepted is data: the month names and the words for today and yesterday come
//! from the language registry, the currency words from [`CURRENCY_WORDS`], and every code is
//! checked against the ISO 4217 list of the `iso_currency` crate.

use chrono::{Datelike, Days, NaiveDate};

use crate::case::Language;
use crate::languages;

/// A date as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateAnswer {
    Date(NaiveDate),
    /// `03/04/2026` in English: the 3rd of April or the 4th of March, to be confirmed.
    Ambiguous(NaiveDate, NaiveDate),
}

/// Why a typed date is not one: a message id and its argument names are the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    NotADate,
    NoSuchDay,
    InTheFuture,
}

impl DateError {
    pub fn message_id(&self) -> &'static str {
        match self {
            DateError::NotADate => "input-not-a-date",
            DateError::NoSuchDay => "input-no-such-day",
            DateError::InTheFuture => "input-date-in-future",
        }
    }
}

/// Reads a date typed in `lang`. Two-digit years are this century; a date without a year is
/// the last such day up to `today`.
pub fn date(text: &str, lang: Language, today: NaiveDate) -> Result<DateAnswer, DateError> {
    let text = text.trim().trim_end_matches('.');
    let lower = text.to_lowercase();
    let info = languages::info(lang);
    let every = || languages::ALL.iter();
    if every().any(|i| i.today.contains(&lower.as_str())) {
        return Ok(DateAnswer::Date(today));
    }
    if every().any(|i| i.yesterday.contains(&lower.as_str())) {
        return Ok(DateAnswer::Date(today - Days::new(1)));
    }
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return not_future(d, today);
    }
    if let Some(answer) = numeric(text, info.day_first, today)? {
        return Ok(answer);
    }
    if let Some(d) = with_month_name(&lower, today)? {
        return not_future(d, today);
    }
    Err(DateError::NotADate)
}

fn not_future(d: NaiveDate, today: NaiveDate) -> Result<DateAnswer, DateError> {
    if d > today {
        Err(DateError::InTheFuture)
    } else {
        Ok(DateAnswer::Date(d))
    }
}

/// `05.10.2026`, `5.10.26`, `5/10/2026`, `5-10-2026`.
fn numeric(text: &str, day_first: bool, today: NaiveDate) -> Result<Option<DateAnswer>, DateError> {
    let parts: Vec<&str> = text.split(['.', '/', '-']).collect();
    let [a, b, y] = parts.as_slice() else {
        return Ok(None);
    };
    let (Ok(a), Ok(b), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>(), y.parse::<i32>()) else {
        return Ok(None);
    };
    let year = if y < 100 { 2000 + y } else { y };
    let day_month = NaiveDate::from_ymd_opt(year, b, a);
    let month_day = NaiveDate::from_ymd_opt(year, a, b);
    let dotted = text.contains('.');
    let answer = match (day_month, month_day) {
        (Some(d), _) if day_first || dotted => DateAnswer::Date(d),
        (Some(d), Some(m)) if d != m => DateAnswer::Ambiguous(d, m),
        (Some(d), _) => DateAnswer::Date(d),
        (None, Some(m)) if !day_first => DateAnswer::Date(m),
        _ => return Err(DateError::NoSuchDay),
    };
    match answer {
        DateAnswer::Date(d) => not_future(d, today).map(Some),
        DateAnswer::Ambiguous(d, m) => Ok(Some(DateAnswer::Ambiguous(d, m))),
    }
}

/// `3 November`, `November 3`, `3 ноября 2026`, `3 באוקטובר`.
fn with_month_name(lower: &str, today: NaiveDate) -> Result<Option<NaiveDate>, DateError> {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty() && *w != "г" && *w != "г." && *w != "года")
        .collect();
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for w in &words {
        if let Ok(n) = w.parse::<u32>() {
            if n > 31 {
                year = Some(n as i32);
            } else if day.is_none() {
                day = Some(n);
            } else {
                year = Some(2000 + n as i32);
            }
        } else if let Some(m) = month_number(w) {
            month = Some(m);
        } else {
            return Ok(None);
        }
    }
    let (Some(day), Some(month)) = (day, month) else {
        return Ok(None);
    };
    let date = |y| NaiveDate::from_ymd_opt(y, month, day);
    match year {
        Some(y) => date(y).map(Some).ok_or(DateError::NoSuchDay),
        None => match date(today.year()) {
            Some(d) if d <= today => Ok(Some(d)),
            Some(_) => date(today.year() - 1).map(Some).ok_or(DateError::NoSuchDay),
            None => Err(DateError::NoSuchDay),
        },
    }
}

/// A month by its name in any language we speak: the form a date uses, the nominative
/// stem (`ноябрь`), an English abbreviation (`Nov`), Hebrew with or without its prefix ב.
fn month_number(word: &str) -> Option<u32> {
    for info in languages::ALL {
        for (i, name) in info.months.iter().enumerate() {
            let name = name.to_lowercase();
            let bare = name.strip_prefix('ב').unwrap_or(&name);
            let stem: String = name.chars().take(3).collect();
            let matches = word == name
                || word == bare
                || (info.lang != Language::He
                    && word.chars().count() >= 3
                    && word.starts_with(&stem)
                    && name.starts_with(&word.chars().take(3).collect::<String>()));
            if matches {
                return Some(i as u32 + 1);
            }
        }
    }
    None
}

/// An amount of money as typed: the canonical decimal and the ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyAnswer {
    pub value: String,
    pub currency: String,
    /// True when no currency was typed and the default was taken.
    pub assumed: bool,
}

/// Why a typed amount is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    /// No number in it.
    NoNumber,
    /// A word that names no currency.
    UnknownCurrency(String),
    /// More decimals than the currency has (`49.999 EUR`, `10.5 JPY`).
    TooManyDecimals { currency: String, decimals: u16 },
}

impl MoneyError {
    pub fn message_id(&self) -> &'static str {
        match self {
            MoneyError::NoNumber => "input-not-an-amount",
            MoneyError::UnknownCurrency(_) => "input-unknown-currency",
            MoneyError::TooManyDecimals { .. } => "input-too-many-decimals",
        }
    }
}

/// Signs and words people write for a currency, lower case. Codes need no entry: every ISO
/// 4217 code is known to the crate.
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("£", "GBP"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("$", "USD"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("€", "EUR"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("евро", "EUR"),
    ("₽", "RUB"),
    ("руб", "RUB"),
    ("р", "RUB"),
    ("рубль", "RUB"),
    ("рубля", "RUB"),
    ("рублей", "RUB"),
    ("долл", "USD"),
    ("₪", "ILS"),
    ("nis", "ILS"),
    ("ש\"ח", "ILS"),
    ("ש״ח", "ILS"),
    ("שח", "ILS"),
    ("שקל", "ILS"),
    ("שקלים", "ILS"),
    ("¥", "JPY"),
];

/// The ISO code a word or sign names, if any.
pub fn currency_code(word: &str) -> Option<&'static str> {
    let lower = word.trim_end_matches('.').to_lowercase();
    if let Some((_, code)) = CURRENCY_WORDS.iter().find(|(w, _)| *w == lower) {
        return Some(code);
    }
    iso_currency::Currency::from_code(&lower.to_uppercase()).map(|c| c.code())
}

/// Decimals the currency is written with (2 for most, 0 for JPY, 3 for KWD).
pub fn minor_unit(code: &str) -> u16 {
    iso_currency::Currency::from_code(code)
        .and_then(|c| c.exponent())
        .unwrap_or(2)
}

/// Reads an amount typed in `lang`; a bare number is in `default_currency`.
pub fn money(text: &str, default_currency: &str) -> Result<MoneyAnswer, MoneyError> {
    let text = text.trim();
    let start = text.find(|c: char| c.is_ascii_digit());
    let Some(start) = start else {
        return Err(MoneyError::NoNumber);
    };
    let end = text
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(start, |e| e + 1);
    let number = &text[start..end];
    let words = format!("{} {}", &text[..start], &text[end..]);
    let mut currency = None;
    for word in words.split_whitespace() {
        let word = word.trim_end_matches('.');
        if word.is_empty() {
            continue;
        }
        match currency_code(word) {
            Some(code) => currency = Some(code.to_owned()),
            None => return Err(MoneyError::UnknownCurrency(word.to_owned())),
        }
    }
    let assumed = currency.is_none();
    let currency = currency.unwrap_or_else(|| default_currency.to_owned());
    let decimals = minor_unit(&currency);
    let (units, fraction) = split_number(number, decimals).ok_or(MoneyError::NoNumber)?;
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > usize::from(decimals) {
        return Err(MoneyError::TooManyDecimals { currency, decimals });
    }
    let units = units.trim_start_matches('0');
    let units = if units.is_empty() { "0" } else { units };
    let value = if decimals == 0 {
        units.to_owned()
    } else {
        format!("{units}.{fraction:0<width$}", width = usize::from(decimals))
    };
    Ok(MoneyAnswer {
        value,
        currency,
        assumed,
    })
}

/// Digits before and after the decimal mark. A comma or a point followed by exactly three
/// digits groups thousands (`3,490`, `41 500`, `1.290,50`); otherwise it is the decimal mark
/// (`49,99`, `89.70`).
/// A currency with three decimals (KWD) reads `1.250` as one and a quarter.
fn split_number(number: &str, decimals: u16) -> Option<(String, String)> {
    let cleaned: String = number
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if !cleaned
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let last_mark = cleaned.rfind(['.', ',']);
    let (units, fraction) = match last_mark {
        Some(i) => {
            let after = &cleaned[i + 1..];
            let mark = cleaned.as_bytes()[i];
            let other_mark_before = cleaned[..i].contains(if mark == b'.' { ',' } else { '.' });
            let same_mark_before = cleaned[..i].contains(mark as char);
            if (after.len() == 3 && decimals != 3 && !other_mark_before) || same_mark_before {
                (cleaned.clone(), String::new())
            } else {
                (cleaned[..i].to_owned(), after.to_owned())
            }
        }
        None => (cleaned.clone(), String::new()),
    };
    let units: String = units.chars().filter(char::is_ascii_digit).collect();
    if units.is_empty() || fraction.contains(['.', ',']) {
        return None;
    }
    Some((units, fraction))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }
    fn d(y: i32, m: u32, day: u32) -> DateAnswer {
        DateAnswer::Date(NaiveDate::from_ymd_opt(y, m, day).unwrap())
    }

    #[test]
    fn dates_as_people_write_them() {
        let ru = |t| date(t, Language::Ru, today());
        let he = |t| date(t, Language::He, today());
        let en = |t| date(t, Language::En, today());
        assert_eq!(ru("2026-10-05"), Ok(d(2026, 10, 5)));
        assert_eq!(ru("05.10.2026"), Ok(d(2026, 10, 5)));
        assert_eq!(ru("5.10.26"), Ok(d(2026, 10, 5)));
        assert_eq!(ru("5/10/2026"), Ok(d(2026, 10, 5)));
        assert_eq!(he("10.8.2026"), Ok(d(2026, 8, 10)));
        assert_eq!(ru("3 ноября"), Ok(d(2026, 11, 3)));
        assert_eq!(ru("3 ноября 2026 г."), Ok(d(2026, 11, 3)));
        assert_eq!(he("3 באוקטובר"), Ok(d(2026, 10, 3)));
        assert_eq!(he("3 אוקטובר 2026"), Ok(d(2026, 10, 3)));
        assert_eq!(en("3 November"), Ok(d(2026, 11, 3)));
        assert_eq!(en("November 3, 2026"), Ok(d(2026, 11, 3)));
        assert_eq!(en("3 Nov"), Ok(d(2026, 11, 3)));
        assert_eq!(ru("вчера"), Ok(d(2026, 12, 1)));
        assert_eq!(he("אתמול"), Ok(d(2026, 12, 1)));
        assert_eq!(en("Today"), Ok(d(2026, 12, 2)));
        // The last 20 December was in 2025.
        assert_eq!(en("20 December"), Ok(d(2025, 12, 20)));
    }

    #[test]
    fn an_ambiguous_english_date_is_confirmed_not_guessed() {
        let en = |t| date(t, Language::En, today());
        assert_eq!(
            en("03/04/2026"),
            Ok(DateAnswer::Ambiguous(
                NaiveDate::from_ymd_opt(2026, 4, 3).unwrap(),
                NaiveDate::from_ymd_opt(2026, 3, 4).unwrap()
            ))
        );
        assert_eq!(en("13/04/2026"), Ok(d(2026, 4, 13)));
        assert_eq!(en("04/13/2026"), Ok(d(2026, 4, 13)));
        assert_eq!(en("05/05/2026"), Ok(d(2026, 5, 5)));
        assert_eq!(date("03/04/2026", Language::Ru, today()), Ok(d(2026, 4, 3)));
    }

    #[test]
    fn what_is_not_a_date_says_so() {
        let ru = |t| date(t, Language::Ru, today());
        assert_eq!(ru("когда-то"), Err(DateError::NotADate));
        assert_eq!(ru("31.02.2026"), Err(DateError::NoSuchDay));
        assert_eq!(ru("05.10.2027"), Err(DateError::InTheFuture));
        assert_eq!(ru("2026-13-40"), Err(DateError::NoSuchDay));
    }

    fn m(v: &str, c: &str, assumed: bool) -> Result<MoneyAnswer, MoneyError> {
        Ok(MoneyAnswer {
            value: v.into(),
            currency: c.into(),
            assumed,
        })
    }

    #[test]
    fn money_as_people_write_it() {
        let en = |t| money(t, "GBP");
        let ru = |t| money(t, "RUB");
        let he = |t| money(t, "ILS");
        assert_eq!(en("£45"), m("45.00", "GBP", false));
        assert_eq!(en("45 pounds"), m("45.00", "GBP", false));
        assert_eq!(en("$20"), m("20.00", "USD", false));
        assert_eq!(en("€49,99"), m("49.99", "EUR", false));
        assert_eq!(en("49.99 EUR"), m("49.99", "EUR", false));
        assert_eq!(en("eur 49.99"), m("49.99", "EUR", false));
        assert_eq!(en("£29.99"), m("29.99", "GBP", false));
        assert_eq!(en("1,290.50"), m("1290.50", "GBP", true));
        assert_eq!(ru("41 500 руб."), m("41500.00", "RUB", false));
        assert_eq!(ru("41 500,00 ₽"), m("41500.00", "RUB", false));
        assert_eq!(ru("1290"), m("1290.00", "RUB", true));
        assert_eq!(he("₪3,490"), m("3490.00", "ILS", false));
        assert_eq!(he("3490 ש\"ח"), m("3490.00", "ILS", false));
        assert_eq!(he("89.70 ₪"), m("89.70", "ILS", false));
        assert_eq!(he("89.70 NIS"), m("89.70", "ILS", false));
        assert_eq!(en("5000 JPY"), m("5000", "JPY", false));
        assert_eq!(en("1.250 KWD"), m("1.250", "KWD", false));
    }

    #[test]
    fn what_is_not_an_amount_says_so() {
        let en = |t| money(t, "GBP");
        assert_eq!(en("lots"), Err(MoneyError::NoNumber));
        assert_eq!(en("45 XYZ"), Err(MoneyError::UnknownCurrency("XYZ".into())));
        assert_eq!(
            en("10.5 JPY"),
            Err(MoneyError::TooManyDecimals {
                currency: "JPY".into(),
                decimals: 0
            })
        );
    }
}
