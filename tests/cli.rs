//! CLI snapshot tests: every `tests/cmd/*.toml` case runs the binary and compares its output
//! and exit code (`TRYCMD=overwrite cargo test --test cli` refreshes the snapshots).

#[test]
fn cli() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
