//! Direction marks for right-to-left text that quotes left-to-right runs.
//!
//! A Hebrew line that names `--force`, `mail.eml`, `/tmp/letter.pdf` or `complaint log CASE`
//! shows them broken on a bidi-aware screen: the hyphens of an option move after the word,
//! the dot of an extension and the slash of a path jump to the other end, a bracket is
//! mirrored, and a number after a Latin word joins that word. Every such run is put between
//! two LEFT-TO-RIGHT MARKs, and a number that follows one is preceded by a RIGHT-TO-LEFT MARK,
//! so the run and the number each keep their place. Text with no right-to-left letter is
//! left as it is.

/// LEFT-TO-RIGHT MARK.
pub const LRM: char = '\u{200E}';
/// RIGHT-TO-LEFT MARK.
pub const RLM: char = '\u{200F}';

/// The columns `text` takes on a terminal: direction marks and other format characters,
/// zero-width characters and combining marks (Hebrew points and accents) take none.
pub fn width(text: &str) -> usize {
    text.chars().filter(|c| !zero_width(*c)).count()
}

fn zero_width(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' // zero-width space, joiners, LRM, RLM
        | '\u{061C}' // ARABIC LETTER MARK
        | '\u{202A}'..='\u{202E}' // embeddings and overrides
        | '\u{2066}'..='\u{2069}' // isolates
        | '\u{FEFF}'
        | '\u{0300}'..='\u{036F}' // combining diacritics
        | '\u{0591}'..='\u{05BD}' | '\u{05BF}' | '\u{05C1}'..='\u{05C2}' | '\u{05C4}'..='\u{05C5}' | '\u{05C7}')
}

/// Whether `c` is a letter of a right-to-left script (Hebrew, Arabic and their forms).
fn rtl_char(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether `text` has a right-to-left letter.
pub fn is_rtl(text: &str) -> bool {
    text.chars().any(rtl_char)
}

/// `text` with its Latin and technical runs kept left to right (see the module). Marks
/// already in it are dropped first, so marking twice gives the same text.
pub fn mark_ltr_runs(text: &str) -> String {
    if !is_rtl(text) {
        return text.to_owned();
    }
    let text: String = text.chars().filter(|c| !matches!(*c, LRM | RLM)).collect();
    // The words with the whitespace before each, and what each is.
    let mut words: Vec<(&str, &str)> = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        let end = start
            + rest[start..]
                .find(char::is_whitespace)
                .unwrap_or(rest.len() - start);
        words.push((&rest[..start], &rest[start..end]));
        rest = &rest[end..];
    }
    let parts: Vec<Parts> = words.iter().map(|(_, w)| Parts::of(w)).collect();
    let on_line = |i: usize| !words[i].0.contains('\n');
    // A number between two technical words belongs to their run ("15 U.S.C. 1666 and 1666i").
    // So does a number that ends a line after one ("the Consumer Rights Act 2015").
    let joined = |i: usize| {
        let last_on_line = i + 1 == parts.len() || !on_line(i + 1);
        parts[i].number()
            && i > 0
            && parts[i - 1].technical()
            && on_line(i)
            && (last_on_line || parts[i + 1].technical())
    };
    let mut out = String::with_capacity(text.len() + 16);
    for (i, ((space, _), part)) in words.iter().zip(&parts).enumerate() {
        out.push_str(space);
        let next_number = i + 1 < parts.len() && parts[i + 1].number() && !joined(i + 1);
        // A command on a line of its own is copied whole: no mark is glued to it where the
        // line already gives its direction (after an indent, before the line's end).
        let at = Edges {
            before_number: next_number && on_line(i + 1),
            line_start: space.contains('\n'),
            line_end: words
                .get(i + 1)
                .is_none_or(|(space, _)| space.contains('\n')),
        };
        part.mark(part.technical() || joined(i), at, &mut out);
    }
    out.push_str(rest);
    // Two runs with only spaces between them are one run.
    out.replace(&format!("{LRM} {LRM}"), " ")
}

/// Where a word stands: before a number, first on its line after an indent, last on its line.
#[derive(Clone, Copy)]
struct Edges {
    before_number: bool,
    line_start: bool,
    line_end: bool,
}

/// A word cut into its opening punctuation, a Hebrew prefix joined by a hyphen ("ב-"), the
/// core that may be technical, and its closing punctuation.
struct Parts<'a> {
    open: &'a str,
    prefix: &'a str,
    core: &'a str,
    close: &'a str,
}

impl<'a> Parts<'a> {
    fn of(word: &'a str) -> Parts<'a> {
        let open_end = word
            .find(|c: char| !matches!(c, '(' | '«' | '"' | '“' | '„'))
            .unwrap_or(word.len());
        let (open, body) = word.split_at(open_end);
        let (prefix, body) = body.split_at(hebrew_prefix(body));
        let core_end = body
            .trim_end_matches([')', '}', ',', ';', ':', '!', '?', '»', '"', '”', '.'])
            .len();
        // Only punctuation (`.`, `]`): the core is all of it.
        let core_end = if core_end == 0 { body.len() } else { core_end };
        let (core, close) = body.split_at(core_end);
        // A quoted key or value of a JSON suggestion ("date": "2026-10-03") keeps its quotes
        // inside the run, so the marks stay out of what is copied into a case file.
        let quoted = open.ends_with('"') && close.starts_with('"') && prefix.is_empty();
        let (open, core, close) = if quoted {
            let start = open.len() - 1;
            let end = open.len() + core.len() + 1;
            (&word[..start], &word[start..end], &word[end..])
        } else if core.starts_with("{\"") && close.starts_with('"') && prefix.is_empty() {
            let end = open.len() + core.len() + 1;
            (open, &word[open.len()..end], &word[end..])
        } else {
            (open, core, close)
        };
        Parts {
            open,
            prefix,
            core,
            close,
        }
    }

    fn technical(&self) -> bool {
        technical(self.core)
    }

    /// A number, perhaps with separators ("1666", "2026-11-20", "129.90").
    fn number(&self) -> bool {
        self.prefix.is_empty()
            && self.core.starts_with(|c: char| c.is_ascii_digit())
            && !self.core.chars().any(|c| c.is_alphabetic())
    }

    /// Writes the word, its core between marks when `ltr`.
    fn mark(&self, ltr: bool, at: Edges, out: &mut String) {
        out.push_str(self.open);
        out.push_str(self.prefix);
        if !ltr {
            out.push_str(self.core);
            out.push_str(self.close);
            return;
        }
        if !(at.line_start && self.open.is_empty() && self.prefix.is_empty()) {
            out.push(LRM);
        }
        out.push_str(self.core);
        let ends_in_word = self.core.ends_with(|c: char| c.is_ascii_alphanumeric());
        if !(at.line_end && self.close.is_empty() && ends_in_word) {
            out.push(LRM);
        }
        if at.before_number && self.close.is_empty() {
            out.push(RLM);
        }
        out.push_str(self.close);
        if at.before_number && !self.close.is_empty() {
            out.push(RLM);
        }
    }
}

/// The length of a Hebrew prefix joined to what follows by a hyphen or maqaf ("ב-", "ה־").
fn hebrew_prefix(word: &str) -> usize {
    let letters = word.find(|c: char| !rtl_char(c)).unwrap_or(word.len());
    if letters == 0 {
        return 0;
    }
    match word[letters..].chars().next() {
        Some(h @ ('-' | '\u{05BE}')) if word.len() > letters + h.len_utf8() => {
            letters + h.len_utf8()
        }
        _ => 0,
    }
}

/// A run that must read left to right: Latin letters, or an option, extension, path or
/// code span, with no right-to-left letter in it.
fn technical(core: &str) -> bool {
    !core.is_empty()
        && !is_rtl(core)
        && (core.chars().any(|c| c.is_ascii_alphabetic())
            || (core.len() > 1 && core.starts_with(['.', '/', '~']))
            || core.contains('`'))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_year_that_ends_a_latin_citation_stays_in_it() {
        let marked = mark_ltr_runs("הסעיף: sections 20 and 22 of the Consumer Rights Act 2015");
        assert!(marked.ends_with("Consumer Rights Act 2015"), "{marked:?}");
        assert!(!marked.contains(RLM), "{marked:?}");
    }

    #[test]
    fn a_json_suggestion_keeps_its_marks_outside_the_quotes() {
        let text = "עדיף: {\"path\": \"evidence/a.pdf\", \"date\": \"2026-10-03\"} ב-attachments";
        let marked = mark_ltr_runs(text);
        for quoted in ["{\"path\"", "\"evidence/a.pdf\"", "\"date\""] {
            assert!(
                marked.contains(&format!("{LRM}{quoted}{LRM}")),
                "{marked:?}"
            );
        }
        let inside_quotes = marked.split('"').skip(1).step_by(2);
        assert!(
            inside_quotes.clone().all(|q| !q.contains(LRM)),
            "{marked:?}"
        );
    }

    use super::*;

    #[test]
    fn marks_and_points_take_no_room_on_the_screen() {
        assert_eq!(width("\u{200F}שָׁלוֹם\u{200E}-x\u{2067}\u{2069}"), 6);
        assert_eq!(width("2026-11-20"), 10);
    }

    fn marked(s: &str) -> String {
        mark_ltr_runs(s).replace(LRM, "<L>").replace(RLM, "<R>")
    }

    #[test]
    fn options_extensions_paths_and_brackets_keep_their_direction() {
        assert_eq!(marked("הוסיפו --force"), "הוסיפו <L>--force");
        assert_eq!(marked("צריך להסתיים ב-.eml"), "צריך להסתיים ב-<L>.eml");
        assert_eq!(
            marked("אי אפשר לכתוב את /nowhere/letter.pdf: אין תיקייה"),
            "אי אפשר לכתוב את <L>/nowhere/letter.pdf<L>: אין תיקייה"
        );
        assert_eq!(
            marked("בתיקייה complaint-demo/."),
            "בתיקייה <L>complaint-demo/<L>."
        );
        assert_eq!(marked("פסיק או `]` סוגר"), "פסיק או <L>`]`<L> סוגר");
        assert_eq!(
            marked("יום המסירה (‎--delivered)"),
            "יום המסירה (<L>--delivered<L>)"
        );
    }

    #[test]
    fn a_command_is_one_run_and_a_number_after_it_stays_apart() {
        assert_eq!(
            marked("רשמו: complaint log CASE --channel letter, ואחר כך"),
            "רשמו: <L>complaint log CASE --channel letter<L>, ואחר כך"
        );
        assert_eq!(
            marked("חוק (ישראל): response_days: 3 ימים"),
            "חוק (ישראל): <L>response_days<L>:<R> 3 ימים"
        );
    }

    #[test]
    fn a_number_inside_a_latin_phrase_stays_in_it() {
        assert_eq!(
            marked("מקור: Fair Credit Billing Act, 15 U.S.C. 1666 and 1666i (uscode.house.gov)"),
            "מקור: <L>Fair Credit Billing Act<L>, <L>15 U.S.C<L>. <L>1666 and 1666i<L> (<L>uscode.house.gov<L>)"
        );
    }

    #[test]
    fn a_command_on_its_own_line_carries_no_mark_to_copy() {
        assert_eq!(
            marked("הריצו:\n  complaint brief my-case.json\nואז"),
            "הריצו:\n  complaint brief my-case.json\nואז"
        );
        assert_eq!(
            marked("בתיקייה\n  complaint-demo/"),
            "בתיקייה\n  complaint-demo/<L>"
        );
    }

    #[test]
    fn left_to_right_text_and_hebrew_words_are_left_alone() {
        assert_eq!(marked("add --force"), "add --force");
        assert_eq!(
            marked("ב-2026-11-20 שילמתם 129.90 ש״ח"),
            "ב-2026-11-20 שילמתם 129.90 ש״ח"
        );
        // A list's dash is not an option.
        assert_eq!(marked("  - הרשות"), "  - הרשות");
        let once = mark_ltr_runs("הוסיפו --force");
        assert_eq!(mark_ltr_runs(&once), once);
    }
}
