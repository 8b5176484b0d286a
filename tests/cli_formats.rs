//! CLI cases for the machine formats, folders and archives (tests/cmd/formats-*.toml).

#[test]
fn cli_formats() {
    trycmd::TestCases::new().case("tests/cmd/formats-*.toml");
}
