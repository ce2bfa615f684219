//! The integration tests: one binary (see `autotests = false` in Cargo.toml), one module per
//! area. Every test runs the real `complaint` binary on real files in its own temp folder.

mod support;

mod after;
mod bad_input;
mod batch;
mod coach;
mod commands;
mod conventions;
mod hardening;
mod hebrew;
mod integrity;
mod interface;
mod law;
mod native;
mod pdf;
mod prepare;
mod renderings;
mod saved_cases;
mod shell;
