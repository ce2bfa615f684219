//! Card numbers masked to their last four digits, wherever user text is shown.

use std::borrow::Cow;

/// Replaces the digits of every card number in `text` but the last four with `*`.
///
/// A card number is 13 to 19 digits standing alone (not glued to letters, so an IBAN is left
/// as it is), either in one run or in groups of three or more digits joined by single spaces
/// or dashes: `4111 1111 1111 1111`, `4111-1111-1111-1111`, `378282246310005`.
/// Dates (`2026-10-03`) and phone numbers (`+44 7700 900123`) have fewer digits or shorter
/// groups and are not touched.
pub fn cards(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    if digits(bytes) < 13 {
        return Cow::Borrowed(text);
    }
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && is_word(text, i, true)) {
            i += 1;
            continue;
        }
        // Groups of digits joined by one separator each.
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            groups.push((start, j));
            if j + 1 < bytes.len()
                && matches!(bytes[j], b' ' | b'-')
                && bytes[j + 1].is_ascii_digit()
            {
                j += 1;
            } else {
                break;
            }
        }
        let glued_after = j < bytes.len() && is_word(text, j, false);
        if !glued_after {
            for run in groups.split(|(s, e)| e - s < 3 && groups.len() > 1) {
                let digits: usize = run.iter().map(|(s, e)| e - s).sum();
                let number: String = run.iter().map(|&(s, e)| &text[s..e]).collect();
                if (13..=19).contains(&digits) && crate::card::is_card(text, run[0].0, &number) {
                    let buf = out.get_or_insert_with(|| bytes.to_vec());
                    let mut keep = 4;
                    for &(s, e) in run.iter().rev() {
                        for k in (s..e).rev() {
                            if keep > 0 {
                                keep -= 1;
                            } else {
                                buf[k] = b'*';
                            }
                        }
                    }
                }
            }
        }
        i = j.max(i + 1);
    }
    match out {
        // Only ASCII digits were replaced by an ASCII byte: still valid UTF-8.
        Some(buf) => Cow::Owned(String::from_utf8(buf).unwrap_or_else(|_| text.to_owned())),
        None => Cow::Borrowed(text),
    }
}

/// How many ASCII digits `bytes` holds. Counted a byte-sized tally per stretch of 255
/// bytes, which the compiler turns into vector instructions: every text of a case is counted.
fn digits(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|chunk| {
            let n = chunk
                .iter()
                .fold(0u8, |n, b| n + u8::from(b.is_ascii_digit()));
            usize::from(n)
        })
        .sum()
}

/// Whether the character just before (`before`) or at byte `at` is a letter or digit.
fn is_word(text: &str, at: usize, before: bool) -> bool {
    let c = if before {
        text[..at].chars().next_back()
    } else {
        text[at..].chars().next()
    };
    c.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::cards;

    #[test]
    fn masks_card_numbers_in_every_common_shape() {
        assert_eq!(
            cards("card 4111 1111 1111 1234."),
            "card **** **** **** 1234."
        );
        assert_eq!(cards("4111-1111-1111-1111"), "****-****-****-1111");
        assert_eq!(cards("(4111111111111111)"), "(************1111)");
        assert_eq!(cards("Amex 3782 822463 10005"), "Amex **** ****** *0005");
        assert_eq!(cards("карта 5536913812345678"), "карта ************5678");
    }

    #[test]
    fn leaves_other_numbers_alone() {
        for text in [
            "+44 7700 900123",
            "2026-10-03 2026-10-05 2026-11-01",
            "IBAN GB33BUKB20201555555555",
            "order 123456789012",
            "+7 999 123-45-67 and 8 800 555-35-35",
            "12345678901234567890123",
        ] {
            assert_eq!(cards(text), text);
        }
    }
}

/// Makes text safe to print on a terminal: control characters (other than new lines and
/// tabs) become visible symbols (ESC shows as `␛`), and the characters that reorder text on
/// screen (bidirectional overrides and isolates) become `�`, so a case file cannot move the
/// cursor, recolour or rewrite the screen. Files keep the text as typed; this is for display.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\0'..='\u{1F}' if c != '\n' && c != '\t' => {
                    char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}')
                }
                '\u{7F}' => '\u{2421}',
                c if unsafe_char(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// Hides most of a reference: `A-12345` becomes `•••••45`, keeping the last two characters
/// (one for short ones) so the owner can still tell which it is.
pub fn reference(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let keep = if chars.len() > 6 { 2 } else { 1 };
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i + keep >= chars.len() || c.is_whitespace() || matches!(c, '-' | '+') {
                *c
            } else {
                '•'
            }
        })
        .collect()
}

/// A name as initials: `Anna Petrova` becomes `A. P.`.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An e-mail address with its local part hidden: `anna@example.org` becomes `a•••@example.org`.
pub fn email(value: &str) -> String {
    match value.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}•••@{domain}")
        }
        None => reference(value),
    }
}

/// Identifiers and personal details, each with what is shown in its place, found in one
/// pass over a text. Where two overlap, the longer one wins.
pub struct Secrets {
    finder: Finder,
    shown: Vec<String>,
}

/// How the secrets are looked for. A case has a handful, and a search for each is quicker
/// than building an automaton for every rendering (that cost more than the rest of the
/// opener); a list of hundreds gets an Aho-Corasick automaton, whatever their number.
enum Finder {
    /// The secrets, longest first, each with its searcher (memchr's, built once).
    Few(Vec<memchr::memmem::Finder<'static>>),
    Many(Option<aho_corasick::AhoCorasick>),
}

/// The searcher for one secret. The texts it looks through are short, so it is built
/// without the vectorised prefilter, which took most of the time to build.
fn finder(secret: &str) -> memchr::memmem::Finder<'static> {
    memchr::memmem::FinderBuilder::new()
        .prefilter(memchr::memmem::Prefilter::None)
        .build_forward(secret)
        .into_owned()
}

/// Up to this many secrets are looked for one by one.
const FEW: usize = 32;

impl Secrets {
    /// `pairs` of a secret as typed and what replaces it; empty secrets are left out.
    pub fn new(pairs: impl IntoIterator<Item = (String, String)>) -> Secrets {
        let mut pairs: Vec<(String, String)> =
            pairs.into_iter().filter(|(s, _)| !s.is_empty()).collect();
        if pairs.len() <= FEW {
            // Longest first, so the first found where two begin is the longer.
            pairs.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
            let (secrets, shown): (Vec<_>, _) = pairs
                .into_iter()
                .map(|(s, shown)| (finder(&s), shown))
                .unzip();
            return Secrets {
                finder: Finder::Few(secrets),
                shown,
            };
        }
        let (secrets, shown): (Vec<String>, Vec<String>) = pairs.into_iter().unzip();
        let finder = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&secrets)
            .ok();
        Secrets {
            finder: Finder::Many(finder),
            shown,
        }
    }

    /// Secrets to take out of a text (replaced by nothing).
    pub fn removed<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Secrets {
        Secrets::new(secrets.into_iter().map(|s| (s.to_owned(), String::new())))
    }

    /// `text` with every secret replaced.
    pub fn replace<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match &self.finder {
            Finder::Few(secrets) => replace_each(text, secrets, &self.shown),
            Finder::Many(Some(finder)) if finder.is_match(text) => {
                Cow::Owned(finder.replace_all(text, &self.shown))
            }
            Finder::Many(_) => Cow::Borrowed(text),
        }
    }
}

/// `text` with each of `secrets` (longest first) replaced by its `shown`, leftmost first.
fn replace_each<'a>(
    text: &'a str,
    secrets: &[memchr::memmem::Finder<'static>],
    shown: &[String],
) -> Cow<'a, str> {
    let bytes = text.as_bytes();
    let next = |from: usize| {
        secrets
            .iter()
            .enumerate()
            .filter_map(|(k, s)| s.find(&bytes[from..]).map(|at| (from + at, k)))
            .min()
    };
    let Some(mut found) = next(0) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    loop {
        let (at, k) = found;
        // A match of a whole string begins and ends on a character's boundary.
        out.push_str(&text[done..at]);
        out.push_str(&shown[k]);
        done = at + secrets[k].needle().len();
        match next(done) {
            Some(f) => found = f,
            None => break,
        }
    }
    out.push_str(&text[done..]);
    Cow::Owned(out)
}

/// Takes out of spoken text what the first line should not hear: the given identifiers and
/// personal details, e-mail addresses, and runs of six or more digits (phone, account and
/// card numbers). The operator asks for those when needed.
pub fn unspoken<'a>(text: &'a str, secrets: &Secrets) -> Cow<'a, str> {
    // Without a digit or an "@" there is no number, address or contact clause to take out.
    if !text.bytes().any(|b| b == b'@' || b.is_ascii_digit()) {
        return secrets.replace(text);
    }
    // A clause that gives contact details ("call me on +44 …", "write to a@b.org") goes
    // whole, so no "call me on or" is left; unless it is all there is.
    let contact = |clause: &str| {
        clause.split_whitespace().any(|w| {
            w.contains('@')
                || (w.starts_with('+') && w[1..].starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    let clauses: Vec<&str> = text.split_inclusive([',', ';']).collect();
    let mut out = if clauses.len() > 1 && clauses.iter().any(|c| contact(c)) {
        let kept: String = clauses.into_iter().filter(|c| !contact(c)).collect();
        Cow::Owned(kept.trim().trim_end_matches([',', ';']).to_owned())
    } else {
        Cow::Borrowed(text)
    };
    if let Cow::Owned(removed) = secrets.replace(&out) {
        out = Cow::Owned(removed);
    }
    // Words made of digits and phone punctuation, taken together when they follow each
    // other ("+44 7700 900123"), go when they hold six digits or more; so do e-mail addresses.
    let numeric = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || "+-().,/".contains(c))
    };
    let digits = |w: &str| w.chars().filter(char::is_ascii_digit).count();
    let words: Vec<&str> = out.split_whitespace().collect();
    let mut keep = vec![true; words.len()];
    let mut i = 0;
    while i < words.len() {
        if words[i].contains('@') {
            keep[i] = false;
        }
        if numeric(words[i]) {
            let start = i;
            let mut total = 0;
            while i < words.len() && numeric(words[i]) {
                total += digits(words[i]);
                i += 1;
            }
            if total >= 6 {
                keep[start..i].iter_mut().for_each(|k| *k = false);
            }
            continue;
        }
        if words[i].chars().filter(char::is_ascii_digit).count() >= 6 {
            keep[i] = false;
        }
        i += 1;
    }
    if keep.iter().all(|k| *k) && matches!(out, Cow::Borrowed(_)) {
        return out;
    }
    let kept: Vec<&str> = words
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(w, _)| *w)
        .collect();
    let mut joined = kept.join(" ");
    for (from, to) in [
        (" ,", ","),
        (" .", "."),
        (" ;", ";"),
        (" :", ":"),
        ("()", ""),
        ("  ", " "),
    ] {
        while joined.contains(from) {
            joined = joined.replace(from, to);
        }
    }
    Cow::Owned(joined.trim().to_owned())
}

#[cfg(test)]
mod privacy_tests {
    use super::*;

    #[test]
    fn terminal_text_cannot_rewrite_the_screen() {
        assert_eq!(for_terminal("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(for_terminal("a\x1b[2Jb"), "a\u{241b}[2Jb");
        assert_eq!(for_terminal("x\rY\x07\x7f"), "x\u{240d}Y\u{2407}\u{2421}");
        assert_eq!(for_terminal("evil\u{202E}txt.exe"), "evil\u{FFFD}txt.exe");
        assert_eq!(for_terminal("\u{9b}31m"), "\u{FFFD}31m");
        assert_eq!(for_terminal("שלום \u{200F}A-1"), "שלום \u{200F}A-1");
    }

    #[test]
    fn secrets_are_replaced_in_one_pass_longest_first() {
        let secrets = Secrets::new([
            ("A-1".to_owned(), "•1".to_owned()),
            ("A-12345".to_owned(), "•45".to_owned()),
        ]);
        assert_eq!(secrets.replace("A-12345 and A-1."), "•45 and •1.");
        let many = Secrets::new((0..20_000).map(|i| (format!("ID{i:05}"), "•".to_owned())));
        assert_eq!(many.replace("see ID19999, not ID2"), "see •, not ID2");
        let few = Secrets::new([
            ("ID2".to_owned(), "•2".to_owned()),
            ("ID19999".to_owned(), "•".to_owned()),
            ("Ann".to_owned(), "A.".to_owned()),
        ]);
        assert_eq!(
            few.replace("see ID19999, not ID2; Ann, Anna"),
            "see •, not •2; A., A.a"
        );
    }

    #[test]
    fn redaction_keeps_only_what_tells_them_apart() {
        assert_eq!(reference("A-12345"), "•-•••45");
        assert_eq!(reference("C-5521"), "•-•••1");
        assert_eq!(initials("Anna  Petrova"), "A. P.");
        assert_eq!(email("anna@example.org"), "a•••@example.org");
    }

    #[test]
    fn spoken_text_loses_numbers_and_addresses() {
        assert_eq!(
            unspoken(
                "Order A-12345 never arrived.",
                &Secrets::removed(["A-12345"])
            ),
            "Order never arrived."
        );
        assert_eq!(
            unspoken(
                "Call +44 7700 900123 or +7 (900) 123-45-67 or anna@example.org",
                &Secrets::removed([])
            ),
            "Call or or"
        );
        assert_eq!(
            unspoken(
                "Order A-12345 was charged twice, call me on +44 7700 900123 or anna@example.org",
                &Secrets::removed(["A-12345"])
            ),
            "Order was charged twice"
        );
        assert_eq!(
            unspoken("Charged twice for October", &Secrets::removed(["Anna"])),
            "Charged twice for October"
        );
        assert_eq!(
            unspoken("Charged 49.99 GBP on 3 October 2026", &Secrets::removed([])),
            "Charged 49.99 GBP on 3 October 2026"
        );
    }
}
