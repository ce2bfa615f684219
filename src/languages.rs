//! The one registry of the languages `complaint` speaks: what differs from one language to
//! the next as data, in one place. Adding a language is a row here plus its files (see the
//! README, "Adding a language").

use crate::case::Language;

/// Everything about one language that is data rather than code.
#[derive(Debug)]
pub struct Info {
    pub lang: Language,
    /// The code in case files, `--lang` and folder names (`templates/ru/`).
    pub code: &'static str,
    /// The BCP 47 tag for plural rules and the PDF's language.
    pub locale: &'static str,
    /// The language's own name, as a choice shows it.
    pub native_name: &'static str,
    /// Other tags that name it in a system locale (`iw` is Hebrew's former code).
    pub aliases: &'static [&'static str],
    /// The interface's messages (Fluent).
    pub messages: &'static str,
    /// The built-in example case.
    pub example: &'static str,
    /// Days a company gets to answer a letter when the case does not say.
    pub response_days: u32,
    /// The currency a bare number typed in the walk is taken to be.
    pub currency: &'static str,
    /// Whether `03/04/2026` is the 3rd of April (true) or ambiguous and confirmed (false).
    pub day_first: bool,
    /// Month names as a date writes them after the day ("6 декабря", "6 בדצמבר").
    pub months: [&'static str; 12],
    /// Words for today and yesterday, as a person types them.
    pub today: &'static [&'static str],
    pub yesterday: &'static [&'static str],
}

pub const ALL: &[Info] = &[
    Info {
        lang: Language::En,
        code: "en",
        locale: "en-GB",
        native_name: "English",
        aliases: &[],
        messages: include_str!("../messages/en.ftl"),
        example: include_str!("../examples/case.en.json"),
        response_days: 14,
        currency: "GBP",
        day_first: false,
        months: [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        today: &["today"],
        yesterday: &["yesterday"],
    },
    Info {
        lang: Language::Ru,
        code: "ru",
        locale: "ru-RU",
        native_name: "Русский",
        aliases: &[],
        messages: include_str!("../messages/ru.ftl"),
        example: include_str!("../examples/case.ru.json"),
        response_days: 10,
        currency: "RUB",
        day_first: true,
        months: [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
        today: &["сегодня"],
        yesterday: &["вчера"],
    },
    Info {
        lang: Language::He,
        code: "he",
        locale: "he-IL",
        native_name: "עברית",
        aliases: &["iw"],
        messages: include_str!("../messages/he.ftl"),
        example: include_str!("../examples/case.he.json"),
        response_days: 14,
        currency: "ILS",
        day_first: true,
        months: [
            "בינואר",
            "בפברואר",
            "במרץ",
            "באפריל",
            "במאי",
            "ביוני",
            "ביולי",
            "באוגוסט",
            "בספטמבר",
            "באוקטובר",
            "בנובמבר",
            "בדצמבר",
        ],
        today: &["היום"],
        yesterday: &["אתמול"],
    },
];

/// The registry row of `lang`.
pub fn info(lang: Language) -> &'static Info {
    ALL.iter().find(|i| i.lang == lang).unwrap_or(&ALL[0])
}

/// The language a code or a locale names: `ru`, `ru_RU.UTF-8`, `he-IL`, `iw_IL`.
pub fn from_tag(tag: &str) -> Option<Language> {
    let primary = tag
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    ALL.iter()
        .find(|i| i.code == primary || i.aliases.contains(&primary.as_str()))
        .map(|i| i.lang)
}
