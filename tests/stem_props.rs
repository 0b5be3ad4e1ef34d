//! Properties of the Indonesian stemmer and the topic scorer on arbitrary input.

use std::borrow::Cow;

use proptest::prelude::*;
use warta::text::Tokenizer;
use warta::topics::{Stemmer, TopicScorer};

/// Words built from Indonesian affixes around syllables, so that the affix rules fire.
fn indonesian_like() -> impl Strategy<Value = String> {
    let prefix = prop::sample::select(vec![
        "", "di", "ke", "se", "ber", "be", "ter", "me", "mem", "men", "meng", "meny", "menge",
        "pe", "pem", "pen", "peng", "peny", "per", "memper", "diper", "keber", "pel",
    ]);
    let syllable = prop::sample::select(vec![
        "a", "ba", "ka", "ta", "pa", "sa", "ra", "la", "ma", "na", "nga", "nya", "i", "ki", "ti",
        "ru", "ku", "tu", "lu", "e", "ke", "o", "po", "an", "ang", "ik", "ut", "ah",
    ]);
    let suffix = prop::sample::select(vec![
        "", "an", "kan", "i", "nya", "ku", "mu", "lah", "kah", "pun", "kannya", "inya", "annya",
    ]);
    (
        prefix,
        prop::collection::vec(syllable, 1..4),
        suffix,
        any::<bool>(),
    )
        .prop_map(|(p, s, x, dup)| {
            let w = format!("{p}{}{x}", s.concat());
            if dup {
                format!("{w}-{}", s.concat())
            } else {
                w
            }
        })
}

proptest! {
    #[test]
    fn never_panics_and_is_lowercase(s in "\\PC{0,40}") {
        let stem = Stemmer::builtin().stem(&s);
        prop_assert_eq!(stem.to_lowercase(), stem.as_ref());
    }

    #[test]
    fn stemming_is_idempotent(w in indonesian_like()) {
        let stemmer = Stemmer::builtin();
        let once = stemmer.stem(&w).into_owned();
        let twice = stemmer.stem(&once).into_owned();
        prop_assert_eq!(&once, &twice, "word {}", w);
    }

    #[test]
    fn unchanged_lowercase_words_are_borrowed(w in indonesian_like()) {
        let stem = Stemmer::builtin().stem(&w);
        if stem.as_ref() == w.as_str() {
            prop_assert!(matches!(stem, Cow::Borrowed(_)));
        }
    }

    #[test]
    fn stems_are_at_most_one_recoded_letter_longer(w in indonesian_like()) {
        let stem = Stemmer::builtin().stem(&w);
        prop_assert!(stem.len() <= w.len() + 1, "{} -> {}", w, stem);
    }

    #[test]
    fn topic_scores_are_shares(text in "\\PC{0,300}") {
        let topics = TopicScorer::builtin().score_text(&Tokenizer::builtin(), &text);
        let sum: f64 = topics.iter().map(|t| t.score).sum();
        prop_assert!(sum <= 1.0 + 1e-9);
        prop_assert!(topics.iter().all(|t| t.score > 0.0 && !t.terms.is_empty()));
    }
}
