//! The command line: clap types only. `app` turns them into work.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::case::{Channel, Level, SentBy};

/// Prepare a complaint against a company: what to say on the phone, what to write, and a
/// formal letter to sign and send.
#[derive(Debug, Parser)]
#[command(
    name = "complaint",
    version = env!("COMPLAINT_VERSION"),
    propagate_version = true,
    help_expected = true,
    arg_required_else_help = true,
    after_help = "Start here:\n  complaint demo                 render the built-in example into ./complaint-demo/\n  complaint example > case.json  a complete case to edit\n  complaint brief case.json      your call sheet"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Write in this language instead of the case's own
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// Today's date, YYYY-MM-DD: the letter's date (the reply deadline counts from it) and the
    /// day `next` counts from [default: today]
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,

    /// Use the templates in DIR instead of the built-in ones, file by file (DIR/en/letter.txt)
    #[arg(long, global = true, value_name = "DIR")]
    pub templates: Option<PathBuf>,

    /// Print only the output and errors: no notes, warnings, summaries or progress
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,

    /// When to use colour: auto (on a terminal, unless NO_COLOR is set or CLICOLOR_FORCE
    /// asks for it anyway), always or never
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value_t = ColorWhen::Auto,
        hide_possible_values = true
    )]
    pub color: ColorWhen,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it)
    Auto,
    /// Always, even in a pipe or a file
    Always,
    /// Never
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Prepare a case by answering questions, one at a time; shows the opener and the brief
    #[command(
        after_help = "Examples:\n  complaint prepare                 a new case, saved in your data folder\n  complaint prepare my-case.json    a new case, saved to my-case.json\n  complaint prepare --resume        go on with an interrupted one\n  complaint prepare --edit megatel  change a saved case"
    )]
    Prepare {
        /// Save the finished case to FILE (default: a new name in your data folder)
        #[arg(value_name = "FILE", conflicts_with_all = ["resume", "edit"])]
        file: Option<PathBuf>,

        /// Go on with the walk that was interrupted, from the first unanswered question
        #[arg(long)]
        resume: bool,

        /// Walk through an existing case with its answers as the defaults
        #[arg(long, value_name = "CASE", conflicts_with = "resume", add = case_completer())]
        edit: Option<String>,
    },

    /// List the cases saved in your data folder
    #[command(after_help = "Example:\n  complaint list")]
    List,

    /// Add, list, correct or remove the earlier contacts of a case: calls, chats, letters
    #[command(
        after_help = "Examples:\n  complaint log megatel --date 2026-11-22 --channel phone --reference INC-100 --operator Sam --summary \"Promised a refund within 5 days\"\n  complaint log megatel --channel letter --date 2026-11-24 --sent-by registered-mail --tracking RA123456785RU --letter-file letter.pdf\n  complaint log megatel --delivered 2026-11-27   the day the latest letter was received\n  complaint log megatel --list                   the contacts, numbered\n  complaint log megatel --correct 2 --reference INC-101\n  complaint log megatel --remove 3               one logged twice by mistake"
    )]
    Log(LogArgs),

    /// Check case files and list every problem, with file, line:column and field
    #[command(after_help = "Example:\n  complaint validate cases/*.json")]
    Validate {
        /// Case files to check (`-` reads standard input), or saved cases (by name, a beginning of
        /// one, or the company)
        #[arg(required = true, value_name = "CASE", add = case_completer())]
        cases: Vec<String>,

        /// Print one JSON object per problem or piece of advice, one per line, for scripts
        #[arg(long)]
        json: bool,
    },

    /// Read your own words as an operator would: shouting, insults, threats, vague requests
    #[command(
        after_help = "Examples:\n  complaint check case.json\n  complaint check --strict cases/*.json   exit status 1 when there is any advice"
    )]
    Check {
        /// Case files to read (`-` reads standard input), or saved cases (by name, a beginning of
        /// one, or the company)
        #[arg(required = true, value_name = "CASE", add = case_completer())]
        cases: Vec<String>,

        /// Exit with status 1 when there is any advice, for scripts
        #[arg(long)]
        strict: bool,

        /// Print one JSON object per finding, one per line, for scripts
        #[arg(long)]
        json: bool,
    },

    /// Say where the case stands on the escalation ladder, and the command for the next step
    #[command(
        after_help = "Examples:\n  complaint next case.json\n  complaint next megatel --date 2026-12-05   as it will stand on 5 December 2026"
    )]
    Next {
        /// A case file, `-` for standard input, or a saved case (by name, a beginning of it, or
        /// its company)
        #[arg(value_name = "CASE", add = case_completer())]
        case: String,

        /// Print one JSON object instead of words, for scripts
        #[arg(long)]
        json: bool,
    },

    /// Where every saved case stands: the most urgent first
    #[command(
        after_help = "Examples:\n  complaint status\n  complaint status --json --date 2026-12-10"
    )]
    Status {
        /// Print one JSON object per case, one per line, for scripts
        #[arg(long)]
        json: bool,
    },

    /// Write the second, firmer letter once the first letter's deadline has passed
    #[command(
        after_help = "Examples:\n  complaint followup megatel --format pdf -o followup.pdf\n  complaint followup megatel --date 2026-12-20"
    )]
    Followup(FollowupArgs),

    /// Print the complaint to the body that `next` names: regulator, ombudsman, court, bank
    #[command(after_help = "Example:\n  complaint escalate megatel > complaint-to-regulator.txt")]
    Escalate {
        /// A case file or the name of a saved case
        #[arg(value_name = "CASE", add = case_completer())]
        case: String,
    },

    /// Write calendar reminders (.ics): the reply deadline, the follow-up, legal windows
    #[command(after_help = "Example:\n  complaint remind megatel -o megatel.ics --open")]
    Remind {
        /// A case file or the name of a saved case
        #[arg(value_name = "CASE", add = case_completer())]
        case: String,

        #[command(flatten)]
        out: OutputArgs,
    },

    /// Write an e-mail (.eml) to the company with the letter attached, to open as a draft
    #[command(after_help = "Example:\n  complaint email megatel -o megatel.eml --open")]
    Email {
        /// A case file or the name of a saved case
        #[arg(value_name = "CASE", add = case_completer())]
        case: String,

        #[command(flatten)]
        out: OutputArgs,

        #[command(flatten)]
        pdf: PdfArgs,
    },

    /// Practise the call: the first line, your opening, then the specialist's questions
    #[command(
        after_help = "Examples:\n  complaint rehearse case.json\n  complaint rehearse case.json --script > practice.txt   the whole practice on paper"
    )]
    Rehearse {
        /// A case file, `-` for standard input, or a saved case (by name, a beginning of it, or
        /// its company)
        #[arg(value_name = "CASE", add = case_completer())]
        case: String,

        /// Print the whole practice as a sheet instead of asking (also done without a terminal)
        #[arg(long)]
        script: bool,
    },

    /// Print what to say first to the support operator: two calm sentences
    #[command(after_help = "Example:\n  complaint opener case.json")]
    Opener {
        /// A case file, `-` for standard input, or a saved case (by name, a beginning of it, or
        /// its company)
        #[arg(value_name = "CASE", add = case_completer())]
        case: String,
    },

    /// Print the call sheet for the conversation with the specialist
    #[command(
        after_help = "Examples:\n  complaint brief case.json\n  complaint brief case.json --redact   to share it with a friend or a forum"
    )]
    Brief {
        /// A case file, `-` for standard input, or a saved case (by name, a beginning of it, or
        /// its company)
        #[arg(value_name = "CASE", add = case_completer())]
        case: String,

        /// Mask every identifier and personal detail, to share the brief safely
        #[arg(long)]
        redact: bool,
    },

    /// Print a short written appeal for a chat, messenger or e-mail
    #[command(after_help = "Example:\n  complaint message case.json")]
    Message {
        /// A case file, `-` for standard input, or a saved case (by name, a beginning of it, or
        /// its company)
        #[arg(value_name = "CASE", add = case_completer())]
        case: String,
    },

    /// Write the formal letter, ready to sign and send
    #[command(
        after_help = "Examples:\n  complaint letter case.json -o letter.txt --date 2026-11-22\n  complaint letter case.json -o letter.pdf              a PDF, from the file name\n  complaint letter case.json --format pdf -o - | lpr\n  complaint letter case.json --embed-attachments --paper letter -o letter.pdf"
    )]
    Letter {
        /// A case file, `-` for standard input, or a saved case (by name, a beginning of it, or
        /// its company)
        #[arg(value_name = "CASE", add = case_completer())]
        case: String,

        /// The letter's format [default: from FILE's extension (.pdf, .txt), else text]
        #[arg(long, value_enum)]
        format: Option<Format>,

        /// Write to FILE instead of standard output (`-` is standard output)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,

        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,

        /// Open the file with the system's default application once it is written
        #[arg(long, requires = "output")]
        open: bool,

        #[command(flatten)]
        pdf: PdfArgs,
    },

    /// Render many cases at once, each into a folder of its own
    #[command(
        after_help = "Examples:\n  complaint render clients/ --out-dir out\n  complaint render clients/ --recursive --format text,pdf --out-dir out --jobs 2"
    )]
    Render {
        /// Case files, folders of them (their *.json files), or `-` for standard input
        #[arg(required = true, value_name = "CASE", add = case_completer())]
        cases: Vec<String>,

        /// Where to write: DIR/<case name>/opener.txt, brief.txt, message.txt, letter.txt, letter.pdf
        #[arg(long, short = 'o', value_name = "DIR")]
        out_dir: PathBuf,

        /// What to write: text (the four renderings), pdf (the letter), or both
        #[arg(long, value_enum, value_delimiter = ',', default_value = "text")]
        format: Vec<Format>,

        /// Also take the case files in sub-folders of the folders given
        #[arg(long, short = 'r')]
        recursive: bool,

        /// How many cases to render at once [default: the number of cores]
        #[arg(long, short = 'j', value_name = "N")]
        jobs: Option<std::num::NonZeroUsize>,

        /// Stop at the first case that fails
        #[arg(long)]
        fail_fast: bool,

        /// Replace outputs that exist already
        #[arg(long)]
        force: bool,

        #[command(flatten)]
        pdf: PdfArgs,
    },

    /// Render the built-in example case into a folder, one file per rendering
    #[command(after_help = "Example:\n  complaint demo --lang ru")]
    Demo {
        /// The folder to write into
        #[arg(long, value_name = "DIR", default_value = "complaint-demo")]
        out_dir: PathBuf,
        /// Replace files of the same names in DIR (a folder the demo made is refreshed anyway)
        #[arg(long)]
        force: bool,
    },

    /// Show what a jurisdiction's law pack says, with its sources
    #[command(
        after_help = "Examples:\n  complaint law        the packs there are\n  complaint law ru     what a Russian letter relies on\n  complaint law gb --templates my-templates   with your own jurisdictions/gb.toml"
    )]
    Law {
        /// ru, il, gb, eu or us
        #[arg(value_name = "JURISDICTION")]
        jurisdiction: Option<String>,
    },

    /// Print a complete example case to start from
    #[command(after_help = "Example:\n  complaint example --lang ru > case.json")]
    Example,

    /// Print the JSON Schema of the case file
    #[command(after_help = "Example:\n  complaint schema > case.schema.json")]
    Schema,

    /// Show where the config file is, or the settings in effect and where each comes from
    #[command(
        long_about = "Show where the config file is, or the settings in effect and where each comes from.\n\nThe config file holds your own details (name, address, e-mail, phone) and defaults (language, paper, days to respond), so that you type them once for all your cases. A case's own values always win over the config's.",
        after_help = "Examples:\n  complaint config path\n  complaint config show"
    )]
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },

    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  complaint completions bash > ~/.local/share/bash-completion/completions/complaint\n  complaint completions zsh > ~/.zfunc/_complaint\n  complaint completions fish > ~/.config/fish/completions/complaint.fish"
    )]
    Completions {
        /// The shell to complete in
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff)
    #[command(after_help = "Example:\n  complaint man | man -l -")]
    Man,
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Print the config file's path (it need not exist)
    Path,
    /// Print the settings in effect, each with where it comes from
    Show,
}

#[derive(Debug, Clone, Copy, Args)]
pub struct PdfArgs {
    /// Paper size of the PDF [default: from the config file, else a4]
    #[arg(long, value_enum)]
    pub paper: Option<Paper>,

    /// Append each PNG or JPEG attachment to the PDF on a page of its own, then each PDF attachment's pages
    #[arg(long)]
    pub embed_attachments: bool,
}

/// What `complaint log` is given: the contact to add, and the case to add it to.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// A case file, or a saved case (by name, a beginning of it, or its company)
    #[arg(value_name = "CASE", add = case_completer())]
    pub case: String,

    /// When it happened, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,

    /// How you contacted them
    #[arg(long, value_enum)]
    pub channel: Option<Channel>,

    /// The reference or ticket number you were given
    #[arg(long, value_name = "REF")]
    pub reference: Option<String>,

    /// The name of the person you spoke to
    #[arg(long, value_name = "NAME")]
    pub operator: Option<String>,

    /// What was said or promised
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,

    /// How high it reached: the first line, the second line (a specialist), or the management
    #[arg(long, value_enum)]
    pub level: Option<Level>,

    /// For a letter: how you sent it
    #[arg(long, value_enum, value_name = "HOW")]
    pub sent_by: Option<SentBy>,

    /// For a posted letter: the tracking number from the receipt (capitals, no spaces)
    #[arg(long, value_name = "NUMBER", value_parser = parse_tracking)]
    pub tracking: Option<crate::case::Tracking>,

    /// For a letter: the day the company received it. Without --channel, it is added to the
    /// latest letter already logged
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub delivered: Option<NaiveDate>,

    /// For a letter: the PDF exactly as you sent it, kept with the case from now on
    #[arg(long, value_name = "FILE")]
    pub letter_file: Option<PathBuf>,

    /// List the case's contacts, numbered, instead of adding one
    #[arg(long, conflicts_with_all = ["correct", "remove", "date", "channel", "reference", "operator", "summary", "level", "sent_by", "tracking", "delivered", "letter_file"])]
    pub list: bool,

    /// Correct contact N (see --list): the fields given replace its own
    #[arg(long, value_name = "N", conflicts_with_all = ["remove", "level", "sent_by", "tracking", "delivered", "letter_file"])]
    pub correct: Option<NonZeroUsize>,

    /// Remove contact N (see --list), logged by mistake or twice
    #[arg(long, value_name = "N", conflicts_with_all = ["date", "channel", "reference", "operator", "summary", "level", "sent_by", "tracking", "delivered", "letter_file"])]
    pub remove: Option<NonZeroUsize>,
}

/// What `complaint followup` is given.
#[derive(Debug, Args)]
pub struct FollowupArgs {
    /// A case file or the name of a saved case
    #[arg(value_name = "CASE", add = case_completer())]
    pub case: String,

    /// The letter's format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,

    /// Open the file with the system's default application once it is written
    #[arg(long, requires = "output")]
    pub open: bool,

    #[command(flatten)]
    pub pdf: PdfArgs,
}

/// Where a written file goes, for the commands that write one.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Write to FILE
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,

    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,

    /// Open the file with the system's default application once it is written
    #[arg(long)]
    pub open: bool,
}

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Paper {
    /// A4, 210 x 297 mm
    A4,
    /// US Letter, 8.5 x 11 in
    Letter,
}

/// Languages of the renderings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// English
    En,
    /// Russian
    Ru,
    /// Hebrew (right to left; the PDF is laid out right to left)
    He,
}

/// Formats of the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Plain text, wrapped at 72 columns
    Text,
    /// PDF, ready to print and sign
    Pdf,
}

impl ColorWhen {
    /// The `--color` of a command line not yet parsed, so that clap's own help and usage
    /// errors follow it too (the last one given wins, as clap takes it).
    pub fn from_args(args: &[std::ffi::OsString]) -> ColorWhen {
        let mut when = ColorWhen::Auto;
        let mut args = args.iter().map(|a| a.to_string_lossy());
        while let Some(arg) = args.next() {
            let value = match arg.strip_prefix("--color") {
                Some("") => args.next().map(|v| v.into_owned()),
                Some(rest) => rest.strip_prefix('=').map(str::to_owned),
                None => None,
            };
            if let Some(parsed) = value.and_then(|v| ColorWhen::from_str(&v, false).ok()) {
                when = parsed;
            }
            if arg == "--" {
                break;
            }
        }
        when
    }

    /// The same choice for clap.
    pub fn for_clap(self) -> clap::ColorChoice {
        match self {
            ColorWhen::Auto => clap::ColorChoice::Auto,
            ColorWhen::Always => clap::ColorChoice::Always,
            ColorWhen::Never => clap::ColorChoice::Never,
        }
    }
}

/// Completes a `CASE`: the saved cases' names, then files and folders.
fn case_completer() -> clap_complete::engine::ArgValueCompleter {
    clap_complete::engine::ArgValueCompleter::new(crate::docs::complete_case)
}

fn parse_tracking(text: &str) -> Result<crate::case::Tracking, String> {
    crate::case::Tracking::parse(text)
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    crate::case::Date::parse(text).map(|d| d.0).ok_or_else(|| {
        let shaped = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
        if shaped {
            format!("there is no such day as {text}")
        } else {
            format!("\"{text}\" is not a date: write it as YYYY-MM-DD")
        }
    })
}

/// The command line without the invisible direction marks a right-to-left message puts
/// around a command it quotes (U+200E, U+200F, U+2066 to U+2069): a command copied from a
/// Hebrew line runs as it reads. An argument that is not UTF-8 is kept as it is.
pub fn without_direction_marks(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> Vec<std::ffi::OsString> {
    const MARKS: [char; 6] = [
        '\u{200E}', '\u{200F}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
    ];
    args.into_iter()
        .map(|arg| match arg.to_str() {
            Some(text) if text.contains(MARKS) => text.replace(MARKS, "").into(),
            _ => arg,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_advising_commands_parse() {
        let cli =
            Cli::try_parse_from(["complaint", "check", "a.json", "b.json", "--strict"]).unwrap();
        assert!(
            matches!(cli.command, Command::Check { ref cases, strict: true, .. } if cases.len() == 2)
        );
        assert!(Cli::try_parse_from(["complaint", "check"]).is_err());
        let cli =
            Cli::try_parse_from(["complaint", "next", "megatel", "--date", "2026-12-05"]).unwrap();
        assert!(
            matches!(cli.command, Command::Next { ref case, json: false } if case == "megatel")
        );
        assert_eq!(cli.global.date, NaiveDate::from_ymd_opt(2026, 12, 5));
        let cli = Cli::try_parse_from(["complaint", "rehearse", "-", "--script"]).unwrap();
        assert!(matches!(
            cli.command,
            Command::Rehearse { script: true, .. }
        ));
    }

    #[test]
    fn color_is_read_before_parsing_and_the_last_one_wins() {
        let args = |a: &[&str]| {
            a.iter()
                .map(Into::into)
                .collect::<Vec<std::ffi::OsString>>()
        };
        let when = |a: &[&str]| ColorWhen::from_args(&args(a));
        assert_eq!(when(&["complaint", "list"]), ColorWhen::Auto);
        assert_eq!(
            when(&["complaint", "--color", "never", "list"]),
            ColorWhen::Never
        );
        assert_eq!(
            when(&["complaint", "list", "--color=never", "--color=always"]),
            ColorWhen::Always
        );
        assert_eq!(when(&["complaint", "--color", "mauve"]), ColorWhen::Auto);
        assert_eq!(
            when(&["complaint", "check", "--", "--color=never"]),
            ColorWhen::Auto
        );
    }

    #[test]
    fn global_options_go_anywhere() {
        let cli = Cli::try_parse_from([
            "complaint",
            "letter",
            "c.json",
            "--date",
            "2026-11-22",
            "--lang",
            "ru",
        ])
        .unwrap();
        assert_eq!(cli.global.date, NaiveDate::from_ymd_opt(2026, 11, 22));
        assert_eq!(cli.global.lang, Some(Lang::Ru));
        let cli = Cli::try_parse_from(["complaint", "example", "--lang", "he"]).unwrap();
        assert_eq!(cli.global.lang, Some(Lang::He));
        assert!(
            Cli::try_parse_from(["complaint", "opener", "c.json", "--date", "22.11.2026"]).is_err()
        );
    }
    #[test]
    fn direction_marks_around_a_copied_command_are_dropped() {
        let args = [
            "complaint",
            "\u{200E}--version\u{200E}",
            "\u{2066}a.json\u{2069}",
        ];
        let clean = without_direction_marks(args.map(std::ffi::OsString::from));
        assert_eq!(clean, ["complaint", "--version", "a.json"]);
    }
}
