//! Rendering: a valid case in, the opener, brief, message or letter out.
//!
//! The words live in tera templates under `templates/<language>/`, embedded in the binary.
//! A folder given with `--templates` overrides them file by file. Templates receive a view
//! of the case in which every value is ready to print: dates and money formatted for the
//! language, card numbers masked, the deadline worked out. User text is only ever a value,
//! so `{{ }}` typed into a summary prints as typed.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::case::{Case, Channel, ConsequenceKind, GoalKind, Jurisdiction, Language};
use crate::law::{self, Pack, PackError, Packs};
use crate::letter::{self, Block};
use crate::locale;
use crate::mask;
use crate::typeset;
use crate::wording;

/// The four renderings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rendering {
    Opener,
    Brief,
    Message,
    Letter,
}

impl Rendering {
    pub const ALL: [Rendering; 4] = [
        Rendering::Opener,
        Rendering::Brief,
        Rendering::Message,
        Rendering::Letter,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Rendering::Opener => "opener",
            Rendering::Brief => "brief",
            Rendering::Message => "message",
            Rendering::Letter => "letter",
        }
    }

    fn template(self, lang: Language) -> String {
        format!("{}/{}.txt", lang.code(), self.name())
    }
}

/// The embedded templates: (name, text).
const EMBEDDED: &[(&str, &str)] = &[
    ("en/opener.txt", include_str!("../templates/en/opener.txt")),
    ("en/brief.txt", include_str!("../templates/en/brief.txt")),
    (
        "en/message.txt",
        include_str!("../templates/en/message.txt"),
    ),
    ("en/letter.txt", include_str!("../templates/en/letter.txt")),
    (
        "en/questions.txt",
        include_str!("../templates/en/questions.txt"),
    ),
    (
        "en/followup.txt",
        include_str!("../templates/en/followup.txt"),
    ),
    (
        "en/escalate.txt",
        include_str!("../templates/en/escalate.txt"),
    ),
    ("en/remind.txt", include_str!("../templates/en/remind.txt")),
    ("ru/opener.txt", include_str!("../templates/ru/opener.txt")),
    ("ru/brief.txt", include_str!("../templates/ru/brief.txt")),
    (
        "ru/message.txt",
        include_str!("../templates/ru/message.txt"),
    ),
    ("ru/letter.txt", include_str!("../templates/ru/letter.txt")),
    (
        "ru/questions.txt",
        include_str!("../templates/ru/questions.txt"),
    ),
    (
        "ru/followup.txt",
        include_str!("../templates/ru/followup.txt"),
    ),
    (
        "ru/escalate.txt",
        include_str!("../templates/ru/escalate.txt"),
    ),
    ("ru/remind.txt", include_str!("../templates/ru/remind.txt")),
    ("he/opener.txt", include_str!("../templates/he/opener.txt")),
    ("he/brief.txt", include_str!("../templates/he/brief.txt")),
    (
        "he/message.txt",
        include_str!("../templates/he/message.txt"),
    ),
    ("he/letter.txt", include_str!("../templates/he/letter.txt")),
    (
        "he/questions.txt",
        include_str!("../templates/he/questions.txt"),
    ),
    (
        "he/followup.txt",
        include_str!("../templates/he/followup.txt"),
    ),
    (
        "he/escalate.txt",
        include_str!("../templates/he/escalate.txt"),
    ),
    ("he/remind.txt", include_str!("../templates/he/remind.txt")),
];

/// What goes wrong with templates: a file that cannot be read, or one tera cannot use.
#[derive(Debug)]
pub enum TemplateError {
    /// The override folder or a file in it could not be read.
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A template does not parse or does not render; tera's message names the template.
    Tera(tera::Error),
    /// A law pack cannot be read or is not valid.
    Pack(PackError),
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemplateError::Read { path, source } => {
                let reason = crate::error::reason(source);
                let path = path.display().to_string();
                f.write_str(&crate::t!(
                    "template-unreadable",
                    path = path,
                    reason = reason
                ))
            }
            TemplateError::Tera(e) => {
                write!(f, "{}: {e}", crate::t!("template-error"))?;
                let mut source = std::error::Error::source(e);
                while let Some(s) = source {
                    write!(f, ": {s}")?;
                    source = s.source();
                }
                Ok(())
            }
            TemplateError::Pack(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for TemplateError {}

impl From<PackError> for TemplateError {
    fn from(e: PackError) -> Self {
        TemplateError::Pack(e)
    }
}

impl From<tera::Error> for TemplateError {
    fn from(e: tera::Error) -> Self {
        TemplateError::Tera(e)
    }
}

/// Settings that are not part of the case.
#[derive(Debug, Clone)]
pub struct Options {
    /// The letter's date; the deadline counts from it.
    pub date: NaiveDate,
    /// Overrides the case's language.
    pub lang: Option<Language>,
    /// Masks every identifier and personal detail (for a brief shared with others).
    pub redact: bool,
    /// The pages of attachments the caller has counted (PDF evidence appended to the
    /// letter), by enclosure number; an image is one page without counting.
    pub sheets: BTreeMap<usize, u32>,
    /// The day the law's rule is chosen on, when not `date`: a follow-up rests on the rule
    /// its first letter rested on, and a penalty that letter claimed runs to its day.
    pub law_on: Option<NaiveDate>,
}

impl Options {
    /// The day the law's rule is chosen on.
    fn law_day(&self) -> NaiveDate {
        self.law_on.unwrap_or(self.date)
    }
}

/// The templates, each parsed when first used, ready to render any number of cases.
pub struct Renderer {
    /// Every template by name (`en/letter.txt`).
    templates: BTreeMap<String, Template>,
    /// No templates, only the filters: it reports a template that does not exist as tera
    /// does.
    empty: Tera,
    /// The law packs, embedded or overridden from the same folder as the templates: an
    /// override read and parsed when given, an embedded pack when first used (the tests
    /// parse every one).
    packs: BTreeMap<&'static str, OnceLock<Option<Pack>>>,
    /// Files in the override folder that replace no embedded template (likely typos).
    pub unused_overrides: Vec<String>,
}

/// One template's text, and a tera holding it once it has been parsed: parsing every
/// template took a fifth of a command that needs one or two.
struct Template {
    text: Cow<'static, str>,
    parsed: OnceLock<Tera>,
    names: OnceLock<Names>,
}

impl Template {
    fn new(text: Cow<'static, str>) -> Template {
        Template {
            text,
            parsed: OnceLock::new(),
            names: OnceLock::new(),
        }
    }

    /// The names its text uses (found once).
    fn names(&self) -> &Names {
        self.names.get_or_init(|| Names::of(&self.text))
    }

    /// The template parsed (once) under `name`.
    fn parsed(&self, name: &str) -> Result<&Tera, tera::Error> {
        if let Some(tera) = self.parsed.get() {
            return Ok(tera);
        }
        let mut tera = with_filters();
        tera.add_raw_template(name, &self.text)?;
        Ok(self.parsed.get_or_init(|| tera))
    }
}

/// Every name a template's text uses, comments and plain words included: a template is a
/// tera of its own, with nothing included, so a field of the view it never names is one it
/// never shows. The opener's view leaves such texts out (see [`View::write_texts`]).
struct Names(std::collections::HashSet<Box<str>>);

impl Names {
    fn of(text: &str) -> Names {
        let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
        Names(text.split(|c| !word(c)).map(Box::from).collect())
    }

    fn has(&self, name: &str) -> bool {
        self.0.contains(name)
    }
}

/// A tera without templates, with the filters the templates use.
fn with_filters() -> Tera {
    let mut tera = Tera::new();
    tera.autoescape_on(Vec::<&str>::new());
    tera.register_filter("sentence", sentence);
    tera.register_filter("lower_first", lower_first);
    tera.register_filter("upper_first", upper_first);
    tera.register_filter("first_sentence", first_sentence);
    tera.register_filter("ru_plural", ru_plural);
    tera.register_filter("he_count", he_count);
    tera.register_filter("he_times", he_times);
    tera.register_filter("pad", pad);
    tera.register_filter("copy", copy);
    tera.register_filter("before", before);
    tera.register_filter("after", after);
    tera.register_filter("with", with);
    tera
}

impl Renderer {
    /// The embedded templates, with the files under `overrides` (if given) replacing or
    /// adding to them by their relative path (`en/letter.txt`). An override is parsed
    /// here, so a broken one fails every command that is given it; an embedded template
    /// is parsed when first used.
    pub fn new(overrides: Option<&Path>) -> Result<Renderer, TemplateError> {
        let mut templates: BTreeMap<String, Template> = EMBEDDED
            .iter()
            .map(|&(name, text)| (name.to_owned(), Template::new(Cow::Borrowed(text))))
            .collect();
        let mut unused_overrides = Vec::new();
        if let Some(dir) = overrides {
            for (name, text) in template_files(dir)? {
                if !EMBEDDED.iter().any(|(n, _)| *n == name) {
                    unused_overrides.push(name.clone());
                }
                let template = Template::new(Cow::Owned(text));
                template.parsed(&name)?;
                templates.insert(name, template);
            }
        }
        let sources = Packs::new(overrides);
        let mut packs = BTreeMap::new();
        for j in Jurisdiction::PACKS {
            let pack = OnceLock::new();
            if overrides.is_some() {
                let _ = pack.set(sources.get(j)?);
            }
            packs.insert(j.code(), pack);
        }
        unused_overrides.extend(sources.unknown_files());
        Ok(Renderer {
            templates,
            empty: with_filters(),
            packs,
            unused_overrides,
        })
    }

    /// Renders the template `name` (parsing it first if it is the first time).
    fn render_template(&self, name: &str, context: &Context) -> Result<String, TemplateError> {
        let tera = match self.templates.get(name) {
            Some(template) => template.parsed(name)?,
            None => &self.empty,
        };
        let mut out = Vec::with_capacity(8 * 1024);
        tera.render_to(name, context, &mut out)?;
        // tera writes only text. Its own `render` checks that with std's UTF-8 check, a tenth
        // of a batch's time; simdutf8's vectorised check of the same bytes takes a few
        // percent of that, and std's runs only to report the failure that cannot happen.
        match simdutf8::basic::from_utf8(&out) {
            Ok(text) => Ok(text.to_owned()),
            Err(_) => Ok(String::from_utf8(out).map_err(tera::Error::from)?),
        }
    }

    /// The pack the case relies on, as it applies on the day `on`; `None` for a case without
    /// a jurisdiction.
    pub fn law<'a>(&'a self, case: &Case, on: NaiveDate) -> Option<law::Applied<'a>> {
        let j = law::jurisdiction(case);
        let pack = self.pack(j)?;
        Some(law::applied(case, j, pack, on))
    }

    /// The pack of `j`.
    pub fn pack(&self, j: Jurisdiction) -> Option<&Pack> {
        self.packs
            .get(j.code())?
            .get_or_init(|| Packs::new(None).get(j).ok().flatten())
            .as_ref()
    }

    /// Renders one of the plain renderings, or the letter laid out as plain text.
    pub fn render(
        &self,
        what: Rendering,
        case: &Case,
        options: &Options,
    ) -> Result<String, TemplateError> {
        if what == Rendering::Letter {
            let lang = options.lang.unwrap_or_else(|| case.language());
            let blocks = self.letter(case, options)?;
            return Ok(letter::to_text(&blocks, locale::direction(lang)));
        }
        let raw = self.render_raw(what, case, options)?;
        let lang = options.lang.unwrap_or_else(|| case.language());
        Ok(Renderer::plain(&raw, lang))
    }

    /// A document that follows the letter (`followup`, `escalate`): the template
    /// `<lang>/<name>.txt`, given the case's view and `after` (what happened since the
    /// letter). Returned raw: a letter-shaped document goes through [`letter::parse`], a
    /// plain one through [`Renderer::tidy`].
    pub fn document<T: Serialize>(
        &self,
        name: &str,
        case: &Case,
        options: &Options,
        after: &T,
    ) -> Result<String, TemplateError> {
        let lang = options.lang.unwrap_or_else(|| case.language());
        let law = self.law(case, options.law_day());
        let (mut context, _) = self.context(case, options, Privacy::Full, false, law.as_ref())?;
        context.insert("after", after);
        self.render_template(&format!("{}/{name}.txt", lang.code()), &context)
    }

    /// The `KEY: TEXT` lines of a rendered document (`remind`), by key.
    pub fn words<T: Serialize>(
        &self,
        name: &str,
        case: &Case,
        options: &Options,
        after: &T,
    ) -> Result<BTreeMap<String, String>, TemplateError> {
        let raw = self.document(name, case, options, after)?;
        Ok(raw
            .lines()
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .filter(|(k, _)| !k.is_empty() && !k.contains(' '))
            .collect())
    }

    /// Blank lines collapsed, line ends trimmed: a plain document ready to print.
    pub fn tidy(raw: &str) -> String {
        tidy(raw)
    }

    /// A plain document (opener, brief, message, escalation) ready to print: tidied, and in
    /// right-to-left text with the letter's direction marks before phone numbers with "+",
    /// e-mail and web addresses and Latin identifiers that begin with a digit, so a terminal
    /// or a messenger shows them whole and in order.
    pub fn plain(raw: &str, lang: Language) -> String {
        let text = tidy(raw);
        match locale::direction(lang) {
            letter::Direction::Rtl => typeset::isolate_ltr(&text),
            letter::Direction::Ltr => text,
        }
    }

    /// The letter as blocks, for the text and the PDF layouts.
    pub fn letter(&self, case: &Case, options: &Options) -> Result<Vec<Block>, TemplateError> {
        let lang = options.lang.unwrap_or_else(|| case.language());
        let raw = self.render_raw(Rendering::Letter, case, options)?;
        Ok(letter::parse(&typeset::prepare(
            &raw,
            locale::direction(lang),
        )))
    }

    /// The call as the other side runs it: the first line's greeting and the specialist's
    /// questions, each with the answer from the case (`questions.txt`).
    pub fn call(&self, case: &Case, options: &Options) -> Result<Call, TemplateError> {
        let lang = options.lang.unwrap_or_else(|| case.language());
        let law = self.law(case, options.law_day());
        let (context, _) = self.context(case, options, Privacy::Full, false, law.as_ref())?;
        self.call_in(&context, lang)
    }

    fn call_in(&self, context: &Context, lang: Language) -> Result<Call, TemplateError> {
        let raw = self.render_template(&format!("{}/questions.txt", lang.code()), context)?;
        Ok(Call::parse(&raw))
    }

    fn render_raw(
        &self,
        what: Rendering,
        case: &Case,
        options: &Options,
    ) -> Result<String, TemplateError> {
        let lang = options.lang.unwrap_or_else(|| case.language());
        let privacy = match what {
            Rendering::Opener => Privacy::Spoken,
            _ => Privacy::shown(options),
        };
        let law = self.law(case, options.law_day());
        let layout = what == Rendering::Letter;
        let names = match privacy {
            Privacy::Spoken => self.names(&what.template(lang)),
            _ => None,
        };
        let (view, _) = self.view(case, options, privacy, layout, law.as_ref(), names);
        let mut context = Context::from_serialize(&view)?;
        if what == Rendering::Brief {
            let call = self.call_in(&context, lang)?;
            context.insert("asks", &call.asks);
        }
        self.render_template(&what.template(lang), &context)
    }

    /// The case's view for one privacy as a template context, and whether the same view
    /// also serves the letter's layout (no user text has a line that reads as a marker).
    fn context(
        &self,
        case: &Case,
        options: &Options,
        privacy: Privacy,
        layout: bool,
        law: Option<&law::Applied>,
    ) -> Result<(Context, bool), TemplateError> {
        let (view, serves_layout) = self.view(case, options, privacy, layout, law, None);
        Ok((Context::from_serialize(&view)?, serves_layout))
    }

    /// The case's view for one privacy, and whether it also serves the letter's layout. With
    /// `names`, the texts of the person's words are only those a template names.
    fn view(
        &self,
        case: &Case,
        options: &Options,
        privacy: Privacy,
        layout: bool,
        law: Option<&law::Applied>,
        names: Option<&Names>,
    ) -> (View, bool) {
        let lang = options.lang.unwrap_or_else(|| case.language());
        let clean = Clean::new(case, privacy, layout).speaking(lang, options.date);
        let mut view = View::facts(case, lang, options.date, law);
        view.write_texts(case, lang, &clean, names);
        view.count_sheets(&options.sheets);
        (view, !clean.marker_seen.get())
    }

    /// `view` with the case's texts cleaned for another privacy or for the layout (with
    /// `names`, only the texts a template names), as a template context.
    fn context_beside(
        view: &View,
        case: &Case,
        options: &Options,
        (privacy, layout): (Privacy, bool),
        names: Option<&Names>,
    ) -> Result<Context, TemplateError> {
        let lang = options.lang.unwrap_or_else(|| case.language());
        let clean = Clean::new(case, privacy, layout).speaking(lang, options.date);
        let mut beside = view.clone();
        beside.write_texts(case, lang, &clean, names);
        Ok(Context::from_serialize(&beside)?)
    }

    /// The names the template `name` uses; `None` for a template there is not.
    fn names(&self, name: &str) -> Option<&Names> {
        self.templates.get(name).map(Template::names)
    }

    /// Every rendering of a case at once, for `render`: the letter's blocks and, when
    /// `plain`, the opener, brief and message. The brief, the message and the letter show
    /// the same data, so they share one view of the case; the opener's is the same view
    /// with the texts as they are said.
    pub fn all(
        &self,
        case: &Case,
        options: &Options,
        plain: bool,
    ) -> Result<Renderings, TemplateError> {
        let lang = options.lang.unwrap_or_else(|| case.language());
        let law = self.law(case, options.law_day());
        let shown = Privacy::shown(options);
        let (view, serves_letter) = self.view(case, options, shown, false, law.as_ref(), None);
        let mut context = Context::from_serialize(&view)?;
        let letter_raw = match serves_letter {
            true => self.render_template(&Rendering::Letter.template(lang), &context)?,
            false => {
                let layout = Renderer::context_beside(&view, case, options, (shown, true), None)?;
                self.render_template(&Rendering::Letter.template(lang), &layout)?
            }
        };
        let letter = letter::parse(&typeset::prepare(&letter_raw, locale::direction(lang)));
        let mut texts = Vec::new();
        if plain {
            let opener = Rendering::Opener.template(lang);
            let names = self.names(&opener);
            let spoken =
                Renderer::context_beside(&view, case, options, (Privacy::Spoken, false), names)?;
            let opener = self.render_template(&opener, &spoken)?;
            let message = self.render_template(&Rendering::Message.template(lang), &context)?;
            let call = self.call_in(&context, lang)?;
            context.insert("asks", &call.asks);
            let brief = self.render_template(&Rendering::Brief.template(lang), &context)?;
            for (what, raw) in [
                (Rendering::Opener, opener),
                (Rendering::Brief, brief),
                (Rendering::Message, message),
            ] {
                texts.push((what, Renderer::plain(&raw, lang)));
            }
        }
        Ok(Renderings {
            letter,
            plain: texts,
        })
    }
}

/// Every rendering of one case ([`Renderer::all`]).
pub struct Renderings {
    /// The letter as blocks, for its text and its PDF.
    pub letter: Vec<Block>,
    /// The opener, the brief and the message, in that order, when asked for.
    pub plain: Vec<(Rendering, String)>,
}

/// What the other side says on a call, with the case's answers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Call {
    /// What the first line says on answering.
    pub greeting: String,
    /// The specialist's questions, in order.
    pub asks: Vec<Ask>,
}

/// One question, and the case's answer to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ask {
    pub question: String,
    /// The answer, or when `gap`, what to do about its absence.
    pub answer: String,
    /// The case has no answer.
    pub gap: bool,
}

impl Call {
    /// Reads the `KEY: TEXT` lines of a rendered `questions.txt`.
    fn parse(raw: &str) -> Call {
        #[derive(PartialEq)]
        enum Last {
            Nothing,
            Greeting,
            Question,
            Answer,
        }
        let mut call = Call::default();
        let mut last = Last::Nothing;
        for line in letter::lines(raw).map(str::trim).filter(|l| !l.is_empty()) {
            let (key, text) = line
                .split_once(':')
                .map_or(("", line), |(k, t)| (k.trim(), t.trim()));
            let add = |to: &mut String, text: &str| {
                if !to.is_empty() {
                    to.push(' ');
                }
                to.push_str(text);
            };
            match key {
                "greeting" => {
                    add(&mut call.greeting, text);
                    last = Last::Greeting;
                }
                "ask" => {
                    call.asks.push(Ask {
                        question: text.to_owned(),
                        answer: String::new(),
                        gap: false,
                    });
                    last = Last::Question;
                }
                "answer" | "gap" if !call.asks.is_empty() => {
                    let ask = call.asks.last_mut().expect("not empty");
                    ask.gap = key == "gap";
                    add(&mut ask.answer, text);
                    last = Last::Answer;
                }
                // A line of its own: it continues the item before it.
                _ => match (&last, call.asks.last_mut()) {
                    (Last::Greeting, _) => add(&mut call.greeting, line),
                    (Last::Question, Some(ask)) => add(&mut ask.question, line),
                    (Last::Answer, Some(ask)) => add(&mut ask.answer, line),
                    _ => {}
                },
            }
        }
        call.asks.retain(|a| !a.answer.is_empty());
        call
    }
}

/// Every `*.txt` below `dir`, named by its path relative to `dir` with `/` separators.
/// Links are followed; one that loops back to a folder being walked is skipped.
fn template_files(dir: &Path) -> Result<Vec<(String, String)>, TemplateError> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(true) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) if e.loop_ancestor().is_some() => continue,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                let source = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("cannot walk it"));
                return Err(TemplateError::Read { path, source });
            }
        };
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(path).map_err(|source| TemplateError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let relative = path.strip_prefix(dir).unwrap_or(path);
        let name = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        files.push((name, text));
    }
    files.sort();
    Ok(files)
}

/// Collapses runs of blank lines left by template tags, trims line ends, ends with one newline.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true; // drops leading blank lines
    let text = letter::single_stops(text);
    for line in letter::lines(&text) {
        let line = line.trim_end();
        if line.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(line);
            out.push('\n');
            blank = false;
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

// ---------------------------------------------------------------------------------------
// Filters the templates use.

/// Ends the text with a full stop unless it already ends a sentence.
fn sentence(text: &str, _: Kwargs, _: &State) -> String {
    let t = text.trim_end();
    if t.is_empty() || t.ends_with(['.', '!', '?', '…', ':', ';']) || t.ends_with(".)") {
        t.to_owned()
    } else {
        format!("{t}.")
    }
}

/// Lowercases the first letter when the first word is an ordinary capitalised word
/// ("Refund the charge" -> "refund the charge"), so user text can continue a sentence.
/// Leaves "I", acronyms ("SIM") and names with inner capitals ("MegaTel") alone, and drops
/// a final full stop so the template can end the sentence.
fn lower_first(text: &str, _: Kwargs, _: &State) -> String {
    let t = text.trim().trim_end_matches('.');
    let word: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut chars = word.chars();
    let ordinary = match chars.next() {
        Some(first) => first.is_uppercase() && chars.all(char::is_lowercase) && word != "I",
        None => false,
    };
    let pronoun_i = t.starts_with("I ") || t.starts_with("I'") || t.starts_with("I’");
    if ordinary
        && !pronoun_i
        && !ALWAYS_CAPITALISED.contains(&word.as_str())
        && !crate::languages::info(Language::En)
            .months
            .contains(&word.as_str())
    {
        let first = t.chars().next().unwrap_or_default();
        first
            .to_lowercase()
            .chain(t[first.len_utf8()..].chars())
            .collect()
    } else {
        t.to_owned()
    }
}

/// An enclosure named as a copy: `{{ d | copy(word="копия", form="{} (копия)") }}` leaves a
/// description that already says "копия" alone and puts any other in `form`, so an original
/// is never listed as sent.
fn copy(text: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let word = kwargs.must_get::<&str>("word")?;
    let form = kwargs.must_get::<&str>("form")?;
    let t = text.trim().trim_end_matches('.');
    Ok(if t.to_lowercase().contains(&word.to_lowercase()) {
        t.to_owned()
    } else {
        form.replace("{}", t)
    })
}

/// `{{ address | before(pat=", ОГРН") }}`: the text up to `pat` (all of it without one),
/// without the comma that joined them.
fn before(text: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let pat = kwargs.must_get::<&str>("pat")?;
    let head = text.split(pat).next().unwrap_or_default();
    Ok(head.trim().trim_end_matches(',').trim_end().to_owned())
}

/// `{{ address | after(pat=", ОГРН") }}`: what follows `pat`, or nothing without one.
fn after(text: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let pat = kwargs.must_get::<&str>("pat")?;
    Ok(text
        .split_once(pat)
        .map(|(_, tail)| tail.trim_start_matches([':', ' ']).trim().to_owned())
        .unwrap_or_default())
}

/// Capitalises the first letter and leaves the rest as it is ("вернуть SIM" -> "Вернуть SIM").
fn upper_first(text: &str, _: Kwargs, _: &State) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The first sentence of a text, for the opener, which has room for one about the event.
/// A stop after a short word ("Oct.", "г.", "Dr.") is taken for an abbreviation, not an end.
fn first_sentence(text: &str, _: Kwargs, _: &State) -> String {
    let chars: Vec<(usize, char)> = text.trim().char_indices().collect();
    let t = text.trim();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let after = chars.get(k + 2).map(|&(_, n)| n);
        // An end is a stop, a space, and then anything but a lowercase letter.
        let ends =
            next.is_some_and(char::is_whitespace) && after.is_some_and(|a| !a.is_lowercase());
        let word_before: String = t[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        let abbreviation = c == '.' && word_before.chars().count() <= 3;
        if ends && !abbreviation {
            return t[..at + c.len_utf8()].to_owned();
        }
    }
    t.to_owned()
}

/// English words that keep their capital mid-sentence, besides the months.
const ALWAYS_CAPITALISED: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Christmas",
    "Easter",
];

/// `{{ date | with(p="с") }}`: the text after the preposition in the form it takes there,
/// «со 2 сентября», «с 10 августа».
fn with(text: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let p = kwargs.must_get::<&str>("p")?;
    Ok(wording::with_preposition(p, text))
}

/// `{{ n | ru_plural(one="день", few="дня", many="дней") }}`
fn ru_plural(n: i64, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let one = kwargs.must_get::<&str>("one")?;
    let few = kwargs.must_get::<&str>("few")?;
    let many = kwargs.must_get::<&str>("many")?;
    Ok(locale::ru_plural(n, one, few, many).to_owned())
}

/// `{{ n | he_count(one="יום אחד", two="יומיים", many="ימים") }}`: the number with its noun,
/// "14 ימים"; `two` may be left out.
fn he_count(n: i64, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let one = kwargs.must_get::<&str>("one")?;
    let two = kwargs.get::<&str>("two")?;
    let many = kwargs.must_get::<&str>("many")?;
    Ok(locale::he_count(n, one, two, many))
}

/// `{{ n | he_times }}`: "פעם אחת", "פעמיים", "שלוש פעמים"... as Hebrew says a number of times.
fn he_times(n: i64, _: Kwargs, _: &State) -> String {
    locale::he_times(n)
}

/// Pads text with spaces to `width` characters, for aligned columns; a label as long as the
/// column or longer still gets one space, so it never runs into its value.
fn pad(text: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let width = kwargs.must_get::<i64>("width")?;
    let width = usize::try_from(width).unwrap_or(0);
    let len = text.chars().count();
    Ok(format!(
        "{text}{}",
        " ".repeat(width.saturating_sub(len).max(1))
    ))
}

// ---------------------------------------------------------------------------------------
// The view templates see.

#[derive(Serialize, Clone)]
struct View {
    /// "en", "ru" or "he".
    lang: &'static str,
    title: Option<String>,
    /// The letter's date, formatted.
    date: String,
    /// The date by which the company should answer, formatted.
    deadline: String,
    response_days: u32,
    consumer: PersonView,
    company: CompanyView,
    /// Every identifier, in a fixed order; `key` is order_number, contract_number,
    /// phone_number or other (then `label` says what it is).
    ids: Vec<IdView>,
    /// The identifiers by key, for templates that want one: `id.order_number`.
    id: BTreeMap<&'static str, String>,
    event: EventView,
    goal: GoalView,
    fallback: Option<String>,
    /// Whether the second choice is the money back.
    fallback_refund: bool,
    /// The goal kinds the second choice's words ask for ("replacement", "repair").
    fallback_kinds: Vec<&'static str>,
    /// Whether the person says they already cancelled what the goal is to cancel.
    cancelled_before: bool,
    consequence: Option<ConsequenceView>,
    attachments: Vec<AttachmentView>,
    /// Earlier contacts, oldest first (undated ones last, in file order).
    contacts: Vec<ContactView>,
    /// What was bought, formatted.
    purchase: Option<PurchaseView>,
    /// What the jurisdiction's law gives the letter; absent for the generic letter.
    law: Option<law::Demand>,
}

#[derive(Serialize, Clone)]
struct PurchaseView {
    /// "goods" or "service".
    kind: Option<&'static str>,
    distance: bool,
    /// A contract with a telecom operator (its phone number is the subscriber's number).
    telecom: bool,
    date: Option<String>,
    price: Option<String>,
    refund_to: Option<String>,
    /// What was bought, as the receipt names it.
    item: Option<String>,
    /// What is wrong with it.
    defect: Option<String>,
    /// When the defect was found, formatted.
    defect_found: Option<String>,
    /// How many repairs failed to put it right.
    failed_repairs: Option<u32>,
    /// Since when the goods are with the seller for repair or a check, formatted.
    handed_over: Option<String>,
    /// Whether the event's summary or details already give the purchase's date or price, so
    /// the letter does not say them twice.
    date_told: bool,
    price_told: bool,
}

#[derive(Serialize, Clone, Default)]
struct PersonView {
    name: String,
    address: Option<String>,
    email: Option<String>,
    phone: Option<String>,
}

#[derive(Serialize, Clone, Default)]
struct CompanyView {
    name: String,
    /// The name as people say it, without its legal form.
    short: String,
    department: Option<String>,
    address: Option<String>,
    email: Option<String>,
    support_phone: Option<String>,
}

#[derive(Serialize, Clone)]
struct IdView {
    key: &'static str,
    label: Option<String>,
    value: String,
}

#[derive(Serialize, Clone)]
struct EventView {
    summary: String,
    details: Option<String>,
    date: Option<String>,
    amount: Option<String>,
    /// The amount as people say it ("34 990 рублей"), for the spoken renderings.
    amount_said: Option<String>,
    /// Whether the summary already gives the amount or the date, so they are not repeated.
    amount_in_summary: bool,
    date_in_summary: bool,
    /// Whether the summary or the details already give the amount or the date: a rendering
    /// that prints the details does not add them again.
    amount_told: bool,
    date_told: bool,
    /// Whether the date is the purchase's (the purchase's own date, or a summary that tells
    /// of buying and gives the date), so the brief does not call it the problem's start.
    date_is_purchase: bool,
    /// The device and version, or the goods; left out when it names a device but the
    /// problem is a charge (a billing problem does not turn on the phone's version).
    environment: Option<String>,
    /// Whether the environment names a device, system or app rather than goods, for a
    /// problem that is not a charge.
    technical: bool,
    /// Whether the problem is a charge (the summary speaks of a payment or a debit).
    billing: bool,
}

#[derive(Serialize, Clone, Default)]
struct GoalView {
    kind: Option<&'static str>,
    summary: String,
    amount: Option<String>,
    /// The amount as people say it ("34 990 рублей"), for the spoken renderings.
    amount_said: Option<String>,
    /// Whether the summary already states the amount, so templates need not repeat it.
    amount_in_summary: bool,
    /// How the goal is put (`wording::Form`): action, request, demand, imperative, future
    /// or want.
    form: &'static str,
    /// The action without the words of a request or a demand, starting lowercase.
    action: String,
    /// The goal as a spoken request ("Прошу вернуть…"), for the opener and the message.
    say: String,
    /// The goal as the letter asks for it.
    ask: String,
    /// The action as the letter asks for it, without a term of the person's own.
    letter_action: String,
    /// Whether the goal is the person's own statement (`form` is "want"); kept for templates
    /// written before `form`.
    first_person: bool,
}

#[derive(Serialize, Clone)]
struct ConsequenceView {
    kind: Option<&'static str>,
    summary: String,
}

#[derive(Serialize, Clone)]
struct AttachmentView {
    number: usize,
    /// The file name alone (the letter's reader has no use for the folder).
    file: Option<String>,
    path: Option<String>,
    description: Option<String>,
    /// Sheets on paper, when known without reading the file: an image prints on one.
    sheets: Option<u32>,
}

#[derive(Serialize, Clone)]
struct ContactView {
    date: Option<String>,
    channel: Option<&'static str>,
    reference: Option<String>,
    operator: Option<String>,
    summary: Option<String>,
    /// For a letter: the day it was received, how it went, its tracking number.
    delivered: Option<String>,
    sent_by: Option<&'static str>,
    tracking: Option<String>,
    /// first_line, second_line or management.
    level: Option<&'static str>,
}

impl View {
    /// Gives each attachment the pages counted for it, where they were.
    fn count_sheets(&mut self, counted: &BTreeMap<usize, u32>) {
        for a in &mut self.attachments {
            if let Some(&n) = counted.get(&a.number) {
                a.sheets = Some(n);
            }
        }
    }

    /// Everything the privacy does not change; the texts are left empty for
    /// [`View::write_texts`].
    fn facts(
        case: &Case,
        lang: Language,
        letter_date: NaiveDate,
        law: Option<&law::Applied>,
    ) -> View {
        let (days, deadline) = match law {
            Some(law) => (law.days(case, lang), law.deadline(case, lang, letter_date)),
            None => {
                let days = case
                    .response_days
                    .map_or_else(|| lang.default_response_days(), |d| d.get());
                (days, letter_date + chrono::Days::new(u64::from(days)))
            }
        };
        let goal_amount = case.goal.amount.as_ref();
        View {
            lang: lang.code(),
            title: None,
            date: locale::date(lang, letter_date),
            deadline: locale::date(lang, deadline),
            response_days: days,
            consumer: PersonView::default(),
            company: CompanyView::default(),
            ids: Vec::new(),
            id: BTreeMap::new(),
            event: EventView::facts(case, lang),
            goal: GoalView {
                kind: case.goal.kind.map(goal_kind),
                amount: goal_amount.map(|m| locale::money(lang, m)),
                amount_said: goal_amount.map(|m| locale::money_spoken(lang, m)),
                amount_in_summary: goal_amount
                    .is_some_and(|m| wording::states_amount(&case.goal.summary, m)),
                ..GoalView::default()
            },
            fallback: None,
            // The pack's choice of rule has read the account already.
            cancelled_before: case.goal.kind == Some(crate::case::GoalKind::Cancellation)
                && law.map_or_else(|| crate::law::withdrawn(case), |l| l.withdrawn),
            fallback_kinds: case
                .fallback
                .as_deref()
                .map(|f| wording::kinds_read(lang, f))
                .unwrap_or_default(),
            fallback_refund: case
                .fallback
                .as_deref()
                .is_some_and(|f| wording::refund(lang, f)),
            consequence: case.consequence.as_ref().map(|c| ConsequenceView {
                kind: c.kind.map(consequence_kind),
                summary: String::new(),
            }),
            attachments: case
                .attachments
                .iter()
                .enumerate()
                .map(|(i, a)| AttachmentView {
                    number: i + 1,
                    file: None,
                    path: None,
                    description: None,
                    sheets: a.path.as_deref().and_then(sheets),
                })
                .collect(),
            contacts: in_order(&case.contacts)
                .map(|c| ContactView::facts(c, lang))
                .collect(),
            purchase: case
                .purchase
                .as_ref()
                .map(|p| PurchaseView::facts(p, case, lang)),
            law: law.and_then(|l| l.demand(case, lang)),
        }
    }

    /// Puts the case's texts into the view, cleaned by `clean`: every value that shows the
    /// person's own words is written here, and only here.
    fn write_texts(&mut self, case: &Case, lang: Language, clean: &Clean, names: Option<&Names>) {
        // Without `names` every text is written; with them, a text the template never names
        // is left out (empty), so cleaning it costs nothing and nothing of it passes.
        let named = |name: &str| names.is_none_or(|n| n.has(name));
        let text = |s: &str| clean.text(s);
        let opt = |s: &Option<String>| s.as_deref().map(|s| clean.text(s));
        let opt_named = |name: &str, s: &Option<String>| if named(name) { opt(s) } else { None };
        self.title = opt_named("title", &case.title);
        if named("ids") || named("id") {
            self.write_ids(case, lang, clean);
        } else {
            self.ids.clear();
            self.id.clear();
        }
        let consumer = &case.consumer;
        self.consumer = if named("consumer") {
            PersonView {
                name: clean.name(&consumer.name),
                address: consumer.address.as_deref().map(|a| clean.address(a)),
                email: consumer.email.as_deref().map(|e| clean.email(e)),
                phone: consumer
                    .phone
                    .as_deref()
                    .map(|p| clean.reference(&locale::phone(lang, p))),
            }
        } else {
            PersonView::default()
        };
        self.company = CompanyView {
            name: text(&case.company.name),
            short: text(&wording::spoken_name(&case.company.name)),
            department: opt(&case.company.department),
            address: opt(&case.company.address),
            email: opt(&case.company.email),
            support_phone: opt(&case
                .company
                .support_phone
                .as_deref()
                .map(|p| locale::phone(lang, p))),
        };
        self.event.summary = text(&case.event.summary);
        self.event.details = opt_named("details", &case.event.details);
        if self.event.environment.is_some() {
            self.event.environment = opt_named("environment", &case.event.environment);
        }
        self.goal.write(lang, text(&case.goal.summary));
        self.fallback = opt_named("fallback", &case.fallback);
        if !named("consequence") {
            self.consequence = None;
        }
        if let (Some(view), Some(c)) = (&mut self.consequence, &case.consequence) {
            view.summary = text(&c.summary);
        }
        if !named("attachments") {
            self.attachments.clear();
        }
        for (view, a) in self.attachments.iter_mut().zip(&case.attachments) {
            view.file = a.path.as_deref().map(|p| {
                let name = Path::new(p)
                    .file_name()
                    .map_or(p.into(), |n| n.to_string_lossy());
                text(&name)
            });
            view.path = opt(&a.path);
            view.description = opt(&a.description);
        }
        if !named("contacts") {
            self.contacts.clear();
        }
        for (view, c) in self.contacts.iter_mut().zip(in_order(&case.contacts)) {
            view.reference = c.reference.as_deref().map(|r| clean.reference(r));
            view.operator = c.operator.as_deref().map(|o| clean.name(o));
            view.summary = opt(&c.summary);
        }
        if !named("purchase") {
            self.purchase = None;
        }
        if let (Some(view), Some(p)) = (&mut self.purchase, &case.purchase) {
            view.refund_to = p.refund_to.as_deref().map(|r| clean.reference(r));
            view.item = opt(&p.item);
            view.defect = opt(&p.defect);
        }
    }

    /// Every identifier, in a fixed order, and the standard ones by key.
    fn write_ids(&mut self, case: &Case, lang: Language, clean: &Clean) {
        let mut ids = Vec::new();
        let mut id = BTreeMap::new();
        let standard = [
            ("order_number", &case.identifiers.order_number),
            ("contract_number", &case.identifiers.contract_number),
            ("phone_number", &case.identifiers.phone_number),
        ];
        for (key, value) in standard {
            if let Some(value) = value {
                let value = &match key {
                    "phone_number" => locale::phone(lang, value),
                    _ => value.clone(),
                };
                id.insert(key, clean.reference(value));
                ids.push(IdView {
                    key,
                    label: None,
                    value: clean.reference(value),
                });
            }
        }
        for other in &case.identifiers.other {
            ids.push(IdView {
                key: "other",
                label: Some(clean.text(&other.label)),
                value: clean.labelled(&other.label, &other.value),
            });
        }
        self.ids = ids;
        self.id = id;
    }
}

impl EventView {
    /// The event's dates, sums and kind; its texts are left for [`View::write_texts`].
    fn facts(case: &Case, lang: Language) -> EventView {
        let event = &case.event;
        // The device and its version matter to a technical problem; to a charge they do not,
        // and goods are named as goods.
        let device = event.environment.as_deref().is_some_and(wording::technical);
        let billing = wording::billing(&event.summary);
        let amount = event.amount.as_ref();
        EventView {
            summary: String::new(),
            details: None,
            date: event.date.map(|d| locale::date(lang, d.0)),
            amount: amount.map(|m| locale::money(lang, m)),
            amount_said: amount.map(|m| locale::money_spoken(lang, m)),
            amount_in_summary: amount.is_some_and(|m| wording::states_amount(&event.summary, m)),
            date_in_summary: event
                .date
                .is_some_and(|d| wording::states_date(&event.summary, d.0)),
            amount_told: amount.is_some_and(|m| told(event).any(|t| wording::states_amount(t, m))),
            date_told: event
                .date
                .is_some_and(|d| told(event).any(|t| wording::states_date(t, d.0))),
            date_is_purchase: event.date.is_some_and(|d| {
                case.purchase
                    .as_ref()
                    .and_then(|p| p.date)
                    .is_some_and(|p| p.0 == d.0)
                    || (wording::states_date(&event.summary, d.0)
                        && wording::purchase(&event.summary))
            }),
            // Shown unless it names a device and the problem is a charge: the text itself is
            // written with the others.
            environment: event
                .environment
                .as_ref()
                .filter(|_| !(device && billing))
                .map(|_| String::new()),
            technical: device && !billing,
            billing,
        }
    }
}

impl GoalView {
    /// The goal's words, and what [`wording::goal`] reads in them; worded again only when
    /// they differ from those the view has.
    fn write(&mut self, lang: Language, summary: String) {
        if !self.form.is_empty() && summary == self.summary {
            return;
        }
        let goal = wording::goal(lang, &summary);
        self.form = goal.form.name();
        self.first_person = goal.form == wording::Form::Want;
        self.action = goal.action;
        self.say = wording::spoken(lang, &goal.say);
        self.ask = goal.letter;
        self.letter_action = goal.letter_action;
        self.summary = summary;
    }
}

impl ContactView {
    /// A contact's dates and kinds; its texts are left for [`View::write_texts`].
    fn facts(c: &crate::case::Contact, lang: Language) -> ContactView {
        ContactView {
            date: c.date.map(|d| locale::date(lang, d.0)),
            channel: c.channel.map(channel),
            reference: None,
            operator: None,
            summary: None,
            delivered: c.delivered.map(|d| locale::date(lang, d.0)),
            sent_by: c.sent_by.map(|s| s.code()),
            tracking: c.tracking.as_ref().map(|t| t.to_string()),
            level: c.level.map(|l| match l {
                crate::case::Level::FirstLine => "first_line",
                crate::case::Level::SecondLine => "second_line",
                crate::case::Level::Management => "management",
            }),
        }
    }
}

impl PurchaseView {
    /// What was bought: its dates, price and kind; its texts are left for
    /// [`View::write_texts`].
    fn facts(p: &crate::case::Purchase, case: &Case, lang: Language) -> PurchaseView {
        let date = |d: NaiveDate| locale::date(lang, d);
        PurchaseView {
            kind: p.kind.map(|k| match k {
                crate::case::PurchaseKind::Goods => "goods",
                crate::case::PurchaseKind::Service => "service",
            }),
            distance: p.distance.unwrap_or(false),
            telecom: p.telecom.unwrap_or(false),
            date: p.date.map(|d| date(d.0)),
            price: p.price.as_ref().map(|m| locale::money(lang, m)),
            refund_to: None,
            item: None,
            defect: None,
            defect_found: p.defect_found.map(|d| date(d.0)),
            failed_repairs: p.failed_repairs,
            handed_over: p.handed_over.map(|d| date(d.0)),
            date_told: p
                .date
                .is_some_and(|d| told(&case.event).any(|t| wording::states_date(t, d.0))),
            price_told: p
                .price
                .as_ref()
                .is_some_and(|m| told(&case.event).any(|t| wording::states_amount(t, m))),
        }
    }
}

/// Earlier contacts, oldest first (undated ones last, in file order).
fn in_order(contacts: &[crate::case::Contact]) -> impl Iterator<Item = &crate::case::Contact> {
    let mut sorted: Vec<_> = contacts.iter().collect();
    sorted.sort_by_key(|c| c.date.map_or((1, NaiveDate::MAX), |d| (0, d.0)));
    sorted.into_iter()
}

/// The event's own words: its summary, then its details.
fn told(event: &crate::case::Event) -> impl Iterator<Item = &str> {
    std::iter::once(event.summary.as_str()).chain(event.details.as_deref())
}

/// Amounts and dates stand in spoken text though other long numbers go: each is put aside
/// behind a placeholder of private-use characters (no digits, so kept as a word) and put
/// back by [`restore_amounts`].
fn keep_amounts(text: &str, said_date: impl Fn(&str) -> Option<String>) -> (String, Vec<String>) {
    // Both are written in digits.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return (text.to_owned(), Vec::new());
    }
    let words: Vec<&str> = text.split(' ').collect();
    let spans = wording::amounts_and_dates(&words);
    if spans.is_empty() {
        return (text.to_owned(), Vec::new());
    }
    let mut kept = Vec::new();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    for (start, end) in spans {
        out.extend(words[i..start].iter().map(|w| (*w).to_owned()));
        // Said as people say it: no ",00" on a whole sum. A comma or a bracket after it
        // stays outside, so the clauses of the text stay as they were.
        let said = words[start..end].join(" ");
        let core = said.trim_end_matches([',', ';', ':', ')']);
        out.push(format!(
            "{}{}",
            placeholder(kept.len()),
            &said[core.len()..]
        ));
        kept.push(
            said_date(core).unwrap_or_else(|| core.replace(",00 ", " ").replace(".00 ", " ")),
        );
        i = end;
    }
    out.extend(words[i..].iter().map(|w| (*w).to_owned()));
    (out.join(" "), kept)
}

fn placeholder(n: usize) -> String {
    let c = char::from_u32(0xE000 + u32::try_from(n % 0x1000).unwrap_or(0)).unwrap_or('\u{E000}');
    format!("\u{F8FF}{c}\u{F8FF}")
}

fn restore_amounts(text: &str, kept: &[String]) -> String {
    let mut out = text.to_owned();
    for (n, amount) in kept.iter().enumerate() {
        out = out.replacen(&placeholder(n), amount, 1);
    }
    out
}

/// How much of the consumer's data a rendering may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Privacy {
    /// Everything (card numbers are always masked).
    Full,
    /// Spoken to the first line: no identifiers, contact details or long numbers in the
    /// text; the operator asks for those step by step.
    Spoken,
    /// For sharing with a friend or a forum: every identifier and personal detail masked.
    Redacted,
}

impl Privacy {
    /// What the written renderings (brief, message, letter) show under `options`.
    fn shown(options: &Options) -> Privacy {
        match options.redact {
            true => Privacy::Redacted,
            false => Privacy::Full,
        }
    }
}

/// Prepares user text for a rendering according to its [`Privacy`].
struct Clean {
    privacy: Privacy,
    /// Identifiers and personal details as typed, each with its masked form (redacted) or
    /// nothing (spoken); none for the full text.
    secrets: mask::Secrets,
    /// The text goes into the letter's layout, where a line starting with `@@` would be read
    /// as a block marker: such lines are escaped.
    layout: bool,
    /// For spoken text: the language it is said in and this year, which a date leaves
    /// unsaid.
    speech: (Language, i32),
    /// A text outside the letter's layout had a line that reads as a marker, so the letter
    /// needs its own, escaped view.
    marker_seen: std::cell::Cell<bool>,
}

impl Clean {
    fn new(case: &Case, privacy: Privacy, layout: bool) -> Clean {
        let mut secrets = Vec::new();
        // What shows in a secret's place; spoken text loses it whole.
        let shown = |masked: fn(&str) -> String, secret: &str| match privacy {
            Privacy::Spoken => String::new(),
            _ => masked(secret),
        };
        if privacy != Privacy::Full {
            let ids = &case.identifiers;
            let references = [&ids.order_number, &ids.contract_number, &ids.phone_number]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .chain(ids.other.iter().map(|o| o.value.as_str()))
                .chain(case.contacts.iter().filter_map(|c| c.reference.as_deref()))
                .chain(case.consumer.phone.as_deref());
            for r in references {
                secrets.push((r.to_owned(), shown(mask::reference, r)));
            }
            let c = &case.consumer;
            secrets.push((c.name.to_string(), shown(mask::initials, &c.name)));
            secrets.extend(c.email.iter().map(|e| (e.clone(), shown(mask::email, e))));
            secrets.extend(c.address.iter().map(|a| (a.clone(), "•••".to_owned())));
        }
        let secrets = match privacy {
            // Spoken text loses them whole; very short ones would take letters from words.
            Privacy::Spoken => mask::Secrets::removed(
                secrets
                    .iter()
                    .map(|(s, _)| s.as_str())
                    .filter(|s| s.chars().count() >= 3),
            ),
            _ => mask::Secrets::new(secrets),
        };
        Clean {
            privacy,
            secrets,
            layout,
            speech: (case.language(), case.event.date.map_or(0, |d| d.0.year())),
            marker_seen: std::cell::Cell::new(false),
        }
    }

    /// Spoken text is said in `lang`, in the year of `today`.
    fn speaking(mut self, lang: Language, today: NaiveDate) -> Clean {
        self.speech = (lang, today.year());
        self
    }

    /// Free text: card numbers masked, and per the privacy the secrets taken out or masked.
    fn text(&self, s: &str) -> String {
        let out = match self.privacy {
            Privacy::Full => mask::cards(s.trim()).into_owned(),
            // Without a digit or an "@" there is no amount, date, number or address to take
            // out or to say otherwise: only the secrets go.
            Privacy::Spoken if !s.bytes().any(|b| b == b'@' || b.is_ascii_digit()) => {
                self.secrets.replace(s.trim()).into_owned()
            }
            // Card numbers go whole, before masking could leave their last four digits.
            Privacy::Spoken => {
                // A date typed in digits is said in words ("до 15 ноября").
                let (lang, year) = self.speech;
                let (text, kept) = keep_amounts(s.trim(), |w| locale::said_date(lang, w, year));
                restore_amounts(&mask::cards(&mask::unspoken(&text, &self.secrets)), &kept)
            }
            Privacy::Redacted => self.secrets.replace(&mask::cards(s.trim())).into_owned(),
        };
        match letter::escape(&out) {
            Cow::Borrowed(_) => out,
            Cow::Owned(_) if !self.layout => {
                self.marker_seen.set(true);
                out
            }
            Cow::Owned(escaped) => escaped,
        }
    }

    fn reference(&self, s: &str) -> String {
        match self.privacy {
            Privacy::Redacted => mask::reference(&mask::cards(s.trim())),
            _ => self.text(s),
        }
    }

    /// A number under its label: one labelled as something other than a card (IMEI,
    /// tracking, account) is never masked as a card.
    fn labelled(&self, label: &str, value: &str) -> String {
        let other = label.split_whitespace().any(wording::labels_other_number);
        match self.privacy {
            Privacy::Full if other => value.trim().to_owned(),
            // The label is the context that tells a card ("Card", «Карта»).
            Privacy::Full => {
                let context = format!("{}: ", label.trim());
                let masked = mask::cards(&format!("{context}{}", value.trim())).into_owned();
                masked[context.len()..].to_owned()
            }
            _ => self.reference(value),
        }
    }

    fn name(&self, s: &str) -> String {
        match self.privacy {
            Privacy::Redacted => mask::initials(s),
            _ => self.text(s),
        }
    }

    fn email(&self, s: &str) -> String {
        match self.privacy {
            Privacy::Redacted => mask::email(s.trim()),
            _ => self.text(s),
        }
    }

    fn address(&self, s: &str) -> String {
        match self.privacy {
            Privacy::Redacted => "•••".to_owned(),
            _ => self.text(s),
        }
    }
}

/// How many sheets an attachment prints on, when its kind tells: one for an image.
fn sheets(path: &str) -> Option<u32> {
    let ext = Path::new(path)
        .extension()?
        .to_string_lossy()
        .to_lowercase();
    matches!(
        ext.as_str(),
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "heic" | "bmp" | "tif" | "tiff"
    )
    .then_some(1)
}

fn goal_kind(k: GoalKind) -> &'static str {
    match k {
        GoalKind::Refund => "refund",
        GoalKind::Replacement => "replacement",
        GoalKind::Repair => "repair",
        GoalKind::Cancellation => "cancellation",
        GoalKind::Compensation => "compensation",
        GoalKind::Correction => "correction",
        GoalKind::Other => "other",
    }
}

fn consequence_kind(k: ConsequenceKind) -> &'static str {
    match k {
        ConsequenceKind::Regulator => "regulator",
        ConsequenceKind::SwitchProvider => "switch_provider",
        ConsequenceKind::Court => "court",
        ConsequenceKind::Chargeback => "chargeback",
        ConsequenceKind::PublicReview => "public_review",
        ConsequenceKind::Other => "other",
    }
}

fn channel(c: Channel) -> &'static str {
    match c {
        Channel::Phone => "phone",
        Channel::Chat => "chat",
        Channel::Email => "email",
        Channel::Messenger => "messenger",
        Channel::Social => "social",
        Channel::Letter => "letter",
        Channel::Visit => "visit",
        Channel::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lf(s: &str) -> String {
        let mut tera = Tera::new();
        tera.register_filter("lower_first", lower_first);
        tera.register_filter("first_sentence", first_sentence);
        let mut ctx = Context::new();
        ctx.insert("s", s);
        tera.render_str("{{ s | lower_first }}", &ctx, false)
            .unwrap()
    }

    fn fs(s: &str) -> String {
        let mut tera = Tera::new();
        tera.register_filter("first_sentence", first_sentence);
        let mut ctx = Context::new();
        ctx.insert("s", s);
        tera.render_str("{{ s | first_sentence }}", &ctx, false)
            .unwrap()
    }

    #[test]
    fn the_first_sentence_stops_at_a_real_end() {
        assert_eq!(
            fs("Charged twice. Then again. And again!"),
            "Charged twice."
        );
        assert_eq!(
            fs("Charged on 3 Oct. 2026 twice"),
            "Charged on 3 Oct. 2026 twice"
        );
        assert_eq!(
            fs("Списали 3 октября 2026 г. Ещё раз"),
            "Списали 3 октября 2026 г. Ещё раз"
        );
        assert_eq!(fs("Version 8.2 broke. Fix it."), "Version 8.2 broke.");
        assert_eq!(fs("No stop at all"), "No stop at all");
        assert_eq!(
            fs("Why was I charged twice? Please help"),
            "Why was I charged twice?"
        );
    }

    #[test]
    fn lower_first_only_touches_ordinary_words() {
        assert_eq!(lf("Refund the charge."), "refund the charge");
        assert_eq!(lf("Вернуть деньги"), "вернуть деньги");
        assert_eq!(lf("I want my money back"), "I want my money back");
        assert_eq!(lf("SIM card replaced"), "SIM card replaced");
        assert_eq!(lf("MegaTel should refund"), "MegaTel should refund");
        assert_eq!(lf("A refund"), "a refund");
        assert_eq!(lf("October bill"), "October bill");
    }

    #[test]
    fn tidy_collapses_blank_runs() {
        assert_eq!(tidy("\n\na  \n\n\n\nb\n\n\n"), "a\n\nb\n");
    }

    #[test]
    fn the_call_is_read_line_by_line() {
        let call = Call::parse(
            "greeting: Hello.\n\nask: When?\nanswer: 3 October\nask: Why: really?\ngap: (not in your case)\nmore on it\nask: Unanswered?\n",
        );
        assert_eq!(call.greeting, "Hello.");
        assert_eq!(
            call.asks,
            [
                Ask {
                    question: "When?".into(),
                    answer: "3 October".into(),
                    gap: false
                },
                Ask {
                    question: "Why: really?".into(),
                    answer: "(not in your case) more on it".into(),
                    gap: true
                },
            ]
        );
    }

    #[test]
    fn every_language_has_the_call() {
        let r = Renderer::new(None).unwrap();
        for lang in Language::ALL {
            let case = crate::load::parse("example", crate::app::example(lang).as_bytes()).unwrap();
            let options = Options {
                date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
                lang: None,
                redact: false,
                sheets: Default::default(),
                law_on: None,
            };
            let call = r.call(&case, &options).unwrap();
            assert!(
                call.greeting
                    .contains(&wording::spoken_name(case.company.name.as_str())),
                "{lang}: {call:?}"
            );
            // A double charge: no one asks which phone or version it happened on.
            assert_eq!(call.asks.len(), 5, "{lang}: {call:?}");
            assert!(
                call.asks.iter().all(|a| !a.question.contains("version")
                    && !a.question.contains("верси")
                    && !a.question.contains("גרסה")),
                "{lang}: {call:?}"
            );
            assert!(call.asks.iter().all(|a| !a.gap), "{lang}: {call:?}");
        }
    }

    #[test]
    fn every_embedded_template_parses() {
        // They are parsed when first used, so a broken one would otherwise show only then.
        let r = Renderer::new(None).unwrap();
        for (name, template) in &r.templates {
            if let Err(e) = template.parsed(name) {
                panic!("{}", TemplateError::Tera(e));
            }
        }
        for lang in Language::ALL {
            for what in Rendering::ALL {
                assert!(r.templates.contains_key(&what.template(lang)));
            }
        }
    }
}
