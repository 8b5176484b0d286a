//! The `copydesk` binary: all printing happens in `cli`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
