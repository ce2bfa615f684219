//! After the letter: what the follow-up letter and the complaint to the next body say about
//! the first letter (when it went, how, when it arrived, its deadline), the new short
//! deadline, and what the law's fixed formula gives since (the Russian неустойка of 1 % of
//! the price per day). Pure: a case, its position and its law in, a view for the templates.

use chrono::NaiveDate;
use serde::Serialize;

use crate::case::{Case, Language, Money};
use crate::ladder::{Next, Position};
use crate::law::{self, Applied, penalty};
use crate::locale;

/// Days the follow-up gives when the pack does not say.
pub const DEFAULT_FOLLOWUP_DAYS: u32 = 7;

/// Why there is nothing to follow up yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotYet {
    /// No dated letter in the log.
    NoLetter,
    /// The deadline is still ahead (or today).
    /// `second` when it is the deadline of a later letter (the follow-up).
    Waiting {
        deadline: NaiveDate,
        days_left: i64,
        second: bool,
    },
}

/// What the templates see as `after`.
#[derive(Debug, Clone, Serialize)]
pub struct After {
    /// The first letter: its date, how it went, its tracking number, when it arrived.
    pub letter_date: String,
    pub sent_by: Option<&'static str>,
    pub tracking: Option<String>,
    pub delivered: Option<String>,
    /// Whether the first letter went by post and its delivery is not recorded, so that its
    /// deadline rests on an assumed postal delay.
    pub delivery_assumed: bool,
    /// The kept PDF of the letter as sent, when recorded.
    pub letter_file: Option<String>,
    /// The follow-up letter, once one is in the log after the first.
    pub followup: Option<Sent>,
    /// The law's deadline, counted from the first letter's receipt, and the days since.
    pub deadline: String,
    pub days_over: i64,
    /// The new, short deadline the follow-up gives.
    pub new_days: u32,
    pub new_deadline: String,
    /// The latest day of the new term however long the post takes to deliver the follow-up
    /// (the usual postal delay added), for a letter that names a calendar date.
    pub latest_deadline: String,
    /// What the law's fixed formula gives, when it has one and the case has a price.
    pub penalty: Option<PenaltyView>,
    /// Where an unanswered follow-up leads: management, regulator, court, chargeback ...
    pub escalation: &'static str,
    /// The body the complaint goes to, in the case's language, and the others.
    pub body: Option<String>,
    pub bodies: Vec<String>,
    /// The jurisdiction's code, "ru", "gb", "il" ... or "none".
    pub jurisdiction: &'static str,
}

/// A later letter: when it went, how, its tracking number, when it arrived.
#[derive(Debug, Clone, Serialize)]
pub struct Sent {
    pub date: String,
    pub sent_by: Option<&'static str>,
    pub tracking: Option<String>,
    pub delivered: Option<String>,
}

/// A penalty worked out: `percent` of `base` for each of `days`.
#[derive(Debug, Clone, Serialize)]
pub struct PenaltyView {
    pub percent: u32,
    pub days: i64,
    pub base: String,
    /// The sum the formula gives, and the sum due (the formula's, or the price where the law
    /// caps the penalty at it).
    pub formula: String,
    pub sum: String,
    pub capped: bool,
    /// Whether the law caps the penalty at the price at all (even if not reached yet).
    pub cap: bool,
    /// The day it is counted from (the day after the deadline) and to (the letter's date).
    pub from: String,
    pub to: String,
    /// What one more day adds, and the day after `to`, from which it goes on growing.
    pub daily: String,
    pub since: String,
}

/// The facts after the first letter, on `today` (the follow-up's date).
pub fn after(
    case: &Case,
    pos: &Position,
    law: Option<&Applied>,
    lang: Language,
    today: NaiveDate,
) -> Result<After, NotYet> {
    let then = match pos.next {
        Next::Escalate { to, .. } => to,
        Next::Wait {
            deadline,
            days_left,
            ..
        } => {
            return Err(NotYet::Waiting {
                deadline,
                days_left,
                second: pos.letter != pos.first,
            });
        }
        Next::DeadlineToday { deadline, .. } => {
            return Err(NotYet::Waiting {
                deadline,
                days_left: 0,
                second: pos.letter != pos.first,
            });
        }
        _ => return Err(NotYet::NoLetter),
    };
    let (Some(letter), Some(deadline)) = (pos.first.map(|i| &case.contacts[i]), pos.claim_deadline)
    else {
        return Err(NotYet::NoLetter);
    };
    // The law's term and its penalty run from the first letter, whatever came after it.
    let days_over = (today - deadline).num_days().max(0);
    let later = pos
        .letter
        .filter(|&i| Some(i) != pos.first)
        .map(|i| &case.contacts[i]);
    let date = |d: NaiveDate| locale::date(lang, d);
    let new_days = law
        .and_then(|l| l.pack.followup_days)
        .unwrap_or(DEFAULT_FOLLOWUP_DAYS);
    let rule = law.and_then(|l| l.rule);
    let percent = rule.and_then(|r| r.penalty_percent_per_day);
    let cap = rule.and_then(|r| r.penalty_capped).unwrap_or(false);
    let price = case.purchase.as_ref().and_then(|p| p.price.as_ref());
    let penalty = match (percent, price) {
        (Some(percent), Some(price)) => {
            let formula = penalty(price, percent, days_over);
            let capped = cap && minor_units(&formula) > minor_units(price);
            let sum = if capped { price } else { &formula };
            Some(PenaltyView {
                percent,
                days: days_over,
                base: locale::money(lang, price),
                formula: locale::money(lang, &formula),
                sum: locale::money(lang, sum),
                capped,
                cap,
                from: date(deadline + chrono::Days::new(1)),
                to: date(today),
                daily: locale::money(lang, &penalty(price, percent, 1)),
                since: date(today + chrono::Days::new(1)),
            })
        }
        _ => None,
    };
    let bodies: Vec<String> = law
        .map(|l| {
            law::addressees(l.pack, case, lang)
                .into_iter()
                .map(|(_, to)| to.to_owned())
                .collect()
        })
        .unwrap_or_default();
    Ok(After {
        letter_date: letter.date.map(|d| date(d.0)).unwrap_or_default(),
        sent_by: letter.sent_by.map(|s| s.code()),
        tracking: letter.tracking.as_ref().map(|t| t.to_string()),
        delivered: letter.delivered.map(|d| date(d.0)),
        delivery_assumed: letter.delivered.is_none()
            && letter.sent_by.is_some_and(|s| s.is_posted()),
        letter_file: letter.letter_file.clone(),
        followup: later.map(|c| Sent {
            date: c.date.map(|d| date(d.0)).unwrap_or_default(),
            sent_by: c.sent_by.map(|s| s.code()),
            tracking: c.tracking.as_ref().map(|t| t.to_string()),
            delivered: c.delivered.map(|d| date(d.0)),
        }),
        deadline: date(deadline),
        days_over,
        new_days,
        new_deadline: date(today + chrono::Days::new(u64::from(new_days))),
        latest_deadline: date(
            today + chrono::Days::new(u64::from(new_days + crate::ladder::POSTAL_DAYS)),
        ),
        penalty,
        escalation: then.code(),
        body: bodies.first().cloned(),
        bodies,
        jurisdiction: law.map_or("none", |l| l.jurisdiction.code()),
    })
}

/// An amount in ten-thousandths of its unit, to compare two amounts of one currency.
fn minor_units(m: &Money) -> u128 {
    let mut fraction = m.value.fraction.clone();
    while fraction.len() < 4 {
        fraction.push('0');
    }
    format!("{}{}", m.value.units, &fraction[..4])
        .parse()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(value: &str, currency: &str) -> Money {
        serde_json::from_str(&format!(
            r#"{{"value": "{value}", "currency": "{currency}"}}"#
        ))
        .unwrap()
    }

    #[test]
    fn one_percent_a_day_is_exact() {
        // 54 990 roubles, 13 days: 549.90 a day, 7 148.70.
        let sum = penalty(&money("54990.00", "RUB"), 1, 13);
        assert_eq!(sum.value.to_string(), "7148.70");
        // 1 234.57, 1 % for 3 days = 37.0371 -> 37.04 (half up).
        assert_eq!(
            penalty(&money("1234.57", "RUB"), 1, 3).value.to_string(),
            "37.04"
        );
        // No days, nothing; whole roubles gain their kopecks.
        assert_eq!(
            penalty(&money("100", "RUB"), 1, 0).value.to_string(),
            "0.00"
        );
        assert_eq!(
            penalty(&money("100", "RUB"), 1, 5).value.to_string(),
            "5.00"
        );
    }
}
