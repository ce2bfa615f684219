use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use complaint::cli::{Cli, ColorWhen};

fn main() -> ExitCode {
    complaint::docs::answer_completion_request();
    let args = complaint::cli::without_direction_marks(std::env::args_os());
    let color = ColorWhen::from_args(&args);
    let cli = Cli::command()
        .color(color.for_clap())
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
        .unwrap_or_else(|e| e.exit());
    match complaint::app::run(cli) {
        Ok(exit) => exit.into(),
        Err(err) => {
            complaint::app::report(&err);
            err.exit().into()
        }
    }
}
