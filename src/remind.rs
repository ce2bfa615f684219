//! Calendar reminders for a case, as an RFC 5545 calendar (the `icalendar` crate writes it):
//! the reply deadline with an alarm the day before, the day to send the follow-up, and the
//! last day of any legal window the case is in. Pure: the dates in, the `.ics` text out.

use chrono::NaiveDate;
use icalendar::{Alarm, Calendar, Component, Event, EventLike};

/// One reminder: an all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// Stable within the case, so importing the file again updates rather than duplicates.
    pub key: &'static str,
    pub day: NaiveDate,
    pub summary: String,
    pub description: String,
    /// An alarm this many days before, at the start of the day.
    pub alarm_days_before: Option<i64>,
}

/// The calendar for the case against `company`, saved as `name` (which makes the UIDs).
pub fn calendar(company: &str, name: &str, reminders: &[Reminder]) -> String {
    let mut cal = Calendar::new();
    cal.name(&format!("complaint: {company}"));
    for r in reminders {
        let mut event = Event::new();
        event
            .uid(&format!("{}-{}-{}@complaint", uid_part(name), r.key, r.day))
            .summary(&r.summary)
            .description(&r.description)
            .all_day(r.day);
        if let Some(days) = r.alarm_days_before {
            event.alarm(Alarm::display(&r.summary, -chrono::Duration::days(days)));
        }
        cal.push(event.done());
    }
    cal.done().to_string()
}

/// A case name as it may stand in a UID: letters, digits and dashes.
fn uid_part(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}
