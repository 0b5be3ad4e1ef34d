//! The crate's one error type.

use std::fmt;
use std::path::PathBuf;

/// Everything that can go wrong in warta. Extraction itself never fails: errors come from
/// building an extractor (lexicons), reading input, and bad arguments.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A lexicon line could not be used.
    Lexicon {
        /// The lexicon's name: a file path, or `builtin:NAME` for an embedded default.
        source: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        error: std::io::Error,
    },
    /// Input bytes are not UTF-8.
    InvalidUtf8 {
        /// Where the input came from (a path, `-` for standard input).
        source: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// An argument was out of its domain (a malformed reference date, say).
    InvalidArgument(String),
    /// A lexicon compiled to something too large for the matching automaton.
    Build(String),
}

impl Error {
    pub(crate) fn lexicon(source: &str, line: usize, reason: impl Into<String>) -> Error {
        Error::Lexicon {
            source: source.to_string(),
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Lexicon {
                source,
                line,
                reason,
            } => write!(f, "{source}:{line}: {reason}"),
            Error::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Error::InvalidUtf8 { source, offset } => {
                write!(f, "{source}: not UTF-8 (invalid byte at offset {offset})")
            }
            Error::InvalidArgument(msg) => write!(f, "invalid argument: {msg}"),
            Error::Build(msg) => write!(f, "cannot compile lexicons: {msg}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// `Result` with warta's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
