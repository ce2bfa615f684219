//! The command layer: resolves the command line into settings, runs the command, and is the
//! only place that reads cases, writes files and prints.

mod advice;
mod after;
mod batch;
mod cases;
mod log;
mod output;

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use anstyle::{AnsiColor, Style};
use chrono::NaiveDate;

use crate::attach;
use crate::case::{Case, Language};
use crate::cli::{Cli, ColorWhen, Command, ConfigAction, Format, Lang, Paper, PdfArgs};
use crate::coach;
use crate::config::{self, Config};
use crate::docs;
use crate::error::{Error, Exit};
use crate::fsio::{self, Access};
use crate::i18n;
use crate::letter;
use crate::load;
use crate::locale;
use crate::mask;
use crate::paths::{self, CaseSource};
use crate::pdf;
use crate::render::{self, Renderer, Rendering};
use crate::t;

/// The built-in example cases.
pub fn example(lang: Language) -> &'static str {
    crate::languages::info(lang).example
}

/// Settings resolved from the command line and the config file.
pub(crate) struct Settings {
    lang: Option<Language>,
    date: NaiveDate,
    config: Config,
}

impl Settings {
    fn render_options(&self) -> render::Options {
        render::Options {
            date: self.date,
            lang: self.lang,
            redact: false,
            sheets: std::collections::BTreeMap::new(),
            law_on: None,
        }
    }

    /// The paper: the flag, else the config's default, else A4.
    fn paper(&self, flag: Option<Paper>) -> pdf::Paper {
        let from_config = self.config.defaults.paper.map(|p| match p {
            config::Paper::A4 => Paper::A4,
            config::Paper::Letter => Paper::Letter,
        });
        match flag.or(from_config) {
            Some(Paper::Letter) => pdf::Paper::Letter,
            Some(Paper::A4) | None => pdf::Paper::A4,
        }
    }
}

/// `--quiet`: only output and errors are printed.
static QUIET: AtomicBool = AtomicBool::new(false);

fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Runs the command; errors are returned for `main` to print once.
pub fn run(cli: Cli) -> Result<Exit, Error> {
    QUIET.store(cli.global.quiet, Ordering::Relaxed);
    match cli.global.color {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    }
    .write_global();
    // Only the commands that use the config read it, so a broken config never stands in
    // the way of `validate`, `schema` or `config path`.
    let uses_config = matches!(
        cli.command,
        Command::Opener { .. }
            | Command::Brief { .. }
            | Command::Message { .. }
            | Command::Letter { .. }
            | Command::Render { .. }
            | Command::Prepare { .. }
            | Command::Next { .. }
            | Command::Status { .. }
            | Command::Followup(_)
            | Command::Escalate { .. }
            | Command::Remind { .. }
            | Command::Email { .. }
            | Command::Check { .. }
            | Command::Rehearse { .. }
            | Command::Config {
                action: ConfigAction::Show
            }
    );
    // The interface speaks the locale's language until the config or a case says otherwise.
    i18n::choose(None);
    let config = match (uses_config, paths::config_file()) {
        (true, Some(path)) => Config::load(&path)?.unwrap_or_default(),
        // The interface language is still taken from a config that reads.
        (false, Some(path)) => Config::load(&path).ok().flatten().unwrap_or_default(),
        _ => Config::default(),
    };
    i18n::choose(config.defaults.interface);
    i18n::load(cli.global.templates.as_deref())?;
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
        config,
    };
    let templates = cli.global.templates.as_deref();
    match cli.command {
        Command::Config { action } => show_config(action, &settings),
        Command::Completions { shell } => print_bytes(&docs::completions(shell)),
        Command::Man => print_bytes(&docs::man()),
        Command::Validate { cases, json } => validate(&cases, json),
        Command::Check {
            cases,
            strict,
            json,
        } => advice::check(&cases, strict, json, templates, &settings),
        Command::Law { jurisdiction } => law_command(jurisdiction.as_deref(), templates),
        Command::Next { case, json } => advice::next(&case, json, templates, &settings),
        Command::Status { json } => advice::status(json, templates, &settings),
        Command::Followup(args) => after::followup(&args, templates, &settings),
        Command::Escalate { case } => after::escalate(&case, templates, &settings),
        Command::Remind { case, out } => after::remind(&case, &out, templates, &settings),
        Command::Email { case, out, pdf } => after::email(&case, &out, pdf, templates, &settings),
        Command::Rehearse { case, script } => advice::rehearse(&case, script, templates, &settings),
        Command::Schema => {
            let schema = schemars::schema_for!(Case);
            let json = serde_json::to_string_pretty(&schema).unwrap_or_default();
            print(&format!("{json}\n"))
        }
        Command::Example => print(example(settings.lang.unwrap_or_else(i18n::current))),
        Command::Opener { case } => {
            let options = settings.render_options();
            show(&case, Rendering::Opener, templates, &settings, &options)
        }
        Command::Brief { case, redact } => {
            let options = render::Options {
                redact,
                ..settings.render_options()
            };
            show(&case, Rendering::Brief, templates, &settings, &options)
        }
        Command::Message { case } => {
            let options = settings.render_options();
            show(&case, Rendering::Message, templates, &settings, &options)
        }
        Command::Letter {
            case,
            format,
            output,
            force,
            open,
            pdf,
        } => {
            let (format, output) = output::resolve(format, output)?;
            if format == Format::Pdf
                && output == output::Target::Stdout
                && std::io::stdout().is_terminal()
            {
                return Err(Error::Usage(t!("letter-pdf-terminal")));
            }
            let renderer = renderer(templates)?;
            let (case, source) = read_filled_case(&case, &settings)?;
            risk_notes(&renderer, &case, settings.date);
            tone_note(&case, &source.display_name());
            sender_note(&case);
            sent_note(&case, settings.date);
            let bytes = match format {
                Format::Text => renderer
                    .render(Rendering::Letter, &case, &settings.render_options())?
                    .into_bytes(),
                Format::Pdf => {
                    let (bytes, remarks) = letter_pdf(
                        &renderer,
                        &pdf::Fonts::embedded(),
                        &case,
                        &source,
                        &settings,
                        pdf,
                    )?;
                    remarks.print("");
                    bytes
                }
            };
            let exit = match output {
                output::Target::File(path) => {
                    after::write(&path, &bytes, force, open, "wrote-letter")
                }
                // Text goes through the terminal's sanitiser like every other rendering;
                // a PDF only ever reaches a pipe or a file (refused on a terminal above).
                output::Target::Stdout => match String::from_utf8(bytes) {
                    Ok(text) => print(&text),
                    Err(e) => print_bytes(e.as_bytes()),
                },
            }?;
            // Which law the letter relies on: said once it exists, not before an error.
            law_note(&renderer, &case);
            Ok(exit)
        }
        Command::Demo { out_dir, force } => demo(&out_dir, force, templates, &settings),
        Command::Prepare { file, resume, edit } => {
            cases::prepare(file, resume, edit, templates, &settings)
        }
        Command::List => cases::list(),
        Command::Render {
            cases,
            out_dir,
            format,
            recursive,
            jobs,
            fail_fast,
            force,
            pdf,
        } => batch::render(
            batch::RenderArgs {
                cases,
                out_dir,
                text: format.contains(&Format::Text),
                pdf: format.contains(&Format::Pdf),
                recursive,
                jobs,
                fail_fast,
                force,
                pdf_args: pdf,
            },
            templates,
            &settings,
        ),
        Command::Log(args) => log::log(args, &settings),
    }
}

/// `complaint law [JURISDICTION]`: what a pack says, with its sources; without an argument,
/// the packs there are.
fn law_command(arg: Option<&str>, templates: Option<&Path>) -> Result<Exit, Error> {
    use crate::case::Jurisdiction;
    let renderer = renderer(templates)?;
    let name = |j: Jurisdiction| {
        renderer
            .pack(j)
            .and_then(|p| crate::law::words(&p.name, i18n::current()))
            .unwrap_or("")
            .to_owned()
    };
    let Some(arg) = arg else {
        let mut out = format!("{}\n", t!("law-packs"));
        for j in Jurisdiction::PACKS {
            out.push_str(&format!("  {:<4} {}\n", j.code(), name(j)));
        }
        out.push_str(&format!("  none {}\n", t!("law-packs-none")));
        return print(&out);
    };
    let wanted = arg.trim().to_lowercase();
    let found = Jurisdiction::PACKS.into_iter().find(|j| j.code() == wanted);
    match found.and_then(|j| renderer.pack(j).map(|p| (j, p))) {
        Some((j, pack)) => print(&crate::law::describe(j, pack)),
        None => {
            let codes: Vec<&str> = Jurisdiction::PACKS.iter().map(|j| j.code()).collect();
            let alias = Jurisdiction::alias(&wanted).map(|j| j.code());
            let guess = alias.or_else(|| {
                codes
                    .iter()
                    .map(|c| (strsim::jaro_winkler(&wanted, c), *c))
                    .filter(|(s, _)| *s >= 0.7)
                    .max_by(|a, b| a.0.total_cmp(&b.0))
                    .map(|(_, c)| c)
            });
            let hint = guess
                .map(|g| t!("load-did-you-mean", best = g))
                .unwrap_or_default();
            Err(Error::Usage(format!(
                "{}{hint}",
                t!("law-no-pack", arg = arg, codes = codes.join(", "))
            )))
        }
    }
}

fn renderer(templates: Option<&Path>) -> Result<Renderer, Error> {
    let renderer = Renderer::new(templates)?;
    for name in &renderer.unused_overrides {
        if name.starts_with("jurisdictions/") {
            warn(&t!("pack-unused", name = name));
        } else {
            warn(&t!("template-unused", name = name));
        }
    }
    Ok(renderer)
}

/// Reads and checks one case, with what it leaves out filled from the config file: for
/// the commands that render or reason about it, never for those that rewrite it.
fn read_filled_case(arg: &str, settings: &Settings) -> Result<(Case, CaseSource), Error> {
    let (mut case, source) = read_case(arg)?;
    if let Some(lang) = settings.lang.filter(|l| *l != case.language()) {
        // The documents' fixed words follow --lang; the case's own words stay as typed.
        warn(&t!(
            "walk-mixed-languages",
            written = case.language().name(),
            lang = lang.name()
        ));
    }
    settings.config.fill(&mut case);
    Ok((case, source))
}

/// Reads and checks one case.
fn read_case(arg: &str) -> Result<(Case, CaseSource), Error> {
    let source = crate::lookup::resolve(arg)?;
    let bytes = read_source(&source)?;
    if let Some(lang) = load::declared_language(&bytes) {
        i18n::follow_case(lang);
    }
    let case = load::parse(&source.display_name(), &bytes)?;
    i18n::follow_case(case.language());
    Ok((case, source))
}

pub(crate) fn read_source(source: &CaseSource) -> Result<Vec<u8>, Error> {
    let limit = load::MAX_FILE_BYTES as u64;
    let name = source.display_name();
    let read = |reader: &mut dyn Read, path: &Path, size: u64| {
        // One byte more than the limit tells a file at the limit from one over it; a file's
        // size, known, lets it be read in one call.
        let mut bytes = Vec::with_capacity(usize::try_from(size.min(limit) + 1).unwrap_or(0));
        reader
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Read {
                path: path.to_path_buf(),
                source,
            })?;
        if bytes.len() as u64 > limit {
            return Err(Error::Invalid(load::too_large(&name, bytes.len() as u64)));
        }
        Ok(bytes)
    };
    match source {
        CaseSource::Stdin => read(&mut std::io::stdin().lock(), Path::new("<stdin>"), 0),
        CaseSource::File(path) => {
            let read_err = |source| Error::Read {
                path: path.clone(),
                source,
            };
            let mut file = std::fs::File::open(path).map_err(read_err)?;
            let size = file.metadata().map_err(read_err)?.len();
            if size > limit {
                // Refused from its size, before a byte is read.
                return Err(Error::Invalid(load::too_large(&name, size)));
            }
            read(&mut file, path, size)
        }
    }
}

fn show(
    arg: &str,
    what: Rendering,
    templates: Option<&Path>,
    settings: &Settings,
    options: &render::Options,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let (case, _) = read_filled_case(arg, settings)?;
    // The brief prepares a call about the letter's demand: what the law makes of it is said too.
    if what == Rendering::Brief {
        risk_notes(&renderer, &case, settings.date);
    }
    print(&renderer.render(what, &case, options)?)
}

/// `complaint config path|show`
fn show_config(action: ConfigAction, settings: &Settings) -> Result<Exit, Error> {
    let path = paths::config_file();
    let shown = path
        .as_ref()
        .map_or_else(|| t!("config-no-folder"), |p| p.display().to_string());
    if let ConfigAction::Path = action {
        return print(&format!("{shown}\n"));
    }
    let exists = path.as_ref().is_some_and(|p| p.exists());
    let from_file = t!("config-from-file");
    let mut rows: Vec<(String, String, String)> = Vec::new();
    let mut row = |key: &str, value: Option<String>, fallback: (String, String)| {
        rows.push(match value {
            Some(v) => (key.to_owned(), v, from_file.clone()),
            None => (key.to_owned(), fallback.0, fallback.1),
        });
    };
    let c = &settings.config;
    let case_only = || (t!("config-not-set"), t!("config-case-value-if-any"));
    let built_in = |value: &str| (value.to_owned(), t!("config-built-in"));
    row(
        "consumer.name",
        c.consumer.name.clone(),
        (t!("config-not-set"), t!("config-case-value")),
    );
    row("consumer.address", c.consumer.address.clone(), case_only());
    row("consumer.email", c.consumer.email.clone(), case_only());
    row("consumer.phone", c.consumer.phone.clone(), case_only());
    row(
        "defaults.language",
        c.defaults.language.map(|l| l.code().to_owned()),
        built_in("en"),
    );
    row(
        "defaults.interface",
        c.defaults.interface.map(|l| l.code().to_owned()),
        (t!("config-not-set"), t!("config-interface-fallback")),
    );
    row(
        "defaults.paper",
        c.defaults.paper.map(|p| match p {
            config::Paper::A4 => "a4".to_owned(),
            config::Paper::Letter => "letter".to_owned(),
        }),
        built_in("a4"),
    );
    row(
        "defaults.response_days",
        c.defaults.response_days.map(|d| d.get().to_string()),
        (t!("config-days-value"), t!("config-days-source")),
    );
    row(
        "defaults.jurisdiction",
        c.defaults.jurisdiction.map(|j| j.code().to_owned()),
        (
            t!("config-jurisdiction-value"),
            t!("config-jurisdiction-source"),
        ),
    );
    let width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let value_width = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    let mut out = if exists {
        t!("config-file", path = shown)
    } else {
        t!("config-file-missing", path = shown)
    };
    out.push('\n');
    for (key, value, source) in rows {
        let pad = value_width - value.chars().count();
        out.push_str(&format!(
            "  {key:<width$}  {value}{}  ({source})\n",
            " ".repeat(pad)
        ));
    }
    out.push_str(&t!("config-precedence"));
    out.push('\n');
    print(&out)
}

/// What a command has to tell the person besides its output.
#[derive(Debug, Default)]
pub(crate) struct Remarks {
    pub notes: Vec<String>,
    pub warnings: Vec<String>,
}

impl Remarks {
    /// Prints them on standard error, each after `prefix` (a case's name in a batch).
    pub fn print(&self, prefix: &str) {
        for n in &self.notes {
            note(&format!("{prefix}{n}"));
        }
        for w in &self.warnings {
            warn(&format!("{prefix}{w}"));
        }
    }
}

/// The pages of the PDF evidence to be appended, by enclosure number, for the letter's list
/// of enclosures; none when nothing is appended.
pub(crate) fn evidence_sheets(
    case: &Case,
    source: &CaseSource,
    args: PdfArgs,
) -> std::collections::BTreeMap<usize, u32> {
    if args.embed_attachments {
        attach::pdf_sheets(case, &source.base_dir())
    } else {
        std::collections::BTreeMap::new()
    }
}

/// The letter as PDF bytes, with the attachments' images appended when asked.
pub(crate) fn letter_pdf(
    renderer: &Renderer,
    fonts: &pdf::Fonts,
    case: &Case,
    source: &CaseSource,
    settings: &Settings,
    args: PdfArgs,
) -> Result<(Vec<u8>, Remarks), Error> {
    let options = render::Options {
        sheets: evidence_sheets(case, source, args),
        ..settings.render_options()
    };
    let blocks = renderer.letter(case, &options)?;
    Ok(letter_pdf_from_blocks(
        &blocks, fonts, case, source, settings, args,
    ))
}

/// The PDF of letter blocks already rendered (a batch renders them once for both formats).
pub(crate) fn letter_pdf_from_blocks(
    blocks: &[letter::Block],
    fonts: &pdf::Fonts,
    case: &Case,
    source: &CaseSource,
    settings: &Settings,
    args: PdfArgs,
) -> (Vec<u8>, Remarks) {
    let mut remarks = Remarks::default();
    let (evidence, pdfs) = if args.embed_attachments {
        let found = attach::images(case, &source.base_dir());
        remarks.notes.extend(found.notes);
        remarks.warnings.extend(found.warnings);
        (found.images, found.pdfs)
    } else {
        (Vec::new(), Vec::new())
    };
    let meta = pdf_meta(case, blocks, settings);
    let paper = settings.paper(args.paper);
    let out = pdf::render(blocks, fonts, paper, &meta, &evidence);
    remarks.warnings.extend(out.warnings);
    let (bytes, warnings) = pdf::append(out.bytes, &pdfs);
    remarks.warnings.extend(warnings);
    (bytes, remarks)
}

/// A note when the case keeps a letter already sent: making one again re-dates it.
/// Warns when the person's own words, which a letter carries as typed, read as shouting, an
/// insult or a threat: signed and sent, they can be held against the one who wrote them.
pub(super) fn tone_note(case: &Case, shown: &str) {
    let tone: Vec<_> = crate::coach::check(case)
        .into_iter()
        .filter(|f| f.kind == crate::coach::Kind::Tone)
        .collect();
    if let Some(first) = tone.first() {
        warn(&t!(
            "letter-tone",
            n = tone.len(),
            phrase = first.phrase.clone().unwrap_or_default(),
            case = shown
        ));
    }
}

/// Warns when the letter would not say who sent it: a first name alone, or no postal address.
/// A company can leave an anonymous claim unanswered, and a court asks who made it.
fn sender_note(case: &Case) {
    let consumer = &case.consumer;
    let one_name = consumer.name.split_whitespace().count() < 2;
    if one_name || consumer.address.is_none() {
        warn(&t!(
            "letter-sender",
            name = consumer.name.to_string(),
            missing = match (one_name, consumer.address.is_none()) {
                (true, true) => "both",
                (true, false) => "name",
                _ => "address",
            }
        ));
    }
}

fn sent_note(case: &Case, today: NaiveDate) {
    if let Some(sent) = case.contacts.iter().rev().find(|c| c.letter_file.is_some()) {
        let lang = crate::i18n::current();
        let file = sent.letter_file.as_deref().unwrap_or_default();
        let today = crate::locale::date(lang, today);
        note(&match sent.date {
            Some(d) => t!(
                "letter-sent-before-on",
                date = crate::locale::date(lang, d.0),
                file = file,
                today = today
            ),
            None => t!("letter-sent-before", file = file, today = today),
        });
    }
}

/// The PDF's document information, taken from the letter itself: its title and subject lines
/// are the document title, the consumer is the author.
fn pdf_meta(case: &Case, blocks: &[letter::Block], settings: &Settings) -> pdf::Meta {
    let title = blocks
        .iter()
        .filter(|b| matches!(b.kind, letter::Kind::Title | letter::Kind::Subject))
        .flat_map(|b| b.lines.iter().filter(|l| !l.is_empty()).map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ")
        // The no-break spaces and direction marks are for the page's layout, not for a
        // viewer's title bar or a search.
        .replace('\u{a0}', " ")
        .replace(['\u{200e}', '\u{200f}'], "");
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

/// The attachments with a path that is not there: their enclosure numbers and paths.
fn missing_attachments(case: &Case, source: &CaseSource) -> Vec<(usize, String)> {
    let base = source.base_dir();
    case.attachments
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let rel = a.path.as_ref()?;
            (!base.join(rel).exists()).then(|| (i + 1, rel.clone()))
        })
        .collect()
}

const ERROR: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
const WARNING: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
const HINT: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan)));

/// Prints an error the way every command does: `complaint: error: ...`, then a hint. The
/// words are the same with colour or without (colour only on a terminal, never with NO_COLOR).
pub fn report(err: &Error) {
    for line in err.to_string().lines() {
        error_line(line);
    }
    if let Some(hint) = err.hint() {
        let hint = for_stderr(&hint).into_owned();
        let word = t!("hint");
        anstream::eprintln!("complaint: {HINT}{word}:{HINT:#} {hint}");
    }
}

/// Messages quote the case's text; on a terminal its control characters are made visible,
/// so a case file cannot rewrite the screen.
fn for_stderr(text: &str) -> std::borrow::Cow<'_, str> {
    if std::io::stderr().is_terminal() {
        mask::for_terminal(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// One line of an error: `complaint: error: LINE`.
fn error_line(line: &str) {
    let line = for_stderr(line);
    let word = t!("error");
    anstream::eprintln!("complaint: {ERROR}{word}:{ERROR:#} {line}");
}

fn warn(message: &str) {
    if !quiet() {
        let message = for_stderr(message);
        let word = t!("warning");
        anstream::eprintln!("complaint: {WARNING}{word}:{WARNING:#} {message}");
    }
}

/// A command's closing summary, on standard error; `--quiet` leaves it out.
fn summary_line(text: &str) {
    if !quiet() {
        let text = for_stderr(text);
        eprint!("{text}{}", if text.ends_with('\n') { "" } else { "\n" });
    }
}

fn note(message: &str) {
    if !quiet() {
        eprintln!("complaint: {}", for_stderr(message));
    }
}

/// Writes text to standard output; a closed pipe (`| head`) is not an error. On a terminal
/// the case's control characters are made visible; in a pipe or a file the text is as typed.
fn print(text: &str) -> Result<Exit, Error> {
    if std::io::stdout().is_terminal() {
        print_bytes(mask::for_terminal(text).as_bytes())
    } else {
        print_bytes(text.as_bytes())
    }
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

/// Cases read for a command that takes many: the valid ones by name, and the others
/// reported as `validate` reports them, one line per problem.
struct Batch {
    cases: Vec<(String, Case)>,
    /// Where each of `cases` came from.
    sources: Vec<CaseSource>,
    problems: String,
    /// The same problems as records, for `--json`.
    records: Vec<Finding>,
    invalid: usize,
    unreadable: usize,
}

/// One finding about one case file, as `--json` prints it: one object per line.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Finding {
    file: String,
    /// 1-based, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
    /// The field path, like `contacts[1].delivered`; empty for the whole file.
    field: String,
    /// invalid, unreadable, tone, vague or law.
    kind: &'static str,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<String>,
}

impl Finding {
    fn advice(file: &str, f: &coach::Finding) -> Finding {
        Finding {
            file: file.to_owned(),
            line: None,
            column: None,
            field: f.path.clone(),
            kind: f.kind.code(),
            message: f.problem.clone(),
            suggestion: Some(f.suggestion.clone()),
        }
    }

    fn law(file: &str, message: &str) -> Finding {
        Finding {
            file: file.to_owned(),
            line: None,
            column: None,
            field: String::new(),
            kind: "law",
            message: message.to_owned(),
            suggestion: None,
        }
    }
}

/// Findings as JSON lines.
fn json_lines(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| format!("{}\n", serde_json::to_string(f).unwrap_or_default()))
        .collect()
}

fn read_all(args: &[String]) -> Batch {
    let mut batch = Batch {
        cases: Vec::new(),
        sources: Vec::new(),
        problems: String::new(),
        records: Vec::new(),
        invalid: 0,
        unreadable: 0,
    };
    for arg in args {
        let first = batch.cases.is_empty() && batch.invalid == 0;
        let (name, result) = match crate::lookup::resolve(arg) {
            Ok(source) => {
                let name = source.display_name();
                let result = read_source(&source)
                    .and_then(|bytes| {
                        if first && let Some(lang) = load::declared_language(&bytes) {
                            i18n::follow_case(lang);
                        }
                        Ok(load::parse(&name, &bytes)?)
                    })
                    .map(|case| (case, source));
                (name, result)
            }
            Err(e) => (arg.clone(), Err(e)),
        };
        match result {
            Ok((case, source)) => {
                if first {
                    i18n::follow_case(case.language());
                }
                batch.cases.push((name, case));
                batch.sources.push(source);
            }
            Err(Error::Invalid(e)) => {
                batch.invalid += 1;
                for line in e.lines() {
                    batch.problems.push_str(&line);
                    batch.problems.push('\n');
                }
                for p in &e.problems {
                    batch.records.push(Finding {
                        file: name.clone(),
                        line: p.position.map(|(l, _)| l),
                        column: p.position.map(|(_, c)| c),
                        field: p.path.clone(),
                        kind: "invalid",
                        message: p.message.clone(),
                        suggestion: None,
                    });
                }
            }
            Err(e) => {
                batch.unreadable += 1;
                batch.problems.push_str(&format!("{e}\n"));
                batch.records.push(Finding {
                    file: name.clone(),
                    line: None,
                    column: None,
                    field: String::new(),
                    kind: "unreadable",
                    message: e.to_string(),
                    suggestion: None,
                });
            }
        }
    }
    batch
}

/// Checks every case; prints one line per problem, then the coach's advice and missing
/// attachments of the valid ones as `warning:` lines (they do not make a case invalid), all
/// on standard output (or one JSON object each with `--json`); the summary goes to standard
/// error.
fn validate(args: &[String], json: bool) -> Result<Exit, Error> {
    let batch = read_all(args);
    if json {
        let mut all = batch.records.clone();
        for (name, case) in &batch.cases {
            all.extend(coach::check(case).iter().map(|f| Finding::advice(name, f)));
        }
        print(&json_lines(&all))?;
    } else {
        let mut out = batch.problems.clone();
        let warning = t!("warning");
        for ((name, case), source) in batch.cases.iter().zip(&batch.sources) {
            for finding in coach::check(case) {
                out.push_str(&format!("{name}: {warning}: {finding}\n"));
            }
            for (number, path) in missing_attachments(case, source) {
                out.push_str(&format!(
                    "{name}: {warning}: {}\n",
                    t!(
                        "validate-missing-attachment",
                        index = number - 1,
                        path = path.as_str(),
                        number = number
                    )
                ));
            }
        }
        print(&out)?;
    }
    let (valid, invalid, unreadable) = (batch.cases.len(), batch.invalid, batch.unreadable);
    let total = valid + invalid + unreadable;
    let mut summary = t!(
        "validate-summary",
        cases = t!("cases", n = total),
        valid = valid
    );
    summary.push_str(&summary_tail(invalid, unreadable));
    summary_line(&summary);
    Ok(if unreadable > 0 {
        Exit::Io
    } else if invalid > 0 {
        Exit::Data
    } else {
        Exit::Success
    })
}

/// ", 2 invalid, 1 unreadable" after a summary, for what there is.
pub(crate) fn summary_tail(invalid: usize, unreadable: usize) -> String {
    let mut tail = String::new();
    if invalid > 0 {
        tail.push_str(&t!("summary-invalid", n = invalid));
    }
    if unreadable > 0 {
        tail.push_str(&t!("summary-unreadable", n = unreadable));
    }
    tail
}

/// Says, when the letter cites a jurisdiction's law, which one, and that it is not legal advice.
fn law_note(renderer: &Renderer, case: &Case) {
    let lang = i18n::current();
    let jurisdiction = crate::law::jurisdiction(case);
    if let Some(pack) = renderer.pack(jurisdiction)
        && let Some(text) = crate::law::words(&pack.not_advice, lang)
    {
        note(&t!(
            "law-note",
            name = crate::law::words(&pack.name, lang).unwrap_or(""),
            code = jurisdiction.to_string(),
            text = text
        ));
    }
}

/// Warns of the legal risks the case's law names for it on `day`: a window to cancel that may
/// have closed, a demand the law needs first. Counted from the purchase date, the earliest
/// day such a window can start; each note says what it really runs from.
pub(super) fn risk_notes(renderer: &Renderer, case: &Case, day: chrono::NaiveDate) {
    if let Some(law) = renderer.law(case, day) {
        let place = crate::law::words(&law.pack.name, crate::i18n::current()).unwrap_or_default();
        for risk in law.risks(case, crate::i18n::current(), day) {
            warn(&crate::t!(
                "law-risk-line",
                kind = risk.label(),
                place = place,
                text = risk.text
            ));
        }
    }
}

/// Renders the built-in example into `dir`: the case itself and one file per rendering.
fn demo(
    dir: &Path,
    force: bool,
    templates: Option<&Path>,
    settings: &Settings,
) -> Result<Exit, Error> {
    let renderer = renderer(templates)?;
    let lang = settings.lang.unwrap_or_else(i18n::current);
    let json = example(lang);
    let case = load::parse("built-in example", json.as_bytes())?;
    // A folder the demo made (its case.json is a built-in example) is refreshed; in any
    // other folder, files of the same names are replaced only with --force.
    let own = std::fs::read(dir.join("case.json")).is_ok_and(|bytes| {
        [Language::En, Language::Ru, Language::He]
            .iter()
            .any(|l| example(*l).as_bytes() == bytes)
    });
    let replace = force || own;
    const NAMES: [&str; 6] = [
        "case.json",
        "opener.txt",
        "brief.txt",
        "message.txt",
        "letter.txt",
        "letter.pdf",
    ];
    let existing: Vec<_> = NAMES
        .iter()
        .map(|n| dir.join(n))
        .filter(|p| std::fs::symlink_metadata(p).is_ok())
        .collect();
    if let (Some(first), false) = (existing.first(), replace) {
        return Err(Error::Exists {
            path: first.clone(),
            more: existing.len() - 1,
        });
    }
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    let options = settings.render_options();
    let mut written = vec![("case.json", t!("demo-case"))];
    fsio::write_atomic(
        &dir.join("case.json"),
        json.as_bytes(),
        Access::Private,
        replace,
    )?;
    for what in Rendering::ALL {
        let text = renderer.render(what, &case, &options)?;
        let name = match what {
            Rendering::Opener => "opener.txt",
            Rendering::Brief => "brief.txt",
            Rendering::Message => "message.txt",
            Rendering::Letter => "letter.txt",
        };
        fsio::write_atomic(&dir.join(name), text.as_bytes(), Access::Shared, replace)?;
        written.push((name, describe(what)));
    }
    let (pdf, _) = letter_pdf(
        &renderer,
        &pdf::Fonts::embedded(),
        &case,
        &CaseSource::Stdin,
        settings,
        PdfArgs {
            paper: None,
            embed_attachments: false,
        },
    )?;
    fsio::write_atomic(&dir.join("letter.pdf"), &pdf, Access::Shared, replace)?;
    written.push(("letter.pdf", t!("demo-pdf")));
    law_note(&renderer, &case);

    let mut out = t!("demo-rendered", folder = format!("{}/", dir.display()));
    out.push('\n');
    for (name, what) in written {
        out.push_str(&format!("  {name:<13}{what}\n"));
    }
    let opener = renderer.render(Rendering::Opener, &case, &options)?;
    out.push_str(&t!(
        "demo-next",
        opener = format!("  {}", opener.trim_end()),
        folder = dir.display().to_string()
    ));
    out.push('\n');
    summary_line(&out);
    Ok(Exit::Success)
}

fn describe(what: Rendering) -> String {
    match what {
        Rendering::Opener => t!("demo-opener"),
        Rendering::Brief => t!("demo-brief"),
        Rendering::Message => t!("demo-message"),
        Rendering::Letter => t!("demo-letter"),
    }
}
