//! The lexicon parser and every lexicon loader on arbitrary files: no panic; a failure is a
//! `Error::Lexicon` whose line exists in the file (or is line 1 of an empty one).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use warta::lexicon::{acronyms, format, geography, organizations, people, places, titles};
use warta::lexicon::LexiconText;
use warta::recognize::date::DateRecognizer;
use warta::text::Tokenizer;
use warta::Error;

fn regions() -> &'static places::Regions {
    static REGIONS: OnceLock<places::Regions> = OnceLock::new();
    REGIONS.get_or_init(|| places::Regions::builtin().expect("built-in regions load"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest).into_owned();
    let lines = text.lines().count().max(1);
    let texts = [LexiconText::new("fuzz.tsv", text.clone())];
    let check = |res: Result<(), Error>| match res {
        Ok(()) => {}
        Err(Error::Lexicon { source, line, .. }) => {
            assert_eq!(source, "fuzz.tsv");
            assert!(line >= 1 && line <= lines, "line {line} of {lines}");
        }
        Err(e) => panic!("a lexicon error without file and line: {e}"),
    };
    match which % 21 {
        0 => {
            // The bare format with the header taken from the first line's fields.
            let columns: Vec<&str> = text.lines().next().unwrap_or("").split('\t').collect();
            let required = usize::from(which / 21) % (columns.len() + 1);
            check(format::parse("fuzz.tsv", &text, &columns, required).map(|_| ()));
        }
        1 => check(Tokenizer::from_lexicons(&texts).map(|_| ())),
        2 => check(DateRecognizer::from_lexicons(&texts).map(|_| ())),
        3 => check(places::Regions::load(&texts).map(|_| ())),
        4 => check(places::Villages::load(&texts, regions()).map(|_| ())),
        5 => check(places::RegionAliases::load(&texts, regions()).map(|_| ())),
        6 => check(places::AmbiguousWords::load(&texts).map(|_| ())),
        7 => check(titles::Titles::load(&texts).map(|_| ())),
        8 => check(titles::TitleModifiers::load(&texts).map(|_| ())),
        9 => check(acronyms::Acronyms::load(&texts).map(|_| ())),
        10 => check(acronyms::AcronymStoplist::load(&texts).map(|_| ())),
        11 => check(organizations::OrgPatterns::load(&texts).map(|_| ())),
        12 => check(organizations::Institutions::load(&texts).map(|_| ())),
        13 => check(organizations::RegionalBodies::load(&texts).map(|_| ())),
        14 => check(geography::Countries::load(&texts).map(|_| ())),
        15 => check(geography::GeoNames::load(&texts, regions()).map(|_| ())),
        16 => check(people::Honorifics::load(&texts).map(|_| ())),
        17 => check(people::Degrees::load(&texts).map(|_| ())),
        18 => check(people::Ranks::load(&texts).map(|_| ())),
        19 => check(acronyms::AcronymContext::load(&texts).map(|_| ())),
        _ => check(warta::topics::stem::Stemmer::from_lexicons(&texts).map(|_| ())),
    }
});
