use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = complaint::cli::Cli::parse();
    match complaint::app::run(cli) {
        Ok(exit) => exit.into(),
        Err(err) => {
            for line in err.to_string().lines() {
                eprintln!("complaint: error: {line}");
            }
            if let Some(hint) = err.hint() {
                eprintln!("complaint: hint: {hint}");
            }
            err.exit().into()
        }
    }
}
