//! The escalation ladder: where a case stands, worked out from its contact log, and the
//! next step.
//!
//! The ladder: first-line call -> second line -> written message -> formal letter ->
//! management -> regulator -> court. Spoken contacts (phone, visit, other) climb the first
//! two rungs, a chat, messenger, social-network or e-mail message the third, a `letter` the
//! fourth. A letter sets a deadline (its date plus `response_days`); once that has passed
//! unanswered, the next step is the escalation the case's consequence names. Pure: a case
//! and today's date in, a position and its description out.

use chrono::NaiveDate;

use crate::case::{Case, Channel, ConsequenceKind, Contact, Level, SentBy};
use crate::locale;
use crate::t;

/// The rungs, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rung {
    FirstLine,
    SecondLine,
    Message,
    Letter,
    Management,
    Regulator,
    Court,
}

impl Rung {
    pub const ALL: [Rung; 7] = [
        Rung::FirstLine,
        Rung::SecondLine,
        Rung::Message,
        Rung::Letter,
        Rung::Management,
        Rung::Regulator,
        Rung::Court,
    ];

    /// The rung as a word for scripts.
    pub fn code(self) -> &'static str {
        match self {
            Rung::FirstLine => "first_line",
            Rung::SecondLine => "second_line",
            Rung::Message => "message",
            Rung::Letter => "letter",
            Rung::Management => "management",
            Rung::Regulator => "regulator",
            Rung::Court => "court",
        }
    }

    /// The rung's name in the interface language.
    pub fn name(self) -> String {
        t!(&format!("rung-{}", self.code()))
    }
}

/// Where an unanswered letter leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escalation {
    Management,
    Regulator,
    Court,
    Chargeback,
    SwitchProvider,
    PublicReview,
}

impl Escalation {
    /// The escalation as a word for scripts.
    pub fn code(self) -> &'static str {
        match self {
            Escalation::Management => "management",
            Escalation::Regulator => "regulator",
            Escalation::Court => "court",
            Escalation::Chargeback => "chargeback",
            Escalation::SwitchProvider => "switch_provider",
            Escalation::PublicReview => "public_review",
        }
    }
}

/// The next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Call: the first line, or again to reach the second.
    Call { second_line: bool },
    /// Put it in writing in a chat, messenger or e-mail.
    Message,
    /// Send the formal letter.
    Letter,
    /// A letter is out and its deadline is still ahead.
    Wait {
        deadline: NaiveDate,
        days_left: i64,
        then: Escalation,
    },
    /// The deadline is today.
    DeadlineToday {
        deadline: NaiveDate,
        then: Escalation,
    },
    /// The deadline has passed.
    Escalate {
        to: Escalation,
        deadline: NaiveDate,
        days_over: i64,
    },
    /// A letter is in the log without a date, so its deadline is unknown.
    DateTheLetter,
}

/// What the log shows, and what follows from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    /// Calls and visits, with the date of the last one.
    pub spoken: Tally,
    /// Chat, messenger, social-network and e-mail messages.
    pub written: Tally,
    /// Letters.
    pub letters: Tally,
    /// The highest rung the log shows, `None` before any contact.
    pub reached: Option<Rung>,
    /// The latest dated letter: its place in the contact log.
    pub letter: Option<usize>,
    /// The first dated letter, the claim the law's term runs from: its place in the log.
    pub first: Option<usize>,
    /// The law's deadline, counted from the day the first letter was received; a later
    /// letter never moves it.
    pub claim_deadline: Option<NaiveDate>,
    /// The day the latest letter was delivered, when the log records it.
    pub delivered: Option<NaiveDate>,
    /// The day a posted letter is assumed to arrive while its delivery is not recorded.
    pub assumed_delivery: Option<NaiveDate>,
    /// How the latest letter went, when the log says.
    pub sent_by: Option<SentBy>,
    /// Days the latest letter gives the company.
    pub days: u32,
    /// The claim's term counts from its registration, not its receipt (see [`Terms`]).
    pub from_registration: bool,
    pub next: Next,
}

impl Position {
    /// The latest letter's deadline, when there is one.
    pub fn deadline(&self) -> Option<NaiveDate> {
        match self.next {
            Next::Wait { deadline, .. }
            | Next::DeadlineToday { deadline, .. }
            | Next::Escalate { deadline, .. } => Some(deadline),
            _ => None,
        }
    }
}

/// How many contacts of one sort, and the date of the latest dated one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub count: usize,
    pub last: Option<NaiveDate>,
}

impl Tally {
    fn add(&mut self, date: Option<NaiveDate>) {
        self.count += 1;
        if date.is_some() && date > self.last {
            self.last = date;
        }
    }
}

/// Days a posted letter is assumed to take until its delivery is recorded.
pub const POSTAL_DAYS: u32 = 7;

/// The terms a case's letters run on: the days the first letter (the claim) gives, the days a
/// later letter (the follow-up) gives, the days a posted letter is assumed to take, and the
/// days off a last day moves past, where the law moves it.
#[derive(Debug, Clone, PartialEq)]
pub struct Terms {
    pub days: u32,
    pub followup_days: u32,
    pub postal_days: u32,
    pub days_off: Option<crate::law::DaysOff>,
    /// The claim's term counts from its registration, due by the working day after it
    /// arrives: it starts on that working day.
    pub from_registration: bool,
}

impl Terms {
    /// The plain terms: `days` for every letter, no day off.
    pub fn plain(days: u32) -> Terms {
        Terms {
            days,
            followup_days: days,
            postal_days: POSTAL_DAYS,
            days_off: None,
            from_registration: false,
        }
    }

    /// The last day of a term of `days` that starts on `from`: moved past the days off.
    pub fn last_day(&self, from: NaiveDate, days: u32) -> NaiveDate {
        let end = from + chrono::Days::new(u64::from(days));
        self.days_off.as_ref().map_or(end, |off| off.last_day(end))
    }
}

/// Where `case` stands on `today`, with the language's default days for a letter.
pub fn position(case: &Case, today: NaiveDate) -> Position {
    let days = case
        .response_days
        .map_or_else(|| case.language().default_response_days(), |d| d.get());
    position_with(case, today, &Terms::plain(days))
}

/// The day a letter counts as received: recorded, else assumed for a posted one, else the
/// day it went.
fn received(c: &Contact, postal_days: u32) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let delivered = c.delivered.map(|d| d.0);
    let assumed = match delivered {
        None if c.sent_by.is_some_and(|s| s.is_posted()) => c
            .date
            .map(|d| d.0 + chrono::Days::new(u64::from(postal_days))),
        _ => None,
    };
    (delivered, assumed)
}

/// Where `case` stands on `today`. The law's term runs from the day the first dated letter
/// (the claim) was received, and a later letter never restarts it; a later letter adds its
/// own, shorter term from the day it was received, and the case waits for whichever ends
/// last. A day counts as received when the log records it; else a posted letter is assumed
/// to take `postal_days`, and any other arrived the day it went.
pub fn position_with(case: &Case, today: NaiveDate, terms: &Terms) -> Position {
    let (mut spoken, mut written, mut letters) =
        (Tally::default(), Tally::default(), Tally::default());
    let (mut letter, mut first, mut level) = (None, None, None);
    let mut first_date: Option<NaiveDate> = None;
    for (i, c) in case.contacts.iter().enumerate() {
        let date = c.date.map(|d| d.0);
        level = level.max(c.level);
        match c.channel {
            Some(Channel::Letter) => {
                if date.is_some() && date >= letters.last {
                    letter = Some(i);
                }
                if let Some(d) = date
                    && first_date.is_none_or(|f| d < f)
                {
                    (first, first_date) = (Some(i), Some(d));
                }
                letters.add(date);
            }
            Some(Channel::Chat | Channel::Email | Channel::Messenger | Channel::Social) => {
                written.add(date)
            }
            Some(Channel::Phone | Channel::Visit | Channel::Other) | None => spoken.add(date),
        }
    }
    let latest = letter.map(|i| &case.contacts[i]);
    let (delivered, assumed_delivery) =
        latest.map_or((None, None), |c| received(c, terms.postal_days));
    let claim_deadline = first.map(|i| {
        let c = &case.contacts[i];
        let (d, a) = received(c, terms.postal_days);
        let from = d.or(a).or(c.date.map(|d| d.0)).unwrap_or(today);
        let from = if terms.from_registration {
            crate::law::next_working_day(terms.days_off.as_ref(), from)
        } else {
            from
        };
        terms.last_day(from, terms.days)
    });
    let by_level = level.map(|l| match l {
        Level::FirstLine => Rung::FirstLine,
        Level::SecondLine => Rung::SecondLine,
        Level::Management => Rung::Management,
    });
    let (reached, next) = if letters.count > 0 {
        let counted = if letters.count == 1 {
            Rung::Letter
        } else {
            Rung::Management
        };
        let then = escalation(case, letters.count, by_level);
        let next = match (letters.last, claim_deadline) {
            (Some(sent), Some(claim)) => {
                let deadline = if letter == first {
                    claim
                } else {
                    let from = delivered.or(assumed_delivery).unwrap_or(sent);
                    claim.max(terms.last_day(from, terms.followup_days))
                };
                let left = (deadline - today).num_days();
                match left {
                    1.. => Next::Wait {
                        deadline,
                        days_left: left,
                        then,
                    },
                    0 => Next::DeadlineToday { deadline, then },
                    _ => Next::Escalate {
                        to: then,
                        deadline,
                        days_over: -left,
                    },
                }
            }
            _ => Next::DateTheLetter,
        };
        (Some(counted.max(by_level.unwrap_or(counted))), next)
    } else {
        let counted = if written.count > 0 {
            Some(Rung::Message)
        } else {
            match spoken.count {
                0 => None,
                1 => Some(Rung::FirstLine),
                _ => Some(Rung::SecondLine),
            }
        };
        let reached = counted.max(by_level);
        let next = match reached {
            None => Next::Call { second_line: false },
            Some(Rung::FirstLine) => Next::Call { second_line: true },
            Some(Rung::SecondLine) => Next::Message,
            Some(_) => Next::Letter,
        };
        (reached, next)
    };
    Position {
        spoken,
        written,
        letters,
        reached,
        letter,
        first,
        claim_deadline,
        delivered,
        assumed_delivery,
        sent_by: latest.and_then(|c| c.sent_by),
        days: if letter == first {
            terms.days
        } else {
            terms.followup_days
        },
        from_registration: terms.from_registration && letter == first,
        next,
    }
}

/// The escalation after an unanswered letter: the one the consequence names; otherwise
/// management after the first letter, and the regulator after a letter to management.
fn escalation(case: &Case, letters: usize, level: Option<Rung>) -> Escalation {
    match case.consequence.as_ref().and_then(|c| c.kind) {
        Some(ConsequenceKind::Regulator) => Escalation::Regulator,
        Some(ConsequenceKind::Court) => Escalation::Court,
        Some(ConsequenceKind::Chargeback) => Escalation::Chargeback,
        Some(ConsequenceKind::SwitchProvider) => Escalation::SwitchProvider,
        Some(ConsequenceKind::PublicReview) => Escalation::PublicReview,
        Some(ConsequenceKind::Other) | None if letters == 1 && level < Some(Rung::Management) => {
            Escalation::Management
        }
        Some(ConsequenceKind::Other) | None => Escalation::Regulator,
    }
}

// ---------------------------------------------------------------------------------------
// In words, for the terminal.

/// What the case's law pack adds after the steps, so that the steps point to it rather than
/// name one country's bodies or post: whether it lists the bodies to turn to, and whether it
/// says how to send a letter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LawHints {
    pub bodies: bool,
    pub delivery: bool,
    /// The code of the case's jurisdiction ("ru", "il"), for what a message says of one
    /// country's courts only; empty when no pack applies.
    pub jurisdiction: &'static str,
}

/// A placeholder in a command line ("YYYY-MM-DD"), without direction marks.
fn placeholder(what: &str) -> String {
    let i18n = crate::i18n::current();
    crate::i18n::message_in(i18n, &format!("placeholder-{what}"), &[])
}

/// `yes` or `no`, for a message that says one thing or the other.
fn yes_no(v: bool) -> &'static str {
    if v { "yes" } else { "no" }
}

/// What `complaint next` prints, in the interface language. `arg` is how the person named
/// the case on the command line, so the commands shown can be run as they are.
pub fn describe(case: &Case, pos: &Position, arg: &str, law: LawHints) -> String {
    let date = |d: NaiveDate| locale::date(crate::i18n::current(), d);
    let arg = shell_word(arg);
    let company = case.company.name.as_str();
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };

    // Where the case stands.
    let stand = match pos.reached {
        None => t!("next-no-contact", company = company),
        Some(rung @ (Rung::FirstLine | Rung::SecondLine)) => {
            t!(
                "next-rung",
                rung = rung.name(),
                tally = tally(pos.spoken, "calls", &date)
            )
        }
        Some(Rung::Message) => t!(
            "next-rung",
            rung = Rung::Message.name(),
            tally = tally(pos.written, "messages", &date)
        ),
        Some(rung) => t!(
            "next-rung",
            rung = rung.name(),
            tally = tally(pos.letters, "letters", &date)
        ),
    };
    line(&t!("next-where", stand = stand));

    // The placeholders a person replaces, in the interface's words; a command line is
    // copied as it is, so it carries no direction marks.
    let (when, tracking) = (placeholder("date"), placeholder("tracking"));
    let reference = placeholder("reference");
    let log = |channel: &str| {
        format!("  complaint log {arg} --channel {channel} --reference {reference}")
    };
    let log_letter = format!("  complaint log {arg} --channel letter --date {when}");
    let step = |name: String| t!("next-step", step = name);
    match pos.next {
        Next::Call { second_line: false } => {
            line(&step(Rung::FirstLine.name()));
            line(&match case.company.support_phone.as_deref() {
                Some(phone) => t!("next-call-first-phone", company = company, phone = phone),
                None => t!("next-call-first", company = company),
            });
            commands(
                &mut line,
                &[
                    (format!("complaint opener {arg}"), t!("cmd-opener")),
                    (format!("complaint brief {arg}"), t!("cmd-brief")),
                    (format!("complaint rehearse {arg}"), t!("cmd-rehearse")),
                ],
            );
            line(&t!("next-record-call"));
            line(&log("phone"));
            after(&mut line, Rung::FirstLine);
        }
        Next::Call { second_line: true } => {
            line(&step(Rung::SecondLine.name()));
            line(&t!("next-call-second"));
            commands(
                &mut line,
                &[
                    (format!("complaint brief {arg}"), t!("cmd-brief")),
                    (
                        format!("complaint rehearse {arg}"),
                        t!("cmd-rehearse-first"),
                    ),
                    (
                        format!("complaint message {arg}"),
                        t!("cmd-message-instead"),
                    ),
                ],
            );
            line(&t!("next-record"));
            line(&log("phone"));
            after(&mut line, Rung::SecondLine);
        }
        Next::Message => {
            line(&step(Rung::Message.name()));
            line(&t!("next-message"));
            commands(
                &mut line,
                &[(format!("complaint message {arg}"), t!("cmd-message"))],
            );
            line(&t!("next-record"));
            line(&log("email"));
            after(&mut line, Rung::Message);
        }
        Next::Letter => {
            let days = t!("days", n = pos.days);
            line(&step(Rung::Letter.name()));
            line(&match pos.written.last {
                Some(d) => t!(
                    "next-letter-since",
                    date = date(d),
                    days = days,
                    pack = yes_no(law.delivery)
                ),
                None => t!("next-letter", days = days, pack = yes_no(law.delivery)),
            });
            commands(
                &mut line,
                &[(
                    format!("complaint letter {arg} --format pdf -o letter.pdf"),
                    t!("cmd-letter"),
                )],
            );
            line(&t!("next-record-letter"));
            line(&format!(
                "  complaint log {arg} --channel letter --date {when} --sent-by registered-mail --tracking {tracking} --letter-file letter.pdf"
            ));
            after(&mut line, Rung::Letter);
        }
        Next::Wait {
            deadline,
            days_left,
            then,
        } => {
            line(&step(t!("next-wait")));
            line(&t!(
                "next-wait-until",
                date = date(deadline),
                days = t!("days", n = days_left)
            ));
            line(&counted_from(pos, &date, &arg));
            commands(
                &mut line,
                &[(
                    format!("complaint remind {arg} -o reminders.ics"),
                    t!("cmd-remind"),
                )],
            );
            line(&t!("next-wait-answered"));
            line(&format!(
                "  complaint log {arg} --channel letter --summary \"{}\"",
                t!("next-wait-summary")
            ));
            line(&t!(
                "next-wait-then",
                date = date(deadline + chrono::Days::new(1)),
                escalation = escalation_name(then)
            ));
        }
        Next::DeadlineToday { deadline, then } => {
            line(&step(t!("next-today")));
            line(&t!(
                "next-today-text",
                date = date(deadline),
                escalation = escalation_name(then)
            ));
        }
        Next::Escalate {
            to,
            deadline,
            days_over,
        } => {
            line(&step(escalation_name(to)));
            line(&t!(
                "next-passed",
                date = date(deadline),
                days = t!("days", n = days_over)
            ));
            line(&counted_from(pos, &date, &arg));
            if let Some(file) = pos
                .letter
                .and_then(|i| case.contacts[i].letter_file.as_deref())
            {
                line(&t!("next-kept-letter", file = file));
            }
            escalate(case, &arg, to, law, &mut line);
        }
        Next::DateTheLetter => {
            line(&step(t!("next-date-letter")));
            line(&t!("next-date-letter-text"));
            line(&log_letter);
        }
    }
    out
}

/// What to do once a letter's deadline has passed without an answer.
fn escalate(case: &Case, arg: &str, to: Escalation, law: LawHints, line: &mut dyn FnMut(&str)) {
    // The case's own words are quoted only to a reader of the language they are written in.
    let said = case
        .consequence
        .as_ref()
        .filter(|_| case.language() == crate::i18n::current())
        .map(|c| {
            format!(
                " {}",
                t!("next-said", said = c.summary.trim_end_matches('.'))
            )
        })
        .unwrap_or_default();
    let bundle = [
        (
            format!("complaint escalate {arg} > complaint.txt"),
            t!("cmd-escalate"),
        ),
        (
            format!(
                "complaint letter {arg} --format pdf --embed-attachments -o letter-and-evidence.pdf"
            ),
            t!("cmd-bundle"),
        ),
    ];
    match to {
        Escalation::Management => {
            line(&t!("next-management"));
            commands(
                line,
                &[(
                    format!("complaint followup {arg} --format pdf -o followup.pdf"),
                    t!("cmd-followup"),
                )],
            );
            line(&t!("next-record"));
            line(&format!(
                "  complaint log {arg} --channel letter --level management --date {} --sent-by registered-mail --tracking {} --letter-file followup.pdf",
                placeholder("date"),
                placeholder("tracking")
            ));
        }
        Escalation::PublicReview => {
            line(&format!("{}{said}", t!("next-public_review")));
            commands(
                line,
                &[(format!("complaint message {arg}"), t!("cmd-review"))],
            );
        }
        Escalation::Regulator => {
            let text = t!("next-regulator", pack = yes_no(law.bodies));
            line(&format!("{text}{said}"));
            commands(line, &bundle);
        }
        Escalation::Court => {
            let text = t!("next-court", jurisdiction = law.jurisdiction);
            line(&format!("{text}{said}"));
            commands(line, &bundle);
        }
        other => {
            line(&format!("{}{said}", t!(&format!("next-{}", other.code()))));
            commands(line, &bundle);
        }
    }
    match to {
        Escalation::Management => after(line, Rung::Management),
        Escalation::Regulator => after(line, Rung::Regulator),
        _ => {}
    }
}

/// Where the deadline counts from: the recorded delivery, the assumed arrival of a posted
/// letter, or else the day it was sent.
fn counted_from(pos: &Position, date: &dyn Fn(NaiveDate) -> String, arg: &str) -> String {
    let days = t!("days", n = pos.days);
    let exact = match (pos.delivered, pos.sent_by) {
        (Some(d), _) => Some(d),
        (None, Some(SentBy::Hand | SentBy::Email)) => pos.letters.last,
        _ => None,
    };
    if pos.from_registration {
        return match exact {
            Some(d) => t!("next-counted-registration", days = days, date = date(d)),
            None => format!(
                "{} {}",
                counted_from_receipt(pos, date, arg),
                t!("next-counted-registration-later")
            ),
        };
    }
    counted_from_receipt(pos, date, arg)
}

/// Where a term that counts from the letter's receipt counts from.
fn counted_from_receipt(pos: &Position, date: &dyn Fn(NaiveDate) -> String, arg: &str) -> String {
    let days = t!("days", n = pos.days);
    match (pos.delivered, pos.assumed_delivery, pos.letters.last) {
        (Some(d), _, _) => t!("next-counted-received", days = days, date = date(d)),
        (None, Some(d), Some(sent)) => t!(
            "next-counted-assumed",
            days = days,
            date = date(d),
            sent = date(sent),
            post = t!("days", n = (d - sent).num_days()),
            arg = arg
        ),
        (None, None, Some(sent)) if pos.sent_by == Some(SentBy::Hand) => {
            t!("next-counted-hand", days = days, date = date(sent))
        }
        (None, None, Some(sent)) if pos.sent_by == Some(SentBy::Email) => {
            t!("next-counted-email", days = days, date = date(sent))
        }
        (None, None, Some(sent)) => {
            t!(
                "next-counted-sent",
                days = days,
                date = date(sent),
                arg = arg
            )
        }
        _ => String::new(),
    }
}

fn escalation_name(e: Escalation) -> String {
    t!(&format!("escalation-{}", e.code()))
}

/// "1 call, on 5 October 2026" / "2 calls, the last on 5 October 2026". `what` is the
/// message of the count.
fn tally(t: Tally, what: &str, date: &dyn Fn(NaiveDate) -> String) -> String {
    let count = crate::i18n::message(what, &[("n", t.count.into())]);
    match t.last {
        Some(d) if t.count == 1 => t!("tally-one", count = count, date = date(d)),
        Some(d) => t!("tally-last", count = count, date = date(d)),
        None => count,
    }
}

/// Commands, aligned, each with what it gives.
fn commands(line: &mut dyn FnMut(&str), list: &[(String, String)]) {
    let width = list
        .iter()
        .map(|(c, _)| c.chars().count())
        .max()
        .unwrap_or(0);
    for (command, what) in list {
        let pad = " ".repeat(width - command.chars().count());
        line(&format!("  {command}{pad}   {what}"));
    }
}

/// The rungs above `rung`, so the person sees the way ahead.
fn after(line: &mut dyn FnMut(&str), rung: Rung) {
    let rest: Vec<String> = Rung::ALL
        .iter()
        .filter(|r| **r > rung)
        .map(|r| r.name())
        .collect();
    if !rest.is_empty() {
        line(&t!("next-further", rungs = rest.join(", ")));
    }
}

/// The case argument as it can be pasted into a shell.
fn shell_word(arg: &str) -> String {
    if arg == "-" {
        "CASE".into()
    } else if arg.is_empty()
        || arg.contains(|c: char| c.is_whitespace() || "'\"$`\\!*?;&|<>()".contains(c))
    {
        format!("'{}'", arg.replace('\'', r"'\''"))
    } else {
        arg.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        crate::case::Date::parse(text).unwrap().0
    }

    /// A case with these contacts (date, channel), and a consequence kind if given.
    fn case(contacts: &[(&str, &str)], consequence: Option<&str>, lang: &str) -> Case {
        let contacts: Vec<String> = contacts
            .iter()
            .map(|(date, channel)| {
                let date = if date.is_empty() {
                    String::new()
                } else {
                    format!("\"date\": \"{date}\", ")
                };
                format!("{{{date}\"channel\": \"{channel}\"}}")
            })
            .collect();
        let consequence = consequence
            .map(|k| {
                format!(", \"consequence\": {{\"kind\": \"{k}\", \"summary\": \"I will act\"}}")
            })
            .unwrap_or_default();
        let json = format!(
            r#"{{"schema_version": 1, "language": "{lang}", "consumer": {{"name": "Sam"}},
                "company": {{"name": "MegaTel Ltd", "support_phone": "0800 000 000"}},
                "event": {{"summary": "Charged twice"}}, "goal": {{"summary": "Refund it"}},
                "contacts": [{}]{consequence}}}"#,
            contacts.join(", ")
        );
        crate::load::parse("test", json.as_bytes()).unwrap()
    }

    fn next(contacts: &[(&str, &str)], consequence: Option<&str>, today: &str) -> Next {
        position(&case(contacts, consequence, "en"), day(today)).next
    }

    #[test]
    fn the_calls_come_first() {
        let p = position(&case(&[], None, "en"), day("2026-11-22"));
        assert_eq!(p.reached, None);
        assert_eq!(p.next, Next::Call { second_line: false });
        let p = position(
            &case(&[("2026-10-05", "phone")], None, "en"),
            day("2026-11-22"),
        );
        assert_eq!(p.reached, Some(Rung::FirstLine));
        assert_eq!(p.next, Next::Call { second_line: true });
        let two = [("2026-10-05", "phone"), ("2026-10-09", "visit")];
        let p = position(&case(&two, None, "en"), day("2026-11-22"));
        assert_eq!(p.reached, Some(Rung::SecondLine));
        assert_eq!(p.next, Next::Message);
        assert_eq!(p.spoken.count, 2);
        assert_eq!(p.spoken.last, Some(day("2026-10-09")));
    }

    #[test]
    fn a_written_message_leads_to_the_letter() {
        for channel in ["chat", "email", "messenger", "social"] {
            let p = position(
                &case(&[("2026-10-05", channel)], None, "en"),
                day("2026-11-22"),
            );
            assert_eq!(p.reached, Some(Rung::Message), "{channel}");
            assert_eq!(p.next, Next::Letter, "{channel}");
        }
    }

    #[test]
    fn a_letter_is_waited_for_until_its_deadline() {
        // 14 days from 20 November: 4 December.
        let sent = [("2026-10-05", "phone"), ("2026-11-20", "letter")];
        let deadline = day("2026-12-04");
        let then = Escalation::Regulator;
        assert_eq!(
            next(&sent, Some("regulator"), "2026-11-20"),
            Next::Wait {
                deadline,
                days_left: 14,
                then
            }
        );
        assert_eq!(
            next(&sent, Some("regulator"), "2026-12-03"),
            Next::Wait {
                deadline,
                days_left: 1,
                then
            }
        );
        assert_eq!(
            next(&sent, Some("regulator"), "2026-12-04"),
            Next::DeadlineToday { deadline, then }
        );
        assert_eq!(
            next(&sent, Some("regulator"), "2026-12-05"),
            Next::Escalate {
                to: then,
                deadline,
                days_over: 1
            }
        );
        let p = position(&case(&sent, None, "en"), day("2026-12-05"));
        assert_eq!(p.reached, Some(Rung::Letter));
    }

    #[test]
    fn the_deadline_follows_the_case_and_its_language() {
        // Russian: 10 days unless the case says.
        let sent = [("2026-11-20", "letter")];
        let ru = position(&case(&sent, None, "ru"), day("2026-11-30")).next;
        assert!(
            matches!(ru, Next::DeadlineToday { deadline, .. } if deadline == day("2026-11-30"))
        );
        let mut c = case(&sent, None, "en");
        c.response_days = crate::case::ResponseDays::new(30);
        assert!(matches!(
            position(&c, day("2026-12-01")).next,
            Next::Wait { days_left: 19, .. }
        ));
        // The latest letter counts; a letter dated after today is simply waited for.
        let two = [("2026-11-01", "letter"), ("2026-11-20", "letter")];
        assert!(matches!(
            next(&two, Some("court"), "2026-11-22"),
            Next::Wait { days_left: 12, .. }
        ));
        assert!(matches!(
            next(&[("2026-12-01", "letter")], None, "2026-11-22"),
            Next::Wait { days_left: 23, .. }
        ));
    }

    #[test]
    fn an_unanswered_letter_leads_to_the_consequence() {
        let sent = [("2026-11-01", "letter")];
        for (kind, to) in [
            ("regulator", Escalation::Regulator),
            ("court", Escalation::Court),
            ("chargeback", Escalation::Chargeback),
            ("switch_provider", Escalation::SwitchProvider),
            ("public_review", Escalation::PublicReview),
        ] {
            assert!(
                matches!(next(&sent, Some(kind), "2026-12-01"), Next::Escalate { to: t, days_over: 16, .. } if t == to),
                "{kind}"
            );
        }
        // No consequence named: management, then after a second letter, the regulator.
        for consequence in [None, Some("other")] {
            assert!(matches!(
                next(&sent, consequence, "2026-12-01"),
                Next::Escalate {
                    to: Escalation::Management,
                    ..
                }
            ));
            let two = [("2026-11-01", "letter"), ("2026-11-20", "letter")];
            assert!(matches!(
                next(&two, consequence, "2026-12-10"),
                Next::Escalate {
                    to: Escalation::Regulator,
                    ..
                }
            ));
            let p = position(&case(&two, consequence, "en"), day("2026-12-10"));
            assert_eq!(p.reached, Some(Rung::Management));
        }
        assert_eq!(
            next(&[("", "letter")], None, "2026-12-01"),
            Next::DateTheLetter
        );
    }

    #[test]
    fn a_posted_letter_is_given_time_to_arrive_until_its_delivery_is_recorded() {
        let mut c = case(&[("2026-11-20", "letter")], Some("regulator"), "en");
        c.contacts[0].sent_by = Some(crate::case::SentBy::RegisteredMail);
        let p = position_with(&c, day("2026-11-22"), &Terms::plain(14));
        assert_eq!(p.assumed_delivery, Some(day("2026-11-27")));
        assert_eq!(p.deadline(), Some(day("2026-12-11")));
        // Recorded: the delivery counts, and nothing is assumed.
        c.contacts[0].delivered = crate::case::Date::parse("2026-11-23");
        let p = position_with(&c, day("2026-11-22"), &Terms::plain(14));
        assert_eq!(
            (p.assumed_delivery, p.deadline()),
            (None, Some(day("2026-12-07")))
        );
        // Handed over or e-mailed: it arrived the day it went.
        for how in [crate::case::SentBy::Hand, crate::case::SentBy::Email] {
            c.contacts[0].delivered = None;
            c.contacts[0].sent_by = Some(how);
            let p = position_with(&c, day("2026-11-22"), &Terms::plain(14));
            assert_eq!(
                (p.assumed_delivery, p.deadline()),
                (None, Some(day("2026-12-04")))
            );
        }
    }

    #[test]
    fn the_level_reached_lifts_the_case() {
        let mut c = case(&[("2026-10-05", "phone")], None, "en");
        c.contacts[0].level = Some(Level::SecondLine);
        let p = position(&c, day("2026-11-22"));
        assert_eq!((p.reached, p.next), (Some(Rung::SecondLine), Next::Message));
        c.contacts[0].level = Some(Level::Management);
        let p = position(&c, day("2026-11-22"));
        assert_eq!((p.reached, p.next), (Some(Rung::Management), Next::Letter));
        // A first letter after the management was reached leads on to the regulator.
        let mut c = case(
            &[("2026-10-05", "visit"), ("2026-11-01", "letter")],
            None,
            "en",
        );
        c.contacts[0].level = Some(Level::Management);
        let p = position(&c, day("2026-12-01"));
        assert_eq!(p.reached, Some(Rung::Management));
        assert!(matches!(
            p.next,
            Next::Escalate {
                to: Escalation::Regulator,
                ..
            }
        ));
    }

    #[test]
    fn the_description_names_the_commands() {
        let c = case(&[], None, "en");
        let text = describe(
            &c,
            &position(&c, day("2026-11-22")),
            "my case.json",
            LawHints::default(),
        );
        assert!(text.starts_with("Where you stand: no contact with MegaTel Ltd recorded yet.\nNext step: first-line call.\nCall MegaTel Ltd on 0800 000 000."), "{text}");
        assert!(text.contains("  complaint opener 'my case.json'"), "{text}");
        assert!(
            text.contains("complaint log 'my case.json' --channel phone"),
            "{text}"
        );

        let c = case(&[("2026-11-20", "letter")], Some("regulator"), "en");
        let wait = describe(
            &c,
            &position(&c, day("2026-12-03")),
            "c.json",
            LawHints::default(),
        );
        assert!(
            wait.contains("Where you stand: formal letter (1 letter, on 20 November 2026)."),
            "{wait}"
        );
        assert!(
            wait.contains("They have until 4 December 2026 to answer your letter: 1 day left."),
            "{wait}"
        );
        assert!(
            wait.contains("from 5 December 2026 the next step is a complaint to the regulator."),
            "{wait}"
        );
        let today = describe(
            &c,
            &position(&c, day("2026-12-04")),
            "c.json",
            LawHints::default(),
        );
        assert!(
            today.contains("Today, 4 December 2026, is the last day"),
            "{today}"
        );
        let late = describe(
            &c,
            &position(&c, day("2026-12-06")),
            "c.json",
            LawHints::default(),
        );
        assert!(
            late.contains("Next step: a complaint to the regulator."),
            "{late}"
        );
        assert!(late.contains("passed 2 days ago"), "{late}");
        assert!(late.contains("Your case says: \"I will act\"."), "{late}");
        assert!(
            late.contains("complaint escalate c.json > complaint.txt"),
            "{late}"
        );
        assert!(
            late.contains("Further up the ladder, if needed: court."),
            "{late}"
        );

        let c = case(&[("2026-11-10", "email")], None, "en");
        let letter = describe(
            &c,
            &position(&c, day("2026-11-22")),
            "-",
            LawHints::default(),
        );
        assert!(
            letter.contains("If your message of 10 November 2026 has not been answered"),
            "{letter}"
        );
        assert!(
            letter.contains("It gives the company 14 days to answer"),
            "{letter}"
        );
        assert!(
            letter.contains("complaint letter CASE --format pdf -o letter.pdf"),
            "{letter}"
        );
    }
}
