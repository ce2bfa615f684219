//! The letter's text made ready for line layout, before it is wrapped for the text file or
//! laid out on the PDF's pages, so both honour the same rules:
//! - no-break spaces where a line must not break: after "г.", "ул.", "№" and the other words
//!   of each lexicon's `[typeset]`, after initials, between a number and the word after it
//!   ("10 дней", "29.90 ₪", "8 Марта"), inside grouped numbers ("34 990") and between a month
//!   and its year ("באוקטובר 2026");
//! - in right-to-left text, a left-to-right mark before a phone number that begins with "+",
//!   an e-mail address or a web address, so the bidirectional algorithm keeps it whole and
//!   in order ("+972-54-7654321", never "972-54-7654321+").

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::letter::Direction;
use crate::locale;
use crate::wording;

const NBSP: char = '\u{a0}';
const LRM: char = '\u{200e}';

/// Both passes, as the letter's direction needs them.
pub fn prepare(text: &str, direction: Direction) -> String {
    let kept = keep_together(text);
    match direction {
        Direction::Rtl => isolate_ltr(&kept),
        Direction::Ltr => kept,
    }
}

/// Turns the spaces a line must not break at into no-break spaces, line by line.
pub fn keep_together(text: &str) -> String {
    let words = wording::breaks();
    each_text_line(text, |line, out| {
        // The line is copied a stretch at a time, up to each space that becomes a no-break one.
        // Its words are found by a plain look for each space: they are short, and a vectorised
        // search started for each cost more than the look.
        let mut lengths = line.as_bytes().split(|&b| b == b' ').map(<[u8]>::len);
        let mut before = &line[..lengths.next().unwrap_or_default()];
        let (mut copied, mut at) = (0, 0);
        for length in lengths {
            let space = at + before.len();
            let word = &line[space + 1..space + 1 + length];
            if !before.is_empty() && !word.is_empty() && joined(words, before, word) {
                out.push_str(&line[copied..space]);
                out.push(NBSP);
                copied = space + 1;
            }
            (at, before) = (space + 1, word);
        }
        out.push_str(&line[copied..]);
    })
}

/// Whether the space between `before` and `after` must not break a line. The cheap tests
/// come first: this runs for every space of a letter.
fn joined(words: &wording::Breaks, before: &str, after: &str) -> bool {
    // An ASCII digit is a byte of its own: no character of several bytes begins or ends in one.
    let starts_digit = after.as_bytes().first().is_some_and(u8::is_ascii_digit);
    if before.as_bytes().last().is_some_and(u8::is_ascii_digit) && number_then(before, after) {
        return true;
    }
    let initial = before.ends_with('.') && {
        let mut c = before.chars();
        matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if l.is_uppercase())
    };
    let sign = starts_digit && matches!(before, "₪" | "$" | "€" | "£" | "₽");
    initial
        || sign
        || (before.ends_with(',') && words.no_break_before(after))
        || (starts_digit && is_month(before))
        || (before
            .as_bytes()
            .last()
            .is_some_and(|&b| words.may_end_no_break(b))
            && words.no_break_after(before.trim_start_matches(['(', '«', '"'])))
        || words.keeps_previous(after)
}

/// Whether a word that ends in a digit keeps the word after it: its unit or currency ("10
/// дней", "29.90 ₪") or the next group of a number ("34 990").
fn number_then(before: &str, after: &str) -> bool {
    // A year keeps only a short word after it ("2026 г."), so a date is not glued to the rest.
    // A sum of four digits is not a year: "1290 рублей" stays together.
    let year = before.len() == 4 && before.bytes().all(|b| b.is_ascii_digit());
    if year && !(after.ends_with('.') && after.chars().count() <= 4) && !wording::money_unit(after)
    {
        return false;
    }
    // A short English function word ("for", "to", "on") is not the number's unit.
    let function_word = after.len() <= 3 && after.bytes().all(|b| b.is_ascii_lowercase());
    let word = !function_word
        && after.starts_with(|c: char| c.is_alphabetic() || "(«\"₪$€£₽%".contains(c));
    let group = || {
        before.chars().all(|c| c.is_ascii_digit() || c == '(')
            && before.chars().filter(char::is_ascii_digit).count() <= 3
            && after.chars().take_while(char::is_ascii_digit).count() == 3
            && !after[3..].starts_with(|c: char| c.is_ascii_digit())
    };
    word || group()
}

fn is_month(word: &str) -> bool {
    static MONTHS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    MONTHS
        .get_or_init(|| {
            (1..=12)
                .filter_map(|m| chrono::NaiveDate::from_ymd_opt(2000, m, 1))
                .flat_map(locale::month_names)
                .collect()
        })
        .contains(word.trim_start_matches('('))
}

/// Puts a left-to-right mark before each phone number with "+", e-mail address, web address
/// and identifier that begins with a digit but holds Latin letters ("12345-AB") in
/// right-to-left text, after any opening bracket or quote before it.
pub fn isolate_ltr(text: &str) -> String {
    each_text_line(text, |line, out| {
        for (k, word) in line.split(' ').enumerate() {
            if k > 0 {
                out.push(' ');
            }
            let core = word.trim_start_matches(['(', '[', '«', '"', '\'', '„', '“']);
            // A Hebrew prefix joined by a hyphen ("ל-dana@…", "ב-+972…") stays before the mark.
            let core = match core.split_once('-') {
                Some((prefix, rest))
                    if (1..=3).contains(&prefix.chars().count())
                        && prefix
                            .chars()
                            .all(|c| ('\u{05d0}'..='\u{05ea}').contains(&c)) =>
                {
                    rest
                }
                _ => core,
            };
            let lead = &word[..word.len() - core.len()];
            let digits_first = core.starts_with(|c: char| c.is_ascii_digit())
                && core.chars().any(|c| c.is_ascii_alphabetic());
            let phone =
                core.starts_with('+') && core[1..].starts_with(|c: char| c.is_ascii_digit());
            let address = core.contains('@') || core.contains("://") || core.starts_with("www.");
            out.push_str(lead);
            if phone || address || digits_first {
                out.push(LRM);
            }
            out.push_str(core);
        }
    })
}

/// Rebuilds `text` line by line through `change`; a layout line (`@@ …`) passes as it is.
fn each_text_line(text: &str, mut change: impl FnMut(&str, &mut String)) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in crate::letter::lines(text).enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if line.starts_with("@@") {
            out.push_str(line);
        } else {
            change(line, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nb(s: &str) -> String {
        keep_together(s).replace(NBSP, "~")
    }

    #[test]
    fn units_stay_together() {
        // The house and the flat stay on the street's line.
        assert_eq!(
            nb("г. Москва, ул. 8 Марта, д. 14, кв. 7"),
            "г.~Москва, ул.~8~Марта,~д.~14,~кв.~7"
        );
        // A sum of four digits keeps its unit; a year does not keep the next word.
        assert_eq!(nb("по 1290 рублей"), "по 1290~рублей");
        assert_eq!(nb("размер 1 % цены"), "размер 1~% цены");
        // A one-letter word stays with the word after it.
        assert_eq!(nb("Закона РФ «О защите»"), "Закона~РФ «О~защите»");
        // «РФ» stays with the act it names, whatever follows it.
        assert_eq!(nb("(ст. 395 ГК РФ), и"), "(ст.~395~ГК~РФ), и");
        assert_eq!(nb("в 2026 году"), "в~2026 году");
        assert_eq!(nb("в срок (10 дней с даты)"), "в~срок (10~дней с~даты)");
        assert_eq!(nb("29.90 ₪ בכל חודש"), "29.90~₪ בכל חודש");
        assert_eq!(
            nb("עד 12 באוקטובר 2026 לכל המאוחר"),
            "עד 12~באוקטובר~2026 לכל המאוחר"
        );
        assert_eq!(nb("вернуть 34 990 рублей"), "вернуть 34~990~рублей");
        assert_eq!(nb("А. С. Пушкин"), "А.~С.~Пушкин");
        assert_eq!(nb("№ 5"), "№~5");
        assert_eq!(nb("(п. 6 ст. 13)"), "(п.~6~ст.~13)");
        assert_eq!(nb("1. Копия чека"), "1. Копия чека");
        assert_eq!(nb("@@ recipient right"), "@@ recipient right");
        assert_eq!(nb("д. 14, кв. 7"), "д.~14,~кв.~7");
        assert_eq!(nb("£49.99 for the same"), "£49.99 for the same");
        assert_eq!(nb("within 3 days"), "within 3~days");
    }

    #[test]
    fn phone_numbers_and_addresses_read_left_to_right() {
        let out = isolate_ltr("טלפון: +972-54-7654321 או ronit@example.co.il, 054-1234567");
        assert_eq!(
            out,
            "טלפון: \u{200e}+972-54-7654321 או \u{200e}ronit@example.co.il, 054-1234567"
        );
        assert_eq!(
            isolate_ltr("(+972 54 765 4321) הזמנה 12345-AB A-12345"),
            "(\u{200e}+972 54 765 4321) הזמנה \u{200e}12345-AB A-12345"
        );
        assert_eq!(
            isolate_ltr("לכתוב ל-dana@example.co.il"),
            "לכתוב ל-\u{200e}dana@example.co.il"
        );
    }
}
