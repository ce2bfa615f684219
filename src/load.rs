//! Loading a case file: bytes in, a valid [`Case`] or every problem a person can act on out.
//!
//! A well-formed file takes the fast path: one serde pass. When that pass fails, the file is
//! read again section by section (each top-level field, each element of `attachments` and
//! `contacts`) so that one run of `validate` shows every broken section, each with its
//! line:column and field path, instead of stopping at the first.

use std::fmt;

use serde::Deserialize;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::value::RawValue;

use crate::case::{
    Attachment, Case, Company, Consequence, Consumer, Contact, Event, Goal, Identifiers,
    Jurisdiction, Language, Purchase, ResponseDays, SchemaVersion,
};
use crate::t;

/// The largest case file read: a case is a few kilobytes; this is far beyond any real one.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The longest text one field may hold, in characters.
pub const MAX_FIELD_CHARS: usize = 100_000;

/// The language a case file names in `"language": "xx"`, found even in a file that does not
/// parse, so that its problems are told in its language.
pub fn declared_language(bytes: &[u8]) -> Option<crate::case::Language> {
    let text = std::str::from_utf8(bytes).ok()?;
    let after = &text[text.find("\"language\"")? + "\"language\"".len()..];
    let value = after
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    crate::languages::ALL
        .iter()
        .find(|i| value.starts_with(&format!("{}\"", i.code)))
        .map(|i| i.lang)
}

/// The most entries each list of a case may hold: far beyond a real case, and small enough
/// that every rendering stays quick.
pub const MAX_LIST_LENGTHS: [(&str, usize); 3] = [
    ("identifiers.other", 200),
    ("attachments", 200),
    ("contacts", 1000),
];

/// The problem of a file over [`MAX_FILE_BYTES`], known from its size before it is read.
pub fn too_large(source: &str, bytes: u64) -> Invalid {
    Invalid {
        source: source.to_owned(),
        problems: vec![Problem {
            position: None,
            path: String::new(),
            message: t!(
                "load-too-large",
                size = format!("{:.1}", bytes as f64 / (1024.0 * 1024.0)),
                limit = MAX_FILE_BYTES / (1024 * 1024)
            ),
        }],
    }
}

/// The top-level fields of format version 1, in the order the documentation gives them.
pub const TOP_LEVEL_FIELDS: &[&str] = &[
    "schema_version",
    "language",
    "title",
    "consumer",
    "company",
    "identifiers",
    "event",
    "goal",
    "fallback",
    "consequence",
    "attachments",
    "contacts",
    "response_days",
    "jurisdiction",
    "purchase",
];

const REQUIRED_TOP_LEVEL: &[&str] = &["schema_version", "consumer", "company", "event", "goal"];

/// One thing wrong with a case file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line and column (in characters), where the position is known.
    pub position: Option<(usize, usize)>,
    /// The field path, like `event.date` or `contacts[1].channel`; empty for the whole file.
    pub path: String,
    pub message: String,
}

/// A case file that cannot be used, with everything wrong in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// How the file was named on the command line (`-` reads as `<stdin>`).
    pub source: String,
    pub problems: Vec<Problem>,
}

impl fmt::Display for Problem {
    /// `line:column: path: message`, leaving out what is not known.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, column)) = self.position {
            write!(f, "{line}:{column}: ")?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

impl Invalid {
    /// One line per problem: `file:line:column: path: message`.
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.problems.iter().map(move |p| match p.position {
            Some(_) => format!("{}:{p}", self.source),
            None => format!("{}: {p}", self.source),
        })
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.lines().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            f.write_str(&line)?;
        }
        Ok(())
    }
}

impl std::error::Error for Invalid {}

/// Parses and checks one case file. `source` names it in messages.
pub fn parse(source: &str, bytes: &[u8]) -> Result<Case, Invalid> {
    let fail = |problems: Vec<Problem>| Invalid {
        source: source.to_owned(),
        problems,
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large(source, bytes.len() as u64));
    }
    let text = decode(bytes).map_err(|p| fail(vec![p]))?;
    // Only a file this long can hold a field over the limit; shorter ones skip the look.
    if text.len() > MAX_FIELD_CHARS {
        let mut long = Vec::new();
        if let Ok(raw) = serde_json::from_str::<&RawValue>(text) {
            long_fields(text, raw, String::new(), 0, &mut long);
        }
        if !long.is_empty() {
            return Err(fail(long));
        }
    }
    if text.trim().is_empty() {
        return Err(fail(vec![Problem {
            position: None,
            path: String::new(),
            message: t!("load-empty"),
        }]));
    }

    let mut de = serde_json::Deserializer::from_str(text);
    // The fast pass needs no field paths: a failure is read again, section by section.
    let fast = Case::deserialize(&mut de)
        .map_err(|_| ())
        .and_then(|case| de.end().map(|()| case).map_err(|_| ()));
    match fast {
        Ok(mut case) => {
            normalize(&mut case);
            let problems = check(&case);
            if problems.is_empty() {
                Ok(case)
            } else {
                Err(fail(problems))
            }
        }
        Err(()) => {
            let mut problems = collect(text);
            if problems.is_empty() {
                // The section-by-section pass found nothing the whole pass did: report the
                // whole pass's own words rather than nothing.
                let err = serde_json::from_str::<Case>(text).expect_err("the fast pass failed");
                problems.push(problem_from_json(text, 0, "", &err));
            }
            problems.sort_by_key(|p| p.position.unwrap_or((usize::MAX, 0)));
            Err(fail(problems))
        }
    }
}

/// UTF-8 text, without a byte-order mark; otherwise where the first bad byte is.
fn decode(bytes: &[u8]) -> Result<&str, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // The vectorised check for every file; std's finds where a bad one goes wrong.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(text);
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        // The prefix is valid UTF-8 by definition.
        let good = std::str::from_utf8(good).unwrap_or_default();
        let (line, column) = line_col(good, good.len());
        Problem {
            position: Some((line, column + 1)),
            path: String::new(),
            message: t!(
                "load-not-utf8",
                byte = format!("0x{:02X}", bytes[e.valid_up_to()])
            ),
        }
    })
}

/// Trims every text and drops optional texts that are only white space.
fn normalize(case: &mut Case) {
    fn opt(text: &mut Option<String>) {
        if let Some(t) = text {
            let trimmed = t.trim();
            if trimmed.is_empty() {
                *text = None;
            } else if trimmed.len() != t.len() {
                *t = trimmed.to_owned();
            }
        }
    }
    opt(&mut case.title);
    opt(&mut case.fallback);
    for t in [
        &mut case.consumer.address,
        &mut case.consumer.email,
        &mut case.consumer.phone,
        &mut case.company.department,
        &mut case.company.address,
        &mut case.company.email,
        &mut case.company.support_phone,
        &mut case.identifiers.order_number,
        &mut case.identifiers.contract_number,
        &mut case.identifiers.phone_number,
        &mut case.event.details,
        &mut case.event.environment,
    ] {
        opt(t);
    }
    if let Some(p) = &mut case.purchase {
        // An empty defect is no defect: the rules that need one must not fit.
        opt(&mut p.item);
        opt(&mut p.defect);
        opt(&mut p.refund_to);
    }
    for a in &mut case.attachments {
        opt(&mut a.path);
        opt(&mut a.description);
    }
    for c in &mut case.contacts {
        opt(&mut c.reference);
        opt(&mut c.operator);
        opt(&mut c.summary);
    }
}

/// Checks that span more than one value, after a successful parse.
fn check(case: &Case) -> Vec<Problem> {
    let mut problems = Vec::new();
    let lengths = [
        case.identifiers.other.len(),
        case.attachments.len(),
        case.contacts.len(),
    ];
    for ((path, max), len) in MAX_LIST_LENGTHS.into_iter().zip(lengths) {
        if len > max {
            problems.push(Problem {
                position: None,
                path: path.into(),
                message: t!("load-list-too-long", n = len, max = max),
            });
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    for (i, a) in case.attachments.iter().enumerate() {
        if a.path.is_none() && a.description.is_none() {
            problems.push(Problem {
                position: None,
                path: format!("attachments[{i}]"),
                message: t!("load-attachment-empty"),
            });
        }
    }
    for (path, money) in [
        ("event.amount", &case.event.amount),
        ("goal.amount", &case.goal.amount),
    ] {
        let Some(m) = money else { continue };
        let code = m.currency.as_str();
        let decimals = usize::from(crate::input::minor_unit(code));
        let fraction = m.value.fraction.trim_end_matches('0');
        if fraction.len() > decimals {
            problems.push(Problem {
                position: None,
                path: format!("{path}.value"),
                message: t!(
                    "load-decimals",
                    value = m.value.to_string(),
                    currency = code,
                    decimals = decimals
                ),
            });
        }
    }
    for (i, c) in case.contacts.iter().enumerate() {
        if c.date.is_none() && c.channel.is_none() && c.summary.is_none() && c.reference.is_none() {
            problems.push(Problem {
                position: None,
                path: format!("contacts[{i}]"),
                message: t!("load-contact-empty"),
            });
        }
        if let (Some(sent), Some(delivered)) = (c.date, c.delivered)
            && delivered < sent
        {
            problems.push(Problem {
                position: None,
                path: format!("contacts[{i}].delivered"),
                message: t!(
                    "load-delivered-before-sent",
                    delivered = delivered.to_string(),
                    sent = sent.to_string()
                ),
            });
        }
    }
    if let Some(p) = &case.purchase {
        problems.extend(purchase_problems(p));
    }
    problems
}

/// A defect's date needs a defect; neither it nor a withdrawal can come before the purchase.
fn purchase_problems(p: &crate::case::Purchase) -> Vec<Problem> {
    let mut problems = Vec::new();
    if p.defect_found.is_some() && p.defect.is_none() {
        problems.push(Problem {
            position: None,
            path: "purchase.defect_found".into(),
            message: t!("load-defect-date-alone"),
        });
    }
    let before = |day: Option<crate::case::Date>, path: &str, id: &str| {
        let (day, bought) = (day?, p.date?);
        (day.0 < bought.0).then(|| Problem {
            position: None,
            path: path.into(),
            message: t!(id, day = day.0.to_string(), bought = bought.0.to_string()),
        })
    };
    problems.extend(before(
        p.defect_found,
        "purchase.defect_found",
        "load-defect-before-purchase",
    ));
    problems.extend(before(
        p.cancelled,
        "purchase.cancelled",
        "load-cancelled-before-purchase",
    ));
    problems
}

/// The slow pass: every problem, section by section.
fn collect(text: &str) -> Vec<Problem> {
    let start = text.len() - text.trim_start().len();
    let found = match text[start..].chars().next() {
        Some('{') => None,
        Some('[') => Some("json-array"),
        Some('"') => Some("json-string"),
        Some('t' | 'f') => Some("json-bool"),
        Some('n') => Some("json-null"),
        Some(c) if c == '-' || c.is_ascii_digit() => Some("json-number"),
        _ => None,
    };
    if let Some(found) = found {
        if let Err(e) = serde_json::from_str::<IgnoredAny>(text) {
            return vec![problem_from_json(text, 0, "", &e)];
        }
        return vec![Problem {
            position: Some(line_col(text, start + 1)),
            path: String::new(),
            message: t!("load-not-object", found = t!(found)),
        }];
    }

    let fields: Vec<(String, &RawValue)> = match serde_json::from_str::<Fields>(text) {
        Ok(Fields(fields)) => fields,
        Err(e) => return vec![problem_from_json(text, 0, "", &e)],
    };

    let mut problems = Vec::new();
    let version = fields.iter().find(|(k, _)| k == "schema_version");
    match version {
        None => problems.push(Problem {
            position: None,
            path: "schema_version".into(),
            message: t!("load-missing-version"),
        }),
        Some((_, raw)) => {
            if let Some(p) = section::<SchemaVersion>(text, "schema_version", raw) {
                // A file of another version may mean other things by every other field.
                return vec![p];
            }
        }
    }

    for (key, raw) in &fields {
        let problem = match key.as_str() {
            "schema_version" => None,
            "language" => section::<Language>(text, key, raw),
            "title" | "fallback" => section::<String>(text, key, raw),
            "consumer" => section::<Consumer>(text, key, raw),
            "company" => section::<Company>(text, key, raw),
            "identifiers" => section::<Identifiers>(text, key, raw),
            "event" => section::<Event>(text, key, raw),
            "goal" => section::<Goal>(text, key, raw),
            "consequence" => section::<Consequence>(text, key, raw),
            "response_days" => section::<ResponseDays>(text, key, raw),
            "jurisdiction" => section::<Jurisdiction>(text, key, raw),
            "purchase" => section::<Purchase>(text, key, raw),
            "attachments" => {
                problems.extend(elements::<Attachment>(text, key, raw));
                None
            }
            "contacts" => {
                problems.extend(elements::<Contact>(text, key, raw));
                None
            }
            unknown => Some(Problem {
                position: key_position(text, raw),
                path: String::new(),
                message: unknown_field_message(unknown, TOP_LEVEL_FIELDS),
            }),
        };
        problems.extend(problem);
    }
    for required in REQUIRED_TOP_LEVEL {
        if !fields.iter().any(|(k, _)| k == required) && *required != "schema_version" {
            problems.push(Problem {
                position: None,
                path: (*required).into(),
                message: t!("load-missing"),
            });
        }
    }
    problems
}

/// Every text over [`MAX_FIELD_CHARS`] below `raw`, with its path and position. A case is
/// at most four levels deep; anything deeper is left to the parse, which refuses it.
fn long_fields(text: &str, raw: &RawValue, path: String, depth: usize, out: &mut Vec<Problem>) {
    let json = raw.get();
    if json.len() <= MAX_FIELD_CHARS || depth > 6 {
        return;
    }
    match json.as_bytes().first() {
        Some(b'{') => {
            if let Ok(Fields(fields)) = serde_json::from_str::<Fields>(json) {
                for (key, value) in fields {
                    let path = if path.is_empty() {
                        key
                    } else {
                        format!("{path}.{key}")
                    };
                    long_fields(text, value, path, depth + 1, out);
                }
            }
        }
        Some(b'[') => {
            if let Ok(items) = serde_json::from_str::<Vec<&RawValue>>(json) {
                for (i, item) in items.into_iter().enumerate() {
                    long_fields(text, item, format!("{path}[{i}]"), depth + 1, out);
                }
            }
        }
        Some(b'"') => {
            let chars = serde_json::from_str::<String>(json).map_or(0, |s| s.chars().count());
            if chars > MAX_FIELD_CHARS {
                let (line, column) = line_col(text, offset_in(text, raw));
                out.push(Problem {
                    position: Some((line, column + 1)),
                    path,
                    message: t!("load-field-too-long", n = chars, max = MAX_FIELD_CHARS),
                });
            }
        }
        _ => {}
    }
}

/// The top-level object's fields in file order, each value left unparsed.
struct Fields<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Fields<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for V<'a> {
            type Value = Fields<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut m: M,
            ) -> Result<Fields<'a>, M::Error> {
                let mut fields = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, &'de RawValue>()? {
                    fields.push((k, v));
                }
                Ok(Fields(fields))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

/// Parses one section; its first problem, if any.
fn section<T: DeserializeOwned>(text: &str, key: &str, raw: &RawValue) -> Option<Problem> {
    let mut de = serde_json::Deserializer::from_str(raw.get());
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(_) => None,
        Err(e) => {
            let inner = e.path().to_string();
            let path = join_path(key, &inner);
            Some(problem_from_json(
                text,
                offset_in(text, raw),
                &path,
                e.inner(),
            ))
        }
    }
}

/// Parses an array section element by element; the first problem of each element.
fn elements<T: DeserializeOwned>(text: &str, key: &str, raw: &RawValue) -> Vec<Problem> {
    match serde_json::from_str::<Vec<&RawValue>>(raw.get()) {
        Ok(items) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| section::<T>(text, &format!("{key}[{i}]"), item))
            .collect(),
        Err(_) => section::<Vec<T>>(text, key, raw).into_iter().collect(),
    }
}

fn join_path(key: &str, inner: &str) -> String {
    match inner {
        "" | "." => key.to_owned(),
        _ if inner.starts_with('[') => format!("{key}{inner}"),
        _ => format!("{key}.{inner}"),
    }
}

/// Where `raw` starts in `text` (it borrows from it).
fn offset_in(text: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// Turns a serde_json error inside the section that starts at byte `base` into a problem
/// positioned in the whole file.
fn problem_from_json(text: &str, base: usize, path: &str, err: &serde_json::Error) -> Problem {
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    let class = err.classify();
    let mut offset = absolute_offset(text, base, err.line(), err.column());
    if class == serde_json::error::Category::Data && !message.starts_with("missing field") {
        offset = offset.map(|o| token_start(text, o));
    }
    let position = offset.map(|o| {
        let (line, column) = line_col(text, o);
        (line, column + 1)
    });
    let at_brace = offset.is_some_and(|o| text[o..].starts_with('}'));
    let message = if message == "key must be a string" && at_brace {
        "a comma before `}` has nothing after it"
    } else {
        message
    };
    let (path, message) = humanize(path, message, class);
    Problem {
        position,
        path,
        message,
    }
}

/// The byte offset in the whole file of serde_json's position inside the section at `base`.
/// serde_json counts lines from 1 and columns as bytes consumed on the line, so the offset
/// is just past the character it stopped at.
fn absolute_offset(text: &str, base: usize, line: usize, column: usize) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let sub = text.get(base..)?;
    let mut start = 0;
    for _ in 1..line {
        start += sub[start..].find('\n')? + 1;
    }
    let mut offset = (base + start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    Some(offset)
}

/// Where the value or key that ends around `offset` begins, so a message about a value
/// points at its first character rather than past its end.
fn token_start(text: &str, offset: usize) -> usize {
    let before = text[..=offset.min(text.len().saturating_sub(1))].trim_end();
    let before = before
        .strip_suffix([',', '}', ']'])
        .unwrap_or(before)
        .trim_end();
    if let Some(inner) = before.strip_suffix('"') {
        let bytes = inner.as_bytes();
        let mut i = inner.len();
        while i > 0 {
            i -= 1;
            if bytes[i] == b'"' && (i == 0 || bytes[i - 1] != b'\\') {
                return i;
            }
        }
        return offset;
    }
    let scalar = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+')))
        .map_or(0, |i| i + 1);
    if scalar < before.len() {
        scalar
    } else {
        offset
    }
}

/// 1-based line, and the count of characters on that line before `offset`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count())
}

/// The position of the key whose value is `raw`: scans back over `:` to the key's quotes.
fn key_position(text: &str, raw: &RawValue) -> Option<(usize, usize)> {
    let before = text[..offset_in(text, raw)].trim_end();
    let before = before.strip_suffix(':')?.trim_end();
    let closing = before.strip_suffix('"')?;
    let mut open = closing.len();
    let bytes = closing.as_bytes();
    while open > 0 {
        open -= 1;
        if bytes[open] == b'"' && (open == 0 || bytes[open - 1] != b'\\') {
            let (line, column) = line_col(text, open);
            return Some((line, column + 1));
        }
    }
    None
}

/// A JSON syntax error in the interface language: serde_json's common ones by their text,
/// any other with serde's own words.
fn syntax_message(message: &str) -> String {
    let id = match message {
        "expected value" | "expected ident" => "json-syntax-value",
        "expected `,` or `}`" => "json-syntax-comma-object",
        "expected `,` or `]`" => "json-syntax-comma-array",
        "expected `:`" => "json-syntax-colon",
        "key must be a string" => "json-syntax-key",
        "trailing comma" => "json-syntax-trailing-comma",
        "trailing characters" => "json-syntax-trailing",
        "invalid escape" => "json-syntax-escape",
        "invalid number" | "number out of range" => "json-syntax-number",
        m if m.starts_with("control character") => "json-syntax-control",
        _ => return t!("load-syntax", detail = message),
    };
    t!("load-syntax", detail = t!(id))
}

/// Rewords serde's messages for a person, and adds "did you mean" where a name is close.
fn humanize(path: &str, message: &str, class: serde_json::error::Category) -> (String, String) {
    use serde_json::error::Category;
    if matches!(class, Category::Syntax | Category::Eof) {
        let message = if message.starts_with("EOF") {
            t!("load-eof")
        } else if message == "a comma before `}` has nothing after it" {
            t!("load-trailing-comma")
        } else {
            syntax_message(message)
        };
        return (String::new(), message);
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return (join_path(path, field), t!("load-missing"));
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (field, expected) = split_expected(rest);
        // serde_path_to_error already ends the path with the unknown key.
        let parent = path
            .strip_suffix(field)
            .map(|p| p.trim_end_matches('.'))
            .unwrap_or(path);
        return (parent.to_owned(), unknown_field_message(field, &expected));
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (value, expected) = split_expected(rest);
        let mut m = t!(
            "load-not-one-of",
            value = value,
            known = expected.join(", ")
        );
        let alias = (path == "jurisdiction")
            .then(|| crate::case::Jurisdiction::alias(value).map(|j| j.code()))
            .flatten();
        if let Some(best) = closest(value, &expected).or(alias) {
            m.push_str(&t!("load-did-you-mean", best = best));
        }
        return (path.to_owned(), m);
    }
    if let Some((found, expected)) = message
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.split_once(", expected "))
    {
        let expected = match expected {
            "a string" => t!("json-text"),
            e if e.starts_with("struct ") => t!("json-object"),
            e => e.to_owned(),
        };
        return (
            path.to_owned(),
            t!("load-expected", expected = expected, found = found),
        );
    }
    (path.to_owned(), message.to_owned())
}

/// Splits "x`, expected one of `a`, `b`" into ("x", ["a", "b"]).
pub(crate) fn split_expected(rest: &str) -> (&str, Vec<&str>) {
    let (name, tail) = rest.split_once('`').unwrap_or((rest, ""));
    let expected = tail.split('`').skip(1).step_by(2).collect();
    (name, expected)
}

pub(crate) fn unknown_field_message(field: &str, known: &[&str]) -> String {
    match closest(field, known) {
        Some(best) => t!("load-unknown-field-mean", field = field, best = best),
        None if known.is_empty() => t!("load-unknown-field-none", field = field),
        None => t!(
            "load-unknown-field",
            field = field,
            known = known.join(", ")
        ),
    }
}

/// The known name nearest to `name`, when it is near enough to be a typo.
fn closest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(&name.to_lowercase(), k), *k))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        match parse("case.json", text.as_bytes()) {
            Ok(_) => vec![],
            Err(e) => e.lines().collect(),
        }
    }

    const MINIMAL: &str = r#"{
  "schema_version": 1,
  "consumer": { "name": "Anna" },
  "company": { "name": "MegaTel" },
  "event": { "summary": "Charged twice" },
  "goal": { "summary": "Refund" }
}"#;

    #[test]
    fn minimal_case_loads() {
        let case = parse("case.json", MINIMAL.as_bytes()).unwrap();
        assert_eq!(case.consumer.name.as_str(), "Anna");
    }

    #[test]
    fn every_broken_section_is_reported_with_position_and_path() {
        let text = MINIMAL
            .replace(r#""Anna" }"#, r#""Anna", "nmae": 1 }"#)
            .replace(
                r#""summary": "Charged twice""#,
                r#""summary": "x", "date": "2026-13-40""#,
            )
            .replace(r#""goal""#, r#""gaol""#);
        let got = problems(&text);
        assert_eq!(
            got,
            [
                "case.json:3:33: consumer: unknown field `nmae`, did you mean `name`?",
                "case.json:5:38: event.date: \"2026-13-40\" is not a valid date (YYYY-MM-DD)",
                "case.json:6:3: unknown field `gaol`, did you mean `goal`?",
                "case.json: goal: required field is missing",
            ]
        );
    }

    #[test]
    fn numbers_for_money_are_refused_with_a_hint() {
        let text = MINIMAL.replace(
            r#""summary": "Refund""#,
            r#""summary": "Refund", "amount": { "value": 49.99, "currency": "GBP" }"#,
        );
        let got = problems(&text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("goal.amount.value"), "{got:?}");
        assert!(got[0].contains("in quotes"), "{got:?}");
    }

    #[test]
    fn whole_file_problems() {
        assert!(problems("")[0].contains("empty"));
        assert!(problems("[1, 2]")[0].contains("an array"));
        assert!(problems("{\"schema_version\": 1,}")[0].starts_with("case.json:1:"));
        let v2 = MINIMAL.replace("\"schema_version\": 1", "\"schema_version\": 2");
        assert_eq!(
            problems(&v2),
            [
                "case.json:2:21: schema_version: version 2 is not supported: this version of complaint reads format 1"
            ]
        );
        let bad = parse("case.json", b"{\n \"a\": \"\xff\"}").unwrap_err();
        assert_eq!(bad.problems[0].position, Some((2, 8)));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = MINIMAL.replace(r#""Anna" }"#, r#""Анна", "имя": 1 }"#);
        assert_eq!(
            problems(&text)[0],
            "case.json:3:33: consumer: unknown field `имя`; the fields here are: name, address, email, phone"
        );
    }

    #[test]
    fn the_top_level_list_matches_the_model() {
        let schema = serde_json::to_value(schemars::schema_for!(Case)).unwrap();
        let props: Vec<&str> = schema["properties"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut known = TOP_LEVEL_FIELDS.to_vec();
        let mut props = props;
        known.sort_unstable();
        props.sort_unstable();
        assert_eq!(known, props);
    }
}
