//! How the person's own words are put, so the renderings build grammatical sentences around
//! them and say nothing twice: the form of a goal (an action, a request, a demand, an order,
//! a wish), and whether a text already states an amount or a date. The words of each
//! language are data, in `lexicon/<language>.toml`.

use std::sync::{LazyLock, OnceLock};

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::case::{Language, Money};
use crate::locale;

/// How a goal is put.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// An action: "Вернуть деньги", "Refund the charge", "החזר כספי".
    Action,
    /// A request with its words taken off: "Прошу вернуть…" -> "вернуть…".
    Request,
    /// A demand with its words taken off: "Требую вернуть…" -> "вернуть…".
    Demand,
    /// An order: "Верните деньги", "החזירו לי".
    Imperative,
    /// An order in the future tense, as Hebrew speakers give one: "תחזירו לי".
    Future,
    /// The person's own statement: "Хочу…", "I want…", "אני רוצה…": printed as typed.
    Want,
}

impl Form {
    pub fn name(self) -> &'static str {
        match self {
            Form::Action => "action",
            Form::Request => "request",
            Form::Demand => "demand",
            Form::Imperative => "imperative",
            Form::Future => "future",
            Form::Want => "want",
        }
    }
}

/// A goal read for its form, with the sentences that ask for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    pub form: Form,
    /// The action without the words of a request or demand, starting lowercase
    /// ("вернуть 34 990 рублей"); for a wish or an order, the goal as typed.
    pub action: String,
    /// The goal as a spoken request, for the opener and the message ("Прошу вернуть…").
    pub say: String,
    /// The goal as the letter asks for it: without a term of the person's own ("within 7
    /// days"), since the letter gives its one deadline itself.
    pub letter: String,
    /// The action as the letter asks for it, without that term.
    pub letter_action: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Lexicon {
    goal: GoalWords,
    environment: Environment,
    company: CompanyWords,
    typeset: Typeset,
    money: MoneyWords,
    cards: CardWords,
    numbers: NumberWords,
    /// Written words and their spoken equivalents, for what is said aloud ("להשיב" ->
    /// "להחזיר").
    #[serde(default)]
    spoken: std::collections::HashMap<String, String>,
    /// Prepositions with a fuller form before some sounds («с» → «со 2 сентября»).
    #[serde(default)]
    prepositions: std::collections::HashMap<String, Preposition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Preposition {
    /// The fuller form ("со").
    full: String,
    /// Starts of the next word (lower case; "2 " is the number 2 alone) that take it.
    before: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NumberWords {
    values: std::collections::HashMap<String, u64>,
    scales: std::collections::HashMap<String, u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CardWords {
    card: Vec<String>,
    other_numbers: Vec<String>,
}

/// Whether a word labels a long number that is not a payment card ("IMEI", «трек-номер»,
/// «ОГРН», "account"), in any language: a word beginning with one of the lexicons' labels.
pub fn labels_other_number(word: &str) -> bool {
    label_in(word, |c| &c.other_numbers)
}

/// Whether a word says the number after it is a payment card ("card", «картой», "כרטיס").
pub fn labels_card(word: &str) -> bool {
    label_in(word, |c| &c.card)
}

fn label_in(word: &str, list: impl Fn(&CardWords) -> &Vec<String>) -> bool {
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '/')
        .to_lowercase()
        .replace('ё', "е");
    !word.is_empty()
        && LEXICONS.iter().any(|(l, _)| {
            list(&lexicon(*l).cards)
                .iter()
                .any(|label| word.starts_with(label.as_str()))
        })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MoneyWords {
    units: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Typeset {
    no_break_after: Vec<String>,
    /// Words a line never breaks before when they follow a comma (a house number after its
    /// street).
    #[serde(default)]
    no_break_before: Vec<String>,
    /// Words that always stay on the line of the word before them, whatever punctuation
    /// follows them («ГК РФ», «Закона РФ»).
    #[serde(default)]
    keep_with_previous: Vec<String>,
}

/// Whether `word` names a currency or its unit, in any language ("рублей", "₪", "pounds").
pub fn money_unit(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';', ')', ':']);
    let word = word
        .strip_suffix('.')
        .filter(|s| !s.is_empty())
        .map_or(word, |s| s);
    LEXICONS.iter().any(|(l, _)| {
        lexicon(*l)
            .money
            .units
            .iter()
            .any(|u| u.trim_end_matches('.') == word)
    })
}

/// The words of every lexicon's `[typeset]`, ready to be looked up for every space of a
/// letter: most words begin or end in a byte no such word of their length begins or ends in
/// (every Cyrillic letter ends in one of 64 bytes), so most look-ups end at a table.
pub struct Breaks {
    /// `no_break_after`, sorted, and for each byte the lengths (in bytes, bit n for n, the
    /// last bit for 63 and over) of those that end in it, and of those that begin with it.
    after: Vec<&'static str>,
    last: [u64; 256],
    first: [u64; 256],
    /// `keep_with_previous`, and whether one begins with each byte.
    previous: Vec<&'static str>,
    previous_first: [bool; 256],
    /// `no_break_before`.
    before: Vec<&'static str>,
}

/// The typeset words, read once.
pub fn breaks() -> &'static Breaks {
    static BREAKS: OnceLock<Breaks> = OnceLock::new();
    BREAKS.get_or_init(|| {
        let words = |list: fn(&Typeset) -> &Vec<String>| -> Vec<&'static str> {
            LEXICONS
                .iter()
                .flat_map(|(l, _)| list(&lexicon(*l).typeset).iter())
                .map(String::as_str)
                .collect()
        };
        let mut after = words(|t| &t.no_break_after);
        after.sort_unstable();
        let (mut last, mut first) = ([0; 256], [0; 256]);
        for w in &after {
            if let (Some(&a), Some(&b)) = (w.as_bytes().first(), w.as_bytes().last()) {
                first[usize::from(a)] |= length_bit(w);
                last[usize::from(b)] |= length_bit(w);
            }
        }
        let previous = words(|t| &t.keep_with_previous);
        let mut previous_first = [false; 256];
        for w in &previous {
            if let Some(&a) = w.as_bytes().first() {
                previous_first[usize::from(a)] = true;
            }
        }
        Breaks {
            after,
            last,
            first,
            previous,
            previous_first,
            before: words(|t| &t.no_break_before),
        }
    })
}

impl Breaks {
    /// Whether `word` is one after which a line never breaks, in any language ("г.", "№",
    /// "רח׳", "No.").
    #[inline]
    pub fn no_break_after(&self, word: &str) -> bool {
        let (Some(&a), Some(&b)) = (word.as_bytes().first(), word.as_bytes().last()) else {
            return false;
        };
        self.last[usize::from(b)] & self.first[usize::from(a)] & length_bit(word) != 0
            && self.after.binary_search(&word).is_ok()
    }

    /// Whether a word that ends in `byte` could be one of [`Breaks::no_break_after`]'s, the
    /// same in front of any opening bracket or quote: a test before taking them off.
    #[inline]
    pub fn may_end_no_break(&self, byte: u8) -> bool {
        self.last[usize::from(byte)] != 0
    }

    /// Whether `word`, with its closing punctuation, always stays on the line of the word
    /// before it: «РФ» after «ГК».
    #[inline]
    pub fn keeps_previous(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_some_and(|&a| self.previous_first[usize::from(a)])
            && self
                .previous
                .contains(&word.trim_end_matches([',', ';', ')', ':', '.', '»', '"']))
    }

    /// Whether a line never breaks before `word` when a comma ends the word before it: «д.»
    /// and «кв.» after «ул. Садовая,».
    pub fn no_break_before(&self, word: &str) -> bool {
        self.before.contains(&word)
    }
}

/// A word's length in bytes as one bit of a `u64`, the last bit standing for 63 and over.
fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompanyWords {
    legal_forms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Environment {
    technical: Vec<String>,
    billing: Vec<String>,
    /// Word starts that tell of buying ("куплен", "bought", "קניתי").
    purchase: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoalWords {
    request: Vec<String>,
    demand: Vec<String>,
    want: Vec<String>,
    /// Endings of an imperative first word ("-ите").
    #[serde(default)]
    imperative_endings: Vec<String>,
    /// Imperative first words.
    #[serde(default)]
    imperative: Vec<String>,
    /// The first and last letters of a future-tense order ("ת", "ו").
    #[serde(default)]
    future: Vec<String>,
    /// The prefix of an infinitive ("ל").
    #[serde(default)]
    infinitive: Option<String>,
    #[serde(default)]
    after: Vec<String>,
    /// Word starts that tell a contract was already cancelled ("отменил", "cancelled",
    /// "ביטלתי"): a cancellation is then not asked for again, only its money.
    #[serde(default)]
    cancelled: Vec<String>,
    /// Word starts that tell one thing was charged more than once ("дважды", "twice"): the
    /// money is then taken without a ground, like money charged after a cancellation.
    #[serde(default)]
    twice: Vec<String>,
    /// Word starts that show what a goal asks for, by goal kind ("refund", "repair"...): a
    /// goal whose words ask for another kind than its `kind` gets a letter titled wrong.
    #[serde(default)]
    kinds: std::collections::BTreeMap<String, Vec<String>>,
    /// First words of a refund ("вернуть", "refund", "החזר"): a second choice that is one
    /// asks for the money back, so goods go back against it.
    #[serde(default)]
    refund: Vec<String>,
    /// Words that open a term at the end of a goal ("within", "в течение", "תוך"): with a
    /// number and a unit after them, the letter leaves that term out.
    #[serde(default)]
    term: Vec<String>,
    say: Sentences,
    letter: Sentences,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sentences {
    action: String,
    infinitive: Option<String>,
    imperative: Option<String>,
    future: Option<String>,
    want: String,
}

/// Every language with its lexicon, as the binary reads it: `lexicon/<code>.toml` as JSON
/// (see build.rs).
static LEXICONS: LazyLock<Vec<(Language, &'static str)>> = LazyLock::new(|| {
    const BY_CODE: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));
    Language::ALL
        .into_iter()
        .map(|l| {
            let found = BY_CODE.iter().find(|(code, _)| *code == l.code());
            (l, found.map_or("", |(_, json)| *json))
        })
        .collect()
});

fn lexicon(lang: Language) -> &'static Lexicon {
    static ALL: OnceLock<Vec<(Language, Lexicon)>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        LEXICONS
            .iter()
            .map(|(l, text)| {
                // The files are part of the binary and checked by a unit test.
                let parsed = serde_json::from_str(text)
                    .unwrap_or_else(|e| panic!("lexicon/{}.toml: {e}", l.code()));
                (*l, parsed)
            })
            .collect()
    });
    &all.iter()
        .find(|(l, _)| *l == lang)
        .expect("every language")
        .1
}

/// Lowercase, «ё» as «е», without the punctuation around it.
fn fold(word: &str) -> String {
    folded(word).collect()
}

/// The letters of `word` as [`fold`] gives them, one by one: its punctuation trimmed, in
/// lower case, «ё» as «е».
fn folded(word: &str) -> impl Iterator<Item = char> + Clone + '_ {
    letters(word.trim_matches(|c| !kept(c)))
}

/// The letters of `text` in lower case, «ё» as «е».
fn letters(text: &str) -> impl Iterator<Item = char> + Clone + '_ {
    text.chars().flat_map(char::to_lowercase).map(without_yo)
}

/// «ё» as «е», as the lexicons write it.
fn without_yo(c: char) -> char {
    if c == 'ё' { 'е' } else { c }
}

/// How many of `words` (folded) the longest phrase of `phrases` covers at their start.
fn leading(words: &[String], phrases: &[String]) -> usize {
    phrases
        .iter()
        .filter_map(|p| {
            let n = p.split_whitespace().count();
            let covered = n <= words.len() && p.split_whitespace().zip(words).all(|(a, w)| a == w);
            covered.then_some(n)
        })
        .max()
        .unwrap_or(0)
}

/// Reads a goal for its form and builds the sentences that ask for it.
pub fn goal(lang: Language, summary: &str) -> Goal {
    let words = &lexicon(lang).goal;
    // The closing full stop goes, unless it ends an abbreviation («41 500 руб.»).
    let trimmed = summary.trim();
    let last = trimmed.split_whitespace().last().unwrap_or("");
    let typed = if last.ends_with('.') && breaks().no_break_after(last) {
        trimmed
    } else {
        trimmed.trim_end_matches('.').trim_end()
    };
    let all: Vec<&str> = typed.split_whitespace().collect();
    // The first words folded once, as many as the longest phrase has.
    let longest = [&words.request, &words.demand, &words.want]
        .into_iter()
        .flatten()
        .map(|p| p.split_whitespace().count())
        .max()
        .unwrap_or(0);
    let head: Vec<String> = all.iter().take(longest).map(|w| fold(w)).collect();
    let request = leading(&head, &words.request);
    let demand = leading(&head, &words.demand);
    let want = leading(&head, &words.want);
    let (mut form, mut skip) = if request > 0 && request >= want && request >= demand {
        (Form::Request, request)
    } else if demand > 0 && demand >= want {
        (Form::Demand, demand)
    } else if want > 0 {
        (Form::Want, 0)
    } else {
        (Form::Action, 0)
    };
    if matches!(form, Form::Request | Form::Demand) {
        while skip < all.len() && words.after.contains(&fold(all[skip])) {
            skip += 1;
        }
        if skip == all.len() {
            form = Form::Want;
            skip = 0;
        }
    }
    let rest = rest_after(typed, skip);
    let first = fold(rest.split_whitespace().next().unwrap_or_default());
    if form != Form::Want {
        if words.imperative.contains(&first)
            || words
                .imperative_endings
                .iter()
                .any(|e| first.chars().count() > e.chars().count() + 2 && first.ends_with(e))
        {
            form = Form::Imperative;
        } else if let [start, end] = words.future.as_slice()
            && first.chars().count() > 3
            && first.starts_with(start.as_str())
            && first.ends_with(end.as_str())
        {
            form = Form::Future;
        }
    }
    let action = lower_first(&rest);
    let infinitive = form != Form::Want
        && words
            .infinitive
            .as_deref()
            .is_some_and(|p| first.starts_with(p) && first.chars().count() > 2);
    let firm = without_term(&action, &words.term);
    let firm_typed = without_term(typed, &words.term);
    let build = |s: &Sentences, action: &str, typed: &str| {
        let pattern = match form {
            Form::Want => Some(&s.want),
            Form::Imperative => s.imperative.as_ref(),
            Form::Future => s.future.as_ref(),
            _ if infinitive => s.infinitive.as_ref(),
            _ => None,
        }
        .unwrap_or(&s.action);
        pattern
            .replace("{action}", action)
            .replace("{goal}", action)
            .replace("{Goal}", typed)
    };
    Goal {
        form,
        say: build(&words.say, &action, typed),
        letter: build(&words.letter, &firm, &firm_typed),
        letter_action: firm,
        action,
    }
}

/// `text` without a closing term of its own: one of `openers` ("в течение"), a number and
/// one word for the unit ("7 дней"), with a comma before it dropped.
fn without_term(text: &str, openers: &[String]) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    for opener in openers {
        let n = opener.split_whitespace().count();
        let Some(start) = words.len().checked_sub(n + 2) else {
            continue;
        };
        let number = words[start + n].chars().all(|c| c.is_ascii_digit());
        let opens = || {
            let head: Vec<String> = words[start..start + n].iter().map(|w| fold(w)).collect();
            leading(&head, std::slice::from_ref(opener)) == n
        };
        if number && opens() {
            return words[..start]
                .join(" ")
                .trim_end_matches([',', ' '])
                .to_owned();
        }
    }
    text.to_owned()
}

/// The text after its first `skip` words, as typed (commas after the skipped words dropped).
fn rest_after(text: &str, skip: usize) -> String {
    let mut rest = text;
    for _ in 0..skip {
        rest = rest.trim_start();
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        rest = &rest[end..];
    }
    rest.trim_start_matches([' ', ',', ':', '—', '-'])
        .to_owned()
}

/// Lowercases the first letter of an ordinary capitalised first word ("Вернуть" ->
/// "вернуть"), leaving acronyms and names with inner capitals alone.
fn lower_first(text: &str) -> String {
    let word: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut chars = word.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() && chars.all(char::is_lowercase) && word != "I" => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_owned(),
    }
}

/// Whether `environment` names a device, a system or an app ("Android 15, приложение 8.2")
/// rather than goods ("стиральная машина LG F2J3"): by the words of any language's lexicon,
/// or a version number.
pub fn technical(environment: &str) -> bool {
    let version = environment
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .any(|w| w.split('.').filter(|p| !p.is_empty()).count() >= 2);
    version
        || environment.split_whitespace().map(fold).any(|w| {
            LEXICONS
                .iter()
                .any(|(l, _)| lexicon(*l).environment.technical.contains(&w))
        })
}

/// Whether the text tells of a charge, a bill or a payment (in any lexicon's `billing`
/// word starts), so the problem is about money rather than a device: "списали дважды",
/// "חויבתי פעמיים", "charged twice". One Hebrew prefix letter before a word is allowed.
pub fn billing(text: &str) -> bool {
    starts_any(text, |e| &e.billing)
}

/// `text` as it is said aloud: each written word of the lexicon's `spoken` table replaced
/// by its spoken equivalent.
pub fn spoken(lang: Language, text: &str) -> String {
    let table = &lexicon(lang).spoken;
    text.split(' ')
        .map(|w| table.get(w).map_or(w, String::as_str))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The preposition `short` as `lang` writes it before `next`: its fuller form when the
/// lexicon says `next` begins with sounds that take it («со 2 сентября», «со ст. 20»).
pub fn preposition(lang: Language, short: &str, next: &str) -> String {
    let next = format!("{} ", next.to_lowercase());
    lexicon(lang)
        .prepositions
        .get(short)
        .filter(|p| p.before.iter().any(|b| next.starts_with(b.as_str())))
        .map_or_else(|| short.to_owned(), |p| p.full.clone())
}

/// `short` and then `next`, the preposition in the form the first lexicon that knows it
/// gives: `{{ date | with(p="с") }}` in a template.
pub fn with_preposition(short: &str, next: &str) -> String {
    let lang = LEXICONS
        .iter()
        .map(|(l, _)| *l)
        .find(|l| lexicon(*l).prepositions.contains_key(short));
    let form = lang.map_or_else(|| short.to_owned(), |l| preposition(l, short, next));
    format!("{form} {next}")
}

/// `text` with each preposition of the lexicon in the form the next word takes.
pub fn prepositions(lang: Language, text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let fitted = words.iter().enumerate().map(|(i, w)| {
        let lower = w.to_lowercase();
        if i + 1 == words.len() || !lexicon(lang).prepositions.contains_key(&lower) {
            return (*w).to_owned();
        }
        let form = preposition(lang, &lower, &words[i + 1..].join(" "));
        let mut chars = form.chars();
        if w.chars().next().is_some_and(char::is_uppercase)
            && let Some(first) = chars.next()
        {
            first.to_uppercase().chain(chars).collect()
        } else {
            form
        }
    });
    fitted.collect::<Vec<_>>().join(" ")
}

/// Whether a word of `text`, folded as [`fold`] folds it, starts with one of `starts`
/// (lower-case letters, see the lexicon's test). It runs for every case of a batch over the
/// whole account, so the text is read once, char by char: a word is looked at only when a
/// start begins with its first letter, and nothing is allocated.
fn word_starts(text: &str, starts: &[String]) -> bool {
    // Whether the current word's first letter has been looked at.
    let mut seen = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            seen = false;
            continue;
        }
        // Punctuation before a word is trimmed, as `folded` trims it.
        if seen || !kept(c) {
            continue;
        }
        seen = true;
        let first = Some(lower(c));
        if !starts.iter().any(|s| s.chars().next() == first) {
            continue;
        }
        // The punctuation `folded` trims after a word cannot match a start's letters, so the
        // letters from here on are compared as they come.
        let found = starts.iter().any(|s| {
            let mut word = letters(&text[i..]);
            s.chars().all(|c| word.next() == Some(c))
        });
        if found {
            return true;
        }
    }
    false
}

/// Whether `folded` keeps `c` at the edge of a word: a letter, a digit or an apostrophe. The
/// Russian and Hebrew letters are known without a look-up in Unicode's tables.
fn kept(c: char) -> bool {
    matches!(c, 'а'..='я' | 'А'..='Я' | 'א'..='ת') || c.is_alphanumeric() || c == '\'' || c == '’'
}

/// The first of the letters `folded` makes of `c`: in lower case, «ё» as «е».
fn lower(c: char) -> char {
    let c = match c {
        'а'..='я' | 'א'..='ת' => c,
        'А'..='Я' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
        _ => c.to_lowercase().next().unwrap_or(c),
    };
    without_yo(c)
}

/// What an account tells, read from its words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Told {
    /// That the person already cancelled ("подписку, которую я отменил").
    pub cancelled: bool,
    /// That money was taken twice for one thing.
    pub twice: bool,
}

/// What `texts` tell, in the words of `lang`'s lexicon.
pub fn told<'a>(lang: Language, texts: impl IntoIterator<Item = &'a str>) -> Told {
    let words = &lexicon(lang).goal;
    let mut told = Told::default();
    for text in texts {
        told.cancelled = told.cancelled || word_starts(text, &words.cancelled);
        told.twice = told.twice || word_starts(text, &words.twice);
    }
    told
}

/// The goal kinds whose words `text` uses, by their codes ("refund", "repair").
pub fn kinds_read(lang: Language, text: &str) -> Vec<&'static str> {
    let words: Vec<String> = text.split_whitespace().map(fold).collect();
    lexicon(lang)
        .goal
        .kinds
        .iter()
        .filter(|(_, starts)| {
            words
                .iter()
                .any(|w| starts.iter().any(|s| w.starts_with(s.as_str())))
        })
        .map(|(kind, _)| kind.as_str())
        .collect()
}

/// Whether the lexicon of `lang` knows the words of the goal kind `kind`.
pub fn knows_kind(lang: Language, kind: &str) -> bool {
    lexicon(lang).goal.kinds.contains_key(kind)
}

/// Whether `text` asks for the money back: its first word starts as a refund does.
pub fn refund(lang: Language, text: &str) -> bool {
    let first = text.split_whitespace().next().map(fold).unwrap_or_default();
    lexicon(lang)
        .goal
        .refund
        .iter()
        .any(|r| first.starts_with(r.as_str()))
}

/// Whether `text` tells of buying something ("Смартфон, купленный 10 августа…"), so that a
/// date it states is the purchase's, not the day the problem began.
pub fn purchase(text: &str) -> bool {
    starts_any(text, |e| &e.purchase)
}

/// Whether a word of `text`, with or without a one-letter Hebrew prefix, starts with one of
/// the word starts `list` picks from any language's lexicon.
fn starts_any(text: &str, list: impl Fn(&Environment) -> &Vec<String>) -> bool {
    text.split_whitespace().map(fold).any(|w| {
        let unprefixed = w
            .strip_prefix(['ב', 'ה', 'ו', 'ש', 'ל', 'כ', 'מ'])
            .unwrap_or(&w)
            .to_owned();
        LEXICONS.iter().any(|(l, _)| {
            list(&lexicon(*l).environment)
                .iter()
                .any(|b| w.starts_with(b.as_str()) || unprefixed.starts_with(b.as_str()))
        })
    })
}

/// A company's name as people say it: without its legal form ("ООО «МегаТел»" ->
/// "МегаТел", "מגה-טל תקשורת בע״מ" -> "מגה-טל תקשורת", "MegaTel Ltd" -> "MegaTel").
pub fn spoken_name(name: &str) -> String {
    let forms = || {
        LEXICONS
            .iter()
            .flat_map(|(l, _)| &lexicon(*l).company.legal_forms)
    };
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !forms().any(|f| f == w.trim_end_matches(',')))
        .collect();
    if words.is_empty() || words.len() == name.split_whitespace().count() {
        return name.trim().to_owned();
    }
    let short = words.join(" ");
    let short = short.trim_end_matches(',');
    match short.strip_prefix('«').and_then(|s| s.strip_suffix('»')) {
        Some(inner) if !inner.contains(['«', '»']) => inner.to_owned(),
        _ => short.to_owned(),
    }
}

/// The amounts ("41 500,00 руб.", "₪ 29.90", "£1,249") and dates in digits ("15.11.2026")
/// of a text, as spans of words: (first word, words after the last), by word index of
/// `text.split(' ')`. Spoken text keeps them though it drops other long numbers.
pub fn amounts_and_dates(words: &[&str]) -> Vec<(usize, usize)> {
    let unit = money_unit;
    let numeric = |w: &str| {
        let w = w.trim_start_matches(['(', '₪', '$', '€', '£', '₽']);
        !w.is_empty()
            && w.starts_with(|c: char| c.is_ascii_digit())
            && w.trim_end_matches([',', '.', ')', ';', ':'])
                .chars()
                .all(|c| c.is_ascii_digit() || ",.".contains(c))
    };
    let date = |w: &str| {
        // "ב-12.10.2026": a short prefix joined by a hyphen stays with the date.
        let w = match w.split_once('-') {
            Some((prefix, rest)) if prefix.chars().count() <= 3 => rest,
            _ => w,
        };
        let w = w.trim_end_matches([',', '.', ')', ';']);
        let parts: Vec<&str> = if w.contains('.') {
            w.split('.').collect()
        } else {
            w.split('-').collect() // 2026-10-03
        };
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut spans = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if date(words[i]) {
            spans.push((i, i + 1));
            i += 1;
            continue;
        }
        let start = if words.get(i + 1).is_some_and(|w| numeric(w)) && unit(words[i]) {
            i + 1
        } else {
            i
        };
        let mut end = start;
        while end < words.len() && numeric(words[end]) {
            end += 1;
        }
        let signed = words[start.min(words.len() - 1)].starts_with(['₪', '$', '€', '£', '₽']);
        if end > start && (start > i || signed || words.get(end).is_some_and(|w| unit(w))) {
            let stop = if start == i && !signed { end + 1 } else { end };
            spans.push((i, stop.min(words.len())));
            i = stop;
        } else {
            i += 1;
        }
    }
    spans
}

/// The numbers written in a text, as (units, fraction) digit strings: "41 500,00" -> ("41500",
/// "00"), "3,490" -> ("3490", ""), "1 249.50" -> ("1249", "50"). Groups of three digits after
/// a space, a no-break or thin space, a comma, a dot or an apostrophe are thousands.
pub fn numbers(text: &str) -> Vec<(String, String)> {
    const GROUP: &[char] = &[' ', '\u{a0}', '\u{202f}', '\u{2009}', ',', '.', '\''];
    let bytes = text.as_bytes();
    let run = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        // `i` stands on a digit from here on, so it is always at a character's start.
        let n = run(i);
        let mut units = text[i..i + n].to_owned();
        let mut fraction = String::new();
        i += n;
        while let Some(sep) = text[i..].chars().next().filter(|c| GROUP.contains(c)) {
            let after = i + sep.len_utf8();
            let n = run(after);
            let digits = &text[after..after + n];
            if n == 3 && (sep != '.' || units.len() <= 3) {
                units.push_str(digits);
            } else if (1..=2).contains(&n) && matches!(sep, ',' | '.') {
                fraction = digits.to_owned();
                i = after + n;
                break;
            } else {
                break;
            }
            i = after + n;
        }
        found.push((units.trim_start_matches('0').to_owned(), fraction));
    }
    found
}

/// Whether `text` already states the amount, with or without thousands separators and
/// minor units ("41 500 рублей", "41500", "3,490", "129.90"), or in words for a whole sum
/// ("сорок одна тысяча пятьсот рублей").
pub fn states_amount(text: &str, money: &Money) -> bool {
    let units = money.value.units.trim_start_matches('0');
    let fraction = money.value.fraction.trim_end_matches('0');
    let in_digits = numbers(text)
        .iter()
        .any(|(u, f)| u == units && f.trim_end_matches('0') == fraction);
    in_digits
        || (fraction.is_empty()
            && numbers_in_words(text)
                .iter()
                .any(|n| n.to_string() == units))
}

/// The numbers written in words in a text, in any language's lexicon: "сорок одна тысяча
/// пятьсот" -> 41500, "שלושת אלפים וארבע מאות" -> 3400, "one thousand two hundred" -> 1200.
pub fn numbers_in_words(text: &str) -> Vec<u64> {
    let lookup = |word: &str| -> Option<(u64, bool)> {
        let candidates = [word, word.strip_prefix('ו').unwrap_or(word)];
        candidates.iter().find_map(|w| {
            LEXICONS.iter().find_map(|(l, _)| {
                let n = &lexicon(*l).numbers;
                n.values
                    .get(*w)
                    .map(|v| (*v, false))
                    .or_else(|| n.scales.get(*w).map(|v| (*v, true)))
            })
        })
    };
    let mut found = Vec::new();
    let (mut total, mut small, mut any) = (0u64, 0u64, false);
    let words = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .map(fold)
        .chain(std::iter::once(String::new()));
    for word in words {
        match lookup(&word) {
            Some((v, false)) => {
                small = small.saturating_add(v);
                any = true;
            }
            Some((v, true)) if v < 1000 => {
                small = small.max(1).saturating_mul(v);
                any = true;
            }
            Some((v, true)) => {
                total = total.saturating_add(small.max(1).saturating_mul(v));
                small = 0;
                any = true;
            }
            None if word == "and" && any => {}
            None => {
                if any {
                    found.push(total + small);
                }
                (total, small, any) = (0, 0, false);
            }
        }
    }
    found
}

/// Whether `text` already gives the date: a day and the month's name ("10 августа",
/// "ב-10 באוגוסט", "10 August", "August 10") or in digits ("10.08.2026", "2026-08-10").
pub fn states_date(text: &str, date: NaiveDate) -> bool {
    let (d, m, y) = (date.day(), date.month(), date.year());
    // Every way of writing the date holds its day's digits.
    let day = d.to_string();
    if !text.contains(day.as_str()) {
        return false;
    }
    let digits = [
        format!("{d:02}.{m:02}."),
        format!("{d}.{m:02}."),
        format!("{d:02}.{m:02}.{y}"),
        format!("{d}.{m:02}.{y}"),
        format!("{y}-{m:02}-{d:02}"),
        format!("{d:02}/{m:02}/{y}"),
    ];
    if digits.iter().any(|p| text.contains(p.as_str())) {
        return true;
    }
    let months = locale::month_names(date)
        .into_iter()
        .map(str::to_lowercase)
        .collect::<Vec<_>>();
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .map(fold)
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        let before = k > 0 && words[k - 1].trim_start_matches('ב') == day;
        let after = words.get(k + 1).is_some_and(|n| *n == day);
        (before || after) && months.contains(w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Currency, Decimal};

    fn say(lang: Language, goal: &str) -> String {
        super::goal(lang, goal).say
    }

    #[test]
    fn the_quick_letter_tests_agree_with_unicode() {
        for c in ('\u{0}'..='\u{2fff}').chain(['’', 'İ']) {
            let plain = c.is_alphanumeric() || c == '\'' || c == '’';
            assert_eq!(kept(c), plain, "{c:?}");
            let folded = c
                .to_lowercase()
                .next()
                .map(|c| if c == 'ё' { 'е' } else { c });
            assert_eq!(Some(lower(c)), folded, "{c:?}");
        }
    }

    #[test]
    fn a_word_start_is_found_as_a_folded_word_would_find_it() {
        // The plain definition: every word folded, then compared.
        let plain = |text: &str, starts: &[String]| {
            text.split_whitespace()
                .any(|w| starts.iter().any(|s| fold(w).starts_with(s.as_str())))
        };
        let starts: Vec<String> = ["отменил", "двойн", "twice", "ביטלתי", "don't"]
            .map(String::from)
            .to_vec();
        for text in [
            "Я Отменил подписку",
            "ЯОТМЕНИЛ",
            "Ёлка ОТМЕНИЛ",
            "ОТМЁНИЛ",
            "—отменил",
            "«отменил»",
            "ДВОЙНОЕ списание",
            "Двойне",
            "отмёнил",
            "от менил",
            "(twice)",
            "charged TWICE.",
            "twic",
            "--twice--",
            "a\u{a0}twice",
            "ושביטלתי",
            "כבר ביטלתי.",
            "don't",
            "'don't'",
            "dont",
            "",
            "   ",
            "… — «»",
        ] {
            assert_eq!(word_starts(text, &starts), plain(text, &starts), "{text}");
        }
        assert!(word_starts("Я Отменил подписку", &starts));
        assert!(!word_starts("отмени", &starts));
    }

    #[test]
    fn the_binary_reads_each_lexicon_as_written() {
        for (lang, json) in LEXICONS.iter() {
            let path = format!(
                "{}/lexicon/{}.toml",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let toml = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let written: toml::Value = toml::from_str(&toml).unwrap();
            let written = serde_json::to_value(written).unwrap();
            let read: serde_json::Value = serde_json::from_str(json).unwrap();
            assert_eq!(read, written, "{lang:?}");
        }
    }

    #[test]
    fn every_lexicon_parses() {
        for (lang, _) in LEXICONS.iter() {
            let goal = &lexicon(*lang).goal;
            // `word_starts` relies on it: a start is folded letters, so no punctuation.
            for start in goal.cancelled.iter().chain(&goal.twice) {
                assert!(!start.is_empty() && fold(start) == *start, "{start}");
                assert!(
                    start.chars().all(|c| c.is_alphanumeric() || c == '\''),
                    "{start}"
                );
            }
        }
    }

    #[test]
    fn a_russian_goal_is_asked_for_once() {
        let ru = Language::Ru;
        assert_eq!(
            say(ru, "Прошу отключить подписку."),
            "Прошу отключить подписку"
        );
        assert_eq!(say(ru, "Требую вернуть деньги"), "Прошу вернуть деньги");
        assert_eq!(say(ru, "Верните деньги"), "Пожалуйста, верните деньги");
        assert_eq!(say(ru, "Вернуть деньги"), "Прошу вернуть деньги");
        assert_eq!(say(ru, "Хочу вернуть деньги"), "Хочу вернуть деньги");
        assert_eq!(
            say(ru, "Прошу вас, пожалуйста, заменить товар"),
            "Прошу заменить товар"
        );
        assert_eq!(say(ru, "Прошу"), "Прошу");
        // An abbreviation keeps its full stop.
        assert_eq!(say(ru, "Вернуть 41 500 руб."), "Прошу вернуть 41 500 руб.");
        let g = goal(ru, "Требую вернуть деньги");
        assert_eq!(
            (g.form, g.action.as_str()),
            (Form::Demand, "вернуть деньги")
        );
    }

    #[test]
    fn a_hebrew_goal_asks_them_not_me() {
        let he = Language::He;
        assert_eq!(say(he, "אבקש לתקן את המכונה"), "אבקש מכם לתקן את המכונה");
        assert_eq!(say(he, "לתקן את המכונה"), "אבקש מכם לתקן את המכונה");
        assert_eq!(say(he, "תחזירו לי את הכסף"), "אבקש שתחזירו לי את הכסף");
        assert_eq!(say(he, "אבקש תחזירו לי את הכסף"), "אבקש שתחזירו לי את הכסף");
        assert_eq!(say(he, "החזירו לי את הכסף"), "אנא החזירו לי את הכסף");
        assert_eq!(say(he, "החזר מלא"), "אבקש החזר מלא");
        assert_eq!(say(he, "אני רוצה החזר"), "אני רוצה החזר");
        assert_eq!(say(he, "אני מבקשת החזר מלא"), "אבקש החזר מלא");
    }

    #[test]
    fn an_english_goal_is_asked_for_once() {
        let en = Language::En;
        assert_eq!(
            say(en, "Please refund the charge"),
            "I would like you to refund the charge"
        );
        assert_eq!(
            say(en, "Refund the charge"),
            "I would like you to refund the charge"
        );
        assert_eq!(say(en, "I want my money back"), "I want my money back");
        assert_eq!(say(en, "I demand a refund"), "I demand a refund");
    }

    fn money(value: &str) -> Money {
        Money {
            value: Decimal::parse(value).unwrap(),
            currency: Currency::parse("RUB").unwrap(),
        }
    }

    #[test]
    fn a_company_is_named_as_people_say_it() {
        assert_eq!(spoken_name("ООО «МегаТел»"), "МегаТел");
        assert_eq!(spoken_name("מגה-טל תקשורת בע״מ"), "מגה-טל תקשורת");
        assert_eq!(spoken_name("MegaTel Ltd"), "MegaTel");
        assert_eq!(spoken_name("ООО"), "ООО");
        assert_eq!(spoken_name("Банк «Восток»"), "Банк «Восток»");
    }

    #[test]
    fn goods_are_not_a_device() {
        assert!(technical("Android 15, приложение «МегаТел» 8.2"));
        assert!(technical("iOS 18"));
        assert!(technical("אפליקציית מגה-טל"));
        assert!(!technical("Стиральная машина LG F2J3WS2W"));
        assert!(!technical("מכונת כביסה בוש"));
        assert!(!technical("Samsung Galaxy A55"));
    }

    #[test]
    fn a_charge_is_a_billing_problem() {
        assert!(billing("С моей карты дважды списана абонентская плата"));
        assert!(billing("חויבתי פעמיים על מנוי האינטרנט"));
        assert!(billing("בחיוב כפול"));
        assert!(billing("I was charged twice for October"));
        assert!(!billing("Приложение вылетает при входе"));
        assert!(!billing("האפליקציה קורסת בכל כניסה"));
        assert!(!billing("The app crashes at login"));
    }

    #[test]
    fn amounts_are_recognised_however_grouped() {
        assert!(states_amount("Вернуть 41 500 рублей", &money("41500")));
        assert!(states_amount(
            "Вернуть 41\u{a0}500,00 руб.",
            &money("41500.00")
        ));
        assert!(states_amount("החזר מלא של 3,490 ש״ח", &money("3490")));
        assert!(states_amount("refund £1,249.50", &money("1249.5")));
        assert!(states_amount("29.90 ₪", &money("29.90")));
        assert!(!states_amount("Вернуть 4150 рублей", &money("41500")));
        assert!(!states_amount("3 октября 2026", &money("2026.5")));
        assert_eq!(
            numbers("10.08.2026"),
            [("10".into(), "08".into()), ("2026".into(), String::new())]
        );
    }

    #[test]
    fn amounts_and_dates_are_found_as_spans() {
        let spans = |t: &str| {
            let words: Vec<&str> = t.split(' ').collect();
            amounts_and_dates(&words)
                .into_iter()
                .map(|(a, b)| words[a..b].join(" "))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            spans("вернуть 41 500,00 руб. до 15.11.2026"),
            ["41 500,00 руб.", "15.11.2026"]
        );
        assert_eq!(spans("החזר של 3,490 ש״ח"), ["3,490 ש״ח"]);
        assert_eq!(spans("חויבתי ב-12.10.2026."), ["ב-12.10.2026."]);
        assert_eq!(spans("since 2026-10-03, twice"), ["2026-10-03,"]);
        assert_eq!(spans("refund £1,249.50 now"), ["£1,249.50"]);
        assert_eq!(spans("call +7 900 123-45-67"), Vec::<String>::new());
        assert_eq!(spans("card 4276 3800 1234 5678"), Vec::<String>::new());
    }

    #[test]
    fn amounts_in_words_are_recognised() {
        assert_eq!(
            numbers_in_words("вернуть сорок одна тысяча пятьсот рублей"),
            [41500]
        );
        assert_eq!(
            numbers_in_words("החזר של שלושת אלפים וארבע מאות ותשעים ש״ח"),
            [3490]
        );
        assert_eq!(
            numbers_in_words("one thousand two hundred and forty-nine pounds"),
            [1249]
        );
        assert!(states_amount(
            "Вернуть сорок одну тысячу пятьсот рублей",
            &money("41500")
        ));
        assert!(!states_amount("Вернуть сорок рублей", &money("41500")));
    }

    #[test]
    fn dates_are_recognised_in_words_and_digits() {
        let d = NaiveDate::from_ymd_opt(2026, 8, 10).unwrap();
        assert!(states_date("купленный 10 августа 2026 г.", d));
        assert!(states_date("שקניתי ב-10 באוגוסט 2026", d));
        assert!(states_date("bought on 10 August", d));
        assert!(states_date("bought on August 10, 2026", d));
        assert!(states_date("куплен 10.08.2026", d));
        assert!(!states_date("куплен 11 августа", d));
        assert!(!states_date("10 сентября", d));
    }
}
