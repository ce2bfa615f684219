//! `complaint rehearse`: practise the call before making it.
//!
//! The first line answers; the person says their opening, and it is checked as the opener
//! is made (two sentences at most, about 250 characters, no numbers or personal details
//! volunteered, the goal named, a calm tone). Then the specialist asks the questions from
//! `questions.txt` one by one, and after each answer the case's own answer is shown beside
//! it. Without a terminal, the same practice is printed as a sheet. Pure: the prompting goes
//! through [`Prompter`], and the sheet is a string.

use std::io;

use crate::case::Case;
use crate::coach::{self, About};
use crate::render::Call;
use crate::t;
use crate::walk::{Prompter, Question};

/// Characters an opener should stay within.
pub const OPENER_CHARS: usize = 250;
/// Sentences an opener should stay within.
pub const OPENER_SENTENCES: usize = 2;

/// What the practice needs: the case, the call from its templates, and its opener.
pub struct Practice<'a> {
    pub case: &'a Case,
    pub call: &'a Call,
    /// The case's opener, as `complaint opener` prints it.
    pub opener: &'a str,
    /// How the person named the case, for the commands shown at the end.
    pub arg: &'a str,
}

/// Advice on an opening, one line each; empty when it is a good opening.
pub fn check_opening(case: &Case, text: &str) -> Vec<String> {
    let text = text.trim();
    if text.is_empty() {
        return vec![t!("rehearse-say-something")];
    }
    let mut advice = Vec::new();
    let n = sentences(text);
    if n > OPENER_SENTENCES {
        advice.push(t!(
            "rehearse-too-many-sentences",
            n = n,
            max = OPENER_SENTENCES
        ));
    }
    let chars = text.chars().count();
    if chars > OPENER_CHARS {
        advice.push(t!("rehearse-too-long", n = chars, max = OPENER_CHARS));
    }
    let given = volunteered(case, text);
    if !given.is_empty() {
        advice.push(t!("rehearse-volunteered", given = join_and(&given)));
    }
    if !names_goal(case, text) {
        advice.push(t!(
            "rehearse-name-goal",
            goal = lower_first(case.goal.summary.trim_end_matches('.'))
        ));
    }
    for f in coach::text(coach::OPENING, text, &About::case(case)) {
        advice.push(capitalise(&f.advice()));
    }
    let asks_through = [
        "specialist",
        "put me through",
        "transfer",
        "connect me",
        "специалист",
        "соедините",
        "переключите",
        "להעביר אותי",
        "תעבירו אותי",
        "לגורם",
        "נציג",
        "מחלקה",
    ]
    .iter()
    .any(|w| text.to_lowercase().contains(w));
    if !asks_through {
        advice.push(t!("rehearse-ask-through"));
    }
    advice
}

/// The practice on a terminal: the first line, the opening, then the specialist's questions.
pub fn run(p: &mut dyn Prompter, practice: &Practice) -> io::Result<()> {
    let Practice {
        case, call, opener, ..
    } = practice;
    p.section(&t!("rehearse-first-line"));
    p.say(&t!("rehearse-operator-says", text = &call.greeting));
    let opening = p.text(&Question::of("rehearse-you", &[]), None)?;
    if opening.trim().is_empty() {
        p.say(&t!("rehearse-case-opener", text = opener.trim()));
    } else {
        let advice = check_opening(case, &opening);
        if advice.is_empty() {
            p.say(&t!("rehearse-good"));
        } else {
            for line in &advice {
                p.say(&format!("- {line}"));
            }
        }
        p.say(&t!("rehearse-compare", text = opener.trim()));
    }

    p.section(&t!("rehearse-specialist"));
    let mut gaps = Vec::new();
    for ask in &call.asks {
        let q = Question {
            prompt: ask.question.clone(),
            hint: t!("rehearse-specialist-asks"),
        };
        let answer = p.text(&q, None)?;
        let yours = if answer.trim().is_empty() {
            t!("rehearse-nothing")
        } else {
            answer.trim().to_owned()
        };
        p.say(&format!("  {}", t!("rehearse-you-said", text = yours)));
        p.say(&format!(
            "  {}",
            t!("rehearse-your-case", text = &ask.answer)
        ));
        if ask.gap {
            gaps.push(ask.question.as_str());
        }
    }

    p.section(&t!("rehearse-done"));
    if gaps.is_empty() {
        p.say(&t!("rehearse-no-gaps"));
    } else {
        p.say(&t!("rehearse-gaps", questions = gaps.join(" / ")));
    }
    p.say(&t!("rehearse-then-next", arg = practice.arg));
    Ok(())
}

/// The whole practice on paper, for `--script` and when there is no terminal.
pub fn sheet(practice: &Practice) -> String {
    let Practice {
        case, call, opener, ..
    } = practice;
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    let (operator, you, specialist) = (
        t!("rehearse-operator"),
        t!("rehearse-you"),
        t!("rehearse-specialist-label"),
    );
    let width = [&operator, &you, &specialist]
        .iter()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
        + 3;
    let label = |word: &str| {
        let pad = width - word.chars().count() - 1;
        format!("{word}:{}", " ".repeat(pad))
    };
    line(&t!("rehearse-title", company = case.company.name.as_str()));
    line(&t!("rehearse-out-loud"));
    line("");
    line(&t!("rehearse-first-line-heading"));
    line(&format!("{}{}", label(&operator), call.greeting));
    line(&format!("{}{}", label(&you), opener.trim()));
    let advice = check_opening(case, opener);
    if !advice.is_empty() {
        line(&t!("rehearse-before"));
        for a in &advice {
            line(&format!("- {a}"));
        }
    }
    line(&t!(
        "rehearse-practise",
        sentences = OPENER_SENTENCES,
        chars = OPENER_CHARS,
        arg = practice.arg
    ));
    line("");
    line(&t!("rehearse-specialist-heading"));
    for ask in &call.asks {
        line(&format!("{}{}", label(&specialist), ask.question));
        line(&format!("{}{}", label(&you), ask.answer));
    }
    let gaps: Vec<&str> = call
        .asks
        .iter()
        .filter(|a| a.gap)
        .map(|a| a.question.as_str())
        .collect();
    if !gaps.is_empty() {
        line("");
        line(&t!("rehearse-find-heading"));
        for g in gaps {
            line(&format!("- {g}"));
        }
    }
    line("");
    line(&t!("rehearse-unsolved-heading"));
    line(&t!("rehearse-unsolved", arg = practice.arg));
    out
}

/// Sentences: runs ending in `.`, `!`, `?` or `…` followed by a space or the end ("8.2" and
/// "?!" do not end two).
fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.trim().chars().collect();
    (0..chars.len())
        .filter(|&i| {
            matches!(chars[i], '.' | '!' | '?' | '…')
                && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
        })
        .count()
}

/// The personal details and numbers from the case that appear in `text`, named.
fn volunteered(case: &Case, text: &str) -> Vec<String> {
    let ids = &case.identifiers;
    let mut values: Vec<(String, &str)> = [
        ("rehearse-given-order", &ids.order_number),
        ("rehearse-given-contract", &ids.contract_number),
        ("rehearse-given-phone", &ids.phone_number),
        ("rehearse-given-phone", &case.consumer.phone),
        ("rehearse-given-email", &case.consumer.email),
    ]
    .into_iter()
    .filter_map(|(what, value)| Some((t!(what), value.as_deref()?)))
    .collect();
    for other in &ids.other {
        let label = lower_first(&other.label);
        values.push((t!("rehearse-given-other", label = label), &other.value));
    }

    let mut found: Vec<String> = Vec::new();
    for (what, value) in values {
        if appears(value, text) && !found.contains(&what) {
            found.push(what);
        }
    }
    if let Some(address) = &case.consumer.address {
        let lower = text.to_lowercase();
        let given = address
            .split(',')
            .map(|part| part.trim().to_lowercase())
            .filter(|part| part.chars().count() >= 6)
            .any(|part| lower.contains(&part));
        if given {
            found.push(t!("rehearse-given-address"));
        }
    }
    found
}

/// Whether `value` (a number or an address) appears in `text`, however it is spaced:
/// "A-12345" as "A12345", "+44 7700 900123" as "07700 900123".
fn appears(value: &str, text: &str) -> bool {
    let alnum = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    if value.contains('@') {
        return text.to_lowercase().contains(&value.to_lowercase());
    }
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 7 && !value.chars().any(char::is_alphabetic) {
        // A phone or account number: its last seven digits, in any run of digits, spaces,
        // dashes and brackets.
        let tail = &digits[digits.len() - 7..];
        let mut run = String::new();
        for c in text.chars().chain(['x']) {
            if c.is_ascii_digit() {
                run.push(c);
            } else if !matches!(c, ' ' | '-' | '(' | ')' | '+') {
                if run.contains(tail) {
                    return true;
                }
                run.clear();
            }
        }
        return false;
    }
    if value.trim().contains(char::is_whitespace) {
        return text.to_lowercase().contains(&value.to_lowercase());
    }
    // A reference: as a word of its own. Its separators may be left out ("A12345"), but a
    // number written without any ("5521") must not be found inside an amount ("55.21").
    let bare = alnum(value);
    let separated = value.chars().any(|c| !c.is_alphanumeric());
    bare.chars().count() >= 4
        && text.split_whitespace().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if separated {
                alnum(word) == bare
            } else {
                word.to_lowercase() == bare
            }
        })
}

/// Whether the opening says what the person wants: an action word, or a word of the goal
/// that is not also a word of the event.
fn names_goal(case: &Case, text: &str) -> bool {
    if coach::names_action(text) {
        return true;
    }
    let event = stems(&case.event.summary);
    let goal: Vec<String> = stems(&case.goal.summary)
        .into_iter()
        .filter(|s| !event.contains(s))
        .collect();
    let said = stems(text);
    goal.iter().any(|g| said.contains(g))
}

/// The first five letters of each word of four letters or more, lower case, without the
/// words every request has.
fn stems(text: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        "would",
        "like",
        "please",
        "want",
        "could",
        "that",
        "this",
        "with",
        "your",
        "have",
        "from",
        "будь",
        "пожалуйста",
        "прошу",
        "хочу",
        "чтобы",
        "меня",
        "моей",
        "свою",
        "этот",
        "этого",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4 && !COMMON.contains(&w.as_str()))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

/// "Refund the charge" -> "refund the charge"; "I want", "SIM card" stay as they are.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    let ordinary_word = chars.clone().nth(1).is_none_or(char::is_lowercase);
    match chars.next() {
        Some(first) if ordinary_word && !text.starts_with("I ") => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_owned(),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => t!("and", init = init.join(", "), last = last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Ask;
    use crate::walk::script::{Answer::*, Script};

    fn example() -> Case {
        crate::load::parse(
            "example",
            crate::app::example(crate::case::Language::En).as_bytes(),
        )
        .unwrap()
    }

    const OPENER: &str = "I was charged twice for the October subscription. I would like you to refund the duplicate charge to my card (£49.99) — could you please put me through to the specialist who handles this?";

    #[test]
    fn the_case_opener_is_a_good_opening() {
        assert_eq!(check_opening(&example(), OPENER), Vec::<String>::new());
    }

    #[test]
    fn an_opening_that_tells_everything_is_told_so() {
        let case = example();
        let long = "Hello, my name is Anna Petrova, my order number is A-12345 and my phone is 07700 900123. On 3 October you charged me twice for the October subscription. I called on 5 October and Sam promised a call back within three days. Nobody called. I want the money back.";
        let advice = check_opening(&case, long).join("\n");
        assert!(advice.contains("That is 5 sentences"), "{advice}");
        assert!(advice.contains("characters: aim for about 250"), "{advice}");
        assert!(
            advice.contains("You gave your order number and your phone number:"),
            "{advice}"
        );
        assert!(advice.contains("put through to the specialist"), "{advice}");
        // "money back" names the goal.
        assert!(!advice.contains("Say what you want"), "{advice}");
    }

    #[test]
    fn an_opening_without_the_goal_or_with_a_rude_word() {
        let case = example();
        let advice = check_opening(
            &case,
            "You THIEVES charged me twice!! Put me through to a specialist.",
        )
        .join("\n");
        assert!(advice.contains("Say what you want them to do, e.g. \"I would like you to refund the duplicate charge to my card\""), "{advice}");
        assert!(advice.contains("\"THIEVES\" reads as shouting"), "{advice}");
        assert!(
            advice.contains("\"THIEVES\" reads as an insult"),
            "{advice}"
        );
        assert!(advice.contains("\"twice!!\" reads as shouting"), "{advice}");
        let vague = check_opening(
            &case,
            "Something is wrong with my bill. Sort it out, please.",
        );
        assert!(
            vague
                .iter()
                .any(|a| a.starts_with("\"Something is wrong\" does not say what happened")),
            "{vague:?}"
        );
        assert!(
            vague
                .iter()
                .any(|a| a.starts_with("\"Sort it out\" does not say what you want them to do")),
            "{vague:?}"
        );
        // Details typed differently are still recognised; amounts are not details.
        assert!(appears("A-12345", "order a12345 please"));
        assert!(appears("+44 7700 900123", "call me on 07700-900-123"));
        assert!(!appears("5521", "I paid £55.21"));
        assert!(!appears("5521", "account 552100"));
        assert!(appears("anna@example.org", "write to ANNA@example.org"));
        assert!(!appears(
            "+44 7700 900123",
            "I paid 49.99 on 3 October 2026"
        ));
        let address = volunteered(&case, "I live at 12 High Street, please help");
        assert_eq!(address, ["your address"]);
        assert_eq!(check_opening(&case, "  ").len(), 1);
    }

    fn call() -> Call {
        Call {
            greeting: "Hello, MegaTel.".into(),
            asks: vec![
                Ask {
                    question: "When did it happen?".into(),
                    answer: "3 October 2026".into(),
                    gap: false,
                },
                Ask {
                    question: "Would you accept anything else?".into(),
                    answer: "(not in your case: decide)".into(),
                    gap: true,
                },
            ],
        }
    }

    #[test]
    fn the_practice_checks_the_opening_then_shows_the_case_beside_each_answer() {
        let case = example();
        let call = call();
        let practice = Practice {
            case: &case,
            call: &call,
            opener: OPENER,
            arg: "case.json",
        };
        let mut script = Script::new([
            Text("You charged me twice, my order is A-12345. Refund it."),
            Text("Early October"),
            Text(""),
        ]);
        run(&mut script, &practice).unwrap();
        let said = script.transcript.join("\n");
        let at = |s: &str| {
            said.find(s)
                .unwrap_or_else(|| panic!("{s:?} not in:\n{said}"))
        };
        assert!(at("Operator: Hello, MegaTel.") < at("? You"));
        assert!(at("? You") < at("- You gave your order number"));
        assert!(at("- You gave your order number") < at("Your case's opener, to compare:"));
        assert!(at("? When did it happen?") < at("  you said:  Early October"));
        assert!(at("  you said:  Early October") < at("  your case: 3 October 2026"));
        assert!(at("  your case: 3 October 2026") < at("? Would you accept"));
        assert!(said.contains("  you said:  (nothing)"));
        assert!(said.contains("find the answers to: Would you accept anything else?"));
        assert!(said.contains("`complaint next case.json`"));
    }

    #[test]
    fn the_sheet_has_the_whole_call() {
        let case = example();
        let call = call();
        let sheet = sheet(&Practice {
            case: &case,
            call: &call,
            opener: OPENER,
            arg: "case.json",
        });
        assert!(sheet.starts_with("REHEARSAL: MegaTel Ltd\n"), "{sheet}");
        assert!(
            sheet.contains(&format!("You:         {OPENER}\n")),
            "{sheet}"
        );
        assert!(!sheet.contains("Before you say it"), "{sheet}");
        assert!(
            sheet.contains("Specialist:  When did it happen?\nYou:         3 October 2026\n"),
            "{sheet}"
        );
        assert!(
            sheet.contains("FIND BEFORE THE CALL\n- Would you accept anything else?\n"),
            "{sheet}"
        );
        assert!(
            sheet.ends_with("then run: complaint next case.json\n"),
            "{sheet}"
        );
    }
}
