//! Shell completions and the man page, generated from the command line definition.

use clap::CommandFactory;
use clap_complete::Shell;
use roff::{Roff, bold, italic, roman};

use crate::cli::Cli;

/// The completion script for `shell`.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "complaint", &mut out);
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

/// The man page: the main page, then a section for every command with its options.
pub fn man() -> Vec<u8> {
    let cmd = Cli::command();
    let mut out = Vec::new();
    let page = clap_mangen::Man::new(cmd.clone())
        .title("COMPLAINT")
        .section("1");
    // Writing into a Vec cannot fail.
    let _ = page.render(&mut out);

    let mut roff = Roff::new();
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
    out.extend_from_slice(roff.render().as_bytes());
    out
}
