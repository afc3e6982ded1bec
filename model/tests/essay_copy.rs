//! Echoes writes in its own words: outside quotation marks, no run of seven words in the
//! dataset's prose is the essay's.

mod common;

use common::DATASET;
use echoes_model::copycheck::{prose, runs_of, unquoted_runs, QUOTES, RUN};
use std::collections::BTreeSet;

fn essay_runs() -> BTreeSet<u64> {
    include_str!("essay-runs.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| u64::from_str_radix(line, 16).expect("a hash in hexadecimal"))
        .collect()
}

#[test]
fn no_prose_copies_a_run_of_the_essay_outside_quotation_marks() {
    let essay = essay_runs();
    let copies: Vec<String> = prose(&DATASET)
        .into_iter()
        .flat_map(|(id, field, text)| {
            let essay = &essay;
            unquoted_runs(text)
                .into_iter()
                .filter(move |run| essay.contains(&run.hash))
                .map(move |run| format!("{id}: {field} copies \"{}\"", run.words))
        })
        .collect();
    assert!(
        copies.is_empty(),
        "quote the essay with quotation marks, or say it in Echoes' words:\n{}",
        copies.join("\n")
    );
}

#[test]
fn every_quotation_in_the_prose_is_closed() {
    // An unclosed quotation would leave the rest of its text out of the copy rule.
    let open: Vec<String> = prose(&DATASET)
        .into_iter()
        .filter(|(_, _, text)| text.matches(QUOTES).count() % 2 == 1)
        .map(|(id, field, _)| format!("{id}: {field}"))
        .collect();
    assert!(
        open.is_empty(),
        "a quotation mark is not closed in:\n{}",
        open.join("\n")
    );
}

#[test]
fn the_essay_pointers_quote_the_essay_itself() {
    // The hashes are the essay's: each echo's quoted pointer is found among them, so a stale or
    // empty hash file fails here rather than passing every copy.
    let essay = essay_runs();
    assert!(
        essay.len() > 1000,
        "the essay has over a thousand runs of {RUN} words"
    );
    for echo in DATASET.echoes.iter() {
        let quoted: Vec<_> = echo
            .essay
            .split(QUOTES)
            .skip(1)
            .step_by(2)
            .flat_map(runs_of)
            .collect();
        if quoted.is_empty() {
            continue;
        }
        assert!(
            quoted.iter().any(|run| essay.contains(&run.hash)),
            "{}: essay quotes words the essay does not have: {:?}",
            echo.id,
            echo.essay
        );
    }
}

#[test]
fn a_copied_run_is_found_and_a_quoted_one_is_not() {
    let copied = "Bitter at Mao’s hesitation, Kim concealed his war preparations from Beijing.";
    let essay: BTreeSet<u64> = runs_of(copied).iter().map(|run| run.hash).collect();
    // The same words with a straight apostrophe and other capitals are still a copy.
    let ours = "We read it so: bitter at Mao's hesitation, kim concealed his war plans.";
    assert_eq!(
        unquoted_runs(ours)
            .iter()
            .filter(|run| essay.contains(&run.hash))
            .map(|run| run.words.as_str())
            .collect::<Vec<_>>(),
        [
            "bitter at maos hesitation kim concealed his",
            "at maos hesitation kim concealed his war"
        ]
    );
    let quoted = "The essay says \"Bitter at Mao’s hesitation, Kim concealed his war\" and more.";
    assert!(unquoted_runs(quoted)
        .iter()
        .all(|run| !essay.contains(&run.hash)));
    // Six shared words are not a run.
    let six = "Bitter at Mao's hesitation, Kim concealed our plans.";
    assert!(unquoted_runs(six)
        .iter()
        .all(|run| !essay.contains(&run.hash)));
}
