use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const VARS: &[(&str, Type)] = &[
    ("a", Type::Number),
    ("b", Type::Number),
    ("total", Type::Number),
    ("when", Type::Date),
    ("dateline", Type::Date),
    ("who", Type::Text),
];

fn env(name: &str) -> Option<Value> {
    Some(match name {
        "a" => Value::Number(169.0),
        "b" => Value::Number(13.0),
        "total" => Value::Number(182.0),
        "when" => Value::Date(d("2025-09-18")),
        "dateline" => Value::Date(d("2025-09-19")),
        "who" => Value::Text("Trump".into()),
        _ => return None,
    })
}

fn run(src: &str) -> Result<bool, EvalError> {
    let a = Assertion::compile(src, VARS).unwrap_or_else(|e| panic!("{src}: {e:?}"));
    a.eval(&env)
}

fn err(src: &str) -> ExprError {
    Assertion::compile(src, VARS).expect_err(src)
}

#[test]
fn tokens() {
    let t: Vec<Tok> = tokenize("a+2.5 <= 2025-09-19 and \"x\"").unwrap().into_iter().map(|t| t.tok).collect();
    assert_eq!(
        t,
        vec![
            Tok::Ident("a".into()),
            Tok::Op(BinOp::Add),
            Tok::Num(2.5),
            Tok::Op(BinOp::Le),
            Tok::Date(d("2025-09-19")),
            Tok::Op(BinOp::And),
            Tok::Str("x".into()),
            Tok::Eof
        ]
    );
    // 2025-09 is a subtraction, not a date.
    let t: Vec<Tok> = tokenize("2025-09").unwrap().into_iter().map(|t| t.tok).collect();
    assert_eq!(t, vec![Tok::Num(2025.0), Tok::Minus, Tok::Num(9.0), Tok::Eof]);
}

#[test]
fn precedence_and_associativity() {
    let v = |s: &str| eval(&parse(s).unwrap(), &env).unwrap();
    assert_eq!(v("1 + 2 * 3"), Value::Number(7.0));
    assert_eq!(v("(1 + 2) * 3"), Value::Number(9.0));
    assert_eq!(v("10 - 4 - 3"), Value::Number(3.0));
    assert_eq!(v("12 / 3 / 2"), Value::Number(2.0));
    assert_eq!(v("-2 * -3"), Value::Number(6.0));
    assert_eq!(v("not 1 == 2 and 2 == 2"), Value::Bool(true));
    assert_eq!(v("1 == 2 and 2 == 2 or 3 == 3"), Value::Bool(true));
    assert_eq!(v("1 == 1 or 2 == 2 and 3 == 4"), Value::Bool(true));
}

#[test]
fn arithmetic_and_tolerance() {
    assert_eq!(run("total == a + b"), Ok(true));
    assert_eq!(run("total != a + b"), Ok(false));
    assert_eq!(run("total == a + b + 1"), Ok(false));
    assert_eq!(run("0.1 + 0.2 == 0.3"), Ok(true));
    assert_eq!(run("0.1 + 0.2 <= 0.3 and 0.1 + 0.2 >= 0.3"), Ok(true));
    assert_eq!(run("abs(a - total) == 13"), Ok(true));
    assert_eq!(run("a / 0 == 1"), Err(EvalError::Arithmetic("division by zero")));
}

#[test]
fn dates_and_functions() {
    assert_eq!(run("when == 2025-09-18"), Ok(true));
    assert_eq!(run("when + 1 == dateline"), Ok(true));
    assert_eq!(run("dateline - 1 == when"), Ok(true));
    assert_eq!(run("dateline - when == 1"), Ok(true));
    assert_eq!(run("days_between(when, dateline) == 1"), Ok(true));
    assert_eq!(run("days_between(dateline, when) == -1"), Ok(true));
    assert_eq!(run("when < dateline"), Ok(true));
    assert_eq!(run("year(when) == 2025 and month(when) == 9 and day(when) == 18"), Ok(true));
    // 2025-09-18 is a Thursday: ISO weekday 4.
    assert_eq!(run("weekday(when) == 4"), Ok(true));
    assert_eq!(run("who == \"Trump\" and who != 'Biden'"), Ok(true));
    assert_eq!(run("when + 0.5 == dateline"), Err(EvalError::Arithmetic("a date moves by a whole number of days")));
}

#[test]
fn missing_values_do_not_decide() {
    let a = Assertion::compile("total == a + b", VARS).unwrap();
    let none = |n: &str| if n == "b" { None } else { env(n) };
    assert_eq!(a.eval(&none), Err(EvalError::Missing("b".into())));
    // `or` stops at a true operand, so an unneeded missing value is fine.
    let a = Assertion::compile("1 == 1 or b == 2", VARS).unwrap();
    assert_eq!(a.eval(&none), Ok(true));
}

#[test]
fn parse_errors_point_at_the_offending_character() {
    let e = err("total == a +");
    assert_eq!((e.span.start, e.message.as_str()), (12, "expected a value, found the end of the assertion"));
    let e = err("total = a + b");
    assert_eq!(e.span, 6..7);
    let e = err("(a + b");
    assert_eq!((e.span.start, e.message.as_str()), (6, "expected `)`, found the end of the assertion"));
    let e = err("a + b $ 2");
    assert_eq!((e.span.start, e.message.as_str()), (6, "unexpected character `$`"));
    let e = err("a < b < total");
    assert_eq!(e.span.start, 6);
    let e = err("a == b c");
    assert_eq!(e.span.start, 7);
    let e = err("when == 2025-02-30");
    assert_eq!((e.span.start, e.message.as_str()), (8, "`2025-02-30` is not a calendar date"));
    let e = err("who == \"Trump");
    assert_eq!(e.span.start, 7);
    let e = err("month(when, when) == 1");
    assert_eq!(e.span.start, 0);
    let e = err("size(a) == 1");
    assert_eq!((e.span.start, e.message.as_str()), (0, "unknown function `size`"));
}

#[test]
fn deep_or_long_assertions_are_errors_not_crashes() {
    let deep = format!("{}1{} == 1", "(".repeat(200), ")".repeat(200));
    assert_eq!(err(&deep).message, "the assertion nests too deeply");
    let negs = format!("{}1 == 1", "-".repeat(200));
    assert_eq!(err(&negs).message, "the assertion nests too deeply");
    let long = format!("a == {}", vec!["1"; 600].join(" + "));
    assert_eq!(err(&long).message, "the assertion is too long");
    // Within the limits, deep left-leaning sums still work.
    let sum = format!("{} == 300", vec!["1"; 300].join(" + "));
    assert_eq!(run(&sum), Ok(true));
}

proptest::proptest! {
    #[test]
    fn parsing_never_panics(s in "\\PC{0,60}") {
        let _ = Assertion::compile(&s, VARS).map(|a| a.eval(&env));
    }

    #[test]
    fn token_soup_never_panics(s in "[abtoaln0-9 ()+*/<>=!,\"'.-]{0,40}") {
        let _ = Assertion::compile(&s, VARS).map(|a| a.eval(&env));
    }

    #[test]
    fn valid_sums_evaluate(xs in proptest::collection::vec(0u32..1000, 1..20)) {
        let total: u32 = xs.iter().sum();
        let src = format!("{total} == {}", xs.iter().map(u32::to_string).collect::<Vec<_>>().join(" + "));
        proptest::prop_assert_eq!(run(&src), Ok(true));
    }
}

#[test]
fn type_errors() {
    let e = err("when + who == when");
    assert_eq!((e.span.clone(), e.message.as_str()), (5..6, "`+` cannot combine a date and text"));
    let e = err("when + when == when");
    assert_eq!(e.span, 5..6);
    let e = err("a + b");
    assert!(e.message.contains("must be true or false"), "{}", e.message);
    let e = err("totl == a + b");
    assert_eq!((e.span.clone(), e.message.as_str()), (0..4, "`totl` is not a capture of the pattern"));
    let e = err("year(a) == 2025");
    assert_eq!(e.span, 5..6);
    let e = err("a and b");
    assert_eq!(e.span, 2..5);
    let e = err("not a");
    assert_eq!(e.span, 0..5);
    let e = err("when < 3");
    assert_eq!(e.span, 5..6);
}
