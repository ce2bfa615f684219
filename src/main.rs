use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    complaint::docs::answer_completion_request();
    let cli = complaint::cli::Cli::parse();
    match complaint::app::run(cli) {
        Ok(exit) => exit.into(),
        Err(err) => {
            complaint::app::report(&err);
            err.exit().into()
        }
    }
}
