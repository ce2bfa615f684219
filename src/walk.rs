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

use crate::case::{Consumer, Currency, Date, Decimal, Jurisdiction, Language};
use crate::coach::{self, About};

/// A question, and why it is asked (with an example answer).
#[derive(Debug, Clone, Copy)]
pub struct Question<'a> {
    pub prompt: &'a str,
    pub hint: &'a str,
}

/// How the walk asks. Each call blocks until the person answers.
pub trait Prompter {
    /// A line of text. With a default, an empty answer returns the default.
    fn text(&mut self, q: Question, default: Option<&str>) -> io::Result<String>;
    /// One of `options`, by index.
    fn choose(&mut self, q: Question, options: &[&str], default: usize) -> io::Result<usize>;
    fn yes_no(&mut self, prompt: &str, default: bool) -> io::Result<bool>;
    /// A line for the person to read: a reason to answer again, a note.
    fn say(&mut self, line: &str);
    /// The title of the next group of questions.
    fn section(&mut self, title: &str) {
        self.say(title);
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
    /// Called after every answer with the draft so far.
    pub save: &'a mut dyn FnMut(&Draft) -> Result<(), crate::error::Error>,
}

/// The steps in order. Each is answered once; the lists loop inside their step.
const STEPS: &[&str] = &[
    "company.name",
    "event.summary",
    "event.details",
    "event.date",
    "event.amount",
    "event.environment",
    "goal.kind",
    "goal.summary",
    "goal.amount",
    "consequence",
    "fallback",
    "identifiers.order_number",
    "identifiers.contract_number",
    "identifiers.phone_number",
    "identifiers.other",
    "attachments",
    "contacts",
    "consumer",
    "language",
    "jurisdiction",
    "purchase",
    "response_days",
    "title",
];

const GOAL_KINDS: &[(&str, &str)] = &[
    ("refund", "a refund"),
    ("replacement", "a replacement"),
    ("repair", "a repair"),
    ("cancellation", "to cancel a contract or an order"),
    ("compensation", "compensation"),
    ("correction", "a correction (a bill, a record, a mistake)"),
    ("other", "something else"),
];

const CONSEQUENCE_KINDS: &[(&str, &str)] = &[
    ("regulator", "complain to a regulator or ombudsman"),
    ("switch_provider", "move to another provider"),
    ("chargeback", "ask my bank for a chargeback"),
    ("public_review", "write a public review"),
    ("court", "go to court"),
    ("other", "something else"),
];

const CHANNELS: &[(&str, &str)] = &[
    ("phone", "phone"),
    ("chat", "chat"),
    ("email", "e-mail"),
    ("messenger", "messenger"),
    ("social", "social media"),
    ("letter", "letter"),
    ("visit", "visit in person"),
    ("other", "other"),
];

/// Runs the walk from the first unanswered step to the end.
pub fn run(p: &mut dyn Prompter, draft: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    for &step in STEPS {
        if draft.answered.iter().any(|a| a == step) {
            continue;
        }
        ask(p, draft, cx, step)?;
        draft.answered.push(step.to_owned());
        (cx.save)(draft).map_err(Stop::Save)?;
    }
    Ok(())
}

/// Whether every step has been answered.
pub fn is_complete(draft: &Draft) -> bool {
    STEPS.iter().all(|s| draft.answered.iter().any(|a| a == s))
}

fn ask(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context, step: &str) -> Result<(), Stop> {
    match step {
        "company.name" => {
            p.section("The company");
            required(
                p,
                d,
                step,
                Question {
                    prompt: "Which company is this about?",
                    hint: "Its name as on your contract, bill or receipt, e.g. MegaTel Ltd.",
                },
            )?;
        }
        "event.summary" => {
            p.section("What happened");
            required_words(
                p,
                d,
                step,
                Question {
                    prompt: "What happened, in one sentence?",
                    hint: "This is what you tell the first operator; the details come next. E.g. I was charged twice for the October subscription.",
                },
            )?;
        }
        "event.details" => optional_words(
            p,
            d,
            step,
            Question {
                prompt: "The details, for the specialist and the letter (optional)",
                hint: "What, when, what you have tried already. E.g. Two identical charges of 49.99 GBP on 3 October, same invoice number.",
            },
        )?,
        "event.date" => {
            let q = Question {
                prompt: "When did it happen? (YYYY-MM-DD, optional)",
                hint: "A date saves the operator a question. E.g. 2026-10-03.",
            };
            checked(p, d, step, q, |t| {
                Date::parse(t)
                    .map(|date| json!(date.to_string()))
                    .ok_or_else(|| {
                        format!("\"{t}\" is not a date: write it as YYYY-MM-DD, e.g. 2026-10-03")
                    })
            })?;
        }
        "event.amount" => {
            let q = Question {
                prompt: "How much money is involved? (optional)",
                hint: "The amount and its currency code, e.g. 49.99 GBP or 1290 RUB.",
            };
            checked(p, d, step, q, parse_money)?;
        }
        "event.environment" => {
            let had = d.get_str(step).is_some();
            if p.yes_no(
                "Is it a technical problem with a device, an app or a website?",
                had,
            )? {
                required(
                    p,
                    d,
                    step,
                    Question {
                        prompt: "Which device, system and version?",
                        hint: "Support should match your setup. E.g. Android 15, MegaTel app 8.2.",
                    },
                )?;
            } else {
                d.set(step, None);
            }
        }
        "goal.kind" => {
            p.section("What you want");
            let labels: Vec<&str> = GOAL_KINDS.iter().map(|(_, l)| *l).collect();
            let current = d
                .get_str(step)
                .and_then(|k| GOAL_KINDS.iter().position(|(v, _)| *v == k));
            let i = p.choose(
                Question {
                    prompt: "What do you want from them?",
                    hint: "Pick the closest; you say exactly what next.",
                },
                &labels,
                current.unwrap_or(0),
            )?;
            d.set(step, Some(json!(GOAL_KINDS[i].0)));
        }
        "goal.summary" => {
            required_words(
                p,
                d,
                step,
                Question {
                    prompt: "What exactly should they do?",
                    hint: "Something an operator can act on: what, how much, by when. E.g. Refund the duplicate charge to my card.",
                },
            )?;
        }
        "goal.amount" => {
            let kind = d.get_str("goal.kind").unwrap_or_default();
            if !matches!(kind, "refund" | "compensation") {
                d.set(step, None);
                return Ok(());
            }
            if d.get(step).is_none()
                && let Some(event_amount) = d.get("event.amount").cloned()
            {
                d.set(step, Some(event_amount));
            }
            let q = Question {
                prompt: "How much are you asking for?",
                hint: "A refund or compensation with an amount is a clear request. E.g. 49.99 GBP.",
            };
            checked(p, d, step, q, parse_money)?;
        }
        "consequence" => {
            p.section("If it is not resolved");
            let mut labels: Vec<&str> = CONSEQUENCE_KINDS.iter().map(|(_, l)| *l).collect();
            labels.push("nothing decided yet");
            let current = d
                .get_str("consequence.kind")
                .and_then(|k| CONSEQUENCE_KINDS.iter().position(|(v, _)| *v == k));
            let i = p.choose(
                Question {
                    prompt: "What will you do if they do not resolve it?",
                    hint: "It need not be hostile: \"I will move to another provider\" counts.",
                },
                &labels,
                current.unwrap_or(0),
            )?;
            if i == CONSEQUENCE_KINDS.len() {
                d.set("consequence", None);
            } else {
                d.set("consequence.kind", Some(json!(CONSEQUENCE_KINDS[i].0)));
                required_words(
                    p,
                    d,
                    "consequence.summary",
                    Question {
                        prompt: "Say it in a sentence",
                        hint: "Calm and factual, as you would say it. E.g. I will complain to the communications ombudsman.",
                    },
                )?;
            }
        }
        "fallback" => optional_words(
            p,
            d,
            step,
            Question {
                prompt: "What else would you accept? (optional)",
                hint: "A second option keeps the talk calm and moving. E.g. A 49.99 GBP credit on my next bill.",
            },
        )?,
        "identifiers.order_number" => {
            p.section("Your numbers: read them out when asked, not before");
            optional(
                p,
                d,
                step,
                Question {
                    prompt: "Order number (optional)",
                    hint: "From the confirmation e-mail or receipt. E.g. A-12345.",
                },
            )?;
        }
        "identifiers.contract_number" => optional(
            p,
            d,
            step,
            Question {
                prompt: "Contract or account number (optional)",
                hint: "From your contract or bill. E.g. 77-001234.",
            },
        )?,
        "identifiers.phone_number" => optional(
            p,
            d,
            step,
            Question {
                prompt: "Phone number on the account (optional)",
                hint: "The number the service is registered to. E.g. +44 7700 900123.",
            },
        )?,
        "identifiers.other" => {
            let mut others: Vec<Value> = d
                .get("identifiers.other")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            loop {
                let label = p.text(
                    Question {
                        prompt: "Any other reference? Its name (Enter when done)",
                        hint: "E.g. Customer ID, ticket number, IMEI.",
                    },
                    None,
                )?;
                let label = label.trim();
                if label.is_empty() {
                    break;
                }
                let value = ask_required(
                    p,
                    Question {
                        prompt: &format!("{label}:"),
                        hint: "As written on the document.",
                    },
                    None,
                )?;
                others.push(json!({ "label": label, "value": value }));
                d.set("identifiers.other", Some(Value::Array(others.clone())));
                (cx.save)(d).map_err(Stop::Save)?;
            }
        }
        "attachments" => attachments(p, d, cx)?,
        "contacts" => contacts(p, d, cx)?,
        "consumer" => consumer(p, d, cx)?,
        "language" => {
            let current = d.get_str("language").unwrap_or("en");
            let names = Language::ALL.map(Language::name);
            let i = p.choose(
                Question {
                    prompt: "Which language should the texts and the letter be in?",
                    hint: "The language the company works in.",
                },
                &names,
                Language::ALL
                    .iter()
                    .position(|l| l.code() == current)
                    .unwrap_or(0),
            )?;
            d.set("language", Some(json!(Language::ALL[i].code())));
        }
        "jurisdiction" => jurisdiction(p, d)?,
        "purchase" => purchase(p, d, cx)?,
        "response_days" => {
            let lang = Language::ALL
                .into_iter()
                .find(|l| d.get_str("language") == Some(l.code()))
                .unwrap_or(Language::En);
            // With a jurisdiction, the law's term for the demand is the default, and it is
            // left out of the case so the law decides it.
            const LAWS_TERM: &str = "the law's term";
            let by_law = draft_jurisdiction(d) != Jurisdiction::None;
            let current = d
                .get("response_days")
                .and_then(Value::as_u64)
                .map(|n| n.to_string())
                .unwrap_or_else(|| {
                    if by_law {
                        LAWS_TERM.to_owned()
                    } else {
                        lang.default_response_days().to_string()
                    }
                });
            let q = Question {
                prompt: "How many days should they have to answer the letter?",
                hint: "Often set by law or the contract; 14 is common, 10 in Russia for a claim.",
            };
            loop {
                let answer = p.text(q, Some(&current))?;
                if by_law && answer.trim() == LAWS_TERM {
                    d.set("response_days", None);
                    break;
                }
                match answer.trim().parse::<u32>() {
                    Ok(n) if (1..=365).contains(&n) => {
                        d.set("response_days", Some(json!(n)));
                        break;
                    }
                    _ => p.say(&format!(
                        "\"{}\" is not a number of days from 1 to 365.",
                        answer.trim()
                    )),
                }
            }
        }
        "title" => {
            if d.get_str("title").is_none()
                && let Some(summary) = d.get_str("event.summary")
            {
                let title: String = summary.chars().take(60).collect();
                d.set("title", Some(json!(title)));
            }
            optional(
                p,
                d,
                step,
                Question {
                    prompt: "A short title for this case",
                    hint: "How it shows in `complaint list`.",
                },
            )?;
        }
        _ => {}
    }
    Ok(())
}

/// The draft's language (English when it has none yet).
fn draft_language(d: &Draft) -> Language {
    Language::ALL
        .into_iter()
        .find(|l| d.get_str("language") == Some(l.code()))
        .unwrap_or(Language::En)
}

/// The draft's jurisdiction: its own, else the one of its language.
fn draft_jurisdiction(d: &Draft) -> Jurisdiction {
    d.get("jurisdiction")
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .unwrap_or_else(|| Jurisdiction::for_language(draft_language(d)))
}

/// Whose law the letter relies on: a pack, or none.
fn jurisdiction(p: &mut dyn Prompter, d: &mut Draft) -> io::Result<()> {
    let packs = crate::law::Packs::new(None);
    let mut choices: Vec<Jurisdiction> = Jurisdiction::PACKS.to_vec();
    choices.push(Jurisdiction::None);
    let labels: Vec<String> = choices
        .iter()
        .map(|j| match packs.get(*j).ok().flatten() {
            Some(pack) => crate::law::words(&pack.name, Language::En)
                .unwrap_or(j.code())
                .to_owned(),
            None => "none: a letter that cites no law".to_owned(),
        })
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let current = draft_jurisdiction(d);
    let i = p.choose(
        Question {
            prompt: "Whose consumer law should the letter rely on?",
            hint: "Where you bought it or live. The letter then cites that law and its deadlines (`complaint law` shows them).",
        },
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
        p.section("What you bought: the law's rules depend on it");
        let options = ["goods", "a service", "neither, or not sure"];
        let current = match d.get_str("purchase.kind") {
            Some("goods") => 0,
            Some("service") => 1,
            _ => 2,
        };
        let i = p.choose(
            Question {
                prompt: "Did you buy goods or a service?",
                hint: "Goods: a thing, like a phone. A service: work or access, like a repair or a mobile plan.",
            },
            &options,
            current,
        )?;
        let kind = ["goods", "service"].get(i).map(|k| json!(k));
        d.set("purchase.kind", kind);
        (cx.save)(d).map_err(Stop::Save)?;
    }
    let yes = |d: &Draft, path: &str| d.get(path).and_then(Value::as_bool).unwrap_or(false);
    if needs.distance {
        let had = yes(d, "purchase.distance");
        let answer = p.yes_no(
            "Did you buy it at a distance (online, by phone, by post)?",
            had,
        )?;
        d.set("purchase.distance", Some(json!(answer)));
    }
    if needs.telecom && d.get_str("purchase.kind") == Some("service") {
        let had = yes(d, "purchase.telecom");
        let answer = p.yes_no(
            "Is it a telecom service (mobile, internet, landline, TV)?",
            had,
        )?;
        d.set("purchase.telecom", Some(json!(answer)));
    }
    let q = Question {
        prompt: "When did you buy it? (YYYY-MM-DD, optional)",
        hint: "For goods, the day you received them: some rights end a set number of days after it.",
    };
    checked(p, d, "purchase.date", q, |t| {
        Date::parse(t)
            .map(|date| json!(date.to_string()))
            .ok_or_else(|| {
                format!("\"{t}\" is not a date: write it as YYYY-MM-DD, e.g. 2026-10-03")
            })
    })?;
    let q = Question {
        prompt: "What did you pay for it? (optional)",
        hint: "The price and its currency code, e.g. 24990 RUB: penalties are counted from it.",
    };
    checked(p, d, "purchase.price", q, parse_money)?;
    if matches!(
        d.get_str("goal.kind"),
        Some("refund" | "compensation" | "cancellation")
    ) {
        optional(
            p,
            d,
            "purchase.refund_to",
            Question {
                prompt: "How should the money be paid back? (optional)",
                hint: "E.g. to the card I paid with, or your bank details.",
            },
        )?;
    }
    if d.get("purchase")
        .and_then(Value::as_object)
        .is_some_and(Map::is_empty)
    {
        d.set("purchase", None);
    }
    Ok(())
}

/// Asks until the answer is not empty.
fn ask_required(p: &mut dyn Prompter, q: Question, default: Option<&str>) -> io::Result<String> {
    loop {
        let answer = p.text(q, default)?;
        let answer = answer.trim();
        if !answer.is_empty() {
            return Ok(answer.to_owned());
        }
        p.say("This one is needed: please give an answer.");
    }
}

fn required(p: &mut dyn Prompter, d: &mut Draft, path: &str, q: Question) -> io::Result<()> {
    let default = d.get_str(path).map(str::to_owned);
    let answer = ask_required(p, q, default.as_deref())?;
    d.set(path, Some(json!(answer)));
    Ok(())
}

/// A required answer in the person's own words: the coach reads it, and after any advice the
/// person may put it another way.
fn required_words(p: &mut dyn Prompter, d: &mut Draft, path: &str, q: Question) -> io::Result<()> {
    loop {
        required(p, d, path, q)?;
        if !advise(p, d, path)? {
            return Ok(());
        }
    }
}

/// An optional answer in the person's own words, read by the coach like [`required_words`].
fn optional_words(p: &mut dyn Prompter, d: &mut Draft, path: &str, q: Question) -> io::Result<()> {
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
        p.say(&format!("Advice: {}", f.advice()));
    }
    p.yes_no("Put it another way?", false)
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
    let lang = match d.get_str("language") {
        Some("ru") => Language::Ru,
        Some(_) => Language::En,
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
fn optional(p: &mut dyn Prompter, d: &mut Draft, path: &str, q: Question) -> io::Result<()> {
    checked(p, d, path, q, |t| Ok(json!(t)))
}

/// An optional answer parsed by `parse`, asked again with the reason until it parses.
fn checked(
    p: &mut dyn Prompter,
    d: &mut Draft,
    path: &str,
    q: Question,
    parse: impl Fn(&str) -> Result<Value, String>,
) -> io::Result<()> {
    let default = d.get(path).map(display_value);
    loop {
        let answer = p.text(q, default.as_deref())?;
        let answer = answer.trim();
        if answer.is_empty() || answer == "-" {
            d.set(path, None);
            return Ok(());
        }
        match parse(answer) {
            Ok(v) => {
                d.set(path, Some(v));
                return Ok(());
            }
            Err(reason) => p.say(&reason),
        }
    }
}

/// How a stored value is shown as a default answer.
fn display_value(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Object(m) if m.contains_key("value") => format!(
            "{} {}",
            m["value"].as_str().unwrap_or_default(),
            m.get("currency")
                .and_then(Value::as_str)
                .unwrap_or_default()
        ),
        other => other.to_string(),
    }
}

/// "49.99 GBP", "GBP 49.99" or "49.99 gbp".
pub fn parse_money(text: &str) -> Result<Value, String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (number, code) = match words.as_slice() {
        [a, b] if a.chars().next().is_some_and(|c| c.is_ascii_digit()) => (*a, *b),
        [a, b] => (*b, *a),
        [_] => {
            return Err(format!(
                "add the currency code after the amount, e.g. \"{text} EUR\""
            ));
        }
        _ => return Err("write the amount and the currency code, e.g. 49.99 GBP".into()),
    };
    let value = Decimal::parse(number)?;
    let currency = Currency::parse(&code.to_ascii_uppercase())?;
    Ok(json!({ "value": value.to_string(), "currency": currency.as_str() }))
}

fn attachments(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    p.section("Evidence: photos, screenshots, documents");
    let n = d.count("attachments");
    if n > 0 {
        p.say(&format!("You have {n} so far."));
    }
    loop {
        let path = p.text(
            Question {
                prompt: "A file to attach (Enter when done)",
                hint: "So the operator understands without asking. A path, e.g. evidence/bill.pdf.",
            },
            None,
        )?;
        let mut path = path.trim().to_owned();
        if path.is_empty() {
            return Ok(());
        }
        while !cx.base_dir.join(&path).exists() {
            p.say(&format!(
                "There is no file {path} (looked in {}).",
                cx.base_dir.display()
            ));
            let choice = p.choose(
                Question {
                    prompt: "What now?",
                    hint: "You can keep the path and add the file later.",
                },
                &["type the path again", "keep it as written"],
                0,
            )?;
            if choice == 1 {
                break;
            }
            path = ask_required(
                p,
                Question {
                    prompt: "The file's path",
                    hint: "Relative to this folder, or absolute.",
                },
                None,
            )?;
        }
        let q = Question {
            prompt: "What does it show?",
            hint: "E.g. October bill showing both charges.",
        };
        let mut description = p.text(q, None)?;
        let at = format!("attachments[{}].description", d.count("attachments"));
        while advise_on(p, d, &at, description.trim())? {
            description = p.text(q, Some(description.trim()))?;
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
    p.section("Earlier contacts");
    let n = d.count("contacts");
    let first = if n == 0 {
        "Have you contacted them about this before?".to_owned()
    } else {
        format!(
            "You have {n} earlier contact{} recorded. Add another?",
            if n == 1 { "" } else { "s" }
        )
    };
    let mut question = first;
    while p.yes_no(&question, false)? {
        let mut contact = Map::new();
        loop {
            let t = p.text(
                Question {
                    prompt: "When? (YYYY-MM-DD, optional)",
                    hint: "E.g. 2026-10-05.",
                },
                None,
            )?;
            let t = t.trim();
            if t.is_empty() {
                break;
            }
            match Date::parse(t) {
                Some(date) => {
                    contact.insert("date".into(), json!(date.to_string()));
                    break;
                }
                None => p.say(&format!("\"{t}\" is not a date: write it as YYYY-MM-DD")),
            }
        }
        let labels: Vec<&str> = CHANNELS.iter().map(|(_, l)| *l).collect();
        let i = p.choose(
            Question {
                prompt: "How?",
                hint: "The channel you used.",
            },
            &labels,
            0,
        )?;
        contact.insert("channel".into(), json!(CHANNELS[i].0));
        for (key, prompt, hint) in [
            (
                "reference",
                "Reference or ticket number (optional)",
                "So the next person can find it. E.g. INC-99812.",
            ),
            (
                "operator",
                "Who did you speak to? (optional)",
                "A first name is enough. E.g. Sam.",
            ),
            (
                "summary",
                "What was said or promised? (optional)",
                "E.g. Promised a call back within 3 days; none came.",
            ),
        ] {
            let mut t = p.text(Question { prompt, hint }, None)?;
            let path = format!("contacts[{}].{key}", d.count("contacts"));
            while key == "summary" && advise_on(p, d, &path, t.trim())? {
                t = p.text(Question { prompt, hint }, Some(t.trim()))?;
            }
            if !t.trim().is_empty() {
                contact.insert(key.into(), json!(t.trim()));
            }
        }
        d.push("contacts", Value::Object(contact));
        (cx.save)(d).map_err(Stop::Save)?;
        question = "Another earlier contact?".to_owned();
    }
    Ok(())
}

fn consumer(p: &mut dyn Prompter, d: &mut Draft, cx: &mut Context) -> Result<(), Stop> {
    p.section("Your details: only the letter shows them");
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
        if p.yes_no(
            &format!("Use these details of yours ({})?", shown.join(", ")),
            true,
        )? {
            d.set(
                "consumer",
                Some(serde_json::to_value(prev).unwrap_or_default()),
            );
            return Ok(());
        }
    }
    required(
        p,
        d,
        "consumer.name",
        Question {
            prompt: "Your full name",
            hint: "As it should appear under your signature.",
        },
    )?;
    optional(
        p,
        d,
        "consumer.address",
        Question {
            prompt: "Your postal address (optional)",
            hint: "For a written reply. E.g. 12 High Street, Leeds LS1 4AB.",
        },
    )?;
    checked(
        p,
        d,
        "consumer.email",
        Question {
            prompt: "Your e-mail (optional)",
            hint: "E.g. anna@example.org.",
        },
        |t| {
            if t.contains('@') && !t.contains(char::is_whitespace) {
                Ok(json!(t))
            } else {
                Err(format!(
                    "\"{t}\" does not look like an e-mail address (name@example.org)"
                ))
            }
        },
    )?;
    optional(
        p,
        d,
        "consumer.phone",
        Question {
            prompt: "Your phone (optional)",
            hint: "E.g. +44 7700 900123.",
        },
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
        fn text(&mut self, q: Question, default: Option<&str>) -> io::Result<String> {
            match self.next(q.prompt)? {
                Answer::Text("") => Ok(default.unwrap_or_default().to_owned()),
                Answer::Text(t) => Ok(t.to_owned()),
                other => panic!("{:?} asked for text, script has {other:?}", q.prompt),
            }
        }
        fn choose(&mut self, q: Question, options: &[&str], _: usize) -> io::Result<usize> {
            match self.next(q.prompt)? {
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

    /// Answers for a whole walk, with two wrong answers that must be asked again.
    fn full_walk() -> Vec<super::script::Answer> {
        vec![
            Text("MegaTel Ltd"),
            Text(""), // required: asked again
            Text("I was charged twice for October"),
            Text("Two identical charges on 3 October."),
            Text("2026-13-40"), // not a date: asked again
            Text("2026-10-03"),
            Text("49.99"), // no currency: asked again
            Text("49.99 gbp"),
            No,        // not technical
            Choice(0), // refund
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
            Text("2026-10-05"),
            Choice(0),
            Text("INC-99812"),
            Text("Sam"),
            Text("Promised a call back"),
            No,
            Text("Anna Petrova"),
            Text(""),
            Text("anna at example"), // not an e-mail: asked again
            Text("anna@example.org"),
            Text(""),
            Choice(0),
            Choice(5), // no jurisdiction: no questions about the purchase
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
            save: &mut save,
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
        assert_eq!(case.goal.amount.as_ref().unwrap().currency.as_str(), "GBP");
        assert_eq!(case.identifiers.other.len(), 1);
        assert_eq!(case.attachments[0].path.as_deref(), Some("missing.png"));
        assert_eq!(case.contacts[0].reference.as_deref(), Some("INC-99812"));
        assert_eq!(case.consumer.email.as_deref(), Some("anna@example.org"));
        assert_eq!(case.response_days.unwrap().get(), 14);
        // Wrong answers were explained.
        let said = script.transcript.join("\n");
        assert!(said.contains("This one is needed"), "{said}");
        assert!(said.contains("\"2026-13-40\" is not a date"), "{said}");
        assert!(said.contains("add the currency code"), "{said}");
        assert!(said.contains("There is no file missing.png"), "{said}");
        assert!(said.contains("does not look like an e-mail"), "{said}");
        // Saved after every step at least.
        assert!(saves.len() >= STEPS.len(), "{} saves", saves.len());
    }

    #[test]
    fn a_russian_walk_asks_what_the_law_needs_about_the_purchase() {
        let mut answers = full_walk();
        answers.truncate(answers.len() - 4);
        answers.extend([
            Choice(1), // Russian
            Choice(0), // Russia, the language's default
            Choice(0), // goods
            No,        // not at a distance
            Text("2026-11-20"),
            Text("24990 RUB"),
            Text("to the card I paid with"),
            Text(""),
            Text(""),
        ]);
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
        let shouting = line("Advice: \"THIEVES\" reads as shouting; try: \"Thieves\"");
        let insult = line("Advice: \"THIEVES\" reads as an insult; try: \"you took a payment");
        let marks = line("Advice: \"twice!!\" reads as shouting; try: \"twice.\"");
        let again = line("? Put it another way?");
        let details = line("? The details");
        assert!(asked < shouting && shouting < insult && insult < marks && marks < again);
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
        let cut = 16; // in the middle of the identifiers
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
            parse_money("49.99 GBP").unwrap(),
            json!({"value": "49.99", "currency": "GBP"})
        );
        assert_eq!(
            parse_money("rub 1290").unwrap(),
            json!({"value": "1290", "currency": "RUB"})
        );
        assert!(parse_money("49,99 EUR").unwrap_err().contains("dot"));
        assert!(parse_money("lots").unwrap_err().contains("currency"));
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
