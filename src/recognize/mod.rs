//! Recognisers: each reads the tokens of a text and finds the entities of one kind.

pub mod date;
