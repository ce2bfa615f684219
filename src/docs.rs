//! Shell completions and the man page, generated from the command line definition.

use std::ffi::OsStr;

use clap::CommandFactory;
use clap_complete::Shell;
use clap_complete::engine::{CompletionCandidate, PathCompleter, ValueCompleter};
use roff::{Roff, bold, italic, roman};

use crate::cli::Cli;
use crate::error::Exit;
use crate::paths;

/// The environment variable with which a shell asks `complaint` for completions.
pub const COMPLETE_VAR: &str = "COMPLETE";

/// Answers a shell's request for completions (made through [`COMPLETE_VAR`]) and exits;
/// returns at once on an ordinary run.
pub fn answer_completion_request() {
    clap_complete::CompleteEnv::with_factory(Cli::command)
        .var(COMPLETE_VAR)
        .complete();
}

/// The completion script for `shell`. It asks `complaint` itself what to complete, so saved
/// case names complete as well as commands, options and files.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    let shells = clap_complete::env::Shells::builtins();
    if let Some(shell) = shells.completer(&shell.to_string()) {
        // Writing into a Vec cannot fail.
        let _ = shell.write_registration(
            COMPLETE_VAR,
            "complaint",
            "complaint",
            "complaint",
            &mut out,
        );
    }
    out
}

/// The completions of a `CASE` argument: saved cases whose name begins with what is typed
/// (each with its company), then files and folders.
pub fn complete_case(current: &OsStr) -> Vec<CompletionCandidate> {
    let mut out = Vec::new();
    let typed = current.to_string_lossy();
    if !typed.contains(['/', '\\']) {
        for saved in crate::store::list().unwrap_or_default() {
            // The shell prints these: a name or company with control characters in it is
            // shown safely, or (a name, which is typed back) left out.
            let safe = !saved.name.chars().any(char::is_control);
            if safe && saved.name.starts_with(typed.as_ref()) {
                let company = saved.case.ok().map(|c| {
                    crate::mask::for_terminal(&c.company.name)
                        .into_owned()
                        .into()
                });
                out.push(CompletionCandidate::new(&saved.name).help(company));
            }
        }
    }
    out.extend(PathCompleter::any().complete(current));
    out
}

/// Where each shell's script is kept in the repository's `completions/` folder.
pub fn completion_file(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "complaint.bash",
        Shell::Zsh => "_complaint",
        Shell::Fish => "complaint.fish",
        Shell::Elvish => "complaint.elv",
        Shell::PowerShell => "_complaint.ps1",
        _ => "complaint.completion",
    }
}

/// The man page: the main page, the commands in short and in detail, then exit status,
/// environment and files. It names only itself: every command is on this one page.
pub fn man() -> Vec<u8> {
    let cmd = Cli::command();
    let page = clap_mangen::Man::new(cmd.clone())
        .title("COMPLAINT")
        .section("1")
        // The release, not the commit: the page is the same for every build of it.
        .source(format!("complaint {}", env!("CARGO_PKG_VERSION")));
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = page.render_title(&mut out);
    let _ = page.render_name_section(&mut out);
    let _ = page.render_synopsis_section(&mut out);
    let _ = page.render_description_section(&mut out);
    let _ = page.render_options_section(&mut out);
    let mut roff = Roff::new();
    commands(&mut roff, &cmd);
    commands_in_detail(&mut roff, &cmd);
    reference_sections(&mut roff);
    out.extend_from_slice(roff.render().as_bytes());
    out
}

/// Every command with its one line, as `complaint NAME`.
fn commands(roff: &mut Roff, cmd: &clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        roff.control("TP", []);
        roff.text([bold(format!("complaint {}", sub.get_name()))]);
        if let Some(about) = sub.get_about() {
            roff.text([roman(about.to_string())]);
        }
    }
}

/// EXIT STATUS, ENVIRONMENT and FILES.
fn reference_sections(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for (exit, meaning) in Exit::ALL {
        roff.control("TP", []);
        roff.text([bold((exit as u8).to_string())]);
        roff.text([roman(meaning)]);
    }
    let sections: [(&str, &[(&str, &str)]); 2] = [
        (
            "ENVIRONMENT",
            &[
                (
                    paths::DATA_DIR_ENV,
                    "the data folder: saved cases and the draft of prepare",
                ),
                (
                    paths::CONFIG_DIR_ENV,
                    "the folder of the config file, config.toml",
                ),
                (
                    "NO_COLOR",
                    "when set and not empty, no colour (unless --color always)",
                ),
                (
                    "CLICOLOR_FORCE",
                    "when set and not 0, colour even in a pipe (unless NO_COLOR or --color never)",
                ),
                (
                    COMPLETE_VAR,
                    "set by the completion scripts when they ask complaint what to complete",
                ),
            ],
        ),
        (
            "FILES",
            &[
                (
                    "~/.config/complaint/config.toml",
                    "your details and defaults (Linux; see complaint config path)",
                ),
                (
                    "~/.local/share/complaint/cases/NAME.json",
                    "the saved cases, named on the command line by NAME, a unique beginning of it, or the company's name",
                ),
                (
                    "~/.local/share/complaint/draft.json",
                    "the answers of an interrupted prepare, for prepare --resume",
                ),
            ],
        ),
    ];
    for (title, rows) in sections {
        roff.control("SH", [title]);
        for (name, what) in rows {
            roff.control("TP", []);
            roff.text([bold(*name)]);
            roff.text([roman(*what)]);
        }
    }
}

/// A section for every command with its options.
fn commands_in_detail(roff: &mut Roff, cmd: &clap::Command) {
    roff.control("SH", ["COMMANDS IN DETAIL"]);
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let mut usage = sub
            .clone()
            .bin_name(format!("complaint {}", sub.get_name()));
        roff.control(
            "SS",
            [usage
                .render_usage()
                .to_string()
                .trim_start_matches("Usage: ")],
        );
        if let Some(about) = sub.get_long_about().or(sub.get_about()) {
            roff.text([roman(about.to_string())]);
        }
        for arg in sub
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !a.is_global_set())
        {
            let mut name = Vec::new();
            match (arg.get_short(), arg.get_long()) {
                (Some(s), Some(l)) => name.push(bold(format!("-{s}, --{l}"))),
                (None, Some(l)) => name.push(bold(format!("--{l}"))),
                (Some(s), None) => name.push(bold(format!("-{s}"))),
                (None, None) => {}
            }
            if arg.get_action().takes_values() {
                let value = arg.get_value_names().and_then(|v| v.first()).map_or_else(
                    || arg.get_id().to_string().to_uppercase(),
                    ToString::to_string,
                );
                if !name.is_empty() {
                    name.push(roman(" "));
                }
                name.push(italic(value));
            }
            roff.control("TP", []);
            roff.text(name);
            if let Some(help) = arg.get_long_help().or(arg.get_help()) {
                roff.text([roman(help.to_string())]);
            }
        }
        if let Some(after) = sub.get_after_help() {
            roff.control("PP", []);
            for line in after.to_string().lines() {
                roff.text([roman(line.trim().to_owned())]);
                roff.control("br", []);
            }
        }
    }
}
