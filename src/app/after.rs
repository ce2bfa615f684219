//! The commands for after the letter: `followup` (the second letter), `escalate` (the
//! complaint to the next body), `remind` (the calendar) and `email` (the e-mail to send).

use std::path::Path;

use super::advice::position;
use super::{Settings, letter_pdf, letter_pdf_from_blocks, note, print, print_bytes};
use super::{read_filled_case, renderer};
use crate::case::Case;
use crate::cli::{FollowupArgs, Format, OutputArgs, PdfArgs};
use crate::email::{self, Mail, Part};
use crate::error::{Error, Exit};
use crate::followup::{self, After, NotYet};
use crate::fsio::{self, Access};
use crate::ladder::Position;
use crate::letter;
use crate::load::{Invalid, Problem};
use crate::locale;
use crate::paths::CaseSource;
use crate::pdf;
use crate::remind::{self, Reminder};
use crate::render::{self, Renderer, Rendering};
use crate::t;

/// The case, its renderer, its position and the facts after its letter.
struct Ready {
    renderer: Renderer,
    case: Case,
    source: CaseSource,
    after: After,
    /// The first letter's date: the documents after it rest on the rule it rested on.
    first_letter: Option<chrono::NaiveDate>,
}

/// Reads the case and works out what happened since its letter, or says why it is too early.
fn ready(arg: &str, templates: Option<&Path>, settings: &Settings) -> Result<Ready, Error> {
    let renderer = renderer(templates)?;
    let (case, source) = read_filled_case(arg, settings)?;
    let pos = position(&renderer, &case, settings);
    let lang = settings.lang.unwrap_or_else(|| case.language());
    let first_letter = pos.first.and_then(|i| case.contacts[i].date).map(|d| d.0);
    let law = renderer.law(&case, first_letter.unwrap_or(settings.date));
    let after = followup::after(&case, &pos, law.as_ref(), lang, settings.date).map_err(|why| {
        Error::Usage(match why {
            NotYet::NoLetter => crate::t!("after-no-letter", arg = arg),
            NotYet::Waiting {
                deadline,
                days_left,
                second,
            } => crate::t!(
                if second {
                    "after-waiting-followup"
                } else {
                    "after-waiting-letter"
                },
                deadline = locale::date(crate::i18n::current(), deadline),
                days = days_left,
                arg = arg
            ),
        })
    })?;
    Ok(Ready {
        renderer,
        case,
        source,
        after,
        first_letter,
    })
}

/// `complaint followup CASE [--format pdf] [-o FILE]`
pub(super) fn followup(
    args: &FollowupArgs,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let r = ready(&args.case, templates, settings)?;
    super::risk_notes(&r.renderer, &r.case, settings.date);
    super::tone_note(&r.case, &args.case);
    if r.after.delivery_assumed {
        super::warn(&crate::t!(
            "after-delivery-assumed",
            arg = args.case.as_str()
        ));
    }
    // Appended PDF evidence is listed with its pages, as in the first letter.
    let options = crate::render::Options {
        sheets: match args.format {
            Format::Pdf => super::evidence_sheets(&r.case, &r.source, args.pdf),
            Format::Text => Default::default(),
        },
        law_on: r.first_letter,
        ..settings.render_options()
    };
    let raw = r
        .renderer
        .document("followup", &r.case, &options, &r.after)?;
    let lang = settings.lang.unwrap_or_else(|| r.case.language());
    let blocks = letter::parse(&crate::typeset::prepare(&raw, locale::direction(lang)));
    let bytes = match args.format {
        Format::Text => letter::to_text(&blocks, locale::direction(lang)).into_bytes(),
        Format::Pdf => {
            let (bytes, remarks) = letter_pdf_from_blocks(
                &blocks,
                &pdf::Fonts::embedded(),
                &r.case,
                &r.source,
                settings,
                args.pdf,
            );
            remarks.print("");
            bytes
        }
    };
    match &args.output {
        Some(path) => write(path, &bytes, args.force, args.open, "wrote-followup"),
        None => print_bytes(&bytes),
    }
}

/// `complaint escalate CASE`: the complaint to the body `next` names, on standard output.
pub(super) fn escalate(
    arg: &str,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let r = ready(arg, templates, settings)?;
    super::tone_note(&r.case, arg);
    let raw = r.renderer.document(
        "escalate",
        &r.case,
        &render::Options {
            law_on: r.first_letter,
            ..settings.render_options()
        },
        &r.after,
    )?;
    let lang = settings.lang.unwrap_or_else(|| r.case.language());
    print(&Renderer::plain(&raw, lang))
}

/// `complaint remind CASE -o FILE.ics`
pub(super) fn remind(
    arg: &str,
    out: &OutputArgs,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    // The case first: its language is the one the refusal is said in.
    let (case, source) = read_filled_case(arg, settings)?;
    need_extension(&out.output, "ics", "extension-ics")?;
    let pos = position(&renderer, &case, settings);
    let reminders = reminders(&renderer, &case, &pos, settings)?;
    if reminders.is_empty() {
        return Err(Error::Usage(t!("remind-nothing", arg = arg)));
    }
    let name = match &source {
        CaseSource::File(p) => p.file_stem().map(|s| s.to_string_lossy().into_owned()),
        CaseSource::Stdin => None,
    };
    let text = remind::calendar(
        &case.company.name,
        name.as_deref().unwrap_or("case"),
        &reminders,
    );
    write(
        &out.output,
        text.as_bytes(),
        out.force,
        out.open,
        "wrote-reminders",
    )
}

/// The reminders for the case: its letter's deadline, the day to follow up, the legal
/// windows; in the case's language (`remind.txt`), the windows' details in the pack's words.
fn reminders(
    renderer: &Renderer,
    case: &Case,
    pos: &Position,
    settings: &Settings,
) -> Result<Vec<Reminder>, Error> {
    let lang = settings.lang.unwrap_or_else(|| case.language());
    let words = renderer.words("remind", case, &settings.render_options(), &())?;
    let say = |key: &str| words.get(key).cloned().unwrap_or_default();
    let mut out = Vec::new();
    if let Some(deadline) = pos.deadline() {
        out.push(Reminder {
            key: "deadline",
            day: deadline,
            summary: say("deadline"),
            description: say("deadline_note"),
            alarm_days_before: Some(1),
        });
        out.push(Reminder {
            key: "followup",
            day: deadline + chrono::Days::new(1),
            summary: say("followup"),
            description: say("followup_note"),
            alarm_days_before: None,
        });
    }
    let purchase = case.purchase.clone().unwrap_or_default();
    if let (Some(law), Some(bought)) = (renderer.law(case, settings.date), purchase.date) {
        for risk in &law.pack.risks {
            let Some(days) = risk.after_days else {
                continue;
            };
            let applies =
                risk.goals.is_empty() || case.goal.kind.is_some_and(|g| risk.goals.contains(&g));
            let last = bought.0 + chrono::Days::new(u64::from(days));
            if applies && crate::law::fits(&risk.when(), &purchase) && last >= settings.date {
                out.push(Reminder {
                    key: "window",
                    day: last,
                    summary: say("window"),
                    description: crate::law::words(&risk.text, lang).unwrap_or("").to_owned(),
                    alarm_days_before: Some(2),
                });
            }
        }
    }
    Ok(out)
}

/// `complaint email CASE -o FILE.eml`
pub(super) fn email(
    arg: &str,
    out: &OutputArgs,
    pdf_args: PdfArgs,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let (case, source) = read_filled_case(arg, settings)?;
    need_extension(&out.output, "eml", "extension-eml")?;
    let Some(to) = case.company.email.clone() else {
        return Err(Error::Invalid(Invalid {
            source: source.display_name(),
            problems: vec![Problem {
                position: None,
                path: "company.email".into(),
                message: t!("email-no-address"),
            }],
        }));
    };
    let options = settings.render_options();
    let body = renderer.render(Rendering::Message, &case, &options)?;
    let blocks = renderer.letter(&case, &options)?;
    let (letter_name, letter_bytes) =
        letter_to_attach(&renderer, &case, &source, settings, pdf_args)?;
    let mut attachments = vec![Part {
        mime: "application/pdf",
        name: letter_name,
        bytes: letter_bytes,
    }];
    attachments.extend(evidence_files(&case, &source));
    let subject = blocks
        .iter()
        .filter(|b| matches!(b.kind, letter::Kind::Title | letter::Kind::Subject))
        .flat_map(|b| b.lines.iter().filter(|l| !l.is_empty()).cloned())
        .collect::<Vec<_>>()
        .join(" ");
    let mail = Mail {
        from: case
            .consumer
            .email
            .clone()
            .map(|e| (case.consumer.name.to_string(), e)),
        to: (case.company.name.to_string(), to),
        subject,
        body,
        attachments,
    };
    let bytes = email::build(&mail)
        .map_err(|e| Error::Other(t!("email-cannot-build", reason = e.to_string())))?;
    write(&out.output, &bytes, out.force, out.open, "wrote-email")
}

/// The letter as sent when the case keeps it; else the letter made now.
fn letter_to_attach(
    renderer: &Renderer,
    case: &Case,
    source: &CaseSource,
    settings: &Settings,
    pdf_args: PdfArgs,
) -> Result<(String, Vec<u8>), Error> {
    let kept = case
        .contacts
        .iter()
        .rev()
        .find_map(|c| c.letter_file.as_deref());
    if let Some(name) = kept {
        let path = source.base_dir().join(name);
        let bytes = std::fs::read(&path).map_err(|source| Error::Read { path, source })?;
        return Ok((name.rsplit('/').next().unwrap_or(name).to_owned(), bytes));
    }
    let (bytes, remarks) = letter_pdf(
        renderer,
        &pdf::Fonts::embedded(),
        case,
        source,
        settings,
        pdf_args,
    )?;
    remarks.print("");
    Ok(("letter.pdf".into(), bytes))
}

/// The evidence files that exist in the case's folder; the rest are named in a warning.
fn evidence_files(case: &Case, source: &CaseSource) -> Vec<Part> {
    let base = source.base_dir();
    let mut out = Vec::new();
    for a in &case.attachments {
        let Some(rel) = &a.path else { continue };
        match std::fs::read(base.join(rel)) {
            Ok(bytes) => out.push(Part {
                name: rel.rsplit('/').next().unwrap_or(rel).to_owned(),
                mime: email::mime_type(rel),
                bytes,
            }),
            Err(e) => super::warn(&t!(
                "email-cannot-attach",
                path = rel.as_str(),
                reason = crate::error::reason(&e)
            )),
        }
    }
    out
}

/// A usage error unless `path` ends in `.ext`; `refusal` is the message that says so.
fn need_extension(path: &Path, ext: &str, refusal: &str) -> Result<(), Error> {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    {
        Ok(())
    } else {
        Err(Error::Usage(crate::i18n::message(
            refusal,
            &[("path", path.display().to_string().into())],
        )))
    }
}

/// Writes an output and says so with the message `wrote` (`wrote-letter`); with `open`,
/// opens it in the system's default application.
pub(super) fn write(
    path: &Path,
    bytes: &[u8],
    force: bool,
    open: bool,
    wrote: &str,
) -> Result<Exit, Error> {
    fsio::write_atomic(path, bytes, Access::Shared, force)?;
    let shown = path.display().to_string();
    note(&crate::i18n::message(
        wrote,
        &[("path", shown.as_str().into())],
    ));
    if open && opener::open(path).is_err() {
        super::warn(&t!("open-failed", path = shown.as_str()));
    }
    Ok(Exit::Success)
}
