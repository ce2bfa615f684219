//! The interactive walk of `complaint prepare`: one question at a time, in the order of the
//! event -> goal -> consequence frame, each with a one-line hint.
//!
//! The walk talks to a [`Prompter`] (dialoguer in the binary, scripted answers in tests) and
//! builds the case as JSON, the same shape as a case file. After every answer it hands the
//! draft to a save callback, so an interrupted walk loses at most the answer being typed.
//! Every answer is checked where it is typed and asked again, with the reason, when wrong.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use chrono::NaiveDate;

use crate::case::{Consumer, Jurisdiction, Language};
use crate::coach::{self, About};
use crate::i18n;
use crate::input::{self, DateAnswer, MoneyError};
use crate::languages;
use crate::locale;
use crate::t;

/// A question, and why it is asked (with an example answer), in the interface language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub prompt: String,
    pub hint: String,
}

impl Question {
    /// The question of message `id`, with its hint `id-hint`, and `args` for both.
    pub fn of(id: &str, args: &[(&str, i18n::Arg)]) -> Question {
        Question {
            prompt: i18n::message(id, args),
            hint: i18n::message(&format!("{id}-hint"), args),
        }
    }
}

/// How the walk asks. Each call blocks until the person answers.
pub trait Prompter {
    /// A line of text. With a default, an empty answer returns the default.
    fn text(&mut self, q: &Question, default: Option<&str>) -> io::Result<String>;
    /// A line of text that `check` accepts (an empty one always passes): a refused answer
    /// is explained and asked again, in place on a terminal.
    fn text_checked(
        &mut self,
        q: &Question,
        default: Option<&str>,
        check: &mut dyn FnMut(&str) -> Result<(), String>,
    ) -> io::Result<String> {
        loop {
            let answer = self.text(q, default)?;
            match check(answer.trim()) {
                Ok(()) => return Ok(answer),
                Err(reason) => self.say(&reason),
            }
        }
    }
    /// One of `options`, by index.
    fn choose(&mut self, q: &Question, options: &[String], default: usize) -> io::Result<usize>;
    fn yes_no(&mut self, prompt: &str, default: bool) -> io::Result<bool>;
    /// A line for the person to read: a reason to answer again, a note.
    fn say(&mut self, line: &str);
    /// The title of the next group of questions.
    fn section(&mut self, title: &str) {
        self.say(title);
    }
    /// A text to read as it is (the opener and the brief).
    fn show(&mut self, text: &str) {
        for line in text.lines() {
            self.say(line);
        }
    }
}

/// A walk in progress, as saved after every answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The case so far, in the case-file format (without `schema_version`).
    pub case: Map<String, Value>,
    /// The steps already answered, by name, so `--resume` goes on from the first that is not.
    pub answered: Vec<String>,
    /// Where the finished case goes, when known (`prepare FILE`, `prepare --edit CASE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<PathBuf>,
    /// Whether the walk changes an existing case (its file is then replaced).
    #[serde(default)]
    pub editing: bool,
    /// The case as its file held it when the edit began: a change made to the file since
    /// (a `log` meanwhile) is merged in or refused, never silently overwritten.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<Value>,
}

impl Draft {
    /// A draft for editing an existing case: its answers become the defaults.
    pub fn editing(case: &Value, target: PathBuf) -> Draft {
        let mut map = case.as_object().cloned().unwrap_or_default();
        map.remove("schema_version");
        Draft {
            case: map,
            answered: Vec::new(),
            target: Some(target),
            editing: true,
            original: Some(case.clone()),
        }
    }

    /// The finished case file: the answers with `schema_version` first.
    pub fn to_case_json(&self) -> Value {
        let mut map = Map::new();
        map.insert("schema_version".into(), json!(crate::case::SCHEMA_VERSION));
        for (k, v) in &self.case {
            map.insert(k.clone(), v.clone());
        }
        Value::Object(map)
    }

    fn get(&self, path: &str) -> Option<&Value> {
        let mut parts = path.split('.');
        let mut v = self.case.get(parts.next()?)?;
        for p in parts {
            v = v.get(p)?;
        }
        Some(v)
    }

    fn case_mut(&mut self, path: &str) -> Option<&mut Value> {
        let mut parts = path.split('.');
        let mut v = self.case.get_mut(parts.next()?)?;
        for p in parts {
            v = v.get_mut(p)?;
        }
        Some(v)
    }

    fn get_str(&self, path: &str) -> Option<&str> {
        self.get(path).and_then(Value::as_str)
    }

    /// Sets `path` (like `event.date`) to `value`, or removes it when `value` is `None`.
    fn set(&mut self, path: &str, value: Option<Value>) {
        let parts: Vec<&str> = path.split('.').collect();
        let mut map = &mut self.case;
        for p in &parts[..parts.len() - 1] {
            let entry = map.entry(p.to_string()).or_insert_with(|| json!({}));
            if !entry.is_object() {
                *entry = json!({});
            }
            map = entry.as_object_mut().expect("just made an object");
        }
        let last = parts[parts.len() - 1];
        match value {
            Some(v) => {
                map.insert(last.to_owned(), v);
            }
            None => {
                map.remove(last);
            }
        }
        // Leave no empty objects behind.
        if parts.len() == 2
            && self
                .case
                .get(parts[0])
                .and_then(Value::as_object)
                .is_some_and(Map::is_empty)
        {
            self.case.remove(parts[0]);
        }
    }

    fn push(&mut self, list: &str, item: Value) {
        let entry = self
            .case
            .entry(list.to_owned())
            .or_insert_with(|| json!([]));
        if let Some(items) = entry.as_array_mut() {
            items.push(item);
        }
    }

    fn count(&self, list: &str) -> usize {
        self.case
            .get(list)
            .and_then(Value::as_array)
            .map_or(0, Vec::len)
    }
}

/// Why a walk stopped before the end.
#[derive(Debug)]
pub enum Stop {
    /// The terminal failed or the person pressed Ctrl-C: the draft is saved up to here.
    Prompt(io::Error),
    /// The draft could not be saved.
    Save(crate::error::Error),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Self {
        Stop::Prompt(e)
    }
}

/// What the walk needs from outside.
pub struct Context<'a> {
    /// The consumer's details from the most recent saved case, to offer again.
    pub previous: Option<&'a Consumer>,
    /// Attachment paths are checked relative to this folder.
    pub base_dir: &'a Path,
    /// The language chosen first unless the case has one (`--lang`, else the interface's).
    pub language: Language,
    /// Today, for "yesterday" and dates without a year.
    pub today: NaiveDate,
    /// Called after every answer with the draft so far.
    pub save: &'a mut dyn FnMut(&Draft) -> Result<(), crate::error::Error>,
    /// The opener and the brief of the draft, to show before the letter's part is offered
    /// (`None` when they cannot be made yet).
    pub preview: &'a mut dyn FnMut(&Draft) -> Option<String>,
}

/// What kind of answer a step takes, and so how it is asked and checked.
#[derive(Clone, Copy)]
enum Answer {
    /// Text that cannot be empty.
    Required,
    /// The person's own words, read by the coach right after they are given.
    Words { required: bool },
    /// Optional text: empty skips it, `-` clears a value kept from before.
    Text,
    /// A date as people write it, stored as YYYY-MM-DD.
    Date,
    /// An amount as people write it, stored as `{"value", "currency"}`.
    Money,
    /// An e-mail address.
    Email,
    /// A step with questions of its own.
    Own(fn(&mut dyn Prompter, &mut Draft, &mut Context) -> Result<(), Stop>),
}

/// One step of the walk: the field it fills (as in the case file, so also its message ids:
/// `event.date` asks `q-event-date` with the hint `q-event-date-hint`), the heading shown
/// before it, the kind of answer, and whether it is asked for the draft so far.
struct Step {
    field: &'static str,
    section: Option<&'static str>,
    answer: Answer,
    when: fn(&Draft) -> bool,
}

const fn step(field: &'static str, answer: Answer) -> Step {
    Step {
        field,
        section: None,
        answer,
        when: always,
    }
}

const fn heading(section: &'static str, mut s: Step) -> Step {
    s.section = Some(section);
    s
}

const fn for_letter(mut s: Step) -> Step {
    s.when = letter_part;
    s
}

fn always(_: &Draft) -> bool {
    true
}

/// The letter's part of the walk is asked when the person goes on to it.
fn letter_part(d: &Draft) -> bool {
    d.get("letter").and_then(Value::as_bool) != Some(false)
}

/// The steps in order: first what a call needs, then what a letter needs. Each is answered
/// once; the lists loop inside their step.
const STEPS: &[Step] = &[
    heading("section-language", step("language", Answer::Own(language))),
    heading("section-company", step("company.name", Answer::Required)),
    step("company.support_phone", Answer::Text),
    heading(
        "section-event",
        step("event.summary", Answer::Words { required: true }),
    ),
    step("event.details", Answer::Words { required: false }),
    step("event.date", Answer::Date),
    step("event.amount", Answer::Money),
    step("event.environment", Answer::Own(environment)),
    heading("section-goal", step("goal.kind", Answer::Own(goal_kind))),
    step("goal.summary", Answer::Words { required: true }),
    step("goal.amount", Answer::Own(goal_amount)),
    heading(
        "section-consequence",
        step("consequence", Answer::Own(consequence)),
    ),
    step("fallback", Answer::Words { required: false }),
    heading(
        "section-identifiers",
        step("identifiers.order_number", Answer::Text),
    ),
    step("identifiers.contract_number", Answer::Text),
    step("identifiers.phone_number", Answer::Text),
    step("identifiers.other", Answer::Own(other_identifiers)),
    heading(
        "section-attachments",
        step("attachments", Answer::Own(attachments)),
    ),
    heading("section-contacts", step("contacts", Answer::Own(contacts))),
    step("letter", Answer::Own(go_on)),
    for_letter(step("company.department", Answer::Text)),
    for_letter(step("company.address", Answer::Text)),
    for_letter(step("company.email", Answer::Email)),
    for_letter(heading(
        "section-law",
        step("jurisdiction", Answer::Own(jurisdiction)),
    )),
    for_letter(step("purchase", Answer::Own(purchase))),
    heading("section-consumer", step("consumer", Answer::Own(consumer))),
    for_letter(step("response_days", Answer::Own(response_days))),
    step("title", Answer::Own(title)),
];

/// Runs the walk from the first unanswered step to the end.
pub fn run(p: &mut dyn Prompter, draft: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    for s in STEPS {
        if draft.answered.iter().any(|a| a == s.field) {
            continue;
        }
        if (s.when)(draft) {
            if let Some(section) = s.section {
                p.section(&t!(section));
            }
            ask(p, draft, cx, s)?;
        }
        draft.answered.push(s.field.to_owned());
        (cx.save)(draft).map_err(Stop::Save)?;
    }
    draft.case.remove("letter");
    Ok(())
}

/// Whether every step has been answered.
pub fn is_complete(draft: &Draft) -> bool {
    STEPS
        .iter()
        .all(|s| draft.answered.iter().any(|a| a == s.field))
}

/// The message id of a field's question: `event.date` -> `q-event-date`.
fn question_id(field: &str) -> String {
    format!("q-{}", field.replace('.', "-"))
}

fn ask(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context, s: &Step) -> Result<(), Stop> {
    let field = s.field;
    let sign = iso_currency::Currency::from_code(currency_of(d))
        .map(|c| c.symbol().to_string())
        .unwrap_or_default();
    let q = Question::of(&question_id(field), &[("currency", sign.into())]);
    match s.answer {
        Answer::Required => required(p, d, field, &q)?,
        Answer::Words { required: true } => required_words(p, d, field, &q)?,
        Answer::Words { required: false } => optional_words(p, d, field, &q)?,
        Answer::Text => optional(p, d, field, &q)?,
        Answer::Date => {
            let today = cx.today;
            let lang = i18n::current();
            checked(p, d, field, &q, |t| parse_date(t, lang, today))?;
            confirm_date(p, d, field)?;
        }
        Answer::Money => money(p, d, field, &q)?,
        Answer::Email => checked(p, d, field, &q, email)?,
        Answer::Own(f) => f(p, d, cx)?,
    }
    Ok(())
}

/// The case's language so far (the first step chooses it).
fn language_of(d: &Draft) -> Language {
    d.get_str("language")
        .and_then(languages::from_tag)
        .unwrap_or(Language::En)
}

/// The currency a bare number is taken to be: the one of the case's language.
fn currency_of(d: &Draft) -> &'static str {
    languages::info(language_of(d)).currency
}

/// Asks the language first, pre-selected; the walk then speaks it unless the interface
/// language was chosen explicitly.
fn language(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    let current = d
        .get_str("language")
        .and_then(languages::from_tag)
        .unwrap_or(cx.language);
    let names: Vec<String> = languages::ALL
        .iter()
        .map(|i| i.native_name.to_owned())
        .collect();
    let at = languages::ALL
        .iter()
        .position(|i| i.lang == current)
        .unwrap_or(0);
    let i = p.choose(&Question::of("q-language", &[]), &names, at)?;
    let lang = languages::ALL[i].lang;
    d.set("language", Some(json!(lang.code())));
    i18n::follow_case(lang);
    Ok(())
}

/// The draft's jurisdiction: its own, else the one of its language.
fn draft_jurisdiction(d: &Draft) -> Jurisdiction {
    d.get("jurisdiction")
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .unwrap_or_else(|| Jurisdiction::for_language(language_of(d)))
}

/// Whose law the letter relies on: a pack, or none.
fn jurisdiction(p: &mut dyn Prompter, d: &mut Draft, _: &mut Context) -> Result<(), Stop> {
    let packs = crate::law::Packs::new(None);
    let mut choices: Vec<Jurisdiction> = Jurisdiction::PACKS.to_vec();
    choices.push(Jurisdiction::None);
    let lang = i18n::current();
    let labels: Vec<String> = choices
        .iter()
        .map(|j| match packs.get(*j).ok().flatten() {
            Some(pack) => crate::law::words(&pack.name, lang)
                .unwrap_or(j.code())
                .to_owned(),
            None => t!("law-none"),
        })
        .collect();
    let current = draft_jurisdiction(d);
    let i = p.choose(
        &Question::of("q-jurisdiction", &[]),
        &labels,
        choices.iter().position(|j| *j == current).unwrap_or(0),
    )?;
    d.set("jurisdiction", Some(json!(choices[i].code())));
    Ok(())
}

/// What was bought: only what the jurisdiction's pack asks about.
fn purchase(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    let j = draft_jurisdiction(d);
    let Some(pack) = crate::law::Packs::new(None).get(j).ok().flatten() else {
        return Ok(());
    };
    let needs = pack.needs();
    if needs.subject {
        p.section(&t!("section-purchase"));
        let options = [
            t!("purchase-goods"),
            t!("purchase-service"),
            t!("purchase-neither"),
        ];
        let current = match d.get_str("purchase.kind") {
            Some("goods") => 0,
            Some("service") => 1,
            _ => 2,
        };
        let i = p.choose(&Question::of("q-purchase-kind", &[]), &options, current)?;
        let kind = ["goods", "service"].get(i).map(|k| json!(k));
        d.set("purchase.kind", kind);
        (cx.save)(d).map_err(Stop::Save)?;
    }
    let yes = |d: &Draft, path: &str| d.get(path).and_then(Value::as_bool).unwrap_or(false);
    if needs.distance {
        let had = yes(d, "purchase.distance");
        let answer = p.yes_no(&t!("q-purchase-distance"), had)?;
        d.set("purchase.distance", Some(json!(answer)));
    }
    if needs.telecom && d.get_str("purchase.kind") == Some("service") {
        let had = yes(d, "purchase.telecom");
        let answer = p.yes_no(&t!("q-purchase-telecom"), had)?;
        d.set("purchase.telecom", Some(json!(answer)));
    }
    let (today, lang) = (cx.today, i18n::current());
    let q = Question::of("q-purchase-date", &[]);
    checked(p, d, "purchase.date", &q, |t| parse_date(t, lang, today))?;
    confirm_date(p, d, "purchase.date")?;
    money(
        p,
        d,
        "purchase.price",
        &Question::of("q-purchase-price", &[]),
    )?;
    if matches!(
        d.get_str("goal.kind"),
        Some("refund" | "compensation" | "cancellation")
    ) {
        let q = Question::of("q-purchase-refund_to", &[]);
        optional(p, d, "purchase.refund_to", &q)?;
    }
    if d.get("purchase")
        .and_then(Value::as_object)
        .is_some_and(Map::is_empty)
    {
        d.set("purchase", None);
    }
    Ok(())
}

fn environment(p: &mut dyn Prompter, d: &mut Draft, _: &mut Context) -> Result<(), Stop> {
    let field = "event.environment";
    let had = d.get_str(field).is_some();
    if p.yes_no(&t!("q-event-technical"), had)? {
        required(p, d, field, &Question::of("q-event-environment", &[]))?;
    } else {
        d.set(field, None);
    }
    Ok(())
}

const GOAL_KINDS: &[&str] = &[
    "refund",
    "replacement",
    "repair",
    "cancellation",
    "compensation",
    "correction",
    "other",
];

const CONSEQUENCE_KINDS: &[&str] = &[
    "regulator",
    "switch_provider",
    "chargeback",
    "public_review",
    "court",
    "other",
];

/// The channels of a contact, as in the case file; each is worded by `channel-KEY`.
pub const CHANNELS: &[&str] = &[
    "phone",
    "chat",
    "email",
    "messenger",
    "social",
    "letter",
    "visit",
    "other",
];

/// The choices of `keys`, worded by the messages `prefix-KEY`.
fn labels(prefix: &str, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| t!(&format!("{prefix}-{k}"))).collect()
}

fn goal_kind(p: &mut dyn Prompter, d: &mut Draft, _: &mut Context) -> Result<(), Stop> {
    let field = "goal.kind";
    let current = d
        .get_str(field)
        .and_then(|k| GOAL_KINDS.iter().position(|v| *v == k));
    let i = p.choose(
        &Question::of("q-goal-kind", &[]),
        &labels("goal", GOAL_KINDS),
        current.unwrap_or(0),
    )?;
    d.set(field, Some(json!(GOAL_KINDS[i])));
    Ok(())
}

fn goal_amount(p: &mut dyn Prompter, d: &mut Draft, _: &mut Context) -> Result<(), Stop> {
    let field = "goal.amount";
    let kind = d.get_str("goal.kind").unwrap_or_default();
    if !matches!(kind, "refund" | "compensation") {
        d.set(field, None);
        return Ok(());
    }
    if d.get(field).is_none()
        && let Some(event_amount) = d.get("event.amount").cloned()
    {
        d.set(field, Some(event_amount));
    }
    money(p, d, field, &Question::of("q-goal-amount", &[]))?;
    Ok(())
}

fn consequence(p: &mut dyn Prompter, d: &mut Draft, _: &mut Context) -> Result<(), Stop> {
    let mut options = labels("consequence", CONSEQUENCE_KINDS);
    options.push(t!("consequence-none"));
    let current = d
        .get_str("consequence.kind")
        .and_then(|k| CONSEQUENCE_KINDS.iter().position(|v| *v == k));
    let i = p.choose(
        &Question::of("q-consequence", &[]),
        &options,
        current.unwrap_or(0),
    )?;
    if i == CONSEQUENCE_KINDS.len() {
        d.set("consequence", None);
    } else {
        d.set("consequence.kind", Some(json!(CONSEQUENCE_KINDS[i])));
        let q = Question::of("q-consequence-summary", &[]);
        required_words(p, d, "consequence.summary", &q)?;
    }
    Ok(())
}

fn other_identifiers(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    let mut others: Vec<Value> = d
        .get("identifiers.other")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    loop {
        let label = p.text(&Question::of("q-identifiers-other", &[]), None)?;
        let label = label.trim();
        if label.is_empty() {
            return Ok(());
        }
        let q = Question::of("q-identifiers-other-value", &[("label", label.into())]);
        let value = ask_required(p, &q, None)?;
        others.push(json!({ "label": label, "value": value }));
        d.set("identifiers.other", Some(Value::Array(others.clone())));
        (cx.save)(d).map_err(Stop::Save)?;
    }
}

/// Shows what the call needs (the opener and the brief), then asks whether to go on with
/// what a letter needs, or stop there.
fn go_on(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    if let Some(text) = (cx.preview)(d) {
        p.section(&t!("walk-say-first"));
        p.show(&text);
    }
    p.section(&t!("section-letter"));
    p.say(&t!("walk-letter-later"));
    let yes = p.yes_no(&t!("q-letter-go-on"), true)?;
    d.set("letter", Some(json!(yes)));
    Ok(())
}

/// The days to answer. With a jurisdiction, the law's term is the default, and it is left
/// out of the case so that the law decides it.
fn response_days(p: &mut dyn Prompter, d: &mut Draft, _: &mut Context) -> Result<(), Stop> {
    let lang = language_of(d);
    let by_law = draft_jurisdiction(d) != Jurisdiction::None;
    let laws_term = t!("walk-laws-term");
    let current = d
        .get("response_days")
        .and_then(Value::as_u64)
        .map(|n| n.to_string())
        .unwrap_or_else(|| {
            if by_law {
                laws_term.clone()
            } else {
                lang.default_response_days().to_string()
            }
        });
    let q = Question::of("q-response_days", &[]);
    let mut check = |t: &str| match t.parse::<u32>() {
        _ if by_law && t == laws_term => Ok(()),
        Ok(n) if (1..=365).contains(&n) => Ok(()),
        _ => Err(t!("walk-not-days", answer = t)),
    };
    let answer = p.text_checked(&q, Some(&current), &mut check)?;
    let days = answer.trim().parse::<u32>().ok();
    d.set("response_days", days.map(|n| json!(n)));
    Ok(())
}

/// The title, offered from the event's summary cut at a word, never mid-word.
fn title(p: &mut dyn Prompter, d: &mut Draft, _: &mut Context) -> Result<(), Stop> {
    if d.get_str("title").is_none()
        && let Some(summary) = d.get_str("event.summary")
    {
        let title = short_title(summary, 60);
        d.set("title", Some(json!(title)));
    }
    optional(p, d, "title", &Question::of("q-title", &[]))?;
    Ok(())
}

/// `text` up to `max` characters, cut after a whole word, without a trailing full stop.
fn short_title(text: &str, max: usize) -> String {
    let text = text.trim().trim_end_matches('.');
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    format!("{}…", out.trim_end_matches([',', ';', ':']))
}

/// Asks until the answer is not empty; an empty one is refused under the prompt, never
/// echoed as if accepted.
fn ask_required(p: &mut dyn Prompter, q: &Question, default: Option<&str>) -> io::Result<String> {
    let mut needed = |answer: &str| {
        if answer.is_empty() {
            Err(t!("walk-needed"))
        } else {
            Ok(())
        }
    };
    let answer = p.text_checked(q, default, &mut needed)?;
    Ok(answer.trim().to_owned())
}

fn required(p: &mut dyn Prompter, d: &mut Draft, path: &str, q: &Question) -> io::Result<()> {
    let default = d.get_str(path).map(str::to_owned);
    let answer = ask_required(p, q, default.as_deref())?;
    d.set(path, Some(json!(answer)));
    Ok(())
}

/// A required answer in the person's own words: the coach reads it, and after any advice the
/// person may put it another way.
fn required_words(p: &mut dyn Prompter, d: &mut Draft, path: &str, q: &Question) -> io::Result<()> {
    loop {
        required(p, d, path, q)?;
        if !advise(p, d, path)? {
            return Ok(());
        }
    }
}

/// An optional answer in the person's own words, read by the coach like [`required_words`].
fn optional_words(p: &mut dyn Prompter, d: &mut Draft, path: &str, q: &Question) -> io::Result<()> {
    loop {
        optional(p, d, path, q)?;
        if !advise(p, d, path)? {
            return Ok(());
        }
    }
}

/// Shows the coach's advice on the answer at `path`, right after it was given, and asks
/// whether to put it another way. True when the person wants to answer again.
fn advise(p: &mut dyn Prompter, d: &Draft, path: &str) -> io::Result<bool> {
    advise_on(p, d, path, d.get_str(path).unwrap_or_default())
}

/// [`advise`] for a text not yet in the draft (an item of a list being built).
fn advise_on(p: &mut dyn Prompter, d: &Draft, path: &str, text: &str) -> io::Result<bool> {
    let findings = coach::text(path, text, &about(d, text));
    if findings.is_empty() {
        return Ok(false);
    }
    for f in &findings {
        p.say(&t!("walk-advice", advice = f.advice()));
    }
    p.yes_no(&t!("walk-another-way"), false)
}

/// What the coach should know from the answers so far: the names and numbers typed (never
/// shouting), the language (the case's once chosen, else the answer's script) and the goal.
fn about(d: &Draft, text: &str) -> About {
    let mut names: Vec<&str> = [
        "company.name",
        "company.department",
        "consumer.name",
        "event.environment",
        "identifiers.order_number",
        "identifiers.contract_number",
        "identifiers.phone_number",
    ]
    .iter()
    .filter_map(|path| d.get_str(path))
    .collect();
    for other in d
        .get("identifiers.other")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        names.extend(other.get("label").and_then(Value::as_str));
        names.extend(other.get("value").and_then(Value::as_str));
    }
    let lang = match d.get_str("language").and_then(languages::from_tag) {
        Some(lang) => lang,
        None if text
            .chars()
            .any(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё')) =>
        {
            Language::Ru
        }
        None => Language::En,
    };
    let goal_kind = d
        .get("goal.kind")
        .and_then(|k| serde_json::from_value(k.clone()).ok());
    About::new(names, lang, goal_kind)
}

/// An optional text: empty skips it; `-` clears a value kept from before.
fn optional(p: &mut dyn Prompter, d: &mut Draft, path: &str, q: &Question) -> io::Result<()> {
    checked(p, d, path, q, |t| Ok(json!(t)))
}

/// An optional answer parsed by `parse`, asked again with the reason until it parses.
fn checked(
    p: &mut dyn Prompter,
    d: &mut Draft,
    path: &str,
    q: &Question,
    parse: impl Fn(&str) -> Result<Value, String>,
) -> io::Result<()> {
    let default = d.get(path).map(display_value);
    let mut check = |t: &str| {
        if t.is_empty() || t == "-" {
            Ok(())
        } else {
            parse(t).map(|_| ())
        }
    };
    let answer = p.text_checked(q, default.as_deref(), &mut check)?;
    let answer = answer.trim();
    if answer.is_empty() || answer == "-" {
        d.set(path, None);
    } else if let Ok(v) = parse(answer) {
        d.set(path, Some(v));
    }
    Ok(())
}

/// How a stored value is shown as a default answer: an amount as the interface language
/// writes it (and reads it back), the rest as stored.
fn display_value(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Object(_) => serde_json::from_value::<crate::case::Money>(v.clone())
            .map(|m| locale::money(i18n::current(), &m).replace('\u{a0}', " "))
            .unwrap_or_else(|_| v.to_string()),
        other => other.to_string(),
    }
}

/// A date as typed. An ambiguous one (`03/04/2026` in English) is kept as both readings,
/// for [`confirm_date`] to ask which.
fn parse_date(text: &str, lang: Language, today: NaiveDate) -> Result<Value, String> {
    match input::date(text, lang, today) {
        Ok(DateAnswer::Date(d)) => Ok(json!(d.format("%Y-%m-%d").to_string())),
        Ok(DateAnswer::Ambiguous(a, b)) => Ok(json!([
            a.format("%Y-%m-%d").to_string(),
            b.format("%Y-%m-%d").to_string()
        ])),
        Err(e) => Err(t!(e.message_id(), answer = text)),
    }
}

/// Asks which of two readings of a date was meant.
fn confirm_date(p: &mut dyn Prompter, d: &mut Draft, path: &str) -> io::Result<()> {
    let Some(both) = d.get(path).and_then(Value::as_array).cloned() else {
        return Ok(());
    };
    let dates: Vec<NaiveDate> = both
        .iter()
        .filter_map(|v| v.as_str()?.parse().ok())
        .collect();
    let lang = i18n::current();
    let options: Vec<String> = dates.iter().map(|d| locale::date(lang, *d)).collect();
    let i = p.choose(&Question::of("walk-which-date", &[]), &options, 0)?;
    d.set(path, both.get(i).cloned());
    Ok(())
}

/// An amount as typed; a bare number takes the case's currency, and the walk says so.
fn money(p: &mut dyn Prompter, d: &mut Draft, path: &str, q: &Question) -> io::Result<()> {
    let currency = currency_of(d);
    checked(p, d, path, q, |t| parse_money(t, currency))?;
    let assumed = assumed(d, path);
    if let Some(Value::Object(m)) = d.case_mut(path) {
        m.remove("assumed");
    }
    let stored = d
        .get(path)
        .and_then(|v| serde_json::from_value::<crate::case::Money>(v.clone()).ok());
    if let Some(m) = stored.filter(|_| assumed) {
        let amount = locale::money(i18n::current(), &m);
        p.say(&t!("walk-assumed-currency", amount = amount));
    }
    Ok(())
}

fn assumed(d: &Draft, path: &str) -> bool {
    d.get(&format!("{path}.assumed")).and_then(Value::as_bool) == Some(true)
}

/// An amount as people write it (`£45`, `41 500 руб.`, `₪3,490`), as the case file holds
/// it: `{"value": "41500.00", "currency": "RUB"}`, marked `assumed` when the currency was
/// not typed (the walk removes the mark once it has said so).
pub fn parse_money(text: &str, default_currency: &str) -> Result<Value, String> {
    match input::money(text, default_currency) {
        Ok(m) => {
            let mut v = json!({ "value": m.value, "currency": m.currency });
            if m.assumed {
                v["assumed"] = json!(true);
            }
            Ok(v)
        }
        Err(e) => {
            let (word, currency, decimals) = match &e {
                MoneyError::UnknownCurrency(w) => (w.clone(), String::new(), 0),
                MoneyError::TooManyDecimals { currency, decimals } => {
                    (String::new(), currency.clone(), *decimals)
                }
                MoneyError::NoNumber => (String::new(), String::new(), 0),
            };
            let example = if decimals == 0 {
                format!("100 {currency}")
            } else {
                format!("1.{} {currency}", "5".repeat(usize::from(decimals)))
            };
            Err(t!(
                e.message_id(),
                answer = text,
                word = word,
                currency = currency,
                decimals = u32::from(decimals),
                example = example
            ))
        }
    }
}

fn email(t: &str) -> Result<Value, String> {
    if t.contains('@') && !t.contains(char::is_whitespace) {
        Ok(json!(t))
    } else {
        Err(t!("walk-not-email", answer = t))
    }
}

/// `~/x.pdf` is the home folder's; a relative path is the case folder's.
fn expand_home(path: &str) -> String {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest).display().to_string(),
        _ => path.to_owned(),
    }
}

fn attachments(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    let n = d.count("attachments");
    if n > 0 {
        p.say(&t!("attachments-so-far", n = n));
    }
    let folder = std::path::absolute(cx.base_dir)
        .unwrap_or_else(|_| cx.base_dir.to_path_buf())
        .display()
        .to_string();
    loop {
        let path = p.text(&Question::of("q-attachment", &[]), None)?;
        let mut path = expand_home(path.trim());
        if path.is_empty() {
            return Ok(());
        }
        while !cx.base_dir.join(&path).exists() {
            p.say(&t!("attachment-missing", path = &path, folder = &folder));
            let choice = p.choose(
                &Question::of("q-attachment-missing", &[]),
                &[t!("attachment-again"), t!("attachment-keep")],
                0,
            )?;
            if choice == 1 {
                break;
            }
            path = expand_home(
                p.text(&Question::of("q-attachment-path", &[]), None)?
                    .trim(),
            );
            if path.is_empty() {
                break;
            }
        }
        if path.is_empty() {
            continue;
        }
        let q = Question::of("q-attachment-description", &[]);
        let mut description = p.text(&q, None)?;
        let at = format!("attachments[{}].description", d.count("attachments"));
        while advise_on(p, d, &at, description.trim())? {
            description = p.text(&q, Some(description.trim()))?;
        }
        let mut item = json!({ "path": path });
        if !description.trim().is_empty() {
            item["description"] = json!(description.trim());
        }
        d.push("attachments", item);
        (cx.save)(d).map_err(Stop::Save)?;
    }
}

fn contacts(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    let n = d.count("contacts");
    let mut question = if n == 0 {
        t!("q-contacts-first")
    } else {
        t!("q-contacts-more", n = n)
    };
    while p.yes_no(&question, false)? {
        let contact = contact(p, d, cx)?;
        d.push("contacts", Value::Object(contact));
        (cx.save)(d).map_err(Stop::Save)?;
        question = t!("q-contacts-another");
    }
    Ok(())
}

/// One earlier contact: when, how, the reference, who, and what was said.
fn contact(
    p: &mut dyn Prompter,
    d: &mut Draft,
    cx: &mut Context,
) -> io::Result<Map<String, Value>> {
    let mut scratch = Draft::default();
    let (today, lang) = (cx.today, i18n::current());
    checked(
        p,
        &mut scratch,
        "date",
        &Question::of("q-contact-date", &[]),
        |t| parse_date(t, lang, today),
    )?;
    confirm_date(p, &mut scratch, "date")?;
    let mut contact = scratch.case;
    let i = p.choose(
        &Question::of("q-contact-channel", &[]),
        &labels("channel", CHANNELS),
        0,
    )?;
    contact.insert("channel".into(), json!(CHANNELS[i]));
    for key in ["reference", "operator", "summary"] {
        let q = Question::of(&format!("q-contact-{key}"), &[]);
        let mut t = p.text(&q, None)?;
        let path = format!("contacts[{}].{key}", d.count("contacts"));
        while key == "summary" && advise_on(p, d, &path, t.trim())? {
            t = p.text(&q, Some(t.trim()))?;
        }
        if !t.trim().is_empty() {
            contact.insert(key.into(), json!(t.trim()));
        }
    }
    Ok(contact)
}

fn consumer(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    if d.get("consumer").is_none()
        && let Some(prev) = cx.previous
    {
        let mut shown = vec![prev.name.to_string()];
        shown.extend(
            [&prev.address, &prev.email, &prev.phone]
                .into_iter()
                .flatten()
                .cloned(),
        );
        let question = t!("q-consumer-use-previous", details = shown.join(", "));
        if p.yes_no(&question, true)? {
            d.set(
                "consumer",
                Some(serde_json::to_value(prev).unwrap_or_default()),
            );
            return Ok(());
        }
    }
    required(p, d, "consumer.name", &Question::of("q-consumer-name", &[]))?;
    if !letter_part(d) {
        return Ok(());
    }
    optional(
        p,
        d,
        "consumer.address",
        &Question::of("q-consumer-address", &[]),
    )?;
    checked(
        p,
        d,
        "consumer.email",
        &Question::of("q-consumer-email", &[]),
        email,
    )?;
    optional(
        p,
        d,
        "consumer.phone",
        &Question::of("q-consumer-phone", &[]),
    )?;
    Ok(())
}

#[cfg(test)]
pub mod script {
    //! A prompter that plays back scripted answers, for tests.

    use super::*;
    use std::collections::VecDeque;

    #[derive(Debug, Clone)]
    pub enum Answer {
        Text(&'static str),
        Choice(usize),
        Yes,
        No,
        /// The person presses Ctrl-C.
        Interrupt,
    }

    #[derive(Default)]
    pub struct Script {
        pub answers: VecDeque<Answer>,
        /// Every prompt and line said, in order.
        pub transcript: Vec<String>,
    }

    impl Script {
        pub fn new(answers: impl IntoIterator<Item = Answer>) -> Script {
            Script {
                answers: answers.into_iter().collect(),
                transcript: Vec::new(),
            }
        }

        fn next(&mut self, prompt: &str) -> io::Result<Answer> {
            self.transcript.push(format!("? {prompt}"));
            match self.answers.pop_front() {
                Some(Answer::Interrupt) | None => {
                    Err(io::Error::new(io::ErrorKind::Interrupted, "interrupted"))
                }
                Some(a) => Ok(a),
            }
        }
    }

    impl Prompter for Script {
        fn text(&mut self, q: &Question, default: Option<&str>) -> io::Result<String> {
            match self.next(&q.prompt)? {
                Answer::Text("") => Ok(default.unwrap_or_default().to_owned()),
                Answer::Text(t) => Ok(t.to_owned()),
                other => panic!("{:?} asked for text, script has {other:?}", q.prompt),
            }
        }
        fn choose(&mut self, q: &Question, options: &[String], _: usize) -> io::Result<usize> {
            match self.next(&q.prompt)? {
                Answer::Choice(i) if i < options.len() => Ok(i),
                other => panic!("{:?} asked to choose, script has {other:?}", q.prompt),
            }
        }
        fn yes_no(&mut self, prompt: &str, _: bool) -> io::Result<bool> {
            match self.next(prompt)? {
                Answer::Yes => Ok(true),
                Answer::No => Ok(false),
                other => panic!("{prompt:?} asked yes/no, script has {other:?}"),
            }
        }
        fn say(&mut self, line: &str) {
            self.transcript.push(line.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::script::{Answer::*, Script};
    use super::*;

    /// Answers for a whole walk, with wrong answers that must be asked again.
    fn full_walk() -> Vec<super::script::Answer> {
        vec![
            Choice(0), // English
            Text("MegaTel Ltd"),
            Text("0800 123 4567"),
            Text(""), // required: asked again
            Text("I was charged twice for October"),
            Text("Two identical charges on 3 October."),
            Text("2026-13-40"), // not a date: asked again
            Text("3 October"),
            Text("lots"),  // not an amount: asked again
            Text("49.99"), // pounds, assumed and said
            No,            // not technical
            Choice(0),     // refund
            Text("Refund the duplicate charge"),
            Text(""),  // keeps the event's amount as the default
            Choice(0), // regulator
            Text("I will complain to the ombudsman"),
            Text("A credit on my next bill"),
            Text("A-12345"),
            Text(""),
            Text("+44 7700 900123"),
            Text("Customer ID"),
            Text("C-5521"),
            Text(""),
            Text("missing.png"),
            Choice(1), // keep it
            Text("Screenshot"),
            Text(""),
            Yes,
            Text("yesterday"),
            Choice(0),
            Text("INC-99812"),
            Text("Sam"),
            Text("Promised a call back"),
            No,
            Yes, // go on with the letter's part
            Text(""),
            Text("1 Tower Street, London EC1A 1AA"),
            Text("complaints@megatel.example"),
            Choice(5), // no jurisdiction: no questions about the purchase
            Text("Anna Petrova"),
            Text(""),
            Text("anna at example"), // not an e-mail: asked again
            Text("anna@example.org"),
            Text(""),
            Text(""),
            Text(""),
        ]
    }

    fn walk(script: &mut Script, draft: &mut Draft, saves: &mut Vec<Draft>) -> Result<(), Stop> {
        let mut save = |d: &Draft| {
            saves.push(d.clone());
            Ok(())
        };
        let mut cx = Context {
            previous: None,
            base_dir: Path::new("."),
            language: Language::En,
            today: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            save: &mut save,
            preview: &mut |_| Some("OPENER".into()),
        };
        run(script, draft, &mut cx)
    }

    #[test]
    fn a_whole_walk_makes_a_valid_case() {
        let mut script = Script::new(full_walk());
        let mut draft = Draft::default();
        let mut saves = Vec::new();
        walk(&mut script, &mut draft, &mut saves).unwrap();
        assert!(
            script.answers.is_empty(),
            "unused answers: {:?}",
            script.answers
        );
        assert!(is_complete(&draft));
        let json = draft.to_case_json().to_string();
        let case = crate::load::parse("walk", json.as_bytes()).unwrap();
        assert_eq!(case.company.name.as_str(), "MegaTel Ltd");
        assert_eq!(case.event.date.unwrap().to_string(), "2026-10-03");
        let amount = case.goal.amount.as_ref().unwrap();
        assert_eq!(
            (amount.currency.as_str(), amount.value.to_string().as_str()),
            ("GBP", "49.99")
        );
        assert_eq!(case.contacts[0].date.unwrap().to_string(), "2026-12-01");
        assert_eq!(case.company.support_phone.as_deref(), Some("0800 123 4567"));
        assert_eq!(
            case.company.address.as_deref(),
            Some("1 Tower Street, London EC1A 1AA")
        );
        assert_eq!(
            case.title.as_deref(),
            Some("I was charged twice for October")
        );
        assert_eq!(case.identifiers.other.len(), 1);
        assert_eq!(case.attachments[0].path.as_deref(), Some("missing.png"));
        assert_eq!(case.contacts[0].reference.as_deref(), Some("INC-99812"));
        assert_eq!(case.consumer.email.as_deref(), Some("anna@example.org"));
        assert_eq!(case.response_days.unwrap().get(), 14);
        // Wrong answers were explained.
        let said = script.transcript.join("\n");
        assert!(said.contains("This one is needed"), "{said}");
        assert!(said.contains("\"2026-13-40\" is not a day"), "{said}");
        assert!(said.contains("\"lots\" is not an amount"), "{said}");
        assert!(said.contains("Taken as £49.99"), "{said}");
        assert!(said.contains("There is no file missing.png"), "{said}");
        assert!(said.contains("does not look like an e-mail"), "{said}");
        // Saved after every step at least.
        assert!(saves.len() >= STEPS.len(), "{} saves", saves.len());
    }

    #[test]
    fn a_walk_under_russian_law_asks_what_the_law_needs_about_the_purchase() {
        let mut answers = full_walk();
        let at = answers.iter().position(|a| matches!(a, Choice(5))).unwrap();
        answers.splice(
            at..=at,
            [
                Choice(0), // Russia
                Choice(0), // goods
                No,        // not at a distance
                Text("20.11.2026"),
                Text("24990 RUB"),
                Text("to the card I paid with"),
            ],
        );
        let mut script = Script::new(answers);
        let mut draft = Draft::default();
        walk(&mut script, &mut draft, &mut Vec::new()).unwrap();
        assert!(script.answers.is_empty(), "{:?}", script.answers);
        let said = script.transcript.join("\n");
        assert!(said.contains("Did you buy goods or a service?"), "{said}");
        assert!(
            !said.contains("telecom"),
            "asked about telecom for goods: {said}"
        );
        let json = draft.to_case_json().to_string();
        let case = crate::load::parse("walk", json.as_bytes()).unwrap();
        assert_eq!(case.jurisdiction, Some(Jurisdiction::Ru));
        let purchase = case.purchase.unwrap();
        assert_eq!(purchase.kind, Some(crate::case::PurchaseKind::Goods));
        assert_eq!(purchase.distance, Some(false));
        assert_eq!(purchase.date.unwrap().to_string(), "2026-11-20");
        assert_eq!(
            purchase.refund_to.as_deref(),
            Some("to the card I paid with")
        );
        assert_eq!(case.response_days, None, "the law's term decides");
    }

    #[test]
    fn advice_follows_a_rude_answer_and_the_answer_can_be_put_another_way() {
        let mut answers = full_walk();
        let replace = |answers: &mut Vec<super::script::Answer>, old: &str, new| {
            let at = answers
                .iter()
                .position(|a| matches!(a, Text(t) if *t == old))
                .unwrap();
            answers.splice(at..=at, new);
        };
        // A rude event, put another way; a vague goal, kept as it is.
        replace(
            &mut answers,
            "I was charged twice for October",
            vec![
                Text("THIEVES charged me twice!!"),
                Yes,
                Text("I was charged twice for October"),
            ],
        );
        replace(
            &mut answers,
            "Refund the duplicate charge",
            vec![Text("Just fix it"), No],
        );
        let mut script = Script::new(answers);
        let mut draft = Draft::default();
        walk(&mut script, &mut draft, &mut Vec::new()).unwrap();
        assert!(script.answers.is_empty(), "{:?}", script.answers);

        let t = &script.transcript;
        let line = |start: &str| {
            t.iter()
                .position(|l| l.starts_with(start))
                .unwrap_or_else(|| panic!("{start:?} not in:\n{}", t.join("\n")))
        };
        let asked = line("? What happened, in one sentence?");
        // An insult in capitals is one piece of advice, with the calm wording.
        assert!(
            !t.iter()
                .any(|l| l.contains("\"THIEVES\" reads as shouting"))
        );
        let insult = line("Advice: \"THIEVES\" reads as an insult; try: \"you took a payment");
        let marks = line("Advice: \"twice!!\" reads as shouting; try: \"twice.\"");
        let again = line("? Put it another way?");
        let details = line("? The details");
        assert!(asked < insult && insult < marks && marks < again);
        assert!(again < details, "the advice comes before the next question");
        // The calm answer got no advice: the offer to put it another way came once for the
        // event and once for the goal.
        assert_eq!(
            t.iter().filter(|l| *l == "? Put it another way?").count(),
            2
        );
        let vague = line("Advice: \"fix it\" does not say what you want them to do");
        assert!(line("? What exactly should they do?") < vague);
        assert!(vague < line("? How much are you asking for?"));

        let case = crate::load::parse("walk", draft.to_case_json().to_string().as_bytes()).unwrap();
        assert_eq!(
            case.event.summary.as_str(),
            "I was charged twice for October"
        );
        assert_eq!(
            case.goal.summary.as_str(),
            "Just fix it",
            "advice, not a rule"
        );
    }

    #[test]
    fn an_interrupted_walk_resumes_where_it_stopped() {
        let answers = full_walk();
        let cut = 19; // in the middle of the identifiers
        let mut first: Vec<_> = answers[..cut].to_vec();
        first.push(Interrupt);
        let mut draft = Draft::default();
        let mut saves = Vec::new();
        let stop = walk(&mut Script::new(first), &mut draft, &mut saves);
        assert!(matches!(stop, Err(Stop::Prompt(_))));
        let saved = saves.last().unwrap().clone();
        assert_eq!(saved.get_str("identifiers.order_number"), Some("A-12345"));
        assert_eq!(saved.get_str("fallback"), Some("A credit on my next bill"));

        // Resume from what was saved, as `prepare --resume` does after a reload.
        let reloaded: Draft =
            serde_json::from_str(&serde_json::to_string(&saved).unwrap()).unwrap();
        let mut draft = reloaded;
        let mut script = Script::new(answers[cut..].to_vec());
        walk(&mut script, &mut draft, &mut Vec::new()).unwrap();
        assert!(script.answers.is_empty());
        assert!(
            script
                .transcript
                .iter()
                .all(|l| !l.contains("Which company")),
            "company asked twice"
        );
        let case = crate::load::parse("walk", draft.to_case_json().to_string().as_bytes()).unwrap();
        assert_eq!(
            case.event.summary.as_str(),
            "I was charged twice for October"
        );
        assert_eq!(case.identifiers.order_number.as_deref(), Some("A-12345"));
        assert_eq!(case.consumer.name.as_str(), "Anna Petrova");
    }

    #[test]
    fn money_answers() {
        assert_eq!(
            parse_money("49.99 GBP", "EUR").unwrap(),
            json!({"value": "49.99", "currency": "GBP"})
        );
        assert_eq!(
            parse_money("rub 1290", "EUR").unwrap(),
            json!({"value": "1290.00", "currency": "RUB"})
        );
        assert_eq!(
            parse_money("1290", "RUB").unwrap(),
            json!({"value": "1290.00", "currency": "RUB", "assumed": true})
        );
        assert!(
            parse_money("45 XYZ", "EUR")
                .unwrap_err()
                .contains("\"XYZ\"")
        );
        assert!(
            parse_money("lots", "EUR")
                .unwrap_err()
                .contains("not an amount")
        );
    }

    #[test]
    fn titles_are_cut_after_a_whole_word() {
        let long = "I was charged twice for the October subscription but they keep charging me";
        let title = short_title(long, 60);
        assert_eq!(
            title,
            "I was charged twice for the October subscription but they…"
        );
        assert!(title.chars().count() <= 60);
        assert_eq!(short_title("Short one.", 60), "Short one");
    }

    #[test]
    fn every_step_has_its_question_in_every_language() {
        for s in STEPS {
            let id = question_id(s.field);
            let needs_own = matches!(s.answer, Answer::Own(_));
            for info in languages::ALL {
                let asked = i18n::message_in(info.lang, &id, &[]);
                assert!(needs_own || asked != id, "{}: no message {id}", info.code);
            }
            if let Some(section) = s.section {
                assert_ne!(i18n::message_in(Language::Ru, section, &[]), section);
            }
        }
    }

    /// The object schema at `node`: through a `$ref`, or the one object of an `anyOf` (an
    /// optional field is `anyOf: [{$ref}, {type: null}]`).
    fn object_schema<'a>(root: &'a Value, node: &'a Value) -> Option<&'a Value> {
        if let Some(target) = node.get("$ref").and_then(Value::as_str) {
            let name = target.strip_prefix("#/$defs/")?;
            return object_schema(root, &root["$defs"][name]);
        }
        if let Some(options) = node.get("anyOf").and_then(Value::as_array) {
            return options.iter().find_map(|o| object_schema(root, o));
        }
        node.get("properties").is_some().then_some(node)
    }

    /// Every step fills a field of the case file, by the path the case's JSON Schema knows:
    /// a field renamed in the case type and not in the walk fails here, not in a person's
    /// finished case.
    #[test]
    fn every_step_names_a_field_of_the_case() {
        let schema = serde_json::to_value(schemars::schema_for!(crate::case::Case)).unwrap();
        // The one step that is not a field: whether to go on to the letter, which `run`
        // drops (a whole walk making a valid case shows it is gone).
        const WALK_ONLY: &[&str] = &["letter"];
        let mut checked = 0;
        for s in STEPS.iter().filter(|s| !WALK_ONLY.contains(&s.field)) {
            let mut node = &schema;
            for key in s.field.split('.') {
                let object = object_schema(&schema, node)
                    .unwrap_or_else(|| panic!("{}: `{key}` is inside a non-object", s.field));
                node = object["properties"]
                    .get(key)
                    .unwrap_or_else(|| panic!("{}: the case has no field `{key}`", s.field));
            }
            checked += 1;
        }
        assert_eq!(checked + WALK_ONLY.len(), STEPS.len());
        // The check itself can fail.
        let event = object_schema(&schema, &schema["properties"]["event"]).unwrap();
        assert!(event["properties"].get("when").is_none());
    }

    #[test]
    fn draft_paths() {
        let mut d = Draft::default();
        d.set("event.date", Some(json!("2026-10-03")));
        assert_eq!(d.get_str("event.date"), Some("2026-10-03"));
        d.set("event.date", None);
        assert!(d.case.get("event").is_none(), "no empty object left");
    }
}
