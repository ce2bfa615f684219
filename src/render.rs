//! Rendering: a valid case in, the opener, brief, message or letter out.
//!
//! The words live in tera templates under `templates/<language>/`, embedded in the binary.
//! A folder given with `--templates` overrides them file by file. Templates receive a view
//! of the case in which every value is ready to print: dates and money formatted for the
//! language, card numbers masked, the deadline worked out. User text is only ever a value,
//! so `{{ }}` typed into a summary prints as typed.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::case::{Case, Channel, ConsequenceKind, GoalKind, Language, Money};
use crate::letter::{self, Block};
use crate::locale;
use crate::mask;

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
    ("ru/opener.txt", include_str!("../templates/ru/opener.txt")),
    ("ru/brief.txt", include_str!("../templates/ru/brief.txt")),
    (
        "ru/message.txt",
        include_str!("../templates/ru/message.txt"),
    ),
    ("ru/letter.txt", include_str!("../templates/ru/letter.txt")),
    ("he/opener.txt", include_str!("../templates/he/opener.txt")),
    ("he/brief.txt", include_str!("../templates/he/brief.txt")),
    (
        "he/message.txt",
        include_str!("../templates/he/message.txt"),
    ),
    ("he/letter.txt", include_str!("../templates/he/letter.txt")),
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
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemplateError::Read { path, source } => {
                write!(f, "cannot read templates from {}: {source}", path.display())
            }
            TemplateError::Tera(e) => {
                write!(f, "template error: {e}")?;
                let mut source = std::error::Error::source(e);
                while let Some(s) = source {
                    write!(f, ": {s}")?;
                    source = s.source();
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for TemplateError {}

impl From<tera::Error> for TemplateError {
    fn from(e: tera::Error) -> Self {
        TemplateError::Tera(e)
    }
}

/// Settings that are not part of the case.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The letter's date; the deadline counts from it.
    pub date: NaiveDate,
    /// Overrides the case's language.
    pub lang: Option<Language>,
}

/// Parsed templates, ready to render any number of cases.
pub struct Renderer {
    tera: Tera,
    /// Files in the override folder that replace no embedded template (likely typos).
    pub unused_overrides: Vec<String>,
}

impl Renderer {
    /// The embedded templates, with the files under `overrides` (if given) replacing or
    /// adding to them by their relative path (`en/letter.txt`).
    pub fn new(overrides: Option<&Path>) -> Result<Renderer, TemplateError> {
        let mut tera = Tera::new();
        tera.autoescape_on(Vec::<&str>::new());
        tera.register_filter("sentence", sentence);
        tera.register_filter("lower_first", lower_first);
        tera.register_filter("ru_plural", ru_plural);
        tera.register_filter("he_count", he_count);
        tera.register_filter("pad", pad);
        tera.add_raw_templates(EMBEDDED.iter().copied())?;
        let mut unused_overrides = Vec::new();
        if let Some(dir) = overrides {
            let files = template_files(dir)?;
            for (name, _) in &files {
                if !EMBEDDED.iter().any(|(n, _)| n == name) {
                    unused_overrides.push(name.clone());
                }
            }
            tera.add_raw_templates(files)?;
        }
        Ok(Renderer {
            tera,
            unused_overrides,
        })
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
        Ok(tidy(&raw))
    }

    /// The letter as blocks, for the text and the PDF layouts.
    pub fn letter(&self, case: &Case, options: &Options) -> Result<Vec<Block>, TemplateError> {
        let raw = self.render_raw(Rendering::Letter, case, options)?;
        Ok(letter::parse(&raw))
    }

    fn render_raw(
        &self,
        what: Rendering,
        case: &Case,
        options: &Options,
    ) -> Result<String, TemplateError> {
        let lang = options.lang.unwrap_or_else(|| case.language());
        let view = View::new(case, lang, options.date);
        let context = Context::from_serialize(&view)?;
        Ok(self.tera.render(&what.template(lang), &context)?)
    }
}

/// Every `*.txt` below `dir`, named by its path relative to `dir` with `/` separators.
fn template_files(dir: &Path) -> Result<Vec<(String, String)>, TemplateError> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let read_err = |source| TemplateError::Read {
            path: folder.clone(),
            source,
        };
        for entry in std::fs::read_dir(&folder).map_err(read_err)? {
            let path = entry.map_err(read_err)?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                let text =
                    std::fs::read_to_string(&path).map_err(|source| TemplateError::Read {
                        path: path.clone(),
                        source,
                    })?;
                let relative = path.strip_prefix(dir).unwrap_or(&path);
                let name = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                files.push((name, text));
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Collapses runs of blank lines left by template tags, trims line ends, ends with one newline.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true; // drops leading blank lines
    for line in text.lines() {
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
    if ordinary && !pronoun_i && !ALWAYS_CAPITALISED.contains(&word.as_str()) {
        let first = t.chars().next().unwrap_or_default();
        first
            .to_lowercase()
            .chain(t[first.len_utf8()..].chars())
            .collect()
    } else {
        t.to_owned()
    }
}

/// English words that keep their capital mid-sentence.
const ALWAYS_CAPITALISED: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
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

/// Pads text with spaces to `width` characters, for aligned columns.
fn pad(text: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let width = kwargs.must_get::<i64>("width")?;
    let width = usize::try_from(width).unwrap_or(0);
    let len = text.chars().count();
    Ok(format!("{text}{}", " ".repeat(width.saturating_sub(len))))
}

// ---------------------------------------------------------------------------------------
// The view templates see.

/// User text, ready to print: trimmed and with card numbers masked.
fn text(s: &str) -> String {
    mask::cards(s.trim()).into_owned()
}

fn opt(s: &Option<String>) -> Option<String> {
    s.as_deref().map(text)
}

#[derive(Serialize)]
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
    consequence: Option<ConsequenceView>,
    attachments: Vec<AttachmentView>,
    /// Earlier contacts, oldest first (undated ones last, in file order).
    contacts: Vec<ContactView>,
}

#[derive(Serialize)]
struct PersonView {
    name: String,
    address: Option<String>,
    email: Option<String>,
    phone: Option<String>,
}

#[derive(Serialize)]
struct CompanyView {
    name: String,
    department: Option<String>,
    address: Option<String>,
    email: Option<String>,
    support_phone: Option<String>,
}

#[derive(Serialize)]
struct IdView {
    key: &'static str,
    label: Option<String>,
    value: String,
}

#[derive(Serialize)]
struct EventView {
    summary: String,
    details: Option<String>,
    date: Option<String>,
    amount: Option<String>,
    environment: Option<String>,
}

#[derive(Serialize)]
struct GoalView {
    kind: Option<&'static str>,
    summary: String,
    amount: Option<String>,
    /// Whether the summary already states the amount, so templates need not repeat it.
    amount_in_summary: bool,
}

#[derive(Serialize)]
struct ConsequenceView {
    kind: Option<&'static str>,
    summary: String,
}

#[derive(Serialize)]
struct AttachmentView {
    number: usize,
    /// The file name alone (the letter's reader has no use for the folder).
    file: Option<String>,
    path: Option<String>,
    description: Option<String>,
}

#[derive(Serialize)]
struct ContactView {
    date: Option<String>,
    channel: Option<&'static str>,
    reference: Option<String>,
    operator: Option<String>,
    summary: Option<String>,
}

impl View {
    fn new(case: &Case, lang: Language, letter_date: NaiveDate) -> View {
        let date = |d: chrono::NaiveDate| locale::date(lang, d);
        let money = |m: &Money| locale::money(lang, m);
        let days = case
            .response_days
            .map_or_else(|| lang.default_response_days(), |d| d.get());
        let deadline = letter_date + chrono::Days::new(u64::from(days));

        let mut ids = Vec::new();
        let mut id = BTreeMap::new();
        let standard = [
            ("order_number", &case.identifiers.order_number),
            ("contract_number", &case.identifiers.contract_number),
            ("phone_number", &case.identifiers.phone_number),
        ];
        for (key, value) in standard {
            if let Some(value) = value {
                id.insert(key, text(value));
                ids.push(IdView {
                    key,
                    label: None,
                    value: text(value),
                });
            }
        }
        for other in &case.identifiers.other {
            ids.push(IdView {
                key: "other",
                label: Some(text(&other.label)),
                value: text(&other.value),
            });
        }

        let goal_amount = case.goal.amount.as_ref();
        let mut contacts: Vec<_> = case.contacts.iter().collect();
        contacts.sort_by_key(|c| c.date.map_or((1, NaiveDate::MAX), |d| (0, d.0)));

        View {
            lang: lang.code(),
            title: opt(&case.title),
            date: date(letter_date),
            deadline: date(deadline),
            response_days: days,
            consumer: PersonView {
                name: text(&case.consumer.name),
                address: opt(&case.consumer.address),
                email: opt(&case.consumer.email),
                phone: opt(&case.consumer.phone),
            },
            company: CompanyView {
                name: text(&case.company.name),
                department: opt(&case.company.department),
                address: opt(&case.company.address),
                email: opt(&case.company.email),
                support_phone: opt(&case.company.support_phone),
            },
            ids,
            id,
            event: EventView {
                summary: text(&case.event.summary),
                details: opt(&case.event.details),
                date: case.event.date.map(|d| date(d.0)),
                amount: case.event.amount.as_ref().map(money),
                environment: opt(&case.event.environment),
            },
            goal: GoalView {
                kind: case.goal.kind.map(goal_kind),
                summary: text(&case.goal.summary),
                amount: goal_amount.map(money),
                amount_in_summary: goal_amount
                    .is_some_and(|m| mentions_amount(&case.goal.summary, m)),
            },
            fallback: opt(&case.fallback),
            consequence: case.consequence.as_ref().map(|c| ConsequenceView {
                kind: c.kind.map(consequence_kind),
                summary: text(&c.summary),
            }),
            attachments: case
                .attachments
                .iter()
                .enumerate()
                .map(|(i, a)| AttachmentView {
                    number: i + 1,
                    file: a.path.as_deref().map(|p| {
                        let name = Path::new(p)
                            .file_name()
                            .map_or(p.into(), |n| n.to_string_lossy());
                        text(&name)
                    }),
                    path: opt(&a.path),
                    description: opt(&a.description),
                })
                .collect(),
            contacts: contacts
                .into_iter()
                .map(|c| ContactView {
                    date: c.date.map(|d| date(d.0)),
                    channel: c.channel.map(channel),
                    reference: opt(&c.reference),
                    operator: opt(&c.operator),
                    summary: opt(&c.summary),
                })
                .collect(),
        }
    }
}

/// Whether `summary` already carries the amount's number ("49.99", "49,99" or "1290").
fn mentions_amount(summary: &str, money: &Money) -> bool {
    let v = &money.value;
    let dot = v.to_string();
    let comma = dot.replace('.', ",");
    summary.contains(&dot) || summary.contains(&comma)
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
        let mut ctx = Context::new();
        ctx.insert("s", s);
        tera.render_str("{{ s | lower_first }}", &ctx, false)
            .unwrap()
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
    fn every_embedded_template_parses() {
        let r = Renderer::new(None).unwrap();
        for lang in Language::ALL {
            for what in Rendering::ALL {
                assert!(
                    r.tera
                        .get_template_names()
                        .any(|n| n == what.template(lang))
                );
            }
        }
    }
}
