//! The commands that keep cases: `prepare` (the walk) and `list`; `log` is in `log.rs`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::{Settings, note, print, read_case, renderer, summary_line};
use crate::case::{Consumer, Required};
use crate::error::{Error, Exit};
use crate::paths::{self, CaseSource};
use crate::prompt::Terminal;
use crate::render::Rendering;
use crate::store;
use crate::walk::{self, Draft, Prompter, Stop};

const RESUME: &str = "your answers so far are kept: continue with `complaint prepare --resume`";
const STOPPED: &str =
    "Stopped. Your answers so far are kept: continue with `complaint prepare --resume`.";

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
        return Err(Error::Usage(
            "`complaint prepare` asks questions, so it needs a terminal. Without one, write a case \
             file (`complaint example > case.json` gives one to edit) and use `complaint validate`, \
             `complaint brief` and the other commands on it."
                .into(),
        ));
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
    let mut cx = walk::Context {
        previous: previous.as_ref(),
        base_dir: &base_dir,
        save: &mut save,
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
                "the terminal stopped answering ({e}); {RESUME}"
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
    // The renderings are the output; where the case went and what to do next are notes.
    summary_line(&format!("\nSaved as {name} ({})\n", target.display()));
    print(&format!("\nSAY FIRST\n{opener}\n{brief}"))?;
    summary_line(&format!(
        "\nNext:\n  complaint letter {name} -o letter.pdf\n      the formal letter, ready to sign\n  complaint log {name} --channel phone --reference REF\n      after each call or chat, so the record stays complete\n"
    ));
    Ok(Exit::Success)
}

/// Says that the walk stopped, once: Ctrl-C reaches both the signal handler and the prompt
/// that was reading a key, and whichever comes first says it.
fn say_stopped() {
    static SAID: std::sync::Once = std::sync::Once::new();
    SAID.call_once(|| eprintln!("\n\n{STOPPED}"));
}

/// The draft to walk: resumed, an existing case to edit, or a new one.
fn start(
    terminal: &mut Terminal,
    file: Option<PathBuf>,
    resume: bool,
    edit: Option<String>,
) -> Result<Draft, Error> {
    if resume {
        return store::load_draft()?.ok_or_else(|| {
            Error::Usage(
                "there is no interrupted walk to resume; start one with `complaint prepare`".into(),
            )
        });
    }
    if let Some(arg) = edit {
        let CaseSource::File(path) = crate::lookup::resolve(&arg)? else {
            return Err(Error::Usage(
                "--edit needs a case file or the name of a saved case, not `-`".into(),
            ));
        };
        let (case, _) = read_case(&arg)?;
        let value = serde_json::to_value(&case).unwrap_or_default();
        return Ok(Draft::editing(&value, path));
    }
    if let Some(path) = &file
        && path.exists()
    {
        return Err(Error::Usage(format!(
            "{} already exists; to change it, run `complaint prepare --edit {}`",
            path.display(),
            path.display()
        )));
    }
    if let Some(old) = store::load_draft()? {
        let company = old
            .case
            .get("company")
            .and_then(|c| c.get("name"))
            .and_then(|n| n.as_str())
            .unwrap_or("no company yet");
        let question = format!("You have an unfinished case ({company}). Go on with it?");
        if terminal.yes_no(&question, true).map_err(prompt_error)? {
            return Ok(old);
        }
    }
    Ok(Draft {
        target: file,
        ..Draft::default()
    })
}

pub(super) fn prompt_error(e: std::io::Error) -> Error {
    Error::Other(format!("the terminal stopped answering ({e})"))
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
        note(&format!(
            "no saved cases yet in {dir}; start one with `complaint prepare`"
        ));
        return Ok(Exit::Success);
    }
    let mut rows = vec![["NAME", "COMPANY", "TITLE", "CHANGED", "CONTACTS"].map(String::from)];
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
                format!("(not valid: run `complaint validate {}`)", s.name),
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
