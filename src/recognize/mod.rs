//! Recognisers: each reads the tokens of a text (and the shared dictionary matches) and finds
//! the entities of one kind.

pub(crate) mod acronym;
pub mod date;
pub(crate) mod gazetteer;
pub(crate) mod organization;
pub(crate) mod people;
pub(crate) mod place;
