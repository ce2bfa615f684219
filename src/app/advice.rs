//! The commands that advise: `check` (the coach), `next` (the ladder) and `rehearse`.

use std::path::Path;

use super::{Settings, print, read_all, read_filled_case, renderer, summary_line};
use crate::case::Language;
use crate::coach::{self, Kind};
use crate::error::{Error, Exit};
use crate::ladder;
use crate::law;
use crate::prompt::Terminal;
use crate::rehearse::{self, Practice};
use crate::render::Rendering;

/// `complaint check CASE... [--strict]`: one line per finding on standard output, a
/// summary on standard error.
pub(super) fn check(
    args: &[String],
    strict: bool,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let batch = read_all(args);
    let mut out = batch.problems.clone();
    let (mut tone, mut vague, mut legal) = (0usize, 0usize, 0usize);
    let mut not_advice = None;
    for (name, case) in &batch.cases {
        for finding in coach::check(case) {
            match finding.kind {
                Kind::Tone => tone += 1,
                Kind::Vague => vague += 1,
            }
            out.push_str(&format!("{name}: {finding}\n"));
        }
        let mut case = case.clone();
        settings.config.fill(&mut case);
        if let Some(law) = renderer.law(&case) {
            let mut notes = law.risks(&case, Language::En, settings.date);
            notes.extend(law.days_advice(&case));
            for note in &notes {
                out.push_str(&format!("{name}: law ({}): {note}\n", law.jurisdiction));
            }
            if !notes.is_empty() {
                legal += notes.len();
                not_advice = law::words(&law.pack.not_advice, Language::En);
            }
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
    if legal > 0 {
        summary.push_str(&format!(
            "; {legal} legal note{}",
            if legal == 1 { "" } else { "s" }
        ));
    }
    summary_line(&summary);
    if let Some(text) = not_advice {
        summary_line(text);
    }
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

/// `complaint next CASE`: the ladder, with the days, the bodies and the way of sending that
/// the case's law gives.
pub(super) fn next(
    arg: &str,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let (case, _) = read_filled_case(arg, settings)?;
    let law = renderer.law(&case);
    let days = match &law {
        Some(law) => law.days(&case, case.language()),
        None => case
            .response_days
            .map_or_else(|| case.language().default_response_days(), |d| d.get()),
    };
    let position = ladder::position_with(&case, settings.date, days);
    let mut out = ladder::describe(&case, &position, arg);
    if let Some(law) = &law {
        let send = matches!(position.next, ladder::Next::Letter | ladder::Next::Message);
        let overdue = matches!(position.next, ladder::Next::Escalate { .. });
        out.push_str(&law::next(law, &case, send, overdue));
    }
    print(&out)
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
