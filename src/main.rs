use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use complaint::cli::{Cli, ColorWhen};

/// mimalloc: a batch allocates and frees many small strings from two threads, which it
/// serves faster than glibc's allocator. Without transparent huge pages its peak memory is
/// glibc's; with them it doubled.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
