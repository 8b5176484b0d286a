//! The assertion language of `pattern` rules: `assert = 'total == a + b'`.
//!
//! Source text goes through a tokenizer, a recursive-descent parser (one function per
//! precedence level) to an AST, a type checker that knows the type of every capture, and an
//! evaluator. Parsing and type checking happen once, when the rule file loads; evaluation runs
//! per regex match. The language is described for rule writers in docs/pattern-rules.md.
//!
//! Grammar, lowest precedence first:
//!
//! ```text
//! expr    := or
//! or      := and ("or" and)*
//! and     := not ("and" not)*
//! not     := "not" not | cmp
//! cmp     := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum)?
//! sum     := product (("+" | "-") product)*
//! product := unary (("*" | "/") unary)*
//! unary   := "-" unary | primary
//! primary := NUMBER | DATE | STRING | "true" | "false" | NAME | NAME "(" args? ")" | "(" expr ")"
//! args    := expr ("," expr)*
//! ```

use std::fmt;
use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate};

use crate::calendar::parse_iso_date;

/// The type of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Number,
    Date,
    Text,
    Bool,
}

impl Type {
    pub fn name(self) -> &'static str {
        match self {
            Type::Number => "a number",
            Type::Date => "a date",
            Type::Text => "text",
            Type::Bool => "true/false",
        }
    }
}

/// A value at run time.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Number(f64),
    Date(NaiveDate),
    Text(String),
    Bool(bool),
}

impl Value {
    fn ty(&self) -> Type {
        match self {
            Value::Number(_) => Type::Number,
            Value::Date(_) => Type::Date,
            Value::Text(_) => Type::Text,
            Value::Bool(_) => Type::Bool,
        }
    }
}

/// A parse or type error, with the byte range of the assertion it points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExprError {
    pub span: Range<usize>,
    pub message: String,
    pub help: Option<String>,
}

impl ExprError {
    fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        ExprError { span, message: message.into(), help: None }
    }
    fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Why an evaluation produced no answer. A rule does not fire on a match whose assertion
/// fails to evaluate.
#[derive(Clone, Debug, PartialEq)]
pub enum EvalError {
    /// A capture that did not take part in the match, or a date that could not be resolved
    /// (`dateline` of an article without one).
    Missing(String),
    /// Division by zero, a date out of range, a fractional number of days.
    Arithmetic(&'static str),
    /// A value of an unexpected type (cannot happen after type checking).
    Type(&'static str),
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Missing(n) => write!(f, "`{n}` has no value"),
            EvalError::Arithmetic(m) | EvalError::Type(m) => f.write_str(m),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(f64),
    Date(NaiveDate),
    Str(String),
    Ident(String),
    Op(BinOp),
    Minus,
    LParen,
    RParen,
    Comma,
    Not,
    True,
    False,
    Eof,
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::Num(_) => "a number".into(),
            Tok::Date(_) => "a date".into(),
            Tok::Str(_) => "a string".into(),
            Tok::Ident(s) => format!("`{s}`"),
            Tok::Op(op) => format!("`{}`", op.symbol()),
            Tok::Minus => "`-`".into(),
            Tok::LParen => "`(`".into(),
            Tok::RParen => "`)`".into(),
            Tok::Comma => "`,`".into(),
            Tok::Not => "`not`".into(),
            Tok::True => "`true`".into(),
            Tok::False => "`false`".into(),
            Tok::Eof => "the end of the assertion".into(),
        }
    }
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    span: Range<usize>,
}

fn tokenize(src: &str) -> Result<Vec<Token>, ExprError> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = src[i..].chars().next().expect("in bounds");
        let start = i;
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let tok = if c.is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            // A date literal: YYYY-MM-DD.
            let is_date = i - start == 4
                && b.len() >= i + 6
                && b[i] == b'-'
                && b[i + 1..i + 3].iter().all(u8::is_ascii_digit)
                && b[i + 3] == b'-'
                && b[i + 4..i + 6].iter().all(u8::is_ascii_digit)
                && !b.get(i + 6).is_some_and(u8::is_ascii_digit);
            if is_date {
                i += 6;
                match parse_iso_date(&src[start..i]) {
                    Some(d) => Tok::Date(d),
                    None => {
                        return Err(ExprError::new(start..i, format!("`{}` is not a calendar date", &src[start..i])))
                    }
                }
            } else {
                if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                    i += 1;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                Tok::Num(src[start..i].parse().expect("digits parse"))
            }
        } else if c.is_ascii_alphabetic() || c == '_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            match &src[start..i] {
                "and" => Tok::Op(BinOp::And),
                "or" => Tok::Op(BinOp::Or),
                "not" => Tok::Not,
                "true" => Tok::True,
                "false" => Tok::False,
                w => Tok::Ident(w.to_string()),
            }
        } else if c == '"' || c == '\'' {
            match src[i + 1..].find(c) {
                Some(j) => {
                    i += 1 + j + 1;
                    Tok::Str(src[start + 1..i - 1].to_string())
                }
                None => return Err(ExprError::new(start..src.len(), "this string is never closed")),
            }
        } else {
            let two = src.get(i..i + 2).unwrap_or("");
            let (tok, len) = match two {
                "==" => (Tok::Op(BinOp::Eq), 2),
                "!=" => (Tok::Op(BinOp::Ne), 2),
                "<=" => (Tok::Op(BinOp::Le), 2),
                ">=" => (Tok::Op(BinOp::Ge), 2),
                "&&" => return Err(ExprError::new(i..i + 2, "unexpected `&&`").help("write `and`")),
                "||" => return Err(ExprError::new(i..i + 2, "unexpected `||`").help("write `or`")),
                _ => match c {
                    '<' => (Tok::Op(BinOp::Lt), 1),
                    '>' => (Tok::Op(BinOp::Gt), 1),
                    '+' => (Tok::Op(BinOp::Add), 1),
                    '-' => (Tok::Minus, 1),
                    '*' => (Tok::Op(BinOp::Mul), 1),
                    '/' => (Tok::Op(BinOp::Div), 1),
                    '(' => (Tok::LParen, 1),
                    ')' => (Tok::RParen, 1),
                    ',' => (Tok::Comma, 1),
                    '=' => return Err(ExprError::new(i..i + 1, "unexpected `=`").help("compare with `==`")),
                    '!' => return Err(ExprError::new(i..i + 1, "unexpected `!`").help("write `not` or `!=`")),
                    _ => return Err(ExprError::new(i..i + c.len_utf8(), format!("unexpected character `{c}`"))),
                },
            };
            i += len;
            tok
        };
        out.push(Token { tok, span: start..i });
    }
    out.push(Token { tok: Tok::Eof, span: src.len()..src.len() });
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// AST

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::And => "and",
            BinOp::Or => "or",
        }
    }
    fn is_comparison(self) -> bool {
        matches!(self, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge)
    }
}

/// The built-in functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Func {
    Year,
    Month,
    Day,
    Weekday,
    DaysBetween,
    Abs,
}

impl Func {
    const ALL: &'static [(&'static str, Func)] = &[
        ("year", Func::Year),
        ("month", Func::Month),
        ("day", Func::Day),
        ("weekday", Func::Weekday),
        ("days_between", Func::DaysBetween),
        ("abs", Func::Abs),
    ];
    fn name(self) -> &'static str {
        Func::ALL.iter().find(|(_, f)| *f == self).map(|(n, _)| *n).expect("listed")
    }
    /// Argument types and result type.
    fn signature(self) -> (&'static [Type], Type) {
        match self {
            Func::Year | Func::Month | Func::Day | Func::Weekday => (&[Type::Date], Type::Number),
            Func::DaysBetween => (&[Type::Date, Type::Date], Type::Number),
            Func::Abs => (&[Type::Number], Type::Number),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Lit(Value),
    Var(String),
    Neg(Box<Node>),
    Not(Box<Node>),
    Binary { op: BinOp, op_span: Range<usize>, left: Box<Node>, right: Box<Node> },
    Call { func: Func, args: Vec<Node> },
}

/// An expression with the byte range of its source.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub expr: Expr,
    pub span: Range<usize>,
}

// ---------------------------------------------------------------------------------------------
// Parser

/// Limits that keep parsing, checking and evaluation shallow: an assertion is a line of
/// arithmetic, not a program.
const MAX_TOKENS: usize = 1000;
const MAX_DEPTH: usize = 64;

struct Parser {
    toks: Vec<Token>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> &Token {
        &self.toks[self.pos]
    }
    fn next(&mut self) -> Token {
        let t = self.toks[self.pos].clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }
    fn expect(&mut self, tok: Tok, what: &str) -> Result<Token, ExprError> {
        if self.peek().tok == tok {
            Ok(self.next())
        } else {
            let t = self.peek();
            Err(ExprError::new(t.span.clone(), format!("expected {what}, found {}", t.tok.describe())))
        }
    }

    fn binary(left: Node, op: BinOp, op_span: Range<usize>, right: Node) -> Node {
        let span = left.span.start..right.span.end;
        Node { expr: Expr::Binary { op, op_span, left: Box::new(left), right: Box::new(right) }, span }
    }

    /// One left-associative level of binary operators.
    fn level(&mut self, ops: &[BinOp], below: fn(&mut Parser) -> Result<Node, ExprError>) -> Result<Node, ExprError> {
        let mut left = below(self)?;
        loop {
            let op = match self.peek().tok {
                Tok::Op(op) if ops.contains(&op) => op,
                Tok::Minus if ops.contains(&BinOp::Sub) => BinOp::Sub,
                _ => return Ok(left),
            };
            let op_span = self.next().span;
            let right = below(self)?;
            left = Parser::binary(left, op, op_span, right);
        }
    }

    /// Run a nested parse, failing past [`MAX_DEPTH`] levels.
    fn nested(&mut self, f: fn(&mut Parser) -> Result<Node, ExprError>) -> Result<Node, ExprError> {
        if self.depth >= MAX_DEPTH {
            return Err(ExprError::new(self.peek().span.clone(), "the assertion nests too deeply"));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    fn or(&mut self) -> Result<Node, ExprError> {
        self.nested(|p| p.level(&[BinOp::Or], Parser::and))
    }
    fn and(&mut self) -> Result<Node, ExprError> {
        self.level(&[BinOp::And], Parser::not)
    }
    fn not(&mut self) -> Result<Node, ExprError> {
        if self.peek().tok == Tok::Not {
            let start = self.next().span.start;
            let inner = self.nested(Parser::not)?;
            let span = start..inner.span.end;
            return Ok(Node { expr: Expr::Not(Box::new(inner)), span });
        }
        self.cmp()
    }
    fn cmp(&mut self) -> Result<Node, ExprError> {
        let left = self.sum()?;
        let op = match self.peek().tok {
            Tok::Op(op) if op.is_comparison() => op,
            _ => return Ok(left),
        };
        let op_span = self.next().span;
        let right = self.sum()?;
        if let Tok::Op(op2) = self.peek().tok {
            if op2.is_comparison() {
                return Err(ExprError::new(self.peek().span.clone(), "comparisons do not chain")
                    .help("join them with `and`: `a < b and b < c`"));
            }
        }
        Ok(Parser::binary(left, op, op_span, right))
    }
    fn sum(&mut self) -> Result<Node, ExprError> {
        self.level(&[BinOp::Add, BinOp::Sub], Parser::product)
    }
    fn product(&mut self) -> Result<Node, ExprError> {
        self.level(&[BinOp::Mul, BinOp::Div], Parser::unary)
    }
    fn unary(&mut self) -> Result<Node, ExprError> {
        if self.peek().tok == Tok::Minus {
            let start = self.next().span.start;
            let inner = self.nested(Parser::unary)?;
            let span = start..inner.span.end;
            return Ok(Node { expr: Expr::Neg(Box::new(inner)), span });
        }
        self.primary()
    }
    fn primary(&mut self) -> Result<Node, ExprError> {
        let t = self.next();
        let lit = |v: Value| Ok(Node { expr: Expr::Lit(v), span: t.span.clone() });
        match &t.tok {
            Tok::Num(n) => lit(Value::Number(*n)),
            Tok::Date(d) => lit(Value::Date(*d)),
            Tok::Str(s) => lit(Value::Text(s.clone())),
            Tok::True => lit(Value::Bool(true)),
            Tok::False => lit(Value::Bool(false)),
            Tok::LParen => {
                let inner = self.or()?;
                let close = self.expect(Tok::RParen, "`)`")?;
                Ok(Node { expr: inner.expr, span: t.span.start..close.span.end })
            }
            Tok::Ident(name) if self.peek().tok == Tok::LParen => {
                let Some(&(_, func)) = Func::ALL.iter().find(|(n, _)| n == name) else {
                    return Err(ExprError::new(t.span.clone(), format!("unknown function `{name}`")).help(format!(
                        "functions: {}",
                        Func::ALL.iter().map(|(n, _)| format!("{n}()")).collect::<Vec<_>>().join(", ")
                    )));
                };
                self.next();
                let mut args = Vec::new();
                if self.peek().tok != Tok::RParen {
                    loop {
                        args.push(self.or()?);
                        if self.peek().tok != Tok::Comma {
                            break;
                        }
                        self.next();
                    }
                }
                let close = self.expect(Tok::RParen, "`,` or `)`")?;
                Ok(Node { expr: Expr::Call { func, args }, span: t.span.start..close.span.end })
            }
            Tok::Ident(name) => Ok(Node { expr: Expr::Var(name.clone()), span: t.span.clone() }),
            other => Err(ExprError::new(t.span.clone(), format!("expected a value, found {}", other.describe()))),
        }
    }
}

/// Parse an expression (without type checking).
pub fn parse(src: &str) -> Result<Node, ExprError> {
    let toks = tokenize(src)?;
    if toks.len() > MAX_TOKENS {
        return Err(ExprError::new(toks[MAX_TOKENS].span.clone(), "the assertion is too long")
            .help(format!("an assertion may have at most {MAX_TOKENS} tokens")));
    }
    let mut p = Parser { toks, pos: 0, depth: 0 };
    let node = p.or()?;
    let t = p.peek();
    if t.tok != Tok::Eof {
        return Err(ExprError::new(t.span.clone(), format!("unexpected {} after the expression", t.tok.describe())));
    }
    Ok(node)
}

// ---------------------------------------------------------------------------------------------
// Type checker

fn binary_type(op: BinOp, l: Type, r: Type) -> Option<Type> {
    use Type::*;
    Some(match (op, l, r) {
        (BinOp::Add, Number, Number) => Number,
        (BinOp::Add, Date, Number) | (BinOp::Add, Number, Date) => Date,
        (BinOp::Sub, Number, Number) => Number,
        (BinOp::Sub, Date, Number) => Date,
        (BinOp::Sub, Date, Date) => Number,
        (BinOp::Mul | BinOp::Div, Number, Number) => Number,
        (BinOp::Eq | BinOp::Ne, a, b) if a == b => Bool,
        (BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge, Number, Number)
        | (BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge, Date, Date)
        | (BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge, Text, Text) => Bool,
        (BinOp::And | BinOp::Or, Bool, Bool) => Bool,
        _ => return None,
    })
}

/// The type of an expression, given the type of every name it may use.
pub fn type_of(node: &Node, vars: &[(&str, Type)]) -> Result<Type, ExprError> {
    match &node.expr {
        Expr::Lit(v) => Ok(v.ty()),
        Expr::Var(name) => match vars.iter().find(|(n, _)| n == name) {
            Some((_, t)) => Ok(*t),
            None => Err(ExprError::new(node.span.clone(), format!("`{name}` is not a capture of the pattern")).help(
                format!(
                    "names available: {}",
                    vars.iter().map(|(n, _)| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                ),
            )),
        },
        Expr::Neg(inner) => match type_of(inner, vars)? {
            Type::Number => Ok(Type::Number),
            t => Err(ExprError::new(node.span.clone(), format!("cannot negate {}", t.name()))),
        },
        Expr::Not(inner) => match type_of(inner, vars)? {
            Type::Bool => Ok(Type::Bool),
            t => Err(ExprError::new(node.span.clone(), format!("`not` needs true/false, found {}", t.name()))),
        },
        Expr::Binary { op, op_span, left, right } => {
            let l = type_of(left, vars)?;
            let r = type_of(right, vars)?;
            binary_type(*op, l, r).ok_or_else(|| {
                let e = ExprError::new(
                    op_span.clone(),
                    format!("`{}` cannot combine {} and {}", op.symbol(), l.name(), r.name()),
                );
                match op {
                    BinOp::Add | BinOp::Sub => e.help(
                        "numbers add to numbers; a date plus or minus a number of days is a date; \
                         a date minus a date is a number of days",
                    ),
                    BinOp::And | BinOp::Or => e.help("`and` and `or` join comparisons, like `a > 0 and b > 0`"),
                    _ => e,
                }
            })
        }
        Expr::Call { func, args } => {
            let (params, result) = func.signature();
            if args.len() != params.len() {
                return Err(ExprError::new(
                    node.span.clone(),
                    format!(
                        "`{}()` takes {} argument{}, found {}",
                        func.name(),
                        params.len(),
                        if params.len() == 1 { "" } else { "s" },
                        args.len()
                    ),
                ));
            }
            for (arg, want) in args.iter().zip(params) {
                let got = type_of(arg, vars)?;
                if got != *want {
                    return Err(ExprError::new(
                        arg.span.clone(),
                        format!("`{}()` needs {}, found {}", func.name(), want.name(), got.name()),
                    ));
                }
            }
            Ok(result)
        }
    }
}

/// A parsed, type-checked assertion.
#[derive(Clone, Debug, PartialEq)]
pub struct Assertion {
    pub source: String,
    pub root: Node,
}

impl Assertion {
    /// Parse `src` and check that it is a true/false test over `vars`.
    pub fn compile(src: &str, vars: &[(&str, Type)]) -> Result<Assertion, ExprError> {
        let root = parse(src)?;
        let t = type_of(&root, vars)?;
        if t != Type::Bool {
            return Err(ExprError::new(
                root.span.clone(),
                format!("an assertion must be true or false, but this is {}", t.name()),
            )
            .help("compare values, like `total == a + b`"));
        }
        Ok(Assertion { source: src.to_string(), root })
    }

    /// Evaluate with `lookup` giving the value of each name.
    pub fn eval(&self, lookup: &dyn Fn(&str) -> Option<Value>) -> Result<bool, EvalError> {
        match eval(&self.root, lookup)? {
            Value::Bool(b) => Ok(b),
            _ => Err(EvalError::Type("an assertion must be true or false")),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Evaluator

/// Number equality with a relative tolerance of 1e-9.
pub fn num_eq(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

fn days(n: f64) -> Result<Duration, EvalError> {
    if n.fract() != 0.0 || n.abs() > 1e7 {
        return Err(EvalError::Arithmetic("a date moves by a whole number of days"));
    }
    Ok(Duration::days(n as i64))
}

fn shift(d: NaiveDate, n: f64) -> Result<Value, EvalError> {
    d.checked_add_signed(days(n)?).map(Value::Date).ok_or(EvalError::Arithmetic("date out of range"))
}

/// Evaluate an expression. `and` and `or` stop at the first operand that decides them.
pub fn eval(node: &Node, lookup: &dyn Fn(&str) -> Option<Value>) -> Result<Value, EvalError> {
    use Value::*;
    Ok(match &node.expr {
        Expr::Lit(v) => v.clone(),
        Expr::Var(name) => lookup(name).ok_or_else(|| EvalError::Missing(name.clone()))?,
        Expr::Neg(inner) => match eval(inner, lookup)? {
            Number(n) => Number(-n),
            _ => return Err(EvalError::Type("cannot negate")),
        },
        Expr::Not(inner) => match eval(inner, lookup)? {
            Bool(b) => Bool(!b),
            _ => return Err(EvalError::Type("`not` needs true/false")),
        },
        Expr::Binary { op: BinOp::And, left, right, .. } => match eval(left, lookup)? {
            Bool(false) => Bool(false),
            Bool(true) => eval(right, lookup)?,
            _ => return Err(EvalError::Type("`and` needs true/false")),
        },
        Expr::Binary { op: BinOp::Or, left, right, .. } => match eval(left, lookup)? {
            Bool(true) => Bool(true),
            Bool(false) => eval(right, lookup)?,
            _ => return Err(EvalError::Type("`or` needs true/false")),
        },
        Expr::Binary { op, left, right, .. } => {
            let l = eval(left, lookup)?;
            let r = eval(right, lookup)?;
            binary(*op, l, r)?
        }
        Expr::Call { func, args } => {
            let vals = args.iter().map(|a| eval(a, lookup)).collect::<Result<Vec<_>, _>>()?;
            match (func, vals.as_slice()) {
                (Func::Year, [Date(d)]) => Number(d.year() as f64),
                (Func::Month, [Date(d)]) => Number(d.month() as f64),
                (Func::Day, [Date(d)]) => Number(d.day() as f64),
                (Func::Weekday, [Date(d)]) => Number(d.weekday().number_from_monday() as f64),
                (Func::DaysBetween, [Date(a), Date(b)]) => Number((*b - *a).num_days() as f64),
                (Func::Abs, [Number(n)]) => Number(n.abs()),
                _ => return Err(EvalError::Type("bad arguments")),
            }
        }
    })
}

fn binary(op: BinOp, l: Value, r: Value) -> Result<Value, EvalError> {
    use std::cmp::Ordering;
    use Value::*;
    let ord = |l: &Value, r: &Value| -> Option<Ordering> {
        match (l, r) {
            (Number(a), Number(b)) if num_eq(*a, *b) => Some(Ordering::Equal),
            (Number(a), Number(b)) => a.partial_cmp(b),
            (Date(a), Date(b)) => Some(a.cmp(b)),
            (Text(a), Text(b)) => Some(a.cmp(b)),
            (Bool(a), Bool(b)) => Some(a.cmp(b)),
            _ => None,
        }
    };
    Ok(match (op, &l, &r) {
        (BinOp::Add, Number(a), Number(b)) => Number(a + b),
        (BinOp::Add, Date(d), Number(n)) | (BinOp::Add, Number(n), Date(d)) => shift(*d, *n)?,
        (BinOp::Sub, Number(a), Number(b)) => Number(a - b),
        (BinOp::Sub, Date(d), Number(n)) => shift(*d, -*n)?,
        (BinOp::Sub, Date(a), Date(b)) => Number((*a - *b).num_days() as f64),
        (BinOp::Mul, Number(a), Number(b)) => Number(a * b),
        (BinOp::Div, Number(_), Number(b)) if *b == 0.0 => return Err(EvalError::Arithmetic("division by zero")),
        (BinOp::Div, Number(a), Number(b)) => Number(a / b),
        (op, l, r) if op.is_comparison() => {
            let o = ord(l, r).ok_or(EvalError::Type("cannot compare"))?;
            Bool(match op {
                BinOp::Eq => o == Ordering::Equal,
                BinOp::Ne => o != Ordering::Equal,
                BinOp::Lt => o == Ordering::Less,
                BinOp::Le => o != Ordering::Greater,
                BinOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            })
        }
        _ => return Err(EvalError::Type("operands do not fit the operator")),
    })
}

#[cfg(test)]
mod tests;
