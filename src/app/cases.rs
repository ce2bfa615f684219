//! The commands that keep cases: `prepare` (the walk), `list` and `log`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::{Settings, note, print, read_case, renderer};
use crate::case::{Channel, Consumer, Contact, Date, Required};
use crate::cli::{ChannelArg, LogArgs};
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
        eprintln!("\n\n{}", t!("walk-stopped"));
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
                eprintln!("\n\n{}", t!("walk-stopped"));
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
    store::write_case(&target, &case, draft.editing)?;
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
    print(&format!(
        "\n{saved}\n\n{say_first}\n{opener}\n{brief}\n{next}\n  complaint letter {name} --format pdf -o letter.pdf\n      {letter}\n  complaint log {name} --channel phone --reference REF\n      {log}\n",
    ))
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
        let CaseSource::File(path) = paths::resolve_case(&arg) else {
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
        if terminal.yes_no(&question, true).map_err(prompt_error)? {
            return Ok(old);
        }
    }
    Ok(Draft {
        target: file,
        ..Draft::default()
    })
}

fn prompt_error(e: std::io::Error) -> Error {
    Error::Other(format!("{} ({e})", t!("error-terminal")))
}

/// How to name a case on the command line: its saved name, or its path.
fn saved_name(path: &Path) -> String {
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
    let widths: Vec<usize> = (0..5)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i < 4 {
                line.extend(std::iter::repeat_n(
                    ' ',
                    widths[i] - cell.chars().count() + 2,
                ));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    print(&out)
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// `complaint log CASE ...`: appends an earlier contact and rewrites the case atomically.
pub(super) fn log(args: LogArgs, settings: &Settings) -> Result<Exit, Error> {
    let CaseSource::File(path) = paths::resolve_case(&args.case) else {
        return Err(Error::Usage(t!("log-stdin")));
    };
    let on_terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let given = args.channel.is_some()
        || [&args.reference, &args.operator, &args.summary]
            .iter()
            .any(|t| t.as_deref().is_some_and(|t| !t.trim().is_empty()));
    if !on_terminal && !given {
        return Err(Error::Usage(t!("log-nothing-given")));
    }
    let (mut case, _) = read_case(&args.case)?;
    let mut contact = Contact {
        date: Some(Date(args.date.unwrap_or(settings.date))),
        channel: args.channel.map(channel),
        reference: args.reference.filter(|t| !t.trim().is_empty()),
        operator: args.operator.filter(|t| !t.trim().is_empty()),
        summary: args.summary.filter(|t| !t.trim().is_empty()),
        delivered: None,
    };
    if on_terminal {
        ask_missing(&mut Terminal::new(), &mut contact)?;
    }
    case.contacts.push(contact);
    store::write_case(&path, &case, true)?;
    note(&t!(
        "log-added",
        n = case.contacts.len(),
        name = saved_name(&path)
    ));
    Ok(Exit::Success)
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
    Ok(())
}

fn channel(c: ChannelArg) -> Channel {
    match c {
        ChannelArg::Phone => Channel::Phone,
        ChannelArg::Chat => Channel::Chat,
        ChannelArg::Email => Channel::Email,
        ChannelArg::Messenger => Channel::Messenger,
        ChannelArg::Social => Channel::Social,
        ChannelArg::Letter => Channel::Letter,
        ChannelArg::Visit => Channel::Visit,
        ChannelArg::Other => Channel::Other,
    }
}
