//! The coach: advice on the person's own words, before anyone else reads them.
//!
//! Two kinds of finding, both advice and never errors:
//! - **tone**: shouting (words in capitals, runs of `!` and `?`), insults and threats. Operators
//!   note difficult callers in a shared record, and the note stays with every later call.
//! - **vague**: a goal that names no action, a refund with no amount, an event with no date,
//!   no identifiers, no evidence. Vague requests get generic answers.
//!
//! The phrases live in word lists under `coach/` (one per language, embedded), so they can
//! be extended without touching the code; the format is described at the top of each file.
//! Every list is applied to every text, so a Russian phrase in an English case is found too.
//! Pure: a case (or one field's text) in, findings out.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::LazyLock;

use crate::case::{Case, GoalKind, Language, Money};
use crate::locale;
use crate::t;

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Shouting, insults, threats.
    Tone,
    /// Missing or unspecific facts.
    Vague,
}

impl Kind {
    /// The kind as a word for scripts (`--json`).
    pub fn code(self) -> &'static str {
        match self {
            Kind::Tone => "tone",
            Kind::Vague => "vague",
        }
    }

    /// The kind's name in the interface language.
    pub fn name(self) -> String {
        match self {
            Kind::Tone => t!("kind-tone"),
            Kind::Vague => t!("kind-vague"),
        }
    }
}

/// One piece of advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The field, like `event.summary` or `contacts[0].summary`.
    pub path: String,
    pub kind: Kind,
    /// The words as typed, when the finding is about words (not about something missing).
    pub phrase: Option<String>,
    /// What is wrong, e.g. `"THIEVES" reads as shouting`.
    pub problem: String,
    /// What to write instead.
    pub suggestion: String,
}

impl Finding {
    /// The advice without the field: `"THIEVES" reads as shouting; try: "thieves"`.
    pub fn advice(&self) -> String {
        t!(
            "advice",
            problem = &self.problem,
            suggestion = &self.suggestion
        )
    }
}

impl fmt::Display for Finding {
    /// `event.summary: tone: "THIEVES" reads as shouting; try: "thieves"`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = t!(
            "finding",
            path = &self.path,
            kind = self.kind.name(),
            problem = &self.problem,
            suggestion = &self.suggestion
        );
        f.write_str(&line)
    }
}

/// What the coach knows about the case while it reads one of its texts.
#[derive(Debug, Clone)]
pub struct About {
    /// Words of the case's names and numbers, in capitals: never shouting.
    known: HashSet<String>,
    /// The language of the examples in the advice.
    lang: Language,
    /// The goal's kind, for an example of a concrete goal of the same kind.
    goal_kind: Option<GoalKind>,
}

impl About {
    /// `names`: the company's name, the identifiers and the like, whose words in capitals
    /// are not shouting (`MEGATEL`, `XK7P2Q`).
    pub fn new<'a>(
        names: impl IntoIterator<Item = &'a str>,
        lang: Language,
        goal_kind: Option<GoalKind>,
    ) -> About {
        let mut known = HashSet::new();
        for text in names {
            for token in tokens(text, CAPS_JOINERS) {
                known.insert(token.text.to_uppercase());
            }
        }
        About {
            known,
            lang,
            goal_kind,
        }
    }

    /// What a whole case tells: its names and numbers, language and goal.
    pub fn case(case: &Case) -> About {
        let ids = &case.identifiers;
        let mut names: Vec<&str> = vec![&case.company.name, &case.consumer.name];
        names.extend(case.company.department.as_deref());
        names.extend(case.event.environment.as_deref());
        names.extend(
            [&ids.order_number, &ids.contract_number, &ids.phone_number]
                .into_iter()
                .flatten()
                .map(String::as_str),
        );
        for other in &ids.other {
            names.push(&other.label);
            names.push(&other.value);
        }
        for money in [&case.event.amount, &case.goal.amount]
            .into_iter()
            .flatten()
        {
            names.push(money.currency.as_str());
        }
        About::new(names, case.language(), case.goal.kind)
    }

    fn knows(&self, word: &str) -> bool {
        self.known.contains(&word.to_uppercase())
    }
}

/// Every finding for a whole case, in the order of the case file's fields.
pub fn check(case: &Case) -> Vec<Finding> {
    let lang = case.language();
    let about = About::case(case);
    let mut out = Vec::new();
    let words = |out: &mut Vec<Finding>, path: &str, value: &str| {
        out.extend(text(path, value, &about));
    };
    if let Some(title) = &case.title {
        words(&mut out, "title", title);
    }
    words(&mut out, "event.summary", &case.event.summary);
    if let Some(details) = &case.event.details {
        words(&mut out, "event.details", details);
    }
    if case.event.date.is_none() {
        out.push(missing("event.date", "coach-no-date"));
    }
    words(&mut out, "goal.summary", &case.goal.summary);
    if let Some(finding) = amount_missing(case, lang) {
        out.push(finding);
    }
    if let Some(finding) = amount_above_event(case, lang) {
        out.push(finding);
    }
    if let Some(finding) = kind_unlike_words(case, lang) {
        out.push(finding);
    }
    if let Some(fallback) = &case.fallback {
        words(&mut out, "fallback", fallback);
    }
    if let Some(consequence) = &case.consequence {
        words(&mut out, "consequence.summary", &consequence.summary);
    }
    if case.identifiers.is_empty() {
        out.push(missing("identifiers", "coach-no-identifiers"));
    }
    if case.attachments.is_empty() {
        out.push(missing("attachments", "coach-no-evidence"));
    }
    for (i, a) in case.attachments.iter().enumerate() {
        if let Some(description) = &a.description {
            words(
                &mut out,
                &format!("attachments[{i}].description"),
                description,
            );
        }
    }
    for (i, c) in case.contacts.iter().enumerate() {
        if let Some(summary) = &c.summary {
            words(&mut out, &format!("contacts[{i}].summary"), summary);
        }
    }
    out
}

/// The path of what the person says first on a call (`complaint rehearse`): it carries both
/// the event and the goal.
pub const OPENING: &str = "opening";

/// The findings for one field's text: tone everywhere, and the vague phrases where they
/// matter (`goal.summary` and `fallback` for goals, `event.summary` for the event, both in
/// the [`OPENING`]).
pub fn text(path: &str, text: &str, about: &About) -> Vec<Finding> {
    let mut found: Vec<(usize, Finding)> = Vec::new();
    // Shouting and runs of marks, set aside: where they are on an insult or a threat, that
    // one finding, with its calm wording, is enough ("SCAMMERS!!!" -> «the company»).
    let loud: Vec<(usize, Finding)> = shouting(path, text, about)
        .into_iter()
        .chain(marks(path, text))
        .collect();
    use Section::{Insult, RelativeDate, Threat, Ultimatum, VagueEvent, VagueGoal};
    let sections: &[Section] = match path {
        "goal.summary" | "fallback" => &[Insult, Threat, VagueGoal, Ultimatum, RelativeDate],
        "event.summary" => &[Insult, Threat, VagueEvent, RelativeDate],
        OPENING => &[Insult, Threat, VagueEvent, VagueGoal, Ultimatum],
        _ => &[Insult, Threat, RelativeDate],
    };
    let words = tokens(text, WORD_JOINERS);
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut rude: Vec<(usize, usize)> = Vec::new();
    for (start, end, f) in masked(path, text, about) {
        rude.push((start, end));
        taken.push((start, end));
        found.push((start, f));
    }
    for m in matches(&words, sections) {
        let span = (words[m.start].start, words[m.end - 1].end);
        if taken.iter().any(|&(s, e)| span.0 < e && s < span.1) {
            continue;
        }
        if m.entry.section == Section::VagueGoal && concrete_apart_from(&words, &m) {
            continue;
        }
        taken.push(span);
        if matches!(m.entry.section, Insult | Threat | Ultimatum) {
            rude.push(span);
        }
        let phrase = &text[span.0..span.1];
        let (kind, problem, suggestion) = match m.entry.section {
            Section::Insult => (
                Kind::Tone,
                t!("coach-insult", phrase = phrase),
                m.entry.suggestion.clone(),
            ),
            Section::Threat => (
                Kind::Tone,
                t!("coach-threat", phrase = phrase),
                m.entry.suggestion.clone(),
            ),
            Section::VagueGoal => (
                Kind::Vague,
                t!("coach-vague-goal", phrase = phrase),
                t!(
                    "coach-vague-goal-try",
                    example = goal_example(about.lang, about.goal_kind)
                ),
            ),
            Section::VagueEvent => (
                Kind::Vague,
                t!("coach-vague-event", phrase = phrase),
                t!("coach-vague-event-try"),
            ),
            Section::Ultimatum => (
                Kind::Tone,
                t!("coach-ultimatum", phrase = phrase),
                m.entry.suggestion.clone(),
            ),
            Section::RelativeDate => (
                Kind::Vague,
                t!("coach-relative-date", phrase = phrase),
                m.entry.suggestion.clone(),
            ),
            _ => continue,
        };
        found.push((
            span.0,
            Finding {
                path: path.to_owned(),
                kind,
                phrase: Some(phrase.to_owned()),
                problem,
                suggestion,
            },
        ));
    }
    // A loud phrase with an insult, a threat or an ultimatum in it goes: its advice would
    // keep the insult in small letters ("THOSE CROOKS" -> "those crooks"). The other
    // finding gives the calm wording; what is left in capitals shows on the next check.
    for (at, f) in loud {
        let end = at + f.phrase.as_ref().map_or(0, String::len);
        if !rude.iter().any(|&(s, e)| at < e && s < end) {
            found.push((at, f));
        }
    }
    found.sort_by_key(|(at, f)| (*at, f.kind == Kind::Vague));
    found.into_iter().map(|(_, f)| f).collect()
}

/// Words with letters hidden by `*` or `#` ("п***ц", "ох*ели", "f**k"): swearing, even
/// masked. The advice is the list's `[masked]` entry, in the case's language.
fn masked(path: &str, text: &str, about: &About) -> Vec<(usize, usize, Finding)> {
    let advice = lists()
        .iter()
        .find(|l| l.lang == about.lang)
        .and_then(|l| l.masked.clone())
        .unwrap_or_default();
    let mut out = Vec::new();
    let part = |c: char| c.is_alphanumeric() || c == '*' || c == '#';
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (part(c), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                start = None;
                let word = &text[from..at];
                let hidden = word
                    .trim_end_matches(['*', '#'])
                    .trim_start_matches(['*', '#'])
                    .contains(['*', '#']);
                if hidden && word.starts_with(char::is_alphabetic) {
                    out.push((
                        from,
                        at,
                        Finding {
                            path: path.to_owned(),
                            kind: Kind::Tone,
                            phrase: Some(word.to_owned()),
                            problem: format!(
                                "\"{word}\" reads as swearing, even with letters hidden"
                            ),
                            suggestion: advice.clone(),
                        },
                    ));
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether `text` names a concrete action or a refund ("refund", "replace", «вернуть»...),
/// from the `[action]` and `[money goal]` lists.
pub fn names_action(text: &str) -> bool {
    let words = tokens(text, WORD_JOINERS);
    matches(&words, &[Section::Action, Section::MoneyGoal])
        .next()
        .is_some()
}

/// Something the case leaves out: the message `id` says what, `id-try` what to add.
fn missing(path: &str, id: &str) -> Finding {
    Finding {
        path: path.to_owned(),
        kind: Kind::Vague,
        phrase: None,
        problem: t!(id),
        suggestion: t!(&format!("{id}-try")),
    }
}

/// A goal whose words ask for another kind than its `kind`: the letter's title and the law's
/// rule follow the kind, so they would not match what the letter asks.
fn kind_unlike_words(case: &Case, lang: Language) -> Option<Finding> {
    let kind = serde_json::to_value(case.goal.kind?).ok()?;
    let kind = kind.as_str()?;
    let read = crate::wording::kinds_read(lang, &case.goal.summary);
    let reads = *read.first()?;
    (crate::wording::knows_kind(lang, kind) && !read.contains(&kind)).then(|| Finding {
        path: "goal.kind".to_owned(),
        kind: Kind::Vague,
        phrase: None,
        problem: t!("coach-goal-kind", kind = kind, reads = reads),
        suggestion: t!("coach-goal-kind-try", reads = reads),
    })
}

/// A refund or compensation with no amount, in `goal.amount` or in the goal's own words.
fn amount_missing(case: &Case, lang: Language) -> Option<Finding> {
    let goal = &case.goal;
    let problem = match goal.kind {
        Some(GoalKind::Refund) => "coach-no-amount-refund",
        Some(GoalKind::Compensation) => "coach-no-amount-compensation",
        None => {
            let words = tokens(&goal.summary, WORD_JOINERS);
            matches(&words, &[Section::MoneyGoal]).next()?;
            "coach-no-amount-either"
        }
        Some(_) => return None,
    };
    if goal.amount.is_some() || goal.summary.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let suggestion = match &case.event.amount {
        Some(m) => t!(
            "coach-no-amount-try-event",
            json = money_json(m),
            amount = locale::money(lang, m)
        ),
        None => t!(
            "coach-no-amount-try",
            example = goal_example(lang, goal.kind)
        ),
    };
    Some(Finding {
        path: "goal.amount".into(),
        kind: Kind::Vague,
        phrase: None,
        problem: t!(problem),
        suggestion,
    })
}

/// How many times the event's amount a demand may be before it reads as unfounded: a
/// refund is the amount itself, and even a penalty with costs and damages rarely triples it.
const AMOUNT_ABOVE_EVENT: f64 = 3.0;

/// A demand of more than [`AMOUNT_ABOVE_EVENT`] times the event's amount, in the same
/// currency: a company reads it as unfounded unless each extra sum is named.
fn amount_above_event(case: &Case, lang: Language) -> Option<Finding> {
    let (goal, event) = (case.goal.amount.as_ref()?, case.event.amount.as_ref()?);
    if goal.currency != event.currency {
        return None;
    }
    let value = |m: &Money| {
        format!("{}.{}0", m.value.units, m.value.fraction)
            .parse::<f64>()
            .ok()
    };
    let (g, e) = (value(goal)?, value(event)?);
    if e <= 0.0 || g <= e * AMOUNT_ABOVE_EVENT {
        return None;
    }
    Some(Finding {
        path: "goal.amount".into(),
        kind: Kind::Vague,
        phrase: None,
        problem: t!(
            "coach-amount-above-event",
            goal = locale::money(lang, goal),
            event = locale::money(lang, event)
        ),
        suggestion: t!("coach-amount-above-event-try"),
    })
}

fn money_json(m: &Money) -> String {
    format!(
        "{{\"value\": \"{}\", \"currency\": \"{}\"}}",
        m.value,
        m.currency.as_str()
    )
}

/// A suggested wording in the quotes of its own script: «Russian», "English".
fn quoted(text: &str) -> String {
    if text.chars().any(is_cyrillic) {
        format!("«{text}»")
    } else {
        format!("\"{text}\"")
    }
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// The example of a concrete goal from the case language's list.
fn goal_example(lang: Language, kind: Option<GoalKind>) -> String {
    let key = match kind {
        Some(GoalKind::Replacement) => "replacement",
        Some(GoalKind::Repair) => "repair",
        Some(GoalKind::Cancellation) => "cancellation",
        Some(GoalKind::Compensation) => "compensation",
        Some(GoalKind::Correction) => "correction",
        Some(GoalKind::Other) => "other",
        Some(GoalKind::Refund) | None => "refund",
    };
    let list = lists()
        .iter()
        .find(|l| l.lang == lang)
        .unwrap_or(&lists()[0]);
    list.goal_examples
        .get(key)
        .cloned()
        .unwrap_or_else(|| "\"Refund the duplicate charge of £49.99 to my card\"".into())
}

/// Whether a goal names a concrete action or a number outside the vague phrase `m`
/// ("Sort it out and refund the £49.99" is concrete; "Sort it out!" is not).
fn concrete_apart_from(words: &[Token], m: &Match) -> bool {
    let outside = |i: usize| i < m.start || i >= m.end;
    let action = matches(words, &[Section::Action]).any(|a| (a.start..a.end).all(outside));
    let number = words
        .iter()
        .enumerate()
        .any(|(i, w)| outside(i) && w.text.chars().any(|c| c.is_ascii_digit()));
    action || number
}

// ---------------------------------------------------------------------------------------
// Shouting.

/// A word is shouting when it is in capitals and reads like a word, not a code: four
/// letters or more with a vowel ("THIEVES", "ВЕРНИТЕ"), or one of several capitalised words
/// in a row ("WHY NOT"). Never: words with digits (`XK7P2Q`, `INC-99812`), the acronyms in the
/// lists (`IMEI`, `EUR`), the case's own names and numbers, one-letter words ("I", "A").
fn shouting(path: &str, text: &str, about: &About) -> Vec<(usize, Finding)> {
    #[derive(PartialEq)]
    enum Class {
        /// A capitalised word that is not a code: (reads as a word on its own).
        Loud(bool),
        /// "I", "A": joins a run, never starts or makes one.
        Single,
        /// Anything else ends a run.
        Other,
    }
    let toks = tokens(text, CAPS_JOINERS);
    let in_quotes = quoted_spans(text);
    let class = |t: &Token| -> Class {
        if in_quotes.iter().any(|&(s, e)| s <= t.start && t.end <= e) {
            return Class::Other; // what the screen or the letter said: "NO SERVICE"
        }
        let letters: Vec<char> = t.text.chars().filter(|c| c.is_alphabetic()).collect();
        if t.text.chars().any(|c| c.is_ascii_digit()) || letters.is_empty() {
            return Class::Other;
        }
        if !letters.iter().all(|c| c.is_uppercase()) {
            return Class::Other;
        }
        if letters.len() == 1 {
            return Class::Single;
        }
        if is_acronym(t.text) || about.knows(t.text) {
            return Class::Other;
        }
        Class::Loud(letters.len() >= 4 && letters.iter().any(|c| is_vowel(*c)))
    };
    let classes: Vec<Class> = toks.iter().map(class).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !matches!(classes[i], Class::Loud(_)) {
            i += 1;
            continue;
        }
        // A run: loud words, with single letters between them.
        let mut end = i + 1; // one past the last loud word
        let mut j = i + 1;
        while j < toks.len() && classes[j] != Class::Other {
            if matches!(classes[j], Class::Loud(_)) {
                end = j + 1;
            }
            j += 1;
        }
        let loud = classes[i..end]
            .iter()
            .filter(|c| matches!(c, Class::Loud(_)))
            .count();
        let wordlike = classes[i..end].contains(&Class::Loud(true));
        if loud >= 2 || wordlike {
            let (start, stop) = (toks[i].start, toks[end - 1].end);
            let phrase = &text[start..stop];
            let mut calm: String = phrase.to_lowercase();
            if starts_sentence(text, start) {
                calm = capitalise(&calm);
            }
            // "I" stays a capital inside the phrase.
            calm = calm
                .split(' ')
                .map(|w| if w == "i" { "I" } else { w })
                .collect::<Vec<_>>()
                .join(" ");
            out.push((
                start,
                Finding {
                    path: path.to_owned(),
                    kind: Kind::Tone,
                    phrase: Some(phrase.to_owned()),
                    problem: t!("coach-shouting", phrase = phrase),
                    suggestion: quoted(&calm),
                },
            ));
        }
        i = end;
    }
    out
}

/// The byte spans inside quotation marks ("...", “...”, «...»): quoted words are not the
/// person's own shouting.
fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (at, c) in text.char_indices() {
        match open {
            None => {
                let close = match c {
                    '"' => '"',
                    '“' => '”',
                    '«' => '»',
                    _ => continue,
                };
                open = Some((close, at + c.len_utf8()));
            }
            Some((close, start)) if c == close => {
                spans.push((start, at));
                open = None;
            }
            Some(_) => {}
        }
    }
    spans
}

fn is_vowel(c: char) -> bool {
    "AEIOUYАЕЁИОУЫЭЮЯ".contains(c)
}

fn is_acronym(word: &str) -> bool {
    let upper = word.to_uppercase();
    lists().iter().any(|l| l.acronyms.contains(&upper))
}

fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(|c: char| c.is_whitespace() || "\"'«“(".contains(c));
    before.is_empty() || before.ends_with(['.', '!', '?', '…'])
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Runs of `!` and `?` (`!!`, `?!`, `???`): one mark is enough.
fn marks(path: &str, text: &str) -> Vec<(usize, Finding)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let is_mark = |c: char| matches!(c, '!' | '?' | '‼' | '⁉' | '⁈' | '⁇');
    let mut i = 0;
    while i < chars.len() {
        if !is_mark(chars[i].1) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && is_mark(chars[j].1) {
            j += 1;
        }
        let run: String = chars[i..j].iter().map(|(_, c)| *c).collect();
        if run.chars().count() >= 2 || run.chars().any(|c| c != '!' && c != '?') {
            // Quote the word before the marks, so the phrase can be found.
            let run_start = chars[i].0;
            let run_end = chars.get(j).map_or(text.len(), |(at, _)| *at);
            // Just after the last space before the word; spaces can be several bytes long
            // (a no-break space, a line separator).
            let word_start = text[..run_start]
                .trim_end()
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(at, c)| at + c.len_utf8());
            let mut word = text[word_start..run_start].trim_end().to_owned();
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 2 && !word.chars().any(char::is_lowercase) {
                word = word.to_lowercase(); // "AGAIN!!!" -> "again."
            }
            let phrase = &text[word_start..run_end];
            let one = if run.contains(['?', '⁉', '⁈', '⁇']) {
                "?"
            } else {
                "."
            };
            out.push((
                word_start,
                Finding {
                    path: path.to_owned(),
                    kind: Kind::Tone,
                    phrase: Some(phrase.to_owned()),
                    problem: t!("coach-shouting", phrase = phrase),
                    suggestion: quoted(&format!("{word}{one}")),
                },
            ));
        }
        i = j;
    }
    out
}

// ---------------------------------------------------------------------------------------
// Words and the lists.

/// A word in a text, with its place in bytes.
#[derive(Debug, Clone)]
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// Characters that join the letters on both sides into one word, for the lists
/// ("rip-off", "I'll", "что-то").
const WORD_JOINERS: &[char] = &['-', '\'', '’'];
/// ... and for shouting, where codes like `INC-99812`, `A/B` and `v8.2` are one word.
const CAPS_JOINERS: &[char] = &['-', '\'', '’', '_', '.', '/'];

fn tokens<'a>(text: &'a str, joiners: &[char]) -> Vec<Token<'a>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let joins =
                joiners.contains(&c) && chars.get(j + 1).is_some_and(|(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || joins {
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(text.len(), |(at, _)| *at);
        out.push(Token {
            text: &text[start..end],
            start,
            end,
        });
        i = j;
    }
    out
}

/// Lower case, `ё` as `е`, one kind of apostrophe: how words are compared.
fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ё' => 'е',
            '’' => '\'',
            c => c,
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Insult,
    Threat,
    VagueGoal,
    VagueEvent,
    MoneyGoal,
    Action,
    Acronym,
    GoalExample,
    /// Letters that may stand before a word and are taken off when matching (Hebrew ו, ה...).
    Prefix,
    /// A word with letters hidden by `*` ("п***ц"): the one entry is its advice.
    Masked,
    /// A demand for "now" or "at once" in a goal: the advice is to give a date.
    Ultimatum,
    /// "Yesterday", «вчера»: a letter is read days later.
    RelativeDate,
}

impl Section {
    fn parse(name: &str) -> Option<Section> {
        Some(match name {
            "insult" => Section::Insult,
            "threat" => Section::Threat,
            "vague goal" => Section::VagueGoal,
            "vague event" => Section::VagueEvent,
            "money goal" => Section::MoneyGoal,
            "action" => Section::Action,
            "acronym" => Section::Acronym,
            "goal example" => Section::GoalExample,
            "prefix" => Section::Prefix,
            "masked" => Section::Masked,
            "ultimatum" => Section::Ultimatum,
            "relative date" => Section::RelativeDate,
            _ => return None,
        })
    }
}

/// One word of a phrase: a whole word, or a stem (`мошенни*`).
#[derive(Debug, Clone)]
struct Pattern {
    word: String,
    stem: bool,
}

impl Pattern {
    fn matches(&self, word: &str) -> bool {
        if self.stem {
            word.starts_with(&self.word)
        } else {
            word == self.word
        }
    }
}

#[derive(Debug, Clone)]
struct Entry {
    section: Section,
    words: Vec<Pattern>,
    suggestion: String,
}

/// One language's list, parsed.
#[derive(Debug)]
struct List {
    lang: Language,
    entries: Vec<Entry>,
    acronyms: HashSet<String>,
    goal_examples: HashMap<String, String>,
    /// Prefixes taken off a word before it is compared (`[prefix]`), longest first.
    prefixes: Vec<String>,
    /// The advice for a word with hidden letters (`[masked]`).
    masked: Option<String>,
    /// The entries, by the first letter of their first word: a word can only start an entry
    /// whose first word begins with its own first letter, or with the letter after one of
    /// the list's prefixes. An entry whose first word is empty is under '\0'.
    by_first: HashMap<char, Vec<usize>>,
}

impl List {
    /// The indices of the entries the word `word` (folded) can start, in list order.
    fn candidates(&self, word: &str, into: &mut Vec<usize>) {
        let mut firsts: Vec<char> = vec!['\0'];
        firsts.extend(word.chars().next());
        for p in &self.prefixes {
            if let Some(c) = word.strip_prefix(p.as_str()).and_then(|r| r.chars().next()) {
                firsts.push(c);
            }
        }
        firsts.sort_unstable();
        firsts.dedup();
        for c in firsts {
            into.extend(self.by_first.get(&c).into_iter().flatten());
        }
        into.sort_unstable();
    }
}

const LISTS: [(Language, &str, &str); 3] = [
    (
        Language::En,
        "coach/en.txt",
        include_str!("../coach/en.txt"),
    ),
    (
        Language::Ru,
        "coach/ru.txt",
        include_str!("../coach/ru.txt"),
    ),
    (
        Language::He,
        "coach/he.txt",
        include_str!("../coach/he.txt"),
    ),
];

fn lists() -> &'static [List] {
    static PARSED: LazyLock<Vec<List>> = LazyLock::new(|| {
        LISTS
            .iter()
            .map(|(lang, name, text)| {
                // The lists are part of the program; a test parses each one.
                parse_list(*lang, text).unwrap_or_else(|e| panic!("{name}: {e}"))
            })
            .collect()
    });
    &PARSED
}

fn parse_list(lang: Language, text: &str) -> Result<List, String> {
    let mut list = List {
        lang,
        entries: Vec::new(),
        acronyms: HashSet::new(),
        goal_examples: HashMap::new(),
        prefixes: Vec::new(),
        masked: None,
        by_first: HashMap::new(),
    };
    let mut section = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        let at = || format!("line {}", n + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = Some(
                Section::parse(name.trim())
                    .ok_or_else(|| format!("{}: unknown section [{name}]", at()))?,
            );
            continue;
        }
        let section = section.ok_or_else(|| format!("{}: an entry before any [section]", at()))?;
        let (phrase, suggestion) = match line.split_once('=') {
            Some((p, s)) => (p.trim(), s.trim()),
            None => (line, ""),
        };
        let wants_suggestion = matches!(
            section,
            Section::Insult
                | Section::Threat
                | Section::GoalExample
                | Section::Masked
                | Section::Ultimatum
                | Section::RelativeDate
        );
        if wants_suggestion && suggestion.is_empty() {
            return Err(format!(
                "{}: \"{phrase}\" needs \"= what to write instead\"",
                at()
            ));
        }
        match section {
            Section::Acronym => {
                list.acronyms.insert(phrase.to_uppercase());
            }
            Section::Prefix => {
                list.prefixes.extend(phrase.split_whitespace().map(fold));
            }
            Section::Masked => list.masked = Some(suggestion.to_owned()),
            Section::GoalExample => {
                list.goal_examples
                    .insert(phrase.to_owned(), suggestion.to_owned());
            }
            _ => {
                let words: Vec<Pattern> = phrase
                    .split_whitespace()
                    .map(|w| match w.strip_suffix('*') {
                        Some(stem) => Pattern {
                            word: fold(stem),
                            stem: true,
                        },
                        None => Pattern {
                            word: fold(w),
                            stem: false,
                        },
                    })
                    .collect();
                if words.is_empty() || words.iter().any(|w| w.word.is_empty()) {
                    return Err(format!("{}: \"{phrase}\" is not a phrase", at()));
                }
                list.entries.push(Entry {
                    section,
                    words,
                    suggestion: suggestion.to_owned(),
                });
            }
        }
    }
    list.prefixes
        .sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
    for (i, e) in list.entries.iter().enumerate() {
        let first = e.words.first().and_then(|p| p.word.chars().next());
        list.by_first
            .entry(first.unwrap_or('\0'))
            .or_default()
            .push(i);
    }
    Ok(list)
}

/// Whether `word` is the pattern's word with one of the list's prefixes before it
/// ("ורמאים" for "רמאי*", "שגנבתם" for "גנבתם"); the word left must have two letters or more.
fn prefixed(list: &List, pattern: &Pattern, word: &str) -> bool {
    list.prefixes.iter().any(|p| {
        word.strip_prefix(p.as_str())
            .is_some_and(|rest| rest.chars().count() >= 2 && pattern.matches(rest))
    })
}

/// Where a list entry matched: words `start..end` of the text.
struct Match {
    start: usize,
    end: usize,
    entry: &'static Entry,
}

/// Every match of the entries in `sections`, longest first at each word.
fn matches<'t>(words: &'t [Token], sections: &'t [Section]) -> impl Iterator<Item = Match> + 't {
    let folded: Vec<String> = words.iter().map(|w| fold(w.text)).collect();
    let mut found = Vec::new();
    let mut candidates = Vec::new();
    for start in 0..folded.len() {
        // Only the entries this word can start, in the lists' order.
        let mut here: Vec<Match> = lists()
            .iter()
            .flat_map(|l| {
                candidates.clear();
                l.candidates(&folded[start], &mut candidates);
                candidates
                    .iter()
                    .map(|&i| (l, &l.entries[i]))
                    .collect::<Vec<_>>()
            })
            .filter(|(_, e)| sections.contains(&e.section))
            .filter(|(l, e)| {
                folded.len() - start >= e.words.len()
                    && e.words
                        .iter()
                        .zip(&folded[start..])
                        .enumerate()
                        .all(|(k, (p, w))| p.matches(w) || (k == 0 && prefixed(l, p, w)))
            })
            // A word listed as it is typed ("הגנבים") wins over a stem under a prefix.
            .map(|(_, entry)| Match {
                start,
                end: start + entry.words.len(),
                entry,
            })
            .collect();
        // Longest first; a word listed as it is typed ("הגנבים") before a stem found under
        // a prefix.
        here.sort_by_key(|m| {
            let prefixed = !m.entry.words[0].matches(&folded[start]);
            (std::cmp::Reverse(m.end), prefixed)
        });
        found.extend(here);
    }
    found.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> About {
        About::new([], Language::En, None)
    }

    fn ru() -> About {
        About::new([], Language::Ru, None)
    }

    fn tone(text: &str) -> Vec<String> {
        super::text("event.summary", text, &en())
            .into_iter()
            .filter(|f| f.kind == Kind::Tone)
            .map(|f| f.phrase.unwrap_or_default())
            .collect()
    }

    fn goal(text: &str) -> Vec<Finding> {
        super::text("goal.summary", text, &en())
    }

    #[test]
    fn the_lists_parse() {
        for (lang, name, text) in LISTS {
            let list = parse_list(lang, text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(list.entries.len() > 20, "{name}");
            for kind in [
                "refund",
                "replacement",
                "repair",
                "cancellation",
                "compensation",
                "correction",
                "other",
            ] {
                assert!(list.goal_examples.contains_key(kind), "{name}: {kind}");
            }
        }
        assert!(parse_list(Language::En, "[insult]\nthieves\n").is_err());
        assert!(parse_list(Language::En, "thieves = x\n").is_err());
        assert!(parse_list(Language::En, "[insults]\n").is_err());
    }

    #[test]
    fn capitals_that_read_as_words_are_shouting() {
        assert_eq!(tone("This is UNACCEPTABLE"), ["UNACCEPTABLE"]);
        // An insult in capitals is one finding, with the calm wording: advice to write it
        // in small letters would keep the insult.
        let one = super::text("event.summary", "THIEVES!!!", &en());
        let problems: Vec<&str> = one.iter().map(|f| f.problem.as_str()).collect();
        assert_eq!(problems, ["\"THIEVES\" reads as an insult"]);
        assert_eq!(tone("I WANT MY MONEY BACK now"), ["WANT MY MONEY BACK"]);
        assert_eq!(tone("WHY NOT"), ["WHY NOT"]);
        assert_eq!(tone("Верните деньги СЕЙЧАС ЖЕ"), ["СЕЙЧАС ЖЕ"]);
        assert_eq!(tone("Это НЕДОПУСТИМО"), ["НЕДОПУСТИМО"]);
        let f = &super::text("title", "REFUND ME. Please", &en())[0];
        assert_eq!(f.suggestion, "\"Refund me\"");
        assert_eq!(
            f.to_string(),
            "title: tone: \"REFUND ME\" reads as shouting; try: \"Refund me\""
        );
        let f = &super::text("title", "Please, I NEED IT", &en())[0];
        assert_eq!(f.suggestion, "\"need it\"");
    }

    #[test]
    fn codes_and_acronyms_are_not_shouting() {
        for calm in [
            "Order XK7P2Q was never delivered",
            "I paid 49.99 EUR, then 12 GBP",
            "My SIM stopped working after the IMEI check",
            "Ticket INC-99812 was closed",
            "The PDF bill and the USB modem",
            "Customer ID C-5521, IBAN on file",
            "I, Anna, paid",
            "A refund",
            "Договор с ООО «МегаТел», ИНН 7701234567, СНИЛС не нужен",
            "Мне пришло СМС",
            "Version v8.2 on iOS 17",
            "My TV box",
            "The screen says \"NO SERVICE\" since Monday",
            "На экране «НЕТ СЕТИ» с понедельника",
            "The app shows “PAYMENT FAILED”",
        ] {
            assert!(tone(calm).is_empty(), "{calm}: {:?}", tone(calm));
        }
        // The case's own names in capitals are not shouting either.
        let about = About::new(["MEGATEL Ltd", "QWERTY-7"], Language::En, None);
        let found = super::text("event.summary", "MEGATEL charged me", &about);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_unclosed_quote_hides_nothing() {
        assert_eq!(tone("He said \"WAIT and hung up"), ["WAIT"]);
    }

    #[test]
    fn runs_of_marks_are_shouting() {
        assert_eq!(tone("Charged twice!!"), ["twice!!"]);
        assert_eq!(tone("Why?! Again???"), ["Why?!", "Again???"]);
        assert_eq!(tone("Почему так долго?!"), ["долго?!"]);
        assert_eq!(tone("charged twice\u{a0}AGAIN!!"), ["AGAIN", "AGAIN!!"]);
        assert_eq!(tone("charged\u{2028}twice?!"), ["twice?!"]);
        assert!(tone("Thank you! Why? Fine.").is_empty());
        let f = &super::text("event.summary", "twice!!!", &en())[0];
        assert_eq!(f.suggestion, "\"twice.\"");
    }

    #[test]
    fn insults_and_threats_in_both_languages() {
        assert_eq!(tone("You thieves took my money"), ["thieves"]);
        assert_eq!(tone("Scammers, all of you"), ["Scammers"]);
        assert_eq!(tone("you people are crooks"), ["you people", "crooks"]);
        assert_eq!(tone("Your incompetent staff"), ["incompetent"]);
        assert_eq!(tone("I'll sue you for this"), ["I'll sue you"]);
        assert_eq!(tone("I’ll sue you"), ["I’ll sue you"]);
        assert_eq!(tone("I will sue"), ["I will sue"]);
        assert_eq!(tone("This is a rip-off"), ["rip-off"]);
        for (text, phrase) in [
            ("Вы мошенники", "мошенники"),
            ("Не хочу иметь дело с мошенниками", "мошенниками"),
            ("Это мошенничество", "мошенничество"),
            ("Воры и жулики", "Воры"),
            ("Я вас засужу", "засужу"),
            ("Это беспредел", "беспредел"),
            ("Вы ещё пожалеете", "пожалеете"),
        ] {
            assert_eq!(tone(text)[0], phrase, "{text}");
        }
        // Stems catch inflections, but not unrelated words.
        assert_eq!(tone("Воры и жулики").len(), 2);
        assert!(tone("Ворота гаража сломались").is_empty());
        assert!(tone("Двери в Воронеже").is_empty());
        let f = &super::text("event.summary", "Вы мошенники", &ru())[0];
        assert_eq!(f.kind, Kind::Tone);
        assert!(f.problem.contains("insult"), "{f}");
        assert!(f.suggestion.contains("без моего согласия"), "{f}");
    }

    #[test]
    fn a_calm_consequence_is_not_a_threat() {
        for calm in [
            "I will complain to the communications ombudsman",
            "I will take it to the small claims court",
            "I will move to another provider",
            "Обращусь с жалобой в Роспотребнадзор",
            "Обращусь в суд",
            "I reported the card fraud to my bank",
        ] {
            assert!(tone(calm).is_empty(), "{calm}: {:?}", tone(calm));
        }
    }

    #[test]
    fn vague_goals() {
        for (text, phrase) in [
            ("Fix it", "Fix it"),
            ("Please do something!", "do something"),
            ("Sort it out", "Sort it out"),
            ("Разберитесь", "Разберитесь"),
            ("Решите вопрос", "Решите вопрос"),
            ("Сделайте что-нибудь", "Сделайте что-нибудь"),
        ] {
            let found = goal(text);
            let vague: Vec<_> = found.iter().filter(|f| f.kind == Kind::Vague).collect();
            assert_eq!(vague.len(), 1, "{text}: {found:?}");
            assert_eq!(vague[0].phrase.as_deref(), Some(phrase));
            assert!(vague[0].suggestion.contains("e.g."), "{}", vague[0]);
        }
        // A vague phrase beside a concrete action or an amount is fine.
        for concrete in [
            "Sort it out and refund the duplicate charge to my card",
            "Fix it by restoring my line",
            "Решите вопрос с возвратом 1290 рублей",
            "Refund the duplicate charge to my card",
            "Вернуть на мою карту повторно списанные деньги",
            "Исправьте счёт за ноябрь",
        ] {
            assert!(
                goal(concrete).is_empty(),
                "{concrete}: {:?}",
                goal(concrete)
            );
        }
        // «Исправьте это» names no object, though «исправить» is an action.
        assert_eq!(goal("Исправьте это").len(), 1);
        // The example follows the case language.
        let ru = super::text("goal.summary", "Разберитесь", &ru());
        assert!(ru[0].suggestion.contains('«'), "{}", ru[0]);
        // ... and the goal's kind.
        let fix = super::text(
            "goal.summary",
            "Fix it",
            &About::new([], Language::En, Some(GoalKind::Correction)),
        );
        assert!(
            fix[0].suggestion.contains("Correct the November bill"),
            "{}",
            fix[0]
        );
    }

    #[test]
    fn vague_events() {
        let found = super::text("event.summary", "Something is wrong with my phone", &en());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, Kind::Vague);
        // The same words elsewhere are not judged as an event.
        assert!(super::text("event.details", "Something is wrong", &en()).is_empty());
    }

    fn case(json: &str) -> Case {
        crate::load::parse("test", json.as_bytes()).unwrap()
    }

    const BARE: &str = r#"{"schema_version": 1, "consumer": {"name": "Sam"},
        "company": {"name": "Brightline"}, "event": {"summary": "My bill is wrong"},
        "goal": {"summary": "Refund the difference"}}"#;

    #[test]
    fn missing_facts_are_named_with_their_field() {
        let found = check(&case(BARE));
        let paths: Vec<&str> = found.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            ["event.date", "goal.amount", "identifiers", "attachments"]
        );
        assert!(
            found
                .iter()
                .all(|f| f.kind == Kind::Vague && f.phrase.is_none())
        );
        assert_eq!(found[1].problem, "a refund or compensation with no amount");
    }

    #[test]
    fn a_refund_with_an_amount_in_its_words_is_concrete() {
        let json = BARE.replace("Refund the difference", "Refund the 12.50 difference");
        assert!(check(&case(&json)).iter().all(|f| f.path != "goal.amount"));
        // A kind other than refund or compensation needs no amount.
        let json = BARE.replace("\"goal\": {", "\"goal\": {\"kind\": \"correction\", ");
        assert!(check(&case(&json)).iter().all(|f| f.path != "goal.amount"));
        // The event's amount is offered.
        let json = BARE.replace(
            "\"My bill is wrong\"",
            "\"My bill is wrong\", \"amount\": {\"value\": \"12.5\", \"currency\": \"GBP\"}",
        );
        let found = check(&case(&json));
        let amount = found.iter().find(|f| f.path == "goal.amount").unwrap();
        assert!(amount.suggestion.contains("£12.50"), "{amount}");
    }

    #[test]
    fn the_built_in_examples_are_clean() {
        for lang in Language::ALL {
            let found = check(&case(crate::app::example(lang)));
            assert!(found.is_empty(), "{lang}: {found:#?}");
        }
    }

    #[test]
    fn findings_follow_the_fields_of_the_case() {
        let json = r#"{"schema_version": 1, "title": "SCAM",
            "consumer": {"name": "Sam"}, "company": {"name": "Brightline"},
            "identifiers": {"order_number": "XK7P2Q"},
            "event": {"summary": "Charged twice!!", "date": "2026-10-03"},
            "goal": {"summary": "Fix it", "kind": "other"},
            "consequence": {"summary": "I'll sue you"},
            "attachments": [{"description": "Bill from THOSE CROOKS"}],
            "contacts": [{"summary": "The operator was USELESS"}]}"#;
        let found: Vec<String> = check(&case(json))
            .iter()
            .map(|f| format!("{} {}", f.path, f.phrase.as_deref().unwrap_or("-")))
            .collect();
        assert_eq!(
            found,
            [
                "title SCAM",
                "event.summary twice!!",
                "goal.summary Fix it",
                "consequence.summary I'll sue you",
                "attachments[0].description CROOKS",
                "contacts[0].summary USELESS",
            ]
        );
    }
}
