//! The commands that advise: `check` (the coach), `next` (the ladder) and `rehearse`.

use std::path::Path;

use super::{Settings, print, read_all, read_filled_case, renderer, summary_line};
use crate::coach::{self, Kind};
use crate::error::{Error, Exit};
use crate::ladder;
use crate::prompt::Terminal;
use crate::rehearse::{self, Practice};
use crate::render::Rendering;

/// `complaint check CASE... [--strict]`: one line per finding on standard output, a
/// summary on standard error.
pub(super) fn check(args: &[String], strict: bool) -> Result<Exit, Error> {
    let batch = read_all(args);
    let mut out = batch.problems.clone();
    let (mut tone, mut vague) = (0usize, 0usize);
    for (name, case) in &batch.cases {
        for finding in coach::check(case) {
            match finding.kind {
                Kind::Tone => tone += 1,
                Kind::Vague => vague += 1,
            }
            out.push_str(&format!("{name}: {finding}\n"));
        }
    }
    print(&out)?;

    let total = args.len();
    let cases = if total == 1 { "case" } else { "cases" };
    let findings = tone + vague;
    let mut summary = match findings {
        0 => format!("{total} {cases} checked: no findings"),
        n => format!(
            "{total} {cases} checked: {n} finding{} ({tone} tone, {vague} vague)",
            if n == 1 { "" } else { "s" }
        ),
    };
    if batch.invalid > 0 {
        summary.push_str(&format!(", {} invalid", batch.invalid));
    }
    if batch.unreadable > 0 {
        summary.push_str(&format!(", {} unreadable", batch.unreadable));
    }
    summary_line(&summary);
    Ok(if batch.unreadable > 0 {
        Exit::Io
    } else if batch.invalid > 0 {
        Exit::Data
    } else if strict && findings > 0 {
        Exit::Other
    } else {
        Exit::Success
    })
}

/// `complaint next CASE`
pub(super) fn next(arg: &str, settings: &Settings) -> Result<Exit, Error> {
    let (case, _) = read_filled_case(arg, settings)?;
    let position = ladder::position(&case, settings.date);
    print(&ladder::describe(&case, &position, arg))
}

/// `complaint rehearse CASE [--script]`: on a terminal, the practice one question at a time;
/// otherwise (or with `--script`) the whole practice as a sheet, so it never waits for input
/// that cannot come.
pub(super) fn rehearse(
    arg: &str,
    script: bool,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let (case, _) = read_filled_case(arg, settings)?;
    let options = settings.render_options();
    let call = renderer.call(&case, &options)?;
    let opener = renderer.render(Rendering::Opener, &case, &options)?;
    let practice = Practice {
        case: &case,
        call: &call,
        opener: &opener,
        arg,
    };
    if script || !super::cases::on_terminal() {
        return print(&rehearse::sheet(&practice));
    }
    let mut terminal = Terminal::new();
    let _ = ctrlc::set_handler(|| {
        Terminal::new().restore();
        eprintln!();
        std::process::exit(Exit::Interrupted as i32);
    });
    match rehearse::run(&mut terminal, &practice) {
        Ok(()) => Ok(Exit::Success),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            terminal.restore();
            Ok(Exit::Interrupted)
        }
        Err(e) => Err(Error::Other(format!(
            "the terminal stopped answering ({e})"
        ))),
    }
}
