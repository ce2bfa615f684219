//! The command layer: resolves the command line into settings, runs the command, and is the
//! only place that reads cases, writes files and prints.

mod cases;

use std::io::{IsTerminal, Read, Write};
use std::path::Path;

use chrono::NaiveDate;

use crate::case::{Case, Language};
use crate::cli::{Cli, Command, Format, Lang, Paper, PdfArgs};
use crate::error::{Error, Exit};
use crate::fsio::{self, Access};
use crate::letter;
use crate::load;
use crate::locale;
use crate::mask;
use crate::paths::{self, CaseSource};
use crate::pdf;
use crate::render::{self, Renderer, Rendering};

/// The built-in example cases.
pub fn example(lang: Language) -> &'static str {
    match lang {
        Language::En => include_str!("../../examples/case.en.json"),
        Language::Ru => include_str!("../../examples/case.ru.json"),
        Language::He => include_str!("../../examples/case.he.json"),
    }
}

/// Settings resolved from the command line.
pub(crate) struct Settings {
    lang: Option<Language>,
    date: NaiveDate,
}

impl Settings {
    fn render_options(&self) -> render::Options {
        render::Options {
            date: self.date,
            lang: self.lang,
        }
    }
}

/// Runs the command; errors are returned for `main` to print once.
pub fn run(cli: Cli) -> Result<Exit, Error> {
    let settings = Settings {
        lang: cli.global.lang.map(|l| match l {
            Lang::En => Language::En,
            Lang::Ru => Language::Ru,
            Lang::He => Language::He,
        }),
        date: cli
            .global
            .date
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
    };
    let templates = cli.global.templates.as_deref();
    match cli.command {
        Command::Validate { cases } => validate(&cases),
        Command::Schema => {
            let schema = schemars::schema_for!(Case);
            let json = serde_json::to_string_pretty(&schema).unwrap_or_default();
            print(&format!("{json}\n"))
        }
        Command::Example => print(example(settings.lang.unwrap_or(Language::En))),
        Command::Opener { case } => show(&case, Rendering::Opener, templates, &settings),
        Command::Brief { case } => show(&case, Rendering::Brief, templates, &settings),
        Command::Message { case } => show(&case, Rendering::Message, templates, &settings),
        Command::Letter {
            case,
            format,
            output,
            force,
            pdf,
        } => {
            if format == Format::Pdf && output.is_none() && std::io::stdout().is_terminal() {
                return Err(Error::Usage(
                    "a PDF cannot be shown in the terminal: add -o letter.pdf, or redirect the output to a file"
                        .into(),
                ));
            }
            let renderer = renderer(templates)?;
            let (case, source) = read_case(&case)?;
            let bytes = match format {
                Format::Text => renderer
                    .render(Rendering::Letter, &case, &settings.render_options())?
                    .into_bytes(),
                Format::Pdf => letter_pdf(&renderer, &case, &source, &settings, pdf)?,
            };
            match output {
                Some(path) => {
                    fsio::write_atomic(&path, &bytes, Access::Shared, force)?;
                    note(&format!("wrote the letter to {}", path.display()));
                    Ok(Exit::Success)
                }
                None => print_bytes(&bytes),
            }
        }
        Command::Demo { out_dir } => demo(&out_dir, templates, &settings),
        Command::Prepare { file, resume, edit } => {
            cases::prepare(file, resume, edit, templates, &settings)
        }
        Command::List => cases::list(),
        Command::Log {
            case,
            date,
            channel,
            reference,
            operator,
            summary,
        } => cases::log(
            cases::LogArgs {
                case,
                date,
                channel,
                reference,
                operator,
                summary,
            },
            &settings,
        ),
    }
}

fn renderer(templates: Option<&Path>) -> Result<Renderer, Error> {
    let renderer = Renderer::new(templates)?;
    for name in &renderer.unused_overrides {
        eprintln!(
            "complaint: warning: template {name} replaces no built-in template (they are named like en/letter.txt)"
        );
    }
    Ok(renderer)
}

/// Reads and checks one case.
fn read_case(arg: &str) -> Result<(Case, CaseSource), Error> {
    let source = paths::resolve_case(arg);
    let bytes = read_source(&source)?;
    let case = load::parse(&source.display_name(), &bytes)?;
    Ok((case, source))
}

fn read_source(source: &CaseSource) -> Result<Vec<u8>, Error> {
    match source {
        CaseSource::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|source| Error::Read {
                    path: "<stdin>".into(),
                    source,
                })?;
            Ok(bytes)
        }
        CaseSource::File(path) => std::fs::read(path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        }),
    }
}

fn show(
    arg: &str,
    what: Rendering,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let (case, _) = read_case(arg)?;
    print(&renderer.render(what, &case, &settings.render_options())?)
}

/// The letter as PDF bytes, with the attachments' images appended when asked.
fn letter_pdf(
    renderer: &Renderer,
    case: &Case,
    source: &CaseSource,
    settings: &Settings,
    args: PdfArgs,
) -> Result<Vec<u8>, Error> {
    let blocks = renderer.letter(case, &settings.render_options())?;
    let evidence = if args.embed_attachments {
        evidence(case, &source.base_dir())
    } else {
        Vec::new()
    };
    let meta = pdf_meta(case, &blocks, settings);
    let paper = match args.paper {
        Paper::A4 => pdf::Paper::A4,
        Paper::Letter => pdf::Paper::Letter,
    };
    let out = pdf::render(&blocks, &pdf::Fonts::embedded(), paper, &meta, &evidence);
    for w in &out.warnings {
        warn(w);
    }
    Ok(out.bytes)
}

/// The PDF's document information, taken from the letter itself: its title and subject lines
/// are the document title, the consumer is the author.
fn pdf_meta(case: &Case, blocks: &[letter::Block], settings: &Settings) -> pdf::Meta {
    let title = blocks
        .iter()
        .filter(|b| matches!(b.kind, letter::Kind::Title | letter::Kind::Subject))
        .flat_map(|b| b.lines.iter().filter(|l| !l.is_empty()).map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ");
    let lang = settings.lang.unwrap_or_else(|| case.language());
    pdf::Meta {
        title,
        author: case.consumer.name.to_string(),
        subject: mask::cards(&case.event.summary).into_owned(),
        date: settings.date,
        lang: lang.code().to_owned(),
        direction: locale::direction(lang),
    }
}

/// The PNG and JPEG attachments that exist, read for embedding; the rest are named in a
/// warning (missing) or a note (listed in the letter only).
fn evidence(case: &Case, base: &Path) -> Vec<pdf::Evidence> {
    let mut out = Vec::new();
    for (i, a) in case.attachments.iter().enumerate() {
        let number = i + 1;
        let Some(rel) = &a.path else { continue };
        let path = base.join(rel);
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if !matches!(ext.as_str(), "png" | "jpg" | "jpeg") {
            note(&format!(
                "enclosure {number} ({rel}) is not a PNG or JPEG image: it is listed in the letter, not attached"
            ));
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => out.push(pdf::Evidence {
                number,
                description: a.description.clone().unwrap_or_else(|| rel.clone()),
                bytes,
            }),
            Err(e) => {
                let why = match e.kind() {
                    std::io::ErrorKind::NotFound => "there is no such file".to_owned(),
                    _ => e.to_string(),
                };
                warn(&format!(
                    "enclosure {number}: cannot read {} ({why}); the letter lists it but does not attach it",
                    path.display()
                ));
            }
        }
    }
    out
}

fn warn(message: &str) {
    eprintln!("complaint: warning: {message}");
}

fn note(message: &str) {
    eprintln!("complaint: {message}");
}

/// Writes data to standard output; a closed pipe (`| head`) is not an error.
fn print(text: &str) -> Result<Exit, Error> {
    print_bytes(text.as_bytes())
}

fn print_bytes(bytes: &[u8]) -> Result<Exit, Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(Exit::Success),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(Exit::Success),
        Err(source) => Err(Error::Write {
            path: "<stdout>".into(),
            source,
        }),
    }
}

/// Checks every case; prints one line per problem and a summary.
fn validate(args: &[String]) -> Result<Exit, Error> {
    let mut out = String::new();
    let (mut valid, mut invalid, mut unreadable) = (0usize, 0usize, 0usize);
    for arg in args {
        let source = paths::resolve_case(arg);
        let result =
            read_source(&source).and_then(|bytes| Ok(load::parse(&source.display_name(), &bytes)?));
        match result {
            Ok(_) => valid += 1,
            Err(Error::Invalid(e)) => {
                invalid += 1;
                for line in e.lines() {
                    out.push_str(&line);
                    out.push('\n');
                }
            }
            Err(e) => {
                unreadable += 1;
                out.push_str(&format!("{e}\n"));
            }
        }
    }
    print(&out)?;
    let total = valid + invalid + unreadable;
    let cases = if total == 1 { "case" } else { "cases" };
    let mut summary = format!("{total} {cases} checked: {valid} valid");
    if invalid > 0 {
        summary.push_str(&format!(", {invalid} invalid"));
    }
    if unreadable > 0 {
        summary.push_str(&format!(", {unreadable} unreadable"));
    }
    eprintln!("{summary}");
    Ok(if unreadable > 0 {
        Exit::Io
    } else if invalid > 0 {
        Exit::Data
    } else {
        Exit::Success
    })
}

/// Renders the built-in example into `dir`: the case itself and one file per rendering.
fn demo(dir: &Path, templates: Option<&Path>, settings: &Settings) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let lang = settings.lang.unwrap_or(Language::En);
    let json = example(lang);
    let case = load::parse("built-in example", json.as_bytes())?;
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    let options = settings.render_options();
    let mut written = vec![(
        "case.json",
        "the example case: edit a copy of it for your own",
    )];
    fsio::write_atomic(
        &dir.join("case.json"),
        json.as_bytes(),
        Access::Private,
        true,
    )?;
    for what in Rendering::ALL {
        let text = renderer.render(what, &case, &options)?;
        let name = match what {
            Rendering::Opener => "opener.txt",
            Rendering::Brief => "brief.txt",
            Rendering::Message => "message.txt",
            Rendering::Letter => "letter.txt",
        };
        // The demo folder is the demo's own: running it again refreshes it.
        fsio::write_atomic(&dir.join(name), text.as_bytes(), Access::Shared, true)?;
        written.push((name, describe(what)));
    }
    let pdf = letter_pdf(
        &renderer,
        &case,
        &CaseSource::Stdin,
        settings,
        PdfArgs {
            paper: Paper::A4,
            embed_attachments: false,
        },
    )?;
    fsio::write_atomic(&dir.join("letter.pdf"), &pdf, Access::Shared, true)?;
    written.push(("letter.pdf", "the formal letter, ready to print and sign"));

    let mut out = format!("Rendered the built-in example into {}/\n", dir.display());
    for (name, what) in written {
        out.push_str(&format!("  {name:<13}{what}\n"));
    }
    out.push_str(&format!(
        "\nWhat you would say first:\n  {}\n\nNext: copy {}/case.json, put in your own details, and run\n  complaint brief my-case.json\n",
        renderer.render(Rendering::Opener, &case, &options)?.trim_end(),
        dir.display()
    ));
    print(&out)
}

fn describe(what: Rendering) -> &'static str {
    match what {
        Rendering::Opener => "what to say first to the operator",
        Rendering::Brief => "your call sheet for the specialist",
        Rendering::Message => "a short appeal for chat or e-mail",
        Rendering::Letter => "the formal letter",
    }
}
