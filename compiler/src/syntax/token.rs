//! Tokens produced by the lexer.
//!
//! A token carries no owned text: the parser slices the source with `start..end`
//! (byte offsets) when it needs a name, a number or a string body.

/// Token kinds. Operators and keywords are distinct variants so the parser can match
/// them without string comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Name,
    Number,
    /// A plain or bytes string literal (any prefix except `f`).
    String,
    /// An f-string literal (prefix contains `f`/`F`); re-scanned by the parser.
    FString,
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// End of an f-string replacement expression (`}` `!` `:` or `=` at depth 0).
    FStop,
    // keywords
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // operators and delimiters
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    CircumFlex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    Exclamation,
}

impl Tok {
    pub fn keyword(s: &str) -> Option<Tok> {
        Some(match s {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    pub fn is_keyword(self) -> bool {
        (self as u8) >= (Tok::False as u8) && (self as u8) <= (Tok::Yield as u8)
    }

    /// The augmented-assignment operator this token stands for, if any.
    pub fn aug_op(self) -> Option<super::ast::BinOp> {
        use super::ast::BinOp;
        Some(match self {
            Tok::PlusEqual => BinOp::Add,
            Tok::MinEqual => BinOp::Sub,
            Tok::StarEqual => BinOp::Mult,
            Tok::AtEqual => BinOp::MatMult,
            Tok::SlashEqual => BinOp::Div,
            Tok::PercentEqual => BinOp::Mod,
            Tok::DoubleStarEqual => BinOp::Pow,
            Tok::LeftShiftEqual => BinOp::LShift,
            Tok::RightShiftEqual => BinOp::RShift,
            Tok::VBarEqual => BinOp::BitOr,
            Tok::CircumflexEqual => BinOp::BitXor,
            Tok::AmperEqual => BinOp::BitAnd,
            Tok::DoubleSlashEqual => BinOp::FloorDiv,
            _ => return None,
        })
    }
}

/// One token: kind, byte range in the source, and its position (1-based lines,
/// 0-based character columns, end exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Tok,
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}
