//! `complaint log`: the earlier contacts of a case, added, listed, corrected or removed by
//! number. Every change is one read-change-write of the case file.

use std::io::IsTerminal;
use std::num::NonZeroUsize;
use std::path::Path;

use super::cases::{prompt_error, saved_name, table};
use super::{Settings, note, print};
use crate::case::{Channel, Contact, Date};
use crate::cli::LogArgs;
use crate::error::{Error, Exit};
use crate::paths::CaseSource;
use crate::prompt::Terminal;
use crate::store;
use crate::t;
use crate::walk::{self, Prompter, Question};

/// `complaint log CASE [--list | --correct N | --remove N] ...`
pub(super) fn log(args: LogArgs, settings: &Settings) -> Result<Exit, Error> {
    let CaseSource::File(path) = crate::lookup::resolve(&args.case)? else {
        return Err(Error::Usage(t!("log-stdin")));
    };
    if args.list {
        return list(&path);
    }
    if let Some(number) = args.remove {
        return remove(&path, number);
    }
    if let Some(number) = args.correct {
        return correct(&path, number, args);
    }
    super::cases::add_contact(args, settings)
}

/// The contact the flags describe; fields not given are `None`.
fn from_flags(args: LogArgs) -> Contact {
    let text = |t: Option<String>| t.filter(|t| !t.trim().is_empty());
    Contact {
        date: args.date.map(Date),
        channel: args.channel,
        reference: text(args.reference),
        operator: text(args.operator),
        summary: text(args.summary),
        ..Contact::empty()
    }
}

/// Whether questions can be asked: the prompts use standard input and standard error.
fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn is_empty(c: &Contact) -> bool {
    c.date.is_none()
        && c.channel.is_none()
        && c.reference.is_none()
        && c.operator.is_none()
        && c.summary.is_none()
}

/// The contacts, numbered as `--correct` and `--remove` take them, on standard output.
fn list(path: &Path) -> Result<Exit, Error> {
    let name = saved_name(path);
    let (case, _) = super::read_case(&path.display().to_string())?;
    if case.contacts.is_empty() {
        note(&t!("log-no-contacts", name = &name));
        return Ok(Exit::Success);
    }
    let mut rows = vec![
        [
            "number",
            "date",
            "channel",
            "reference",
            "operator",
            "summary",
        ]
        .map(|column| t!(&format!("log-header-{column}"))),
    ];
    for (i, c) in case.contacts.iter().enumerate() {
        rows.push([
            (i + 1).to_string(),
            c.date.map(|d| d.0.to_string()).unwrap_or_default(),
            c.channel.map(channel_name).unwrap_or_default(),
            c.reference.clone().unwrap_or_default(),
            c.operator.clone().unwrap_or_default(),
            c.summary.clone().unwrap_or_default(),
        ]);
    }
    print(&table(&rows))
}

/// Replaces the fields given; on a terminal with none given, asks for each with its present
/// value as the default.
fn correct(path: &Path, number: NonZeroUsize, args: LogArgs) -> Result<Exit, Error> {
    let mut fix = from_flags(args);
    if is_empty(&fix) {
        if !interactive() {
            return Err(Error::Usage(t!("log-nothing-to-correct")));
        }
        let (case, _) = super::read_case(&path.display().to_string())?;
        let count = case.contacts.len();
        fix = case
            .contacts
            .get(number.get() - 1)
            .cloned()
            .ok_or_else(|| Error::Usage(no_such_contact(number.get(), count)))?;
        ask(&mut Terminal::new(), &mut fix)?;
    }
    store::update(path, |case| {
        let count = case.contacts.len();
        let contact = case
            .contacts
            .get_mut(number.get() - 1)
            .ok_or_else(|| Error::Usage(no_such_contact(number.get(), count)))?;
        contact.date = fix.date.or(contact.date);
        contact.channel = fix.channel.or(contact.channel);
        for (field, new) in [
            (&mut contact.reference, fix.reference),
            (&mut contact.operator, fix.operator),
            (&mut contact.summary, fix.summary),
        ] {
            if new.is_some() {
                *field = new;
            }
        }
        Ok(())
    })?;
    note(&t!(
        "log-contact-corrected",
        number = number.get(),
        name = saved_name(path)
    ));
    Ok(Exit::Success)
}

fn remove(path: &Path, number: NonZeroUsize) -> Result<Exit, Error> {
    let left = store::update(path, |case| {
        let count = case.contacts.len();
        if number.get() > count {
            return Err(Error::Usage(no_such_contact(number.get(), count)));
        }
        case.contacts.remove(number.get() - 1);
        Ok(case.contacts.len())
    })?;
    note(&t!(
        "log-contact-removed",
        number = number.get(),
        name = saved_name(path),
        left = left
    ));
    Ok(Exit::Success)
}

/// On a terminal, asks for every field of a contact, with its present value as the default.
fn ask(p: &mut dyn Prompter, contact: &mut Contact) -> Result<(), Error> {
    let labels: Vec<String> = walk::CHANNELS
        .iter()
        .map(|k| t!(&format!("channel-{k}")))
        .collect();
    let present = contact
        .channel
        .and_then(|c| walk::CHANNELS.iter().position(|k| *k == channel_name(c)))
        .unwrap_or(0);
    let i = p
        .choose(&Question::of("q-log-channel", &[]), &labels, present)
        .map_err(prompt_error)?;
    contact.channel = serde_json::from_value(serde_json::json!(walk::CHANNELS[i])).ok();
    for (field, id) in [
        (&mut contact.reference, "q-contact-reference"),
        (&mut contact.operator, "q-contact-operator"),
        (&mut contact.summary, "q-contact-summary"),
    ] {
        let answer = p
            .text(&Question::of(id, &[]), field.as_deref())
            .map_err(prompt_error)?;
        *field = Some(answer.trim().to_owned()).filter(|t| !t.is_empty());
    }
    Ok(())
}

/// How `--channel` spells a channel.
fn channel_name(c: Channel) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A contact number that the case does not have.
fn no_such_contact(number: usize, count: usize) -> String {
    match count {
        0 => t!("log-no-such-contact-empty", number = number),
        n => t!("log-no-such-contact", number = number, count = n),
    }
}
