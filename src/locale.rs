//! Dates, money, plurals and the direction of writing, as each language has them.

use chrono::{Datelike, NaiveDate};

use crate::case::{Language, Money};
use crate::letter::Direction;

/// A no-break space: keeps "1 290,00" and "руб." from being split across lines.
const NBSP: char = '\u{a0}';

/// The direction the language is written in.
pub fn direction(lang: Language) -> Direction {
    match lang {
        Language::En | Language::Ru => Direction::Ltr,
        Language::He => Direction::Rtl,
    }
}

/// "6 December 2026" / "6 декабря 2026 г." / "6 בדצמבר 2026" (the letter keeps a date on one
/// line: see [`crate::typeset`]).
pub fn date(lang: Language, date: NaiveDate) -> String {
    let month = crate::languages::info(lang).months[date.month0() as usize];
    let (day, year) = (date.day(), date.year());
    match lang {
        Language::Ru => format!("{day} {month} {year}{NBSP}г."),
        Language::En | Language::He => format!("{day} {month} {year}"),
    }
}

/// A date as it is said aloud: "15 November" / "15 ноября" / "15 בנובמבר", with the year
/// only when it is not `this_year` ("15 ноября 2025 года", "15 בנובמבר 2025").
pub fn date_spoken(lang: Language, date: NaiveDate, this_year: i32) -> String {
    let month = crate::languages::info(lang).months[date.month0() as usize];
    let (day, year) = (date.day(), date.year());
    match (lang, year == this_year) {
        (_, true) => format!("{day} {month}"),
        (Language::Ru, false) => format!("{day} {month} {year} года"),
        (Language::En | Language::He, false) => format!("{day} {month} {year}"),
    }
}

/// A date typed in digits ("15.11.2026", "15.11.26", "2026-11-15", Hebrew "ב-15.11.2026"),
/// said as [`date_spoken`] says it, with the prefix and a full stop after it kept; `None`
/// when `word` is not such a date.
pub fn said_date(lang: Language, word: &str, this_year: i32) -> Option<String> {
    let (prefix, rest) = match word.split_once('-') {
        Some((p, rest))
            if !p.is_empty()
                && p.chars().count() <= 3
                && !p.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            (&word[..=p.len()], rest)
        }
        _ => ("", word),
    };
    let core = rest.trim_end_matches('.');
    let stop = &rest[core.len()..];
    let parts: Vec<&str> = if core.contains('.') {
        core.split('.').collect()
    } else {
        core.split('-').collect()
    };
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |s: &str| s.parse::<u32>().ok();
    let (d, m, y) = if core.contains('.') {
        (n(parts[0])?, n(parts[1])?, n(parts[2])?)
    } else {
        (n(parts[2])?, n(parts[1])?, n(parts[0])?)
    };
    let y = if y < 100 { y + 2000 } else { y };
    let date = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?;
    Some(format!(
        "{prefix}{}{stop}",
        date_spoken(lang, date, this_year)
    ))
}

/// A phone number as the language's documents write it: in Hebrew an Israeli number in its
/// domestic form, as Israelis write it ("+972-54-7654321" -> "054-7654321", "+972 4 812
/// 3456" -> "04 812 3456"); any other number as typed.
pub fn phone(lang: Language, number: &str) -> String {
    let number = number.trim();
    let domestic = match lang {
        Language::He => number.strip_prefix("+972").map(|rest| {
            let rest = rest.trim_start_matches([' ', '-', '\u{a0}']);
            let rest = rest.strip_prefix("(0)").unwrap_or(rest);
            let rest = rest.trim_start_matches([' ', '-', '\u{a0}']);
            let rest = rest.strip_prefix('0').unwrap_or(rest);
            format!("0{rest}")
        }),
        Language::En | Language::Ru => None,
    };
    match domestic {
        Some(d) if d.len() > 1 && d[1..].starts_with(|c: char| c.is_ascii_digit()) => d,
        _ => number.to_owned(),
    }
}

/// "£1,290.00" / "1 290,00 руб." / "1,290.00 ש״ח"
pub fn money(lang: Language, money: &Money) -> String {
    let code = money.currency.as_str();
    // As many decimals as the currency's minor unit (ISO 4217): none for JPY, three for KWD.
    let decimals = usize::from(crate::input::minor_unit(code));
    let mut fraction = money.value.fraction.clone();
    while fraction.len() < decimals {
        fraction.push('0');
    }
    if fraction.len() > decimals && fraction[decimals..].bytes().all(|b| b == b'0') {
        fraction.truncate(decimals);
    }
    // A whole sum of shekels is written without agorot ("3,490 ש״ח"), as Hebrew letters
    // and people write it; a sum with agorot keeps both digits ("129.90 ש״ח").
    // So is a whole sum of roubles in a Russian letter ("41 500 руб."), as lawyers write it.
    if matches!(lang, Language::He | Language::Ru) && fraction.bytes().all(|b| b == b'0') {
        fraction.clear();
    }
    let (group, point) = match lang {
        Language::En | Language::He => (',', '.'),
        Language::Ru => (NBSP, ','),
    };
    let mut number = group_thousands(&money.value.units, group);
    if !fraction.is_empty() {
        number.push(point);
        number.push_str(&fraction);
    }
    match lang {
        Language::En => match code {
            "GBP" => format!("£{number}"),
            "USD" => format!("${number}"),
            "EUR" => format!("€{number}"),
            _ => format!("{number} {code}"),
        },
        Language::Ru => {
            let unit = match code {
                "RUB" => "руб.",
                "USD" => "долл. США",
                "EUR" => "евро",
                _ => code,
            };
            format!("{number}{NBSP}{unit}")
        }
        // Shekels as a formal letter writes them, "1,290.00 ש״ח" (with gershayim, U+05F4),
        // never the sign before the number: in right-to-left text a leading "₪" ends up on the
        // wrong side of the number unless invisible direction marks are added. A symbol that
        // leads a number stays with it ("$49.99" reads the same either way round).
        Language::He => match code {
            "ILS" => format!("{number}{NBSP}ש״ח"),
            "USD" => format!("${number}"),
            "EUR" => format!("€{number}"),
            "GBP" => format!("£{number}"),
            _ => format!("{number}{NBSP}{code}"),
        },
    }
}

/// An amount the way people say it: whole sums without minor units, and roubles as a word
/// with its plural ("34 990 рублей", "1,249 ש״ח", "£49"); other sums as [`money`] has them.
pub fn money_spoken(lang: Language, money: &Money) -> String {
    let whole = money.value.fraction.bytes().all(|b| b == b'0');
    if !whole {
        return self::money(lang, money);
    }
    let units = Money {
        value: crate::case::Decimal {
            units: money.value.units.clone(),
            fraction: String::new(),
        },
        currency: money.currency.clone(),
    };
    let code = money.currency.as_str();
    match (lang, code) {
        (Language::Ru, "RUB") => {
            let n = money.value.units.parse::<i64>().unwrap_or(5);
            let word = ru_plural(n % 100, "рубль", "рубля", "рублей");
            format!("{}{NBSP}{word}", group_thousands(&money.value.units, NBSP))
        }
        _ => self::money(lang, &units).replace(".00", ""),
    }
}

/// The names a month goes by in any of the languages, in the forms a date uses: "August",
/// "августа", "август", "באוגוסט", "אוגוסט".
pub fn month_names(date: NaiveDate) -> Vec<&'static str> {
    let m = date.month0() as usize;
    let mut names: Vec<&'static str> = crate::languages::ALL
        .iter()
        .map(|info| info.months[m])
        .collect();
    let he = crate::languages::info(Language::He).months[m];
    names.push(RU_MONTHS_NOMINATIVE[m]);
    names.push(he.strip_prefix('ב').unwrap_or(he));
    names
}

/// Russian month names in the nominative ("август").
const RU_MONTHS_NOMINATIVE: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

fn group_thousands(units: &str, sep: char) -> String {
    let mut out = String::with_capacity(units.len() + units.len() / 3 * 2);
    let first = units.len() % 3;
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (i + 3 - first).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The Russian plural form for `n`: `one` (1, 21, 31...), `few` (2-4, 22-24...) or `many`.
pub fn ru_plural<'a>(n: i64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let n = n.unsigned_abs();
    match (n % 10, n % 100) {
        (1, r) if r != 11 => one,
        (2..=4, r) if !(12..=14).contains(&r) => few,
        _ => many,
    }
}

/// A Hebrew count with its noun: `one` and `two` are whole phrases, since Hebrew puts "one"
/// after the noun ("יום אחד") and has a dual for two ("יומיים"); from three on it is the number
/// and the plural ("14 ימים"). Without `two`, two is "2" and the plural.
pub fn he_count(n: i64, one: &str, two: Option<&str>, many: &str) -> String {
    match (n, two) {
        (1, _) => one.to_owned(),
        (2, Some(two)) => two.to_owned(),
        _ => format!("{n} {many}"),
    }
}

/// How many times, as Hebrew says it: "פעם אחת", "פעמיים", "שלוש פעמים" (the feminine
/// numbers in words up to ten, then digits: "12 פעמים").
pub fn he_times(n: i64) -> String {
    const WORDS: [&str; 8] = ["שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר"];
    match n {
        1 => "פעם אחת".to_owned(),
        2 => "פעמיים".to_owned(),
        3..=10 => format!("{} פעמים", WORDS[(n - 3) as usize]),
        _ => format!("{n} פעמים"),
    }
}

/// A number of days, in words: "10 days", "10 дней", "14 ימים".
pub fn days(lang: Language, n: u32) -> String {
    let n = i64::from(n);
    match lang {
        Language::En if n == 1 => "1 day".to_owned(),
        Language::En => format!("{n} days"),
        Language::Ru => format!("{n} {}", ru_plural(n, "день", "дня", "дней")),
        Language::He => he_count(n, "יום אחד", Some("יומיים"), "ימים"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Currency, Decimal};

    #[test]
    fn an_israeli_number_is_written_domestic_in_hebrew() {
        assert_eq!(phone(Language::He, "+972-54-7654321"), "054-7654321");
        assert_eq!(phone(Language::He, "+972 4 812 3456"), "04 812 3456");
        assert_eq!(phone(Language::He, "+972547654321"), "0547654321");
        assert_eq!(phone(Language::He, "054-1234567"), "054-1234567");
        assert_eq!(phone(Language::He, "+7 900 123-45-67"), "+7 900 123-45-67");
        assert_eq!(phone(Language::Ru, "+972-54-7654321"), "+972-54-7654321");
    }

    #[test]
    fn a_date_in_digits_is_said_in_words() {
        let say = |lang, w| said_date(lang, w, 2026);
        assert_eq!(
            say(Language::Ru, "15.11.2026").as_deref(),
            Some("15 ноября")
        );
        assert_eq!(
            say(Language::Ru, "15.11.2025.").as_deref(),
            Some("15 ноября 2025 года.")
        );
        assert_eq!(
            say(Language::He, "ב-12.10.2026").as_deref(),
            Some("ב-12 באוקטובר")
        );
        assert_eq!(
            say(Language::En, "2026-11-15").as_deref(),
            Some("15 November")
        );
        assert_eq!(say(Language::Ru, "15.11.26").as_deref(), Some("15 ноября"));
        assert_eq!(say(Language::Ru, "31.02.2026"), None);
        assert_eq!(say(Language::Ru, "1 290"), None);
    }

    fn m(value: &str, currency: &str) -> Money {
        Money {
            value: Decimal::parse(value).unwrap(),
            currency: Currency::parse(currency).unwrap(),
        }
    }

    #[test]
    fn dates_per_language() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        assert_eq!(date(Language::En, d), "6 December 2026");
        assert_eq!(date(Language::Ru, d), "6 декабря 2026\u{a0}г.");
        assert_eq!(date(Language::He, d), "6 בדצמבר 2026");
        let d = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(date(Language::He, d), "22 בנובמבר 2026");
        let d = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(date(Language::He, d), "1 במרץ 2027");
    }

    #[test]
    fn directions() {
        assert_eq!(direction(Language::En), Direction::Ltr);
        assert_eq!(direction(Language::Ru), Direction::Ltr);
        assert_eq!(direction(Language::He), Direction::Rtl);
    }

    #[test]
    fn hebrew_money() {
        assert_eq!(money(Language::He, &m("1290", "ILS")), "1,290\u{a0}ש״ח");
        assert_eq!(money(Language::He, &m("129.9", "ILS")), "129.90\u{a0}ש״ח");
        assert_eq!(
            money(Language::He, &m("1234567.5", "ILS")),
            "1,234,567.50\u{a0}ש״ח"
        );
        assert_eq!(money(Language::He, &m("49.99", "USD")), "$49.99");
        assert_eq!(money(Language::He, &m("49.99", "GBP")), "£49.99");
        assert_eq!(money(Language::He, &m("100", "EUR")), "€100");
        assert_eq!(money(Language::He, &m("49.9", "CHF")), "49.90\u{a0}CHF");
        assert_eq!(money(Language::He, &m("5000", "JPY")), "5,000\u{a0}JPY");
    }

    #[test]
    fn hebrew_times_in_words() {
        assert_eq!(he_times(2), "פעמיים");
        assert_eq!(he_times(3), "שלוש פעמים");
        assert_eq!(he_times(10), "עשר פעמים");
        assert_eq!(he_times(12), "12 פעמים");
    }

    #[test]
    fn hebrew_counts() {
        let days = |n| he_count(n, "יום אחד", Some("יומיים"), "ימים");
        assert_eq!(days(1), "יום אחד");
        assert_eq!(days(2), "יומיים");
        assert_eq!(days(3), "3 ימים");
        assert_eq!(days(14), "14 ימים");
        assert_eq!(days(30), "30 ימים");
        assert_eq!(he_count(2, "מסמך אחד", None, "מסמכים"), "2 מסמכים");
    }

    #[test]
    fn money_per_language() {
        assert_eq!(money(Language::En, &m("1290", "GBP")), "£1,290.00");
        assert_eq!(money(Language::En, &m("49.9", "CHF")), "49.90 CHF");
        assert_eq!(money(Language::En, &m("1234567.5", "USD")), "$1,234,567.50");
        assert_eq!(money(Language::En, &m("5000", "JPY")), "5,000 JPY");
        assert_eq!(
            money(Language::Ru, &m("1290", "RUB")),
            "1\u{a0}290\u{a0}руб."
        );
        assert_eq!(
            money(Language::Ru, &m("1290.5", "RUB")),
            "1\u{a0}290,50\u{a0}руб."
        );
        assert_eq!(money(Language::Ru, &m("100", "EUR")), "100\u{a0}евро");
        assert_eq!(money(Language::Ru, &m("49.99", "GBP")), "49,99\u{a0}GBP");
    }

    #[test]
    fn spoken_money_has_no_zero_cents() {
        let sp = |s: &str| s.replace(' ', "\u{a0}");
        assert_eq!(
            money_spoken(Language::Ru, &m("34990", "RUB")),
            sp("34 990 рублей")
        );
        assert_eq!(
            money_spoken(Language::Ru, &m("41501.00", "RUB")),
            sp("41 501 рубль")
        );
        assert_eq!(
            money_spoken(Language::Ru, &m("1290.50", "RUB")),
            sp("1 290,50 руб.")
        );
        assert_eq!(
            money_spoken(Language::He, &m("1249", "ILS")),
            sp("1,249 ש״ח")
        );
        assert_eq!(money_spoken(Language::En, &m("49.00", "GBP")), "£49");
    }

    #[test]
    fn russian_plurals() {
        let f = |n| ru_plural(n, "день", "дня", "дней");
        assert_eq!(
            [1, 2, 5, 10, 11, 12, 14, 21, 22, 25, 101, 111].map(f),
            [
                "день", "дня", "дней", "дней", "дней", "дней", "дней", "день", "дня", "дней",
                "день", "дней"
            ]
        );
    }
}
