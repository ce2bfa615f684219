//! The interface's words: every line `complaint` says to a person, outside the documents it
//! writes, comes from a Fluent message file per language (`messages/en.ftl`, ...), with CLDR
//! plural rules and named arguments.
//!
//! The files are embedded; a `--templates DIR` folder can replace any message with
//! `DIR/<code>/messages.ftl` (only the messages it names). A mistake in such a file stops the
//! command with the file and line.
//!
//! Which language speaks: [`choose`] once at start, from the `COMPLAINT_UI_LANG` variable,
//! the config's `defaults.interface`, or the system locale; then [`follow_case`] lets the
//! language of a case decide when neither the variable nor the config chose.

use std::path::{Path, PathBuf};
use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::case::Language;
use crate::languages;

pub mod bidi;

type Bundle = FluentBundle<FluentResource>;

/// The environment variable that names the interface language (`en`, `ru`, `he`).
pub const ENV: &str = "COMPLAINT_UI_LANG";

/// A message file that cannot be used: the file, the line, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessagesError {
    pub path: PathBuf,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for MessagesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
    }
}

impl std::error::Error for MessagesError {}

/// How the interface language was chosen: an explicit choice is kept for every case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `COMPLAINT_UI_LANG` or the config file.
    Chosen,
    /// The system locale, or English when it names no language we speak.
    Locale,
}

struct State {
    lang: Language,
    source: Source,
}

static STATE: RwLock<State> = RwLock::new(State {
    lang: Language::En,
    source: Source::Locale,
});
/// The override folder named at start (`--templates`), if any.
static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
/// One bundle per language, in the order of [`Language::ALL`], each built the first time a
/// message in that language is asked for: most commands need only one.
static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// Loads the messages, with the overrides under `dir` (`DIR/ru/messages.ftl`). Called once,
/// before anything is said; without it the embedded messages are used. The built-in files
/// are built when first used; an override folder is read whole here, so that a mistake in
/// any of its files stops the command at once.
pub fn load(dir: Option<&Path>) -> Result<(), MessagesError> {
    // A second load (tests run many commands in one process) keeps the first.
    let _ = DIR.set(dir.map(Path::to_path_buf));
    if let Some(Some(dir)) = DIR.get() {
        for lang in Language::ALL {
            let bundle = build(lang, Some(dir))?;
            let _ = slot(lang).set(bundle);
        }
    }
    Ok(())
}

fn slot(lang: Language) -> &'static OnceLock<Bundle> {
    let i = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &BUNDLES[i]
}

/// The bundle of `lang`, built now if this is the first message in it. The built-in files
/// always load (a test makes sure), so the empty bundle is never used.
fn bundle(lang: Language) -> &'static Bundle {
    slot(lang).get_or_init(|| {
        let dir = DIR.get().and_then(Option::as_deref);
        build(lang, dir).unwrap_or_else(|_| new_bundle(lang))
    })
}

fn build(lang: Language, dir: Option<&Path>) -> Result<Bundle, MessagesError> {
    let info = languages::info(lang);
    let mut bundle = new_bundle(lang);
    let embedded = PathBuf::from(format!("messages/{}.ftl", info.code));
    add(&mut bundle, &embedded, info.messages.to_owned(), false)?;
    if let Some(dir) = dir {
        let path = dir.join(info.code).join("messages.ftl");
        match std::fs::read_to_string(&path) {
            Ok(text) => add(&mut bundle, &path, text, true)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(MessagesError {
                    path,
                    line: 0,
                    message: e.to_string(),
                });
            }
        }
    }
    Ok(bundle)
}

fn new_bundle(lang: Language) -> Bundle {
    let id = languages::info(lang)
        .locale
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Terminals show the text as it is: no invisible isolation marks around arguments.
    bundle.set_use_isolating(false);
    bundle
}

fn add(
    bundle: &mut Bundle,
    path: &Path,
    text: String,
    overriding: bool,
) -> Result<(), MessagesError> {
    let resource = FluentResource::try_new(text.clone()).map_err(|(_, errors)| {
        let first = &errors[0];
        MessagesError {
            path: path.to_path_buf(),
            // The start of the broken entry, where a person looks first.
            line: line_of(
                &text,
                first.slice.as_ref().map_or(first.pos.start, |s| s.start),
            ),
            message: format!("{}", first.kind),
        }
    })?;
    if overriding {
        bundle.add_resource_overriding(resource);
        Ok(())
    } else {
        bundle
            .add_resource(resource)
            .map_err(|errors| MessagesError {
                path: path.to_path_buf(),
                line: 0,
                message: format!("{errors:?}"),
            })
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// Chooses the interface language at start: the variable, else the config, else the locale.
pub fn choose(configured: Option<Language>) {
    let from_env = std::env::var(ENV)
        .ok()
        .and_then(|v| languages::from_tag(&v));
    let (lang, source) = match from_env.or(configured) {
        Some(lang) => (lang, Source::Chosen),
        None => (from_locale().unwrap_or(Language::En), Source::Locale),
    };
    set(lang, source);
}

/// The language the system locale names: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
/// that is set (`ru_RU.UTF-8` is Russian, `he_IL` Hebrew).
pub fn from_locale() -> Option<Language> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| languages::from_tag(&v))
}

/// A command on a case speaks the case's language, unless a language was chosen explicitly.
pub fn follow_case(lang: Language) {
    if source() == Source::Locale {
        set(lang, Source::Locale);
    }
}

/// Sets the interface language.
pub fn set(lang: Language, source: Source) {
    if let Ok(mut state) = STATE.write() {
        *state = State { lang, source };
    }
}

/// The language the interface speaks now.
pub fn current() -> Language {
    STATE.read().map_or(Language::En, |s| s.lang)
}

fn source() -> Source {
    STATE.read().map_or(Source::Locale, |s| s.source)
}

/// An argument of a message: text, or a number (which chooses the plural form).
pub enum Arg<'a> {
    Text(std::borrow::Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s.into())
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s.as_str().into())
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(s.into())
    }
}
macro_rules! number_arg {
    ($($t:ty)*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(i32 i64 u32 u64 usize);

/// The message `id` in the interface language, with `args`. In a right-to-left message every
/// Latin or technical run (a command, an option, a file name, a path) is kept left-to-right
/// with marks, so that a bidi-aware screen shows `--force`, `.eml` and `/tmp/x` as typed.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    for_interface(&message_in(current(), id, args))
}

/// Text the interface shows that does not come from a message (a law pack's words): marked
/// like a message when the interface reads right to left.
pub fn for_interface(text: &str) -> String {
    if right_to_left() {
        bidi::mark_ltr_runs(text)
    } else {
        text.to_owned()
    }
}

/// Whether the interface language reads right to left, by its own name: its messages are
/// then marked (see [`bidi`]), and a table built from several messages starts each line
/// and ends each cell with [`bidi::RLM`], so that every line of it runs right to left.
pub fn right_to_left() -> bool {
    bidi::is_rtl(languages::info(current()).native_name)
}

/// The message `id` in `lang`. A message missing there (which a test rules out for the
/// built-in files) is taken from English, and a message missing everywhere is its id.
pub fn message_in(lang: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.to_string()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    for lang in [lang, Language::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
    }
    id.to_owned()
}

/// `t!("id")` or `t!("id", name = value, ...)`: the message in the interface language.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::message($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Every message's id and the names of the variables it uses (`$name`), from the AST.
    fn ids_and_args(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(source).expect("the built-in file parses");
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                out.insert(m.id.name.to_owned(), vars);
            }
        }
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, vars),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, vars);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_message_is_in_every_language_with_the_same_arguments() {
        let english = ids_and_args(languages::info(Language::En).messages);
        assert!(english.len() > 100, "{} messages", english.len());
        for info in languages::ALL {
            let other = ids_and_args(info.messages);
            let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", info.code);
            assert!(extra.is_empty(), "{}: not in English {extra:?}", info.code);
            for (id, args) in &english {
                assert_eq!(
                    &other[id], args,
                    "{}: {id} takes other arguments",
                    info.code
                );
            }
        }
    }

    #[test]
    fn every_built_in_file_loads_without_errors() {
        for info in languages::ALL {
            let mut bundle = new_bundle(info.lang);
            let resource = FluentResource::try_new(info.messages.to_owned())
                .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", info.code));
            bundle.add_resource(resource).unwrap();
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let days = |lang, n: i64| message_in(lang, "days", &[("n", Arg::from(n))]);
        assert_eq!(days(Language::En, 1), "1 day");
        assert_eq!(days(Language::En, 5), "5 days");
        assert_eq!(days(Language::Ru, 1), "1 день");
        assert_eq!(days(Language::Ru, 3), "3 дня");
        assert_eq!(days(Language::Ru, 11), "11 дней");
        assert_eq!(days(Language::Ru, 21), "21 день");
        assert_eq!(days(Language::He, 1), "יום אחד");
        assert_eq!(days(Language::He, 2), "יומיים");
        assert_eq!(days(Language::He, 14), "14 ימים");
    }

    #[test]
    fn a_mistake_in_an_overriding_file_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("ru")).unwrap();
        let path = dir.path().join("ru/messages.ftl");
        std::fs::write(&path, "days = дни\n\nbroken = { $n\n").unwrap();
        let mut bundle = new_bundle(Language::Ru);
        let err = add(
            &mut bundle,
            &path,
            std::fs::read_to_string(&path).unwrap(),
            true,
        )
        .unwrap_err();
        assert_eq!(err.line, 3, "{err}");
        assert!(
            err.to_string()
                .starts_with(&format!("{}:3: ", path.display())),
            "{err}"
        );
    }

    #[test]
    fn the_locale_names_the_language() {
        assert_eq!(languages::from_tag("ru_RU.UTF-8"), Some(Language::Ru));
        assert_eq!(languages::from_tag("he_IL"), Some(Language::He));
        assert_eq!(languages::from_tag("en_GB.UTF-8"), Some(Language::En));
        assert_eq!(languages::from_tag("C.UTF-8"), None);
        assert_eq!(languages::from_tag("de_DE"), None);
        assert_eq!(languages::from_tag("iw_IL"), Some(Language::He));
    }
}
