//! The commands that keep cases: `prepare` (the walk) and `list`; `log` is in `log.rs`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::{Settings, note, print, read_case, renderer, summary_line};
use chrono::NaiveDate;

use crate::case::{Channel, Consumer, Contact, Date, Required, SentBy};
use crate::cli::LogArgs;
use crate::error::{Error, Exit};
use crate::paths::{self, CaseSource};
use crate::prompt::Terminal;
use crate::render::Rendering;
use crate::store;
use crate::t;
use crate::walk::{self, Draft, Prompter, Question, Stop};

pub(super) fn on_terminal() -> bool {
    std::io::stdin().is_terminal()
        && std::io::stdout().is_terminal()
        && std::io::stderr().is_terminal()
}

/// `complaint prepare [FILE] [--resume] [--edit CASE]`
pub(super) fn prepare(
    file: Option<PathBuf>,
    resume: bool,
    edit: Option<String>,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    if !on_terminal() {
        return Err(Error::Usage(t!("prepare-no-terminal")));
    }
    // Template errors show now, not after ten minutes of answers.
    let renderer = renderer(templates)?;
    let mut terminal = Terminal::new();
    let mut draft = start(&mut terminal, file, resume, edit)?;

    // The details to offer again: from the last saved case, else from the config file.
    let configured = &settings.config.consumer;
    let previous = store::list()?
        .into_iter()
        .find_map(|saved| saved.case.ok())
        .map(|case| case.consumer)
        .or_else(|| {
            Some(Consumer {
                name: Required::new(configured.name.as_deref()?)?,
                address: configured.address.clone(),
                email: configured.email.clone(),
                phone: configured.phone.clone(),
            })
        });
    let base_dir = draft
        .target
        .as_deref()
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let mut save = |d: &Draft| store::save_draft(d);
    store::save_draft(&draft)?;
    // Ctrl-C ends the process at once: every answer given is saved already.
    let _ = ctrlc::set_handler(|| {
        Terminal::new().restore();
        say_stopped();
        std::process::exit(Exit::Interrupted as i32);
    });
    // What the call needs, shown before the letter's part is offered: the draft rendered
    // with a stand-in name, which neither the opener nor the brief shows.
    let options = settings.render_options();
    let mut preview = |d: &Draft| {
        let mut json = d.to_case_json();
        json["consumer"]["name"] = serde_json::json!("-");
        let bytes = serde_json::to_vec(&json).ok()?;
        let case = crate::load::parse("", &bytes).ok()?;
        let opener = renderer.render(Rendering::Opener, &case, &options).ok()?;
        let brief = renderer.render(Rendering::Brief, &case, &options).ok()?;
        Some(format!("{opener}\n{brief}"))
    };
    let mut cx = walk::Context {
        previous: previous.as_ref(),
        base_dir: &base_dir,
        language: settings
            .lang
            .or(settings.config.defaults.language)
            .unwrap_or_else(crate::i18n::current),
        today: settings.date,
        save: &mut save,
        preview: &mut preview,
    };
    match walk::run(&mut terminal, &mut draft, &mut cx) {
        Ok(()) => {}
        Err(Stop::Save(e)) => return Err(e),
        Err(Stop::Prompt(e)) => {
            terminal.restore();
            if e.kind() == std::io::ErrorKind::Interrupted {
                say_stopped();
                return Ok(Exit::Interrupted);
            }
            return Err(Error::Other(format!(
                "{} ({e}); {}",
                t!("error-terminal"),
                t!("walk-resume-hint")
            )));
        }
    }

    // The loader is the one judge of a valid case, for the walk's answers too.
    let json = draft.to_case_json();
    let bytes = serde_json::to_vec(&json).unwrap_or_default();
    let case = crate::load::parse("your answers", &bytes)?;
    let target = match &draft.target {
        Some(t) => t.clone(),
        None => store::new_case_path(&case.company.name, settings.date)?,
    };
    if draft.editing {
        save_edit(&target, case.clone(), &mut draft)?;
    } else {
        store::write_case(&target, &case, false)?;
    }
    store::remove_draft()?;

    let name = saved_name(&target);
    let options = settings.render_options();
    let opener = renderer.render(Rendering::Opener, &case, &options)?;
    let brief = renderer.render(Rendering::Brief, &case, &options)?;
    let saved = t!(
        "walk-saved",
        name = &name,
        path = target.display().to_string()
    );
    let (say_first, next) = (t!("walk-say-first"), t!("walk-next"));
    let (letter, log) = (t!("walk-next-letter"), t!("walk-next-log"));
    // The renderings are the output; where the case went and what to do next are notes.
    summary_line(&format!("\n{saved}\n"));
    print(&format!("\n{say_first}\n{opener}\n{brief}"))?;
    summary_line(&format!(
        "\n{next}\n  complaint letter {name} -o letter.pdf\n      {letter}\n  complaint log {name} --channel phone --reference REF\n      {log}\n"
    ));
    Ok(Exit::Success)
}

/// Says that the walk stopped, once: Ctrl-C reaches both the signal handler and the prompt
/// that was reading a key, and whichever comes first says it.
fn say_stopped() {
    static SAID: std::sync::Once = std::sync::Once::new();
    SAID.call_once(|| eprintln!("\n\n{}", t!("walk-stopped")));
}

/// Saves an edited case over its file, under the file's lock. Contacts logged while the walk
/// ran are kept; any other change made to the file meanwhile stops the save, with the
/// answers kept in the draft.
fn save_edit(target: &Path, mut case: crate::case::Case, draft: &mut Draft) -> Result<(), Error> {
    let original = draft.original.clone();
    let saved = store::update(target, |current| {
        let now = serde_json::to_value(&*current).unwrap_or_default();
        if let Some(original) = original.filter(|o| *o != now) {
            let added = added_contacts(&original, &now).ok_or_else(|| {
                Error::Other(format!(
                    "{} was changed by another command while you were editing it, so nothing was saved over it. Your answers are kept: look at the file, then `complaint prepare --resume` saves them over it",
                    target.display()
                ))
            })?;
            let kept = current.contacts.len() - added;
            case.contacts.extend(current.contacts.drain(kept..));
        }
        *current = case;
        Ok(())
    });
    if saved.is_err() {
        // A resumed walk saves over the file as it is now, since the person has seen it.
        if let Ok(bytes) = std::fs::read(target)
            && let Ok(now) = crate::load::parse("", &bytes)
        {
            draft.original = serde_json::to_value(&now).ok();
            store::save_draft(draft)?;
        }
    }
    saved
}

/// How many contacts `now` has after those of `original`, when that is the only difference.
fn added_contacts(original: &serde_json::Value, now: &serde_json::Value) -> Option<usize> {
    let contacts = |v: &serde_json::Value| v["contacts"].as_array().cloned().unwrap_or_default();
    let (before, after) = (contacts(original), contacts(now));
    let rest = |v: &serde_json::Value| {
        let mut v = v.clone();
        v.as_object_mut().map(|m| m.remove("contacts"));
        v
    };
    (after.len() > before.len() && after.starts_with(&before) && rest(original) == rest(now))
        .then(|| after.len() - before.len())
}

/// The draft to walk: resumed, an existing case to edit, or a new one.
fn start(
    terminal: &mut Terminal,
    file: Option<PathBuf>,
    resume: bool,
    edit: Option<String>,
) -> Result<Draft, Error> {
    if resume {
        return store::load_draft()?.ok_or_else(|| Error::Usage(t!("prepare-nothing-to-resume")));
    }
    if let Some(arg) = edit {
        let CaseSource::File(path) = crate::lookup::resolve(&arg)? else {
            return Err(Error::Usage(t!("prepare-edit-stdin")));
        };
        let (case, _) = read_case(&arg)?;
        let value = serde_json::to_value(&case).unwrap_or_default();
        return Ok(Draft::editing(&value, path));
    }
    if let Some(path) = &file
        && path.exists()
    {
        return Err(Error::Usage(t!(
            "prepare-exists",
            path = path.display().to_string()
        )));
    }
    if let Some(old) = store::load_draft()? {
        let company = old
            .case
            .get("company")
            .and_then(|c| c.get("name"))
            .and_then(|n| n.as_str())
            .map_or_else(|| t!("walk-no-company-yet"), str::to_owned);
        let question = t!("walk-unfinished", company = company);
        // Its answers are thrown away only when the person says so, in as many words.
        loop {
            if terminal.yes_no(&question, true).map_err(prompt_error)? {
                return Ok(old);
            }
            if terminal
                .yes_no(&t!("walk-discard"), false)
                .map_err(prompt_error)?
            {
                break;
            }
        }
    }
    Ok(Draft {
        target: file,
        ..Draft::default()
    })
}

pub(super) fn prompt_error(e: std::io::Error) -> Error {
    Error::Other(format!("{} ({e})", t!("error-terminal")))
}

/// How to name a case on the command line: its saved name, or its path.
pub(super) fn saved_name(path: &Path) -> String {
    let in_store = paths::cases_dir().is_some_and(|dir| path.parent() == Some(dir.as_path()));
    match path.file_stem() {
        Some(stem) if in_store => stem.to_string_lossy().into_owned(),
        _ => path.display().to_string(),
    }
}

/// `complaint list`
pub(super) fn list() -> Result<Exit, Error> {
    let saved = store::list()?;
    if saved.is_empty() {
        let dir = paths::cases_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        note(&t!("list-empty", folder = dir));
        return Ok(Exit::Success);
    }
    let mut rows = vec![
        ["name", "company", "title", "changed", "contacts"]
            .map(|h| t!(&format!("list-header-{h}"))),
    ];
    for s in &saved {
        let changed = s
            .modified
            .map(|t| {
                chrono::DateTime::<chrono::Local>::from(t)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        let row = match &s.case {
            Ok(case) => [
                s.name.clone(),
                case.company.name.to_string(),
                shorten(case.title.as_deref().unwrap_or(&case.event.summary), 40),
                changed,
                case.contacts.len().to_string(),
            ],
            Err(_) => [
                s.name.clone(),
                t!("list-not-valid", name = &s.name),
                String::new(),
                changed,
                String::new(),
            ],
        };
        rows.push(row);
    }
    print(&table(&rows))
}

/// Rows as columns two spaces apart, each as wide as its widest cell.
pub(super) fn table<const N: usize>(rows: &[[String; N]]) -> String {
    let widths: Vec<usize> = (0..N)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < N {
                line.extend(std::iter::repeat_n(
                    ' ',
                    widths[i] - cell.chars().count() + 2,
                ));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub(super) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// `complaint log CASE ...` without --list, --correct or --remove: adds an earlier contact
/// where its date puts it in the timeline, or records the delivery of the latest letter, and
/// rewrites the case atomically.
pub(super) fn add_contact(args: LogArgs, settings: &Settings) -> Result<Exit, Error> {
    let CaseSource::File(path) = crate::lookup::resolve(&args.case)? else {
        return Err(Error::Usage(t!("log-stdin")));
    };
    let on_terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    // Read and checked first, so a broken case is named before any question.
    read_case(&args.case)?;
    let describes_a_contact = [&args.reference, &args.operator, &args.summary]
        .iter()
        .any(|t| t.is_some())
        || args.level.is_some()
        || args.letter_file.is_some();
    if args.channel.is_none() && args.delivered.is_some() && !describes_a_contact {
        return record_delivery(&path, &args);
    }
    let given = args.channel.is_some()
        || [&args.reference, &args.operator, &args.summary]
            .iter()
            .any(|t| t.as_deref().is_some_and(|t| !t.trim().is_empty()));
    if !on_terminal && !given {
        return Err(Error::Usage(t!("log-nothing-given")));
    }
    let date = args.date.unwrap_or(settings.date);
    let is_letter = args.channel == Some(Channel::Letter);
    if !is_letter
        && (args.sent_by.is_some()
            || args.tracking.is_some()
            || args.letter_file.is_some()
            || args.delivered.is_some())
    {
        return Err(Error::Usage(
            "--sent-by, --tracking, --delivered and --letter-file describe a letter: add --channel letter (or give --delivered alone to record when the latest letter arrived)".into(),
        ));
    }
    check_delivery(date, args.delivered)?;
    let kept = args
        .letter_file
        .as_deref()
        .map(read_letter_pdf)
        .transpose()?;
    let mut contact = Contact {
        date: Some(Date(date)),
        channel: args.channel,
        reference: args.reference.filter(|t| !t.trim().is_empty()),
        operator: args.operator.filter(|t| !t.trim().is_empty()),
        summary: args.summary.filter(|t| !t.trim().is_empty()),
        delivered: args.delivered.map(Date),
        sent_by: args.sent_by,
        tracking: args.tracking,
        level: args.level,
        letter_file: None,
    };
    if on_terminal {
        ask_missing(&mut Terminal::new(), &mut contact)?;
    }
    if let Some(bytes) = kept {
        contact.letter_file = Some(keep_letter(&path, date, &bytes)?);
    }
    let kept_as = contact.letter_file.clone();
    // Under the case's lock, so parallel logs all land; in the timeline where its date puts
    // it: after every contact on or before that day.
    let (at, total) = store::update(&path, |case| {
        let at = case
            .contacts
            .iter()
            .position(|c| c.date.is_some_and(|d| d.0 > date))
            .unwrap_or(case.contacts.len());
        case.contacts.insert(at, contact);
        Ok((at, case.contacts.len()))
    })?;
    note(&t!(
        "log-added",
        n = at + 1,
        count = total,
        name = saved_name(&path)
    ));
    if let Some(file) = kept_as {
        note(&t!("log-kept", file = file.to_string()));
    }
    Ok(Exit::Success)
}

/// `complaint log CASE --delivered DATE` without a channel: the latest letter was received.
fn record_delivery(path: &Path, args: &LogArgs) -> Result<Exit, Error> {
    let (i, sent) = store::update(path, |case| {
        let latest = case
            .contacts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.channel == Some(Channel::Letter))
            .filter_map(|(i, c)| Some((i, c.date?.0)))
            .max_by_key(|(i, sent)| (*sent, *i));
        let Some((i, sent)) = latest else {
            return Err(Error::Usage(t!(
                "log-delivered-no-letter",
                arg = args.case.as_str()
            )));
        };
        check_delivery(sent, args.delivered)?;
        let letter = &mut case.contacts[i];
        letter.delivered = args.delivered.map(Date);
        if let Some(t) = &args.tracking {
            letter.tracking = Some(t.clone());
        }
        if let Some(s) = args.sent_by {
            letter.sent_by = Some(s);
        }
        Ok((i, sent))
    })?;
    let lang = crate::i18n::current();
    note(&t!(
        "log-delivered-recorded",
        sent = crate::locale::date(lang, sent),
        number = i + 1,
        delivered = args
            .delivered
            .map(|d| crate::locale::date(lang, d))
            .unwrap_or_default()
    ));
    note(&crate::t!("log-remind-again", arg = args.case.as_str()));
    Ok(Exit::Success)
}

/// A letter cannot arrive before it was sent.
fn check_delivery(sent: NaiveDate, delivered: Option<NaiveDate>) -> Result<(), Error> {
    match delivered {
        Some(d) if d < sent => Err(Error::Usage(t!(
            "log-delivered-before-sent",
            delivered = d.to_string(),
            sent = sent.to_string()
        ))),
        _ => Ok(()),
    }
}

/// The bytes of the PDF that was sent, checked to be one.
fn read_letter_pdf(file: &Path) -> Result<Vec<u8>, Error> {
    let bytes = std::fs::read(file).map_err(|source| Error::Read {
        path: file.to_path_buf(),
        source,
    })?;
    if !bytes.starts_with(b"%PDF-") {
        return Err(Error::Usage(t!(
            "log-not-pdf",
            path = file.display().to_string()
        )));
    }
    Ok(bytes)
}

/// Copies the letter as sent next to the case file, as `<case>.letter-<date>.pdf` (or `-2`,
/// `-3` ... when that exists), and returns the name the case records.
fn keep_letter(case_path: &Path, date: NaiveDate, bytes: &[u8]) -> Result<String, Error> {
    let dir = case_path.parent().unwrap_or(Path::new("."));
    let stem = case_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "case".into());
    for n in 1..=999 {
        let name = match n {
            1 => format!("{stem}.letter-{date}.pdf"),
            n => format!("{stem}.letter-{date}-{n}.pdf"),
        };
        match crate::fsio::write_atomic(
            &dir.join(&name),
            bytes,
            crate::fsio::Access::Private,
            false,
        ) {
            Ok(()) => return Ok(name),
            Err(Error::Exists { .. }) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(Error::Other(t!(
        "log-no-free-name",
        folder = dir.display().to_string()
    )))
}

/// On a terminal, asks for what the flags left out.
fn ask_missing(p: &mut dyn Prompter, contact: &mut Contact) -> Result<(), Error> {
    if contact.channel.is_none() {
        let labels: Vec<String> = walk::CHANNELS
            .iter()
            .map(|k| t!(&format!("channel-{k}")))
            .collect();
        let i = p
            .choose(&Question::of("q-log-channel", &[]), &labels, 0)
            .map_err(prompt_error)?;
        contact.channel = serde_json::from_value(serde_json::json!(walk::CHANNELS[i])).ok();
    }
    for (field, id, hint) in [
        (&mut contact.reference, "q-contact-reference", None),
        (&mut contact.operator, "q-contact-operator", None),
        (
            &mut contact.summary,
            "q-contact-summary",
            Some("q-log-summary-hint"),
        ),
    ] {
        if field.is_none() {
            let mut q = Question::of(id, &[]);
            if let Some(hint) = hint {
                q.hint = t!(hint);
            }
            let answer = p.text(&q, None).map_err(prompt_error)?;
            *field = Some(answer.trim().to_owned()).filter(|t| !t.is_empty());
        }
    }
    if contact.channel == Some(Channel::Letter) {
        ask_letter(p, contact)?;
    }
    Ok(())
}

/// For a letter: how it went and its tracking number, when the flags did not say.
fn ask_letter(p: &mut dyn Prompter, contact: &mut Contact) -> Result<(), Error> {
    const HOW: [(&str, Option<SentBy>); 5] = [
        ("sent-registered", Some(SentBy::RegisteredMail)),
        ("sent-hand", Some(SentBy::Hand)),
        ("sent-recorded", Some(SentBy::RecordedDelivery)),
        ("sent-email", Some(SentBy::Email)),
        ("sent-later", None),
    ];
    if contact.sent_by.is_none() {
        let labels: Vec<String> = HOW.iter().map(|(id, _)| t!(id)).collect();
        let i = p
            .choose(&Question::of("q-sent-by", &[]), &labels, 0)
            .map_err(prompt_error)?;
        contact.sent_by = HOW[i].1;
    }
    while contact.tracking.is_none() && contact.sent_by.is_some_and(SentBy::is_posted) {
        let answer = p
            .text(&Question::of("q-tracking", &[]), None)
            .map_err(prompt_error)?;
        if answer.trim().is_empty() {
            break;
        }
        match crate::case::Tracking::parse(answer.trim()) {
            Ok(t) => contact.tracking = Some(t),
            Err(why) => p.say(&why),
        }
    }
    Ok(())
}
