//! Hebrew, the right-to-left language: every rendering of the built-in Hebrew example and
//! of a minimal Hebrew case, the letter's Israeli form, and the PDF read back by lopdf
//! (drawing order) and by poppler (reading order).

use crate::pdf::{assert_fonts_embedded_and_subset, letter_pdf, poppler, run_tool, text_of};
use crate::support::{
    DATE, Env, assert_reads_well, example_json, example_path, plain, sentences, unwrapped,
};

const RENDERINGS: [&str; 4] = ["opener", "brief", "message", "letter"];

/// A Hebrew word as a PDF draws it: letters left to right, so last first.
fn drawn(word: &str) -> String {
    word.chars().rev().collect()
}

/// The example with one field changed.
fn example_with(env: &Env, name: &str, change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut case: serde_json::Value = example_json("he");
    change(&mut case);
    env.write(name, case.to_string())
}

#[test]
fn every_rendering_reads_well_with_and_without_the_optional_fields() {
    let env = Env::new();
    let minimal = env.fixture("minimal.he.json");
    for case in [example_path("he"), minimal] {
        for what in RENDERINGS {
            let out = env.render(what, &case);
            assert_reads_well("he", what, &out);
            assert!(
                out.chars().any(|c| ('\u{5d0}'..='\u{5ea}').contains(&c)),
                "{what} is not in Hebrew:\n{out}"
            );
        }
    }
}

#[test]
fn the_opener_is_two_sentences_without_personal_data() {
    let env = Env::new();
    let case = example_path("he");
    let opener = env.render("opener", &case);
    let text = opener.trim();
    assert!(sentences(text) <= 2, "more than two sentences: {text}");
    assert!(
        text.chars().count() <= 250,
        "{} characters: {text}",
        text.chars().count()
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&case).unwrap()).unwrap();
    for private in [
        &json["consumer"]["name"],
        &json["consumer"]["address"],
        &json["consumer"]["email"],
        &json["consumer"]["phone"],
        &json["identifiers"]["order_number"],
        &json["identifiers"]["contract_number"],
        &json["identifiers"]["other"][0]["value"],
    ] {
        let private = private.as_str().unwrap();
        assert!(!text.contains(private), "gives away {private:?}: {text}");
    }
    assert!(text.contains(json["event"]["summary"].as_str().unwrap()));
    // The goal as it is said aloud: "להחזיר", "פעמיים", not the written "להשיב", "בכפל".
    assert!(
        text.contains("להחזיר לכרטיס האשראי שלי את הסכום שנגבה ממני פעמיים, 129.90"),
        "{text}"
    );
    assert!(text.ends_with("למי שמטפל בזה?"), "{text}");
}

#[test]
fn the_deadline_is_a_hebrew_date_with_the_days_counted() {
    let env = Env::new();
    let letter = plain(&env.render("letter", &example_path("he")));
    assert!(
        letter.contains("את ההשבה יש לבצע בתוך 14 ימים מיום קבלת מכתב זה, ולאשר לי אותה בכתב."),
        "{letter}"
    );
    assert!(
        letter.contains("אם הסכום לא יושב עד למועד האמור,"),
        "{letter}"
    );

    // 14 days by default, across the year's end.
    let minimal = env.fixture("minimal.he.json");
    let out = plain(
        &env.run(&["letter", &minimal, "--date", "2026-12-25"])
            .ok()
            .stdout,
    );
    assert!(out.starts_with("25 בדצמבר 2026 "), "{out}");
    assert!(out.contains("בתוך 14 ימים מיום קבלת מכתב זה"), "{out}");

    // One day and two days have their own words.
    for (days, phrase, deadline) in [
        (1, "יום אחד", "מיום קבלת מכתב זה"),
        (2, "יומיים", "מיום קבלת מכתב זה"),
        (30, "30 ימים", "מיום קבלת מכתב זה"),
    ] {
        let path = example_with(&env, &format!("{days}.json"), |c| {
            c["response_days"] = days.into();
        });
        let out = plain(&env.render("letter", &path));
        assert!(
            out.contains(&format!("בתוך {phrase} {deadline}")),
            "{days}: {out}"
        );
    }
}

#[test]
fn the_letter_follows_israeli_form() {
    let env = Env::new();
    let letter = env.render("letter", &example_path("he"));
    let lines: Vec<&str> = letter.lines().collect();
    // The date first, at the end of the line: the top left corner on a right-to-left screen.
    assert_eq!(lines[0].trim_start(), "22\u{a0}בנובמבר\u{a0}2026");
    assert!(lines[0].starts_with(&" ".repeat(40)), "{:?}", lines[0]);
    // The sender, then the addressee under "לכבוד", at the start of their lines.
    assert_eq!(lines[2], "דנה כהן");
    let to = lines.iter().position(|l| *l == "לכבוד").expect("לכבוד");
    assert_eq!(lines[to + 1], "מגה-טל תקשורת בע״מ");
    let text = plain(&letter);
    for expected in [
        "טלפון: 054-1234567",
        "דוא״ל: dana.cohen@example.co.il",
        "הנדון: דרישה – חיוב כפול בחשבון אוקטובר (מספר הזמנה A-12345, מספר חוזה 77-001234)",
        "שלום רב, הריני לפנות אליכם בעניין שבנדון, כמפורט להלן.",
        "לצורך זיהוי: מספר הטלפון הרשום בחשבון 054-1234567; מספר לקוח C-5521.",
        "ביום 5 באוקטובר 2026 פניתי אליכם טלפונית בעניין זה (מספר פנייה INC-99812) ושוחחתי עם יוסי.",
        "העניין טרם נפתר.",
        // A double charge is money taken without ground: the demand names its law.
        "לפיכך, בהתאם לסעיף 1 לחוק עשיית עושר ולא במשפט, התשל״ט-1979, הנכם נדרשים להשיב לכרטיס האשראי שלי את הסכום שנגבה ממני בכפל, בסך 129.90 ש״ח.",
        "לחלופין, אסכים לפתרון הבא: זיכוי של 129.90 ש״ח בחשבון של חודש נובמבר.",
        // One threat, one deadline, the person's own «אגיש».
        "אם הסכום לא יושב עד למועד האמור, אגיש נגדכם תביעה לבית המשפט לתביעות קטנות, ובה אדרוש, בין היתר, פיצויים לדוגמה לפי סעיף 31א לחוק הגנת הצרכן, התשמ״א-1981, ככל שיש לכך מקום, ואגיש תלונה לאגף פניות הציבור במשרד התקשורת. מכתב זה מהווה גם פנייה ודרישה בכתב לתיקון ההפרה.",
    ] {
        assert!(text.contains(expected), "lacks {expected:?}:\n{letter}");
    }
    assert!(
        letter.contains(
            // On paper an enclosure is a document, not a file name.
            "נספחים:\n1. העתק חשבונית אוקטובר שבה מופיעים שני החיובים.\n2. "
        ),
        "{letter}"
    );
    // The signature block against the other margin, its lines beginning together.
    let tail: Vec<&str> = lines.iter().rev().take(5).copied().collect();
    assert_eq!(tail[0].trim_start(), "דנה כהן", "{tail:?}");
    assert_eq!(tail[4].trim_start(), "בכבוד רב,", "{tail:?}");
    let indent = |l: &str| l.len() - l.trim_start().len();
    assert_eq!(indent(tail[0]), indent(tail[4]), "{tail:?}");
    for line in &lines {
        assert!(line.chars().count() <= 72, "{line:?}");
    }
}

#[test]
fn the_brief_has_its_sections_and_ends_with_the_escalation_question() {
    let env = Env::new();
    let brief = env.render("brief", &example_path("he"));
    for expected in [
        "דף הכנה לשיחה: מגה-טל תקשורת בע״מ, 1-800-800-123",
        "מה קרה\n",
        "פרטים למסור כשישאלו\n",
        "מספר הזמנה:       A-12345\n",
        "ציר הזמן\n",
        "5 באוקטובר 2026   שיחת טלפון, מספר פנייה INC-99812, בשיחה עם יוסי:",
        "הבקשה שלי\n",
        "פתרון חלופי שאסכים לו\n",
        "אם העניין לא ייפתר\n",
        "אמרו זאת ברוגע, כעובדה ולא כאיום.",
        "מסמכים שאפשר לשלוח\n",
        "בזמן השיחה\n",
    ] {
        assert!(brief.contains(expected), "lacks {expected:?}:\n{brief}");
    }
    assert!(
        brief.ends_with("אם השיחה לא פתרה את הבעיה, שאלו\n\"היכן אפשר להגיש תלונה בכתב?\"\n"),
        "{brief}"
    );
    let minimal = env.render("brief", &env.fixture("minimal.he.json"));
    for absent in [
        "פרטים למסור",
        "ציר הזמן",
        "פתרון חלופי",
        "אם העניין לא ייפתר",
        "מסמכים",
    ] {
        assert!(!minimal.contains(absent), "has {absent:?}:\n{minimal}");
    }
}

#[test]
fn the_message_is_short_and_carries_the_identifiers() {
    let env = Env::new();
    let message = env.render("message", &example_path("he"));
    assert!(message.chars().count() < 1000, "{message}");
    for id in ["A-12345", "77-001234", "054-1234567", "C-5521", "INC-99812"] {
        assert!(message.contains(id), "lacks {id}:\n{message}");
    }
    assert!(message.starts_with("שלום,\n"));
    assert!(message.ends_with("תודה,\nדנה כהן\n"), "{message}");
}

#[test]
fn example_demo_and_lang_speak_hebrew() {
    let env = Env::new();
    let example = env.run(&["example", "--lang", "he"]).ok().stdout;
    assert_eq!(
        example,
        std::fs::read_to_string(example_path("he")).unwrap()
    );
    env.run_with_stdin(&["validate", "-"], example.as_bytes())
        .ok();

    let run = env.run(&["demo", "--lang", "he", "--date", DATE]).ok();
    assert!(run.stderr.contains("אבקש"), "{}", run.stderr);
    assert!(
        env.read("complaint-demo/letter.txt")
            .contains("הנדון: דרישה")
    );
    let pdf = std::fs::read(env.path("complaint-demo/letter.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));

    // An English case written in Hebrew: the amounts keep their pound sign.
    let out = env
        .run(&[
            "opener",
            &example_path("en"),
            "--lang",
            "he",
            "--date",
            DATE,
        ])
        .ok()
        .stdout;
    assert!(out.contains("אבקש") && out.contains(", £49.99"), "{out}");
}

#[test]
fn the_pdf_draws_right_to_left_and_keeps_latin_and_digits() {
    let env = Env::new();
    let (bytes, doc) = letter_pdf(&env, &example_path("he"), "letter.pdf", &[]);
    assert_eq!(doc.get_pages().len(), 1);
    assert!(bytes.len() <= 60 * 1024, "{} bytes", bytes.len());
    assert_fonts_embedded_and_subset(&doc);
    let lang = doc.catalog().unwrap().get(b"Lang").unwrap();
    assert_eq!(lopdf::decode_text_string(lang).unwrap(), "he");

    // lopdf reads glyphs in the order they are drawn: Hebrew words last letter first, and
    // Latin identifiers, e-mail addresses and numbers as written.
    let text = unwrapped(&text_of(&doc));
    for expected in [
        format!("{} {}", drawn("רב,"), drawn("שלום")),
        format!("2026\u{a0}{}\u{a0}22", drawn("בנובמבר")),
        format!("dana.cohen@example.co.il :{}", drawn("דוא״ל")),
        format!("A-12345 {}", drawn("הזמנה")),
        "77-001234".to_owned(),
        "INC-99812".to_owned(),
        format!("{}\u{a0}129.90", drawn("ש״ח")),
    ] {
        assert!(text.contains(&expected), "lacks {expected:?}:\n{text}");
    }
    assert!(!text.contains("שלום רב"), "logical order drawn: {text}");
}

#[test]
fn poppler_reads_the_hebrew_letter_in_reading_order() {
    if !poppler() {
        eprintln!("skipped: poppler-utils is not installed");
        return;
    }
    let env = Env::new();
    letter_pdf(&env, &example_path("he"), "he.pdf", &[]);
    let path = env.path("he.pdf");
    let raw = run_tool("pdftotext", &[path.to_str().unwrap(), "-"]);
    // pdftotext wraps the runs it reorders in embedding marks (U+202A..U+202C), so that its
    // output shows as the page does; the words between them are in reading order.
    let text: String = raw
        .chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c))
        .collect();
    let text = unwrapped(&text);
    for phrase in [
        "לכבוד",
        "מגה-טל תקשורת בע״מ",
        "שלום רב",
        "הריני לפנות אליכם בעניין שבנדון",
        "חויבתי פעמיים על מנוי האינטרנט של חודש אוקטובר",
        "פניתי אליכם טלפונית בעניין זה",
        "העניין טרם נפתר",
        "בנובמבר",
        "מיום קבלת מכתב זה",
        "A-12345",
        "77-001234",
        "INC-99812",
        "C-5521",
        "054-1234567",
        "dana.cohen@example.co.il",
        "129.90",
        "(הזמנה",
        "בכבוד רב",
        "דנה כהן",
    ] {
        assert!(text.contains(phrase), "pdftotext lacks {phrase:?}:\n{text}");
    }
    for reversed in ["שלום", "ברצוני", "תלונה", "בכבוד"] {
        let reversed = drawn(reversed);
        assert!(!text.contains(&reversed), "reversed {reversed:?}:\n{text}");
    }
    // In reading order from the first line to the last.
    let at = |p: &str| text.find(p).unwrap();
    assert!(at("לכבוד") < at("שלום רב"));
    assert!(at("שלום רב") < at("העניין טרם נפתר"));
    assert!(at("העניין טרם נפתר") < at("בכבוד רב"));
}

#[test]
fn snapshots_of_every_hebrew_rendering() {
    let env = Env::new();
    for what in RENDERINGS {
        let out = env.render(what, &example_path("he"));
        insta::assert_snapshot!(format!("{what}-he"), out);
    }
}

#[test]
fn a_hebrew_message_keeps_an_option_and_a_file_name_left_to_right() {
    const LRM: char = '\u{200E}';
    let env = Env::new();
    let case = example_path("he");
    let taken = env.write("letter.txt", "kept");
    let mut cmd = env.command(&["letter", &case, "--date", DATE, "-o", &taken]);
    cmd.env("COMPLAINT_UI_LANG", "he");
    let out = cmd.output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    // The option's hyphens and the path's slashes stay with their words on a bidi screen.
    assert!(err.contains(&format!("{LRM}--force")), "{err:?}");
    assert!(err.contains(&format!("{LRM}{taken}{LRM}")), "{err:?}");
    // Marked once: no run is wrapped twice.
    assert!(!err.contains(&format!("{LRM}{LRM}")), "{err:?}");
    // Copied with its marks, the option still works: the command line drops them.
    let forced = format!("{LRM}--force{LRM}");
    let marked_path = format!("{LRM}{taken}{LRM}");
    env.run(&["letter", &case, "--date", DATE, "-o", &marked_path, &forced])
        .ok();
    assert_ne!(env.read("letter.txt"), "kept");
}

#[test]
fn after_two_failed_repairs_the_letter_demands_a_replacement_or_the_price_on_its_ground() {
    let env = Env::new();
    let case = env.fixture("goods-law.he.json");
    let letter = plain(&env.run(&["letter", &case, "--date", DATE]).ok().stdout);
    for expected in [
        "המוצר שמכרתם לי אינו תואם את המוסכם, כאמור בסעיף 11 לחוק המכר, התשכ״ח-1968. טכנאי מטעמכם הגיע פעמיים ולא תיקן את התקלה.",
        "הנכם נדרשים להחליף את המוצר במוצר חדש, זהה או שווה ערך לו, או להשיב לי את התמורה ששילמתי בעדו.",
    ] {
        assert!(letter.contains(expected), "lacks {expected:?}:\n{letter}");
    }
    assert!(
        !letter.contains("לתקן את מכונת הכביסה"),
        "a third repair: {letter}"
    );
    // The refund is already demanded: no fallback repeats it.
    assert!(!letter.contains("לחלופין"), "{letter}");
    // Without failed repairs the repair is demanded, on the warranty regulations.
    let mut c: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&case).unwrap()).unwrap();
    c["purchase"]["failed_repairs"] = serde_json::json!(1);
    let once = env.write("once.json", c.to_string());
    let letter = plain(&env.run(&["letter", &once, "--date", DATE]).ok().stdout);
    assert!(
        letter.contains("בהתאם לסעיף 11 לחוק המכר, התשכ״ח-1968, הנכם נדרשים לתקן את מכונת הכביסה."),
        "{letter}"
    );
}

#[test]
fn an_israeli_letter_threatens_once_in_the_first_person_with_one_deadline() {
    let env = Env::new();
    for fixture in [
        "goods-law.he.json",
        "goods.he.json",
        "minimal.he.json",
        "rude.he.json",
        "after.he.json",
    ] {
        let letter = plain(
            &env.run(&["letter", &env.fixture(fixture), "--date", DATE])
                .ok()
                .stdout,
        );
        // One term, counted from the letter's receipt as `next` and `followup` count it, and
        // no date of its own that the later letters could contradict.
        assert_eq!(
            letter.matches("מיום קבלת").count(),
            1,
            "{fixture}: {letter}"
        );
        assert!(!letter.contains("בדצמבר 2026,"), "{fixture}: {letter}");
        assert!(
            letter.contains("אגיש נגדכם תביעה לבית המשפט לתביעות קטנות"),
            "{fixture}: {letter}"
        );
        for gone in [
            "אשקול",
            "31א(ב)",
            "אם העניין לא יוסדר",
            "אני אתבע",
            "ובה אתבע",
            "לא יטופל",
            "יש לעשות זאת",
            "ולאשר לי זאת",
        ] {
            assert!(
                !letter.contains(gone),
                "{fixture} still says {gone:?}: {letter}"
            );
        }
    }
}

#[test]
fn a_telecom_escalation_goes_to_the_body_the_pack_names_and_registered_mail_has_its_receipt() {
    let env = Env::new();
    let mut c = example_json("he");
    c["contacts"] = serde_json::json!([
        {"date": "2026-11-20", "channel": "letter", "sent_by": "registered_mail", "delivered": "2026-11-25"}
    ]);
    let case = env.write("sent.json", c.to_string());
    let out = env
        .run(&["escalate", &case, "--date", "2027-01-10"])
        .ok()
        .stdout;
    assert!(
        out.starts_with("לכבוד: משרד התקשורת – פניות הציבור"),
        "{out}"
    );
    assert!(out.contains("בדואר רשום עם אישור מסירה"), "{out}");
    assert!(!out.contains("הרשות אינה מכריעה"), "{out}");
    // The second letter names the same body as the first, not the Consumer Protection
    // Authority, which does not handle a telecom bill.
    let followup = plain(
        &env.run(&["followup", &case, "--date", "2026-12-20"])
            .ok()
            .stdout,
    );
    assert!(followup.contains("משרד התקשורת"), "{followup}");
    assert!(!followup.contains("הרשות להגנת הצרכן"), "{followup}");
}

#[test]
fn practical_advice_is_labelled_apart_from_the_law() {
    let env = Env::new();
    let mut c = example_json("he");
    c["goal"]["kind"] = serde_json::json!("compensation");
    let case = env.write("comp.json", c.to_string());
    let run = env.run(&["check", &case, "--date", DATE]);
    let out = format!("{}{}", run.stdout, run.stderr);
    assert!(out.contains("עצה מעשית (ישראל): שלחו מכתב זה"), "{out}");
    assert!(
        out.contains("הערה לפי הדין (ישראל): על חלק מההפרות"),
        "{out}"
    );
    assert!(!out.contains("הערה לפי הדין (ישראל): שלחו"), "{out}");
}

#[test]
fn next_for_an_israeli_case_in_russian_quotes_no_hebrew_and_no_russian_court_rules() {
    let env = Env::new();
    let mut c: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.fixture("goods-law.he.json")).unwrap())
            .unwrap();
    // Hebrew letters outside a section's number ("31א" is how the law numbers it).
    let hebrew = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
            .filter(|w| w.chars().any(|ch| ('\u{5d0}'..='\u{5ea}').contains(&ch)))
            .map(str::to_owned)
            .collect()
    };
    let next = |c: &serde_json::Value, date: &str| {
        let case = env.write("case.json", c.to_string());
        let mut cmd = env.command(&["next", &case, "--date", date]);
        cmd.env("COMPLAINT_UI_LANG", "ru");
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    // Before the letter: how to send it.
    c["contacts"] = serde_json::json!([
        {"date": "2026-11-10", "channel": "phone"},
        {"date": "2026-11-12", "channel": "phone", "level": "second_line"}
    ]);
    let out = next(&c, "2026-11-22");
    assert!(
        out.contains("заказной почтой с уведомлением о вручении"),
        "{out}"
    );
    assert!(hebrew(&out).is_empty(), "{:?} in:\n{out}", hebrew(&out));
    // After it: where to turn, and the court.
    c["contacts"] = serde_json::json!([{"date": "2026-11-01", "channel": "letter"}]);
    let out = next(&c, "2026-12-22");
    let court = out
        .lines()
        .find(|l| l.contains("обратитесь в суд"))
        .expect(&out);
    assert!(!court.contains("1 млн ₽"), "{court}");
    assert!(
        out.contains("Управление по защите прав потребителей и честной торговле"),
        "{out}"
    );
    assert!(hebrew(&out).is_empty(), "{:?} in:\n{out}", hebrew(&out));
}

/// A fixture (or the Hebrew example, for `case.he.json`) with its first letter logged as sent
/// on `date` and delivered on `delivered`.
fn logged(env: &Env, name: &str, date: &str, delivered: &str) -> String {
    let case = if name == "case.he.json" {
        env.write(name, example_json("he").to_string())
    } else {
        env.fixture(name)
    };
    env.run(&[
        "log",
        &case,
        "--channel",
        "letter",
        "--date",
        date,
        "--delivered",
        delivered,
    ])
    .ok();
    case
}

/// A fixture with its first letter logged as sent on 22.11.2026 and delivered on 25.11.2026.
fn sent_fixture(env: &Env, name: &str) -> String {
    logged(env, name, "2026-11-22", "2026-11-25")
}

/// A day inside the 14 days after `after.he.json`'s fridge was received (1 November 2026).
const WITHIN: &str = "2026-11-10";

/// A fixture with its first letter logged as sent on `date` and delivered on `delivered`.
fn sent_on(env: &Env, name: &str, date: &str, delivered: &str) -> String {
    logged(env, name, date, delivered)
}

fn after_letters(env: &Env, case: &str) -> (String, String) {
    let followup = env.run(&["followup", case, "--date", "2026-12-20"]).ok();
    let escalate = env.run(&["escalate", case, "--date", "2026-12-30"]).ok();
    (followup.stdout, plain(&escalate.stdout))
}

#[test]
fn the_follow_up_names_each_act_once_and_in_full() {
    let env = Env::new();
    for name in ["goods-law.he.json", "after.he.json", "case.he.json"] {
        let case = sent_fixture(&env, name);
        let (followup, escalate) = after_letters(&env, &case);
        let followup = plain(&followup);
        for text in [&followup, &escalate] {
            assert!(!text.contains("התשמ״א-1981 המכר"), "{text}");
            assert!(!text.contains("התשמ״א-1981 עשיית"), "{text}");
            assert!(!text.contains("התשמ״א-1981 הגנת"), "{text}");
            assert!(!text.contains("ולסעיף 11"), "{text}");
        }
        assert!(
            followup.contains(
                "פיצויים לדוגמה לפי סעיף 31א לחוק הגנת הצרכן, התשמ״א-1981, ככל שיש לכך מקום."
            ),
            "{followup}"
        );
    }
}

#[test]
fn after_failed_repairs_every_letter_repeats_the_demand_for_new_goods_or_the_price() {
    let env = Env::new();
    let case = sent_fixture(&env, "goods-law.he.json");
    let letter = plain(&env.render("letter", &case));
    let (followup, escalate) = after_letters(&env, &case);
    let followup = plain(&followup);
    let demand =
        "להחליף את המוצר במוצר חדש, זהה או שווה ערך לו, או להשיב לי את התמורה ששילמתי בעדו";
    for text in [&letter, &followup, &escalate] {
        assert!(text.contains(demand), "{text}");
        assert!(!text.contains("לתקן את מכונת הכביסה"), "{text}");
    }
    for text in [&letter, &followup] {
        assert!(
            text.contains("טכנאי מטעמכם הגיע פעמיים ולא תיקן את התקלה"),
            "{text}"
        );
        // The regulation's duty to repair was not kept; the goods do not conform (s. 11).
        assert!(!text.contains("מאחר שהמוצר תוקן"), "{text}");
        assert!(
            text.contains(
                "המוצר שמכרתם לי אינו תואם את המוסכם, כאמור בסעיף 11 לחוק המכר, התשכ״ח-1968. טכנאי"
            ),
            "{text}"
        );
    }
    // The person asked for a repair: they are told, in their language, what the letter asks.
    for what in ["brief", "check", "next", "letter"] {
        let run = env.run(&[what, &case, "--date", "2026-11-22"]);
        let out = format!("{}{}", run.stdout, run.stderr);
        assert!(out.contains("המכתב אינו מבקש תיקון נוסף"), "{what}: {out}");
    }
}

#[test]
fn a_cancellation_for_a_defect_asks_no_fee_and_offers_the_goods_where_they_were_delivered() {
    let env = Env::new();
    // Within the 14 days of section 14C(c): the letter cancels under it.
    let case = sent_on(&env, "after.he.json", WITHIN, "2026-11-12");
    let letter = plain(&env.run(&["letter", &case, "--date", WITHIN]).ok().stdout);
    let (followup, _) = after_letters(&env, &case);
    let followup = plain(&followup);
    for text in [&letter, &followup] {
        assert!(!text.contains("ככל שבכוונתכם לנכות דמי ביטול"), "{text}");
        assert!(
            text.contains("בלי לנכות דמי ביטול (סעיף 14ה(א) לחוק). המוצר עומד לרשותכם במקום שבו נמסר לי; אבקש לתאם איתי את מועד איסופו."),
            "{text}"
        );
    }
    // Without a defect the fee's cap is still stated.
    let mut c: serde_json::Value = serde_json::from_str(&env.read("after.he.json")).unwrap();
    c["purchase"].as_object_mut().unwrap().remove("defect");
    let plain_case = env.write("no-defect.json", c.to_string());
    let letter = plain(&env.render("letter", &plain_case));
    assert!(letter.contains("ככל שבכוונתכם לנכות דמי ביטול"), "{letter}");
}

#[test]
fn the_ministry_of_communications_is_asked_about_an_unlawful_charge() {
    let env = Env::new();
    let case = sent_fixture(&env, "case.he.json");
    let (_, escalate) = after_letters(&env, &case);
    assert!(escalate.starts_with("לכבוד: משרד התקשורת"), "{escalate}");
    assert!(!escalate.contains("ידוע לי שאינכם מכריעים"), "{escalate}");
    assert!(!escalate.contains("עשיית עושר"), "{escalate}");
    assert!(escalate.contains("חיוב שלא כדין"), "{escalate}");
}

#[test]
fn contacts_in_an_escalation_read_as_hebrew_says_them() {
    let env = Env::new();
    let case = sent_fixture(&env, "goods-law.he.json");
    let (_, escalate) = after_letters(&env, &case);
    assert!(
        escalate.contains("בביקור בסניף, בשיחה עם שירן"),
        "{escalate}"
    );
    assert!(!escalate.contains("מוקד שירות"), "{escalate}");
    assert!(!escalate.contains("מול "), "{escalate}");
}

#[test]
fn the_follow_up_gives_seven_days_from_its_receipt() {
    let env = Env::new();
    for name in ["goods-law.he.json", "after.he.json", "case.he.json"] {
        let case = sent_fixture(&env, name);
        let followup = plain(&after_letters(&env, &case).0);
        assert!(
            followup.contains("וזאת בתוך 7 ימים מיום קבלת מכתב זה."),
            "{followup}"
        );
        assert!(
            !followup.contains("לא יאוחר מיום 10 בינואר 2027"),
            "{followup}"
        );
    }
}

#[test]
fn a_department_in_the_follow_up_stands_on_its_own_line() {
    let env = Env::new();
    let case = sent_fixture(&env, "case.he.json");
    let (followup, _) = after_letters(&env, &case);
    assert!(!followup.contains("לידי:"), "{followup}");
    assert!(followup.contains("\nמחלקת שירות לקוחות\n"), "{followup}");
}

#[test]
fn check_without_a_purchase_says_a_whole_sentence() {
    let env = Env::new();
    let run = env.run(&["check", &env.fixture("goods.he.json"), "--date", DATE]);
    let out = format!("{}{}", run.stdout, run.stderr);
    assert!(
        plain(&out).contains("והמכתב יפנה לסעיף החוק המתאים ולמועד שהוא קובע"),
        "{out}"
    );
}

/// A complaint to the Consumer Protection Authority names what the Authority enforces (the
/// warranty regulations), not the Sale Law; it tells the purchase once and gives every
/// identifier the business knows the case by; the follow-up says when the letter arrived
/// without saying it was sent.
#[test]
fn the_escalation_names_what_the_authority_enforces_and_says_each_fact_once() {
    let env = Env::new();
    let mut c: serde_json::Value =
        serde_json::from_str(&env.read(&env.fixture("goods-law.he.json"))).unwrap();
    c["contacts"].as_array_mut().unwrap().push(
        serde_json::json!({"date": "2026-11-22", "channel": "letter", "delivered": "2026-11-25"}),
    );
    let case = env.write("sent.json", c.to_string());
    let out = plain(
        &env.run(&["escalate", &case, "--date", "2026-12-20"])
            .ok()
            .stdout,
    );
    assert!(out.contains("לדעתי לא קוימו כלפיי חובות התיקון והשירות לפי תקנות הגנת הצרכן (אחריות ושירות לאחר מכירה)"), "{out}");
    assert!(!out.contains("חוק המכר"), "{out}");
    let story = &out[out.find("תיאור המקרה").unwrap()..];
    assert_eq!(story.matches("10 באוגוסט 2026").count(), 1, "{out}");
    assert_eq!(story.matches("3,490").count(), 1, "{out}");
    let followup = plain(
        &env.run(&["followup", &case, "--date", "2026-12-20"])
            .ok()
            .stdout,
    );
    assert!(
        followup.contains("המכתב התקבל אצלכם ביום 25 בנובמבר 2026"),
        "{followup}"
    );
    let mut t = example_json("he");
    t["contacts"] = serde_json::json!([
        {"date": "2026-11-20", "channel": "letter", "sent_by": "registered_mail", "delivered": "2026-11-25"}
    ]);
    let telecom = env.write("telecom.json", t.to_string());
    let out = plain(
        &env.run(&["escalate", &telecom, "--date", "2027-01-20"])
            .ok()
            .stdout,
    );
    assert!(out.contains("מספר חוזה 77-001234"), "{out}");
}

/// Regulation 2(a) of the warranty regulations binds the manufacturer: the letter to the
/// seller rests on the seller's own duty (section 11 of the Sale Law) and names the
/// regulation as the manufacturer's, in the letter and in the follow-up alike; a demand
/// for a repair cites the Sale Law alone.
#[test]
fn the_letter_to_the_seller_does_not_bind_it_by_the_manufacturers_regulation() {
    let env = Env::new();
    let case = sent_fixture(&env, "goods-law.he.json");
    let letter = plain(&env.render("letter", &case));
    let followup = plain(&after_letters(&env, &case).0);
    for text in [&letter, &followup] {
        assert!(
            text.contains("המוצר שמכרתם לי אינו תואם את המוסכם, כאמור בסעיף 11 לחוק המכר, התשכ״ח-1968. טכנאי מטעמכם הגיע פעמיים ולא תיקן את התקלה. גם חובתו של היצרן לפי תקנה 2(א) לתקנות הגנת הצרכן (אחריות ושירות לאחר מכירה), התשס״ו-2006, לתקן בלא תמורה כל קלקול שנתגלה בתקופת האחריות, לא קוימה."),
            "{text}"
        );
        assert!(!text.contains("חובת התיקון לפי תקנה 2(א)"), "{text}");
        // No regulation is cited whose text was not read.
        assert!(!text.contains("תקנה 19"), "{text}");
    }
    let mut c: serde_json::Value = serde_json::from_str(&env.read(&case)).unwrap();
    c["purchase"]["failed_repairs"] = serde_json::json!(1);
    let once = env.write("once.json", c.to_string());
    let letter = plain(&env.render("letter", &once));
    assert!(!letter.contains("תקנה 2(א)"), "{letter}");
}

/// A distance sale whose 14-day window has closed is rescinded for the defect itself (the
/// Sale Law and the Contracts (Remedies) Law), and the follow-up and the escalation rest on
/// the same ground; inside the window the letter still cancels under section 14C(c).
#[test]
fn past_the_cancellation_window_a_defective_delivery_is_rescinded_for_the_breach() {
    let env = Env::new();
    let fixture = env.fixture("after.he.json");
    let letter = |date: &str| plain(&env.run(&["letter", &fixture, "--date", date]).ok().stdout);
    // The letter does not call itself the notice of the non-conformity, which would concede
    // that none was given earlier.
    let ground = "המוצר שסופק לי אינו תואם את המוסכם, כאמור בסעיף 11 לחוק המכר, התשכ״ח-1968. מסירת מוצר פגום כזה היא הפרה יסודית של החוזה, כמשמעותה בסעיף 6 לחוק החוזים (תרופות בשל הפרת חוזה), התשל״א-1970.";
    let rescission = "לפיכך, הריני להודיעכם בזאת על ביטול החוזה בשל הפרתו היסודית. ככל שלא נמסר לי מסמך הגילוי שהחוק מחייב בעסקת מכר מרחוק, הודעה זו היא גם הודעת ביטול לפי סעיף 14ג(ג) לחוק הגנת הצרכן, התשמ״א-1981, ולפי סעיף 14ה(א) לאותו חוק עליכם להשיב לי את מלוא התמורה, בלי לנכות דמי ביטול. בהתאם לסעיפים 7(א), 8 ו-9 לחוק החוזים (תרופות בשל הפרת חוזה), התשל״א-1970, עליכם להשיב לי את התמורה ששילמתי, 4,990 ש״ח, ולבטל את החיוב בשל העסקה. את ההשבה יש לבצע בתוך 14 ימים מיום קבלת מכתב זה, ולאשר לי אותה בכתב.";
    // The fridge was received on 1 November: the 14th day after it still cancels under
    // section 14C(c), the 15th no longer does.
    for within in [WITHIN, "2026-11-15"] {
        let text = letter(within);
        assert!(
            text.contains("בהתאם לסעיף 14ג(ג) לחוק הגנת הצרכן"),
            "{within}: {text}"
        );
        assert!(!text.contains("חוק החוזים"), "{within}: {text}");
        // Once the transaction is cancelled there is nothing to remedy: the letter is the
        // written demand for the price under section 14E(a).
        assert!(
            text.contains("מכתב זה מהווה גם דרישה בכתב להשבת התמורה לפי סעיף 14ה(א) לחוק הגנת הצרכן, התשמ״א-1981."),
            "{within}: {text}"
        );
        assert!(!text.contains("לתיקון ההפרה"), "{within}: {text}");
    }
    for past in ["2026-11-16", DATE] {
        let text = letter(past);
        assert!(text.contains(ground), "{past}: {text}");
        assert!(text.contains(rescission), "{past}: {text}");
        assert!(
            text.contains("אם הסכום לא יושב עד למועד האמור,"),
            "{past}: {text}"
        );
        // Section 14C(c) stays only as a fallback, for a seller who gave no disclosure
        // document; after a rescission the letter is notice of the breach, not a demand to
        // remedy it, which could read as electing performance.
        assert!(
            text.contains("ככל שלא נמסר לי מסמך הגילוי שהחוק מחייב בעסקת מכר מרחוק, הודעה זו היא גם הודעת ביטול לפי סעיף 14ג(ג) לחוק הגנת הצרכן, התשמ״א-1981, ולפי סעיף 14ה(א) לאותו חוק עליכם להשיב לי את מלוא התמורה, בלי לנכות דמי ביטול."),
            "{past}: {text}"
        );
        assert!(
            text.contains("מכתב זה מהווה גם הודעה בכתב על ההפרה."),
            "{past}: {text}"
        );
        for bad in [
            "הודעה על אי-ההתאמה",
            "דרישה בכתב לתיקון ההפרה",
            "ככל שהחוק מאפשר",
        ] {
            assert!(!text.contains(bad), "{past}: {bad}: {text}");
        }
    }
    // The follow-up and the escalation rest on the letter's ground.
    let case = sent_fixture(&env, "after.he.json");
    let (followup, escalate) = after_letters(&env, &case);
    let followup = plain(&followup);
    assert!(followup.contains(ground), "{followup}");
    // The event's date follows the event, before the purchase.
    assert!(
        followup.contains("המקרר שהזמנתי הגיע עם דלת שבורה. הדבר אירע ביום 3 בנובמבר 2026. המוצר נרכש בעסקת מכר מרחוק ביום 1 בנובמבר 2026"),
        "{followup}"
    );
    assert!(
        plain(&escalate)
            .contains("המקרר שהזמנתי הגיע עם דלת שבורה. הדבר אירע ביום 3 בנובמבר 2026. המוצר נרכש"),
        "{escalate}"
    );
    assert!(
        followup.contains("ובהתאם לסעיפים 7(א), 8 ו-9 לחוק החוזים (תרופות בשל הפרת חוזה), התשל״א-1970, הריני לשוב ולדרוש מכם להשיב לי את מלוא התשלום עבור המקרר"),
        "{followup}"
    );
    // The follow-up does not give the cancellation notice again, which would start the
    // business's 14 days anew.
    assert!(!followup.contains("14ג"), "{followup}");
    assert!(
        !followup.contains("הודעה זו היא גם הודעת ביטול"),
        "{followup}"
    );
    assert!(
        escalate.contains("לדעתי העוסק סיפק לי מוצר פגום ואינו משיב לי את התמורה ששילמתי בעדו, אף שביטלתי את העסקה בשל הפגם."),
        "{escalate}"
    );
    assert!(!escalate.contains("14ג"), "{escalate}");
    // A letter sent inside the window keeps its rule in the later letters.
    let early = sent_on(&env, "after.he.json", WITHIN, "2026-11-12");
    let (followup, escalate) = after_letters(&env, &early);
    assert!(plain(&followup).contains("14ג(ג)"), "{followup}");
    assert!(!plain(&followup).contains("חוק החוזים"), "{followup}");
    assert!(escalate.contains("14ג(ג)"), "{escalate}");
    // `complaint law` names the condition.
    let law = env.run(&["law", "il"]).ok().stdout;
    assert!(
        law.contains("with a defect, more than 14 days after the purchase or the delivery"),
        "{law}"
    );
}

/// After failed repairs the call, the brief and the message ask for what the letter demands
/// (new goods or the price back), not for one more repair.
#[test]
fn after_failed_repairs_the_call_and_the_message_ask_what_the_letter_demands() {
    let env = Env::new();
    let case = env.fixture("goods-law.he.json");
    let remedy = "אבקש מכם להחליף את המוצר במוצר חדש, זהה או שווה ערך לו, או להשיב לי את התמורה ששילמתי בעדו";
    for what in ["opener", "brief", "message"] {
        let text = plain(&env.render(what, &case));
        assert!(text.contains(remedy), "{what}: {text}");
        assert!(!text.contains("לתקן את מכונת הכביסה"), "{what}: {text}");
        // The price back is already in the demand: no second choice offers it again.
        assert!(!text.contains("החזר מלא של 3,490"), "{what}: {text}");
    }
}

/// The letter asks for money back as money ("את ההשבה", "הסכום") and for anything else as a
/// demand to be met, says where the money goes once, and threatens to claim (אדרוש), not to
/// sue twice over.
#[test]
fn the_demand_and_the_threat_say_what_is_asked_for() {
    let env = Env::new();
    let goods = plain(&env.render("letter", &env.fixture("goods-law.he.json")));
    for expected in [
        "את הדרישה יש למלא בתוך 14 ימים מיום קבלת מכתב זה, ולאשר לי בכתב את מילויה.",
        "אם הדרישה לא תמולא עד למועד האמור, אגיש נגדכם תביעה לבית המשפט לתביעות קטנות, ובה אדרוש, בין היתר, פיצויים לדוגמה",
    ] {
        assert!(goods.contains(expected), "lacks {expected:?}: {goods}");
    }
    let mut c: serde_json::Value =
        serde_json::from_str(&env.read(&env.fixture("after.he.json"))).unwrap();
    c["purchase"]["refund_to"] = serde_json::json!("לכרטיס האשראי שבו שילמתי");
    let case = env.write("refund-to.json", c.to_string());
    let money = plain(&env.render("letter", &case));
    assert!(
        money.contains("את ההשבה יש לבצע לכרטיס האשראי שבו שילמתי, בתוך 14 ימים מיום קבלת מכתב זה, ולאשר לי אותה בכתב."),
        "{money}"
    );
    assert_eq!(money.matches("את ההשבה יש לבצע").count(), 1, "{money}");
}
