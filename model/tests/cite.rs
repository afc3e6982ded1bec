//! "Cite this": the plain citation, BibTeX and CSL-JSON for event and echo pages.

use echoes_model::cite::{
    bib_text, bib_url, bibtex, bibtex_citation, csl_json, csl_json_citation, json_string, plain,
    plain_citation, Access, Citation, Item, Piece,
};
mod common;
use common::DATASET;
use echoes_model::dataset::{Dataset, Echo, Event};
use echoes_model::date::Day;
use serde_json::Value;
use std::borrow::Cow;

const URL: &str = "https://example.org/e/kim-beijing-visit";

fn accessed() -> Day {
    Day::parse("2026-11-30").unwrap()
}

fn event(id: &str) -> &'static Event {
    DATASET.events.iter().find(|e| e.id == id).unwrap()
}

/// The real dataset with one event retitled, for awkward titles.
fn retitled(title: &str) -> (Dataset, Event) {
    let mut data = DATASET.clone();
    let mut event = event("kim-beijing-visit").clone();
    event.title = Cow::Owned(title.to_string());
    data.events = Cow::Owned(vec![event.clone()]);
    (data, event)
}

#[test]
fn the_plain_citation_names_title_date_version_address_and_access_day() {
    let text = plain(
        &DATASET,
        Item::Event(event("kim-beijing-visit")),
        URL,
        accessed(),
    );
    assert!(
        text.starts_with(
            "Echoes, “Kim in Beijing; Stalin confirms his approval to Mao” (event, 13–16 May 1950)"
        ),
        "{text}"
    );
    assert!(
        text.contains(&format!("dataset version {}", DATASET.version)),
        "{text}"
    );
    assert!(text.contains("data as of 29 Nov 2026"), "{text}");
    assert!(
        text.contains(URL) && text.ends_with("accessed 30 Nov 2026."),
        "{text}"
    );

    let echo: &Echo = &DATASET.echoes[0];
    let text = plain(
        &DATASET,
        Item::Echo(echo),
        "https://example.org/echo/x",
        accessed(),
    );
    assert!(
        text.contains(&format!("“{}” (echo between 1950 and 2023–24)", echo.title)),
        "{text}"
    );
}

#[test]
fn bibtex_escapes_what_tex_would_read_as_commands() {
    let title = r#"Quotes "here" & 100% {braces} $5 #1 a_b ~ ^ \ Pyŏngyang – 평양"#;
    let (data, event) = retitled(title);
    let entry = bibtex(&data, Item::Event(&event), URL, accessed());
    assert!(
        entry.starts_with("@misc{echoes-kim-beijing-visit,\n"),
        "{entry}"
    );
    let expected = r"Quotes “here” \& 100\% \{braces\} \$5 \#1 a\_b \~{} \^{} \textbackslash{} Pyŏngyang – 평양";
    assert!(
        entry.contains(&format!("title = {{{{{expected}}}}},")),
        "{entry}"
    );
    assert!(
        entry.contains(&format!("version = {{{}}},", DATASET.version)),
        "{entry}"
    );
    assert!(
        entry.contains("year = {2026},") && entry.contains("urldate = {2026-11-30},"),
        "{entry}"
    );
    assert!(entry.contains(&format!("url = {{{URL}}},")), "{entry}");
    assert!(entry.trim_end().ends_with('}'));
    // Braces balance once escaped braces are set aside, so no field runs into the next.
    let unescaped = entry.replace("\\{", "").replace("\\}", "");
    let depth = unescaped.chars().try_fold(0i32, |depth, c| {
        let depth = depth + (c == '{') as i32 - (c == '}') as i32;
        (depth >= 0).then_some(depth)
    });
    assert_eq!(depth, Some(0), "{entry}");
    // Straight quotes never reach the entry: a style could read them as a field delimiter.
    assert!(!entry.contains('"'), "{entry}");
}

#[test]
fn bibtex_helpers_escape_each_special_character() {
    assert_eq!(bib_text("a&b"), r"a\&b");
    assert_eq!(bib_text("{x}"), r"\{x\}");
    assert_eq!(bib_text(r"\"), r"\textbackslash{}");
    assert_eq!(bib_text("say \"hi\""), "say “hi”");
    assert_eq!(bib_text("Ŏ – é"), "Ŏ – é");
    assert_eq!(
        bib_url("https://x.org/a b{c}"),
        "https://x.org/a%20b%7Bc%7D"
    );
}

#[test]
fn csl_json_parses_back_with_every_field() {
    let title = "Quotes \"here\" & {braces} \\ back\u{2028}slash, tab\t, Pyŏngyang – 평양 \u{1}";
    let (data, event) = retitled(title);
    let text = csl_json(&data, Item::Event(&event), URL, accessed());
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let item = &value.as_array().expect("an array of items")[0];
    assert_eq!(item["title"], title);
    assert_eq!(item["id"], "echoes-kim-beijing-visit");
    assert_eq!(item["type"], "dataset");
    assert_eq!(item["URL"], URL);
    assert_eq!(item["version"], &*DATASET.version);
    assert_eq!(
        item["container-title"],
        "Echoes: 1950 and 2023–24 side by side"
    );
    assert_eq!(item["author"][0]["literal"], "Echoes");
    assert_eq!(
        item["accessed"]["date-parts"],
        serde_json::json!([[2026, 11, 30]])
    );
    assert_eq!(
        item["issued"]["date-parts"],
        serde_json::json!([[2026, 11, 29]])
    );
    assert_eq!(item["genre"], "event, 13–16 May 1950");
}

/// Every event and echo of the real dataset, as cited.
fn every_item() -> impl Iterator<Item = Item<'static>> {
    let events = DATASET.events.iter().map(Item::Event);
    events.chain(DATASET.echoes.iter().map(Item::Echo))
}

#[test]
fn every_real_event_and_echo_cites_as_valid_csl_json() {
    for item in every_item() {
        let text = csl_json(&DATASET, item, URL, accessed());
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert!(value[0]["title"].is_string());
        let entry = bibtex(&DATASET, item, URL, accessed());
        assert!(!entry.contains('"'), "{entry}");
    }
}

/// A citation as a page built ahead of time carries it: the access clauses left out.
fn as_built(citation: &Citation) -> String {
    (citation.0.iter())
        .filter_map(|piece| match piece {
            Piece::Text(text) => Some(text.as_str()),
            Piece::Accessed(_) => None,
        })
        .collect()
}

#[test]
fn before_the_app_names_the_day_every_citation_is_whole_and_invents_no_date() {
    for item in every_item() {
        let text = as_built(&csl_json_citation(&DATASET, item, URL));
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(value[0]["URL"], URL);
        assert!(value[0].get("accessed").is_none(), "{text}");
        let entry = as_built(&bibtex_citation(&DATASET, item, URL));
        assert!(
            !entry.contains("urldate") && !entry.contains("Accessed"),
            "{entry}"
        );
        assert!(
            entry.ends_with(&format!("as of {}.}},\n}}", DATASET.as_of)),
            "{entry}"
        );
        let plain = as_built(&plain_citation(&DATASET, item, URL));
        assert!(plain.ends_with(&format!("{URL}.")), "{plain}");
    }
}

#[test]
fn json_strings_escape_only_what_json_requires() {
    assert_eq!(json_string("a\"b\\c"), r#""a\"b\\c""#);
    assert_eq!(json_string("\n\u{1f}"), r#""\n\u001f""#);
    assert_eq!(json_string("é 평"), "\"é 평\"");
    let round: String = serde_json::from_str(&json_string("x\u{2028}y")).unwrap();
    assert_eq!(round, "x\u{2028}y");
}

#[test]
fn a_page_names_each_access_clause_and_only_those_read_back() {
    for access in Access::ALL {
        assert_eq!(Access::parse(access.name()), Some(access));
    }
    for junk in ["", "Plain", "csl ", "<b>", "plain\u{202e}"] {
        assert_eq!(Access::parse(junk), None, "{junk:?}");
    }
    assert_eq!(Access::Plain.write(accessed()), ", accessed 30 Nov 2026");
    assert_eq!(
        Access::Csl.write(accessed()),
        "    \"accessed\": {\"date-parts\": [[2026, 11, 30]]},\n"
    );
}
