//! A case file's layout, kept across a change: the person's key order, indentation (spaces or
//! tabs), line endings, a byte-order mark and what follows the closing brace. The changed case
//! is laid over the document as it was read, so only what changed is written differently.

use indexmap::IndexMap;
use serde::Serialize;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A JSON document whose objects keep the order of their keys.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
enum Doc {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Doc>),
    Object(IndexMap<String, Doc>),
}

/// Read straight from the parser: an untagged derive would buffer every value first.
impl<'de> Deserialize<'de> for Doc {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DocVisitor)
    }
}

struct DocVisitor;

impl<'de> Visitor<'de> for DocVisitor {
    type Value = Doc;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Doc, E> {
        Ok(Doc::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Doc, E> {
        Ok(Doc::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Doc, E> {
        Ok(Doc::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Doc, E> {
        Ok(Doc::Number(v.into()))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Doc, E> {
        serde_json::Number::from_f64(v)
            .map(Doc::Number)
            .ok_or_else(|| E::custom("a number JSON cannot hold"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Doc, E> {
        Ok(Doc::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Doc, E> {
        Ok(Doc::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Doc, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Doc::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Doc, A::Error> {
        let mut members = IndexMap::new();
        while let Some((key, value)) = map.next_entry::<String, Doc>()? {
            members.insert(key, value);
        }
        Ok(Doc::Object(members))
    }
}

/// How a file was laid out, as far as it can be told from its text.
struct Layout<'a> {
    bom: &'a str,
    /// `None`: the whole document on one line.
    indent: Option<&'a str>,
    crlf: bool,
    /// Other characters than ASCII written as `\u` escapes (as Python's `json` does), in
    /// capital or small hexadecimal digits.
    escapes: Option<Digits>,
    /// Whatever followed the document: usually one new line.
    tail: &'a str,
}

#[derive(Clone, Copy)]
enum Digits {
    Upper,
    Lower,
}

/// `changed` (the changed case as the format writes it) laid out like `original`, or `None`
/// where the original cannot be read as a document.
pub fn keep(original: &[u8], changed: &str) -> Option<String> {
    let text = std::str::from_utf8(original).ok()?;
    let layout = detect(text)?;
    let body = &text[layout.bom.len()..text.len() - layout.tail.len()];
    let old: Doc = serde_json::from_str(body).ok()?;
    let new: Doc = serde_json::from_str(changed).ok()?;
    let doc = merge(old, new);
    let mut out = String::from(layout.bom);
    out.push_str(&write(&doc, layout.indent)?);
    if layout.crlf {
        out = out.replace('\n', "\r\n");
    }
    if let Some(case) = layout.escapes {
        out = escaped(&out, case);
    }
    out.push_str(layout.tail);
    Some(out)
}

fn detect(text: &str) -> Option<Layout<'_>> {
    let bom = if text.starts_with('\u{feff}') {
        "\u{feff}"
    } else {
        ""
    };
    let end = text.trim_end().len();
    if end <= bom.len() {
        return None;
    }
    let body = &text[bom.len()..end];
    // The first indented line that holds something shows the unit of one level: the
    // document opens at level 0, so its first member sits one level in.
    let indent = body.lines().skip(1).find_map(|line| {
        let content = line.trim_start_matches([' ', '\t']);
        (!content.is_empty() && content.len() < line.len())
            .then(|| &line[..line.len() - content.len()])
    });
    Some(Layout {
        bom,
        indent,
        crlf: body.contains("\r\n"),
        escapes: escapes(body),
        tail: &text[end..],
    })
}

/// How a file of ASCII only writes the other characters, if it holds any.
fn escapes(body: &str) -> Option<Digits> {
    if !body.is_ascii() {
        return None;
    }
    if !body.contains("\\u") {
        return None;
    }
    let mut digits = body
        .split("\\u")
        .skip(1)
        .flat_map(|rest| rest.chars().take(4));
    Some(match digits.find(char::is_ascii_alphabetic) {
        Some(c) if c.is_ascii_uppercase() => Digits::Upper,
        _ => Digits::Lower,
    })
}

/// JSON text with every character outside ASCII as `\u` escapes. Outside ASCII is only ever
/// inside strings, where an escape means the same character.
fn escaped(text: &str, case: Digits) -> String {
    let mut out = String::with_capacity(text.len());
    let mut units = [0u16; 2];
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        for unit in c.encode_utf16(&mut units) {
            out.push_str(&match case {
                Digits::Upper => format!("\\u{unit:04X}"),
                Digits::Lower => format!("\\u{unit:04x}"),
            });
        }
    }
    out
}

/// The new document, with the old one's order wherever both hold the same thing. A key the
/// format leaves out when empty (`null`, `[]`, `{}`) stays as the person wrote it.
fn merge(old: Doc, new: Doc) -> Doc {
    match (old, new) {
        (Doc::Object(old), Doc::Object(mut new)) => {
            let mut out = IndexMap::with_capacity(new.len());
            for (key, was) in old {
                match new.shift_remove(&key) {
                    Some(now) => {
                        out.insert(key, merge(was, now));
                    }
                    None if is_empty(&was) => {
                        out.insert(key, was);
                    }
                    None => {}
                }
            }
            out.extend(new);
            Doc::Object(out)
        }
        (Doc::Array(old), Doc::Array(new)) => Doc::Array(merge_items(old, new)),
        (_, new) => new,
    }
}

/// Items matched to the old ones: those left as they were keep their own layout, wherever a
/// removal moved them; the others take the layout of the old item in their place.
fn merge_items(old: Vec<Doc>, new: Vec<Doc>) -> Vec<Doc> {
    let mut unused: Vec<Option<Doc>> = old.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(new.len());
    for (i, now) in new.into_iter().enumerate() {
        // Looked for from its own place onwards: an added or removed item moves the others
        // by one at most, so a long list is matched in one pass.
        let same = (i..unused.len())
            .chain(0..i.min(unused.len()))
            .find(|&j| unused[j].as_ref().is_some_and(|w| same_content(w, &now)));
        let was = match same {
            Some(j) => unused[j].take(),
            None => unused.get_mut(i).and_then(Option::take),
        };
        out.push(match was {
            Some(was) => merge(was, now),
            None => now,
        });
    }
    out
}

/// The same values, whatever the order of keys.
fn same_content(a: &Doc, b: &Doc) -> bool {
    match (a, b) {
        (Doc::Object(a), Doc::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(k, v)| b.get(k).is_some_and(|w| same_content(v, w)))
        }
        (Doc::Array(a), Doc::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(v, w)| same_content(v, w))
        }
        _ => a == b,
    }
}

fn is_empty(doc: &Doc) -> bool {
    match doc {
        Doc::Null => true,
        Doc::Array(items) => items.is_empty(),
        Doc::Object(members) => members.is_empty(),
        _ => false,
    }
}

fn write(doc: &Doc, indent: Option<&str>) -> Option<String> {
    let bytes = match indent {
        None => serde_json::to_vec(doc).ok()?,
        Some(indent) => {
            let mut out = Vec::new();
            let formatter = serde_json::ser::PrettyFormatter::with_indent(indent.as_bytes());
            let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
            doc.serialize(&mut ser).ok()?;
            out
        }
    };
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::keep;

    #[test]
    fn keeps_order_indent_and_line_ends() {
        let original = "{\r\n\t\"b\": 1,\r\n\t\"a\": [\r\n\t\t{\r\n\t\t\t\"y\": 1,\r\n\t\t\t\"x\": 2\r\n\t\t}\r\n\t]\r\n}\r\n";
        let changed = r#"{"a": [{"x": 2, "y": 1}, {"x": 3, "y": 4}], "b": 1}"#;
        let kept = keep(original.as_bytes(), changed).unwrap();
        let added = "\t\t},\r\n\t\t{\r\n\t\t\t\"x\": 3,\r\n\t\t\t\"y\": 4\r\n\t\t}\r\n\t]";
        assert_eq!(kept, original.replace("\t\t}\r\n\t]", added));
    }

    #[test]
    fn a_removed_item_leaves_the_others_as_they_were() {
        let original = "{\n    \"a\": [\n        {\n            \"y\": 1,\n            \"x\": 2\n        },\n        {\n            \"y\": 3,\n            \"x\": 4\n        }\n    ]\n}";
        let changed = r#"{"a": [{"x": 4, "y": 3}]}"#;
        let kept = keep(original.as_bytes(), changed).unwrap();
        assert_eq!(
            kept,
            "{\n    \"a\": [\n        {\n            \"y\": 3,\n            \"x\": 4\n        }\n    ]\n}"
        );
    }

    #[test]
    fn empty_keys_the_format_leaves_out_stay() {
        let original = "{\n  \"notes\": null,\n  \"a\": 1\n}\n";
        let kept = keep(original.as_bytes(), r#"{"a": 2}"#).unwrap();
        assert_eq!(kept, "{\n  \"notes\": null,\n  \"a\": 2\n}\n");
    }

    #[test]
    fn a_file_of_ascii_escapes_stays_ascii() {
        let original = "{\n  \"a\": \"\\u00a3\"\n}\n";
        let kept = keep(original.as_bytes(), r#"{"a": "£", "b": "Ё😀"}"#).unwrap();
        assert_eq!(
            kept,
            "{\n  \"a\": \"\\u00a3\",\n  \"b\": \"\\u0401\\ud83d\\ude00\"\n}\n"
        );
    }

    #[test]
    fn one_line_stays_one_line() {
        let kept = keep(br#"{"b":1,"a":2}"#, r#"{"a":3,"b":1}"#).unwrap();
        assert_eq!(kept, r#"{"b":1,"a":3}"#);
    }
}
