//! The commands that advise: `check` (the coach), `next` (the ladder) and `rehearse`.

use std::path::Path;

use super::{Finding, Settings, print, read_all, read_filled_case, renderer, summary_line};
use crate::case::Case;
use crate::coach::{self, Kind};
use crate::error::{Error, Exit};
use crate::i18n::bidi;
use crate::ladder;
use crate::ladder::Position;
use crate::law;
use crate::prompt::Terminal;
use crate::rehearse::{self, Practice};
use crate::render::Renderer;
use crate::render::Rendering;
use crate::standing::Standing;
use crate::store;
use crate::t;

/// Why the letter will cite no article when the case could make it: its law's rules for the
/// demand need to know what was bought, and the case, which names no jurisdiction either,
/// does not say. (A case under no law, English by default, gets the generic letter by
/// design.)
fn no_law_cited(renderer: &Renderer, case: &Case, settings: &Settings) -> Option<String> {
    let law = renderer.law(case, settings.date)?;
    let goal = case.goal.kind?;
    let covered = law.pack.demands.iter().any(|r| r.goals.contains(&goal));
    // A charge made twice or wrongly is not a purchase the rules are about: saying what was
    // bought would not give such a letter an article.
    let billing = crate::wording::billing(&case.event.summary);
    (law.rule.is_none() && case.jurisdiction.is_none() && case.purchase.is_none())
        .then_some(())
        .filter(|()| covered && !billing)
        .map(|()| t!("law-no-purchase"))
}

/// `complaint check CASE... [--strict]`: one line per finding on standard output, a
/// summary on standard error.
pub(super) fn check(
    args: &[String],
    strict: bool,
    json: bool,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let batch = read_all(args);
    let mut out = batch.problems.clone();
    let mut records = batch.records.clone();
    let (mut tone, mut vague, mut legal) = (0usize, 0usize, 0usize);
    let mut not_advice = None;
    for (name, case) in &batch.cases {
        for finding in coach::check(case) {
            match finding.kind {
                Kind::Tone => tone += 1,
                Kind::Vague => vague += 1,
            }
            out.push_str(&format!("{name}: {finding}\n"));
            records.push(Finding::advice(name, &finding));
        }
        let mut case = case.clone();
        settings.config.fill(&mut case);
        if let Some(note) = no_law_cited(&renderer, &case, settings) {
            out.push_str(&format!("{name}: {}: {note}\n", t!("kind-law")));
            records.push(Finding::law(name, &note));
            legal += 1;
        }
        if let Some(law) = renderer.law(&case, settings.date) {
            let mut notes = law.risks(&case, crate::i18n::current(), settings.date);
            notes.extend(law.days_advice(&case).map(law::Note::law));
            notes.extend(law.fit_advice(&case));
            for note in &notes {
                let place = law::words(&law.pack.name, crate::i18n::current())
                    .unwrap_or(law.jurisdiction.code());
                let line = t!(
                    "law-risk-line",
                    kind = note.label(),
                    place = place,
                    text = note.text.as_str()
                );
                out.push_str(&format!("{name}: {line}\n"));
                records.push(Finding::law(name, &note.text));
            }
            if !notes.is_empty() {
                legal += notes.len();
                not_advice = law::words(&law.pack.not_advice, crate::i18n::current());
            }
        }
    }
    if json {
        print(&super::json_lines(&records))?;
    } else {
        print(&out)?;
    }

    let cases = t!("cases", n = args.len());
    let findings = tone + vague;
    let mut summary = match findings {
        0 => t!("check-summary-none", cases = cases),
        n => t!(
            "check-summary",
            cases = cases,
            findings = t!("findings", n = n),
            tone = tone,
            vague = vague
        ),
    };
    summary.push_str(&super::summary_tail(batch.invalid, batch.unreadable));
    if legal > 0 {
        summary.push_str(&t!("check-legal-notes", n = legal));
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

/// Where `case` stands on the settings' date, with the days its law gives.
pub(super) fn position(renderer: &Renderer, case: &Case, settings: &Settings) -> Position {
    let law = renderer.law(case, settings.date);
    let days = match &law {
        Some(law) => law.days(case, case.language()),
        None => case
            .response_days
            .map_or_else(|| case.language().default_response_days(), |d| d.get()),
    };
    let pack = law.as_ref().map(|l| l.pack);
    let terms = ladder::Terms {
        days,
        followup_days: pack
            .and_then(|p| p.followup_days)
            .unwrap_or(crate::followup::DEFAULT_FOLLOWUP_DAYS),
        postal_days: ladder::POSTAL_DAYS,
        days_off: pack.and_then(|p| p.days_off.clone()),
        from_registration: law.as_ref().is_some_and(|l| l.from_registration(case)),
    };
    ladder::position_with(case, settings.date, &terms)
}

/// `complaint next CASE [--json]`: the ladder, with the days, the bodies and the way of
/// sending that the case's law gives.
pub(super) fn next(
    arg: &str,
    json: bool,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let (case, _) = read_filled_case(arg, settings)?;
    let position = position(&renderer, &case, settings);
    if json {
        let standing = Standing::new(arg, &case, &position, settings.date);
        return print(&format!("{}\n", to_json(&standing)));
    }
    let hints = renderer
        .law(&case, settings.date)
        .map_or_else(ladder::LawHints::default, |law| ladder::LawHints {
            bodies: !law.pack.bodies.is_empty(),
            delivery: law.pack.delivery.is_some(),
            jurisdiction: law.jurisdiction.code(),
        });
    super::risk_notes(&renderer, &case, settings.date);
    let mut out = ladder::describe(&case, &position, arg, hints);
    if let Some(law) = renderer.law(&case, settings.date) {
        let send = matches!(position.next, ladder::Next::Letter | ladder::Next::Message);
        let overdue = matches!(position.next, ladder::Next::Escalate { .. });
        out.push_str(&law::next(&law, &case, send, overdue));
    }
    print(&out)
}

/// `complaint status [--json]`: every saved case, the most urgent first.
pub(super) fn status(
    json: bool,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let mut list = Vec::new();
    let mut invalid = Vec::new();
    for saved in store::list()? {
        match saved.case {
            Ok(mut case) => {
                settings.config.fill(&mut case);
                let pos = position(&renderer, &case, settings);
                list.push(Standing::new(&saved.name, &case, &pos, settings.date));
            }
            Err(_) => invalid.push(saved.name),
        }
    }
    Standing::sort(&mut list);
    let out = if json {
        list.iter().map(|s| format!("{}\n", to_json(s))).collect()
    } else {
        status_table(&list)
    };
    print(&out)?;
    for name in &invalid {
        super::warn(&t!("status-not-valid", name = name));
    }
    if !json && let Some(summary) = Standing::summary(&list) {
        super::note(&summary);
    }
    if list.is_empty() && invalid.is_empty() {
        super::note(&t!("status-empty"));
    }
    Ok(if invalid.is_empty() {
        Exit::Success
    } else {
        Exit::Data
    })
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The status table: one row per case.
fn status_table(list: &[Standing]) -> String {
    if list.is_empty() {
        return String::new();
    }
    let mut rows = vec![
        [
            "case", "company", "stage", "last", "next", "deadline", "days",
        ]
        .map(|h| crate::i18n::message(&format!("status-header-{h}"), &[])),
    ];
    for s in list {
        let days = match s.days_left {
            Some(0) => t!("status-today"),
            Some(n) if n < 0 => t!("status-overdue", n = -n),
            Some(n) => t!("status-left", n = n),
            None => String::new(),
        };
        let next = match (s.next, s.escalation) {
            ("escalate", Some(to)) => t!(
                "status-next-escalate",
                to = crate::i18n::message(&format!("escalation-{to}"), &[])
            ),
            (n, _) => crate::i18n::message(&format!("status-next-{n}"), &[]),
        };
        let stage = match s.stage {
            Some(rung) => crate::i18n::message(&format!("rung-{rung}"), &[]),
            None => t!("status-stage-none"),
        };
        rows.push([
            s.case.clone(),
            s.company.clone(),
            stage,
            s.last_contact.map(|d| d.to_string()).unwrap_or_default(),
            next,
            s.deadline.map(|d| d.to_string()).unwrap_or_default(),
            days,
        ]);
    }
    let widths: Vec<usize> = (0..7)
        .map(|i| rows.iter().map(|r| bidi::width(&r[i])).max().unwrap_or(0))
        .collect();
    out_lines(&rows, &widths, crate::i18n::right_to_left())
}

/// The table's lines, each cell padded to its column's width on the screen. In a
/// right-to-left interface every line starts with a RIGHT-TO-LEFT MARK and every cell ends
/// with one: the line runs right to left on a bidi-aware screen, the first column on the
/// right, and the spaces between two left-to-right cells (dates) belong to neither, so the
/// cells keep their order and their columns.
fn out_lines(rows: &[[String; 7]], widths: &[usize], rtl: bool) -> String {
    let mark = if rtl {
        bidi::RLM.to_string()
    } else {
        String::new()
    };
    let mut out = String::new();
    for row in rows {
        let mut line = mark.clone();
        for (cell, width) in row.iter().zip(widths) {
            line.push_str(cell);
            line.push_str(&mark);
            line.extend(std::iter::repeat_n(' ', width - bidi::width(cell) + 2));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
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
            "{} ({})",
            t!("error-terminal"),
            crate::error::reason(&e)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_right_to_left_table_lines_up_on_the_screen_whatever_its_marks() {
        let rows = [
            [
                "תיק",
                "עוסק",
                "שלב",
                "פנייה אחרונה",
                "הצעד הבא",
                "מועד",
                "ימים",
            ]
            .map(String::from),
            [
                "\u{200E}goods-law\u{200E}",
                "אלקטרו-בית בע״מ",
                "מכתב",
                "2026-11-01",
                "פנייה לרגולטור",
                "2026-11-15",
                "באיחור של 7 ימים",
            ]
            .map(String::from),
        ];
        let widths: Vec<usize> = (0..7)
            .map(|i| rows.iter().map(|r| bidi::width(&r[i])).max().unwrap_or(0))
            .collect();
        let out = out_lines(&rows, &widths, true);
        let lines: Vec<&str> = out.lines().collect();
        for line in &lines {
            assert!(line.starts_with(bidi::RLM), "{line:?}");
        }
        // Every column starts at the same screen column on both lines.
        let starts = |line: &str| -> Vec<usize> {
            let cells: Vec<&str> = line.split(bidi::RLM).filter(|c| !c.is_empty()).collect();
            let mut at = 0;
            cells
                .iter()
                .map(|c| {
                    let here = at + (bidi::width(c) - bidi::width(c.trim_start()));
                    at += bidi::width(c);
                    here
                })
                .collect()
        };
        assert_eq!(starts(lines[0]), starts(lines[1]), "{out}");
        // Two dates are never run together: a mark ends each cell before its padding.
        assert!(lines[1].contains("2026-11-01\u{200F}  "), "{out:?}");
    }
}
