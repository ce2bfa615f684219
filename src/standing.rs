//! Where a case stands, as data: the one record behind `status`, `status --json` and
//! `next --json`, built from the ladder's position. Pure: a case and its position in, a
//! record out; the urgency order for a list of cases.

use chrono::NaiveDate;
use serde::Serialize;

use crate::case::{Case, Date};
use crate::ladder::{Escalation, Next, Position};

/// One case's standing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Standing {
    /// How the case is named on the command line.
    pub case: String,
    pub company: String,
    /// The highest rung reached, `null` before any contact.
    pub stage: Option<&'static str>,
    /// The next step, as a word: call, second_line, message, letter, wait, deadline_today,
    /// escalate, date_the_letter.
    pub next: &'static str,
    /// Where an overdue letter leads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub escalation: Option<&'static str>,
    /// The date of the latest dated contact.
    pub last_contact: Option<Date>,
    pub contacts: usize,
    /// The latest letter's reply deadline.
    pub deadline: Option<Date>,
    /// Days until the deadline: negative once it has passed.
    pub days_left: Option<i64>,
    /// The day the latest letter was received, when recorded.
    pub delivered: Option<Date>,
    /// The day a posted letter is assumed to arrive while its delivery is not recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assumed_delivery: Option<Date>,
    /// The tracking number of the latest letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking: Option<String>,
    /// The latest letter as sent, kept next to the case file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub letter_file: Option<String>,
}

impl Standing {
    pub fn new(name: &str, case: &Case, pos: &Position, today: NaiveDate) -> Standing {
        let (next, escalation) = match pos.next {
            Next::Call { second_line: false } => ("call", None),
            Next::Call { second_line: true } => ("second_line", None),
            Next::Message => ("message", None),
            Next::Letter => ("letter", None),
            Next::Wait { then, .. } => ("wait", Some(then)),
            Next::DeadlineToday { then, .. } => ("deadline_today", Some(then)),
            Next::Escalate { to, .. } => ("escalate", Some(to)),
            Next::DateTheLetter => ("date_the_letter", None),
        };
        let deadline = pos.deadline();
        let letter = pos.letter.map(|i| &case.contacts[i]);
        Standing {
            case: name.to_owned(),
            company: case.company.name.to_string(),
            stage: pos.reached.map(|r| r.code()),
            next,
            escalation: escalation.map(Escalation::code),
            last_contact: case.contacts.iter().filter_map(|c| c.date).max(),
            contacts: case.contacts.len(),
            deadline: deadline.map(Date),
            days_left: deadline.map(|d| (d - today).num_days()),
            delivered: pos.delivered.map(Date),
            assumed_delivery: pos.assumed_delivery.map(Date),
            tracking: letter
                .and_then(|c| c.tracking.as_ref())
                .map(|t| t.to_string()),
            letter_file: letter.and_then(|c| c.letter_file.clone()),
        }
    }

    /// "2 overdue, 1 due within 3 days": what needs doing now, or `None` when nothing does.
    pub fn summary(list: &[Standing]) -> Option<String> {
        let overdue = list
            .iter()
            .filter(|s| s.days_left.is_some_and(|d| d < 0))
            .count();
        let soon = list
            .iter()
            .filter(|s| s.days_left.is_some_and(|d| (0..=3).contains(&d)))
            .count();
        let mut parts = Vec::new();
        if overdue > 0 {
            parts.push(crate::t!("status-summary-overdue", n = overdue));
        }
        if soon > 0 {
            parts.push(crate::t!("status-summary-soon", n = soon));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    /// Sorts most urgent first: overdue (longest overdue first), then the nearest deadline,
    /// then cases with a step to take now (the oldest last contact first), by name last.
    pub fn sort(list: &mut [Standing]) {
        list.sort_by(|a, b| {
            let key = |s: &Standing| (s.days_left.is_none(), s.days_left, s.last_contact);
            key(a).cmp(&key(b)).then_with(|| a.case.cmp(&b.case))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(case: &str, days_left: Option<i64>, last: Option<&str>) -> Standing {
        Standing {
            case: case.into(),
            company: "C".into(),
            stage: None,
            next: "call",
            escalation: None,
            last_contact: last.map(|d| Date::parse(d).unwrap()),
            contacts: 0,
            deadline: None,
            days_left,
            delivered: None,
            assumed_delivery: None,
            tracking: None,
            letter_file: None,
        }
    }

    #[test]
    fn the_most_urgent_come_first() {
        let mut list = vec![
            standing("no-deadline", None, Some("2026-11-01")),
            standing("later", Some(9), None),
            standing("never-contacted", None, None),
            standing("overdue", Some(-3), None),
            standing("soon", Some(1), None),
            standing("more-overdue", Some(-10), None),
        ];
        Standing::sort(&mut list);
        let order: Vec<&str> = list.iter().map(|s| s.case.as_str()).collect();
        assert_eq!(
            order,
            [
                "more-overdue",
                "overdue",
                "soon",
                "later",
                "never-contacted",
                "no-deadline"
            ]
        );
    }
}
