//! The dataset that ships, and the rules that keep a wrong one from shipping.

mod common;
use common::DATASET;
use echoes_model::dataset::{Event, SourceKind, CONTEXT_LANE, IN_PAGE_MAX};
use echoes_model::date::EventDate;
use echoes_model::export::{echoes_csv, events_csv, events_from_csv};
use echoes_model::load::from_json;
use echoes_model::validate::{is_semver, validate, Rule, ValidationError};
use serde_json::{json, Value};

const TIMELINE: &str = include_str!("../../assets/data/timeline.json");
const SCHEMA: &str = include_str!("../../assets/data/timeline.schema.json");

#[test]
fn the_real_dataset_passes_every_rule() {
    from_json(TIMELINE).unwrap_or_else(|errors| {
        panic!(
            "timeline.json is invalid:\n{}",
            errors
                .iter()
                .map(|e| format!("  {e}\n"))
                .collect::<String>()
        )
    });
}

#[test]
fn the_real_dataset_covers_both_periods_and_the_essay() {
    let lane_count = |lane: &str| DATASET.events.iter().filter(|e| e.lane == lane).count();
    assert!(
        lane_count("1950") >= 20,
        "1950 lane: {}",
        lane_count("1950")
    );
    assert!(
        lane_count("2023-24") >= 20,
        "2023-24 lane: {}",
        lane_count("2023-24")
    );
    assert!(lane_count(CONTEXT_LANE) >= 2);
    assert!(
        DATASET.echoes.len() >= 8,
        "echoes: {}",
        DATASET.echoes.len()
    );
    assert!(!DATASET.argument.is_empty() && !DATASET.claims.is_empty());

    let lane = |id: &str| {
        let lane = DATASET.lanes.iter().find(|l| l.id == id).unwrap();
        (&*lane.start, &*lane.end)
    };
    let (start, end) = lane("1950");
    assert!(start <= "1949-10-01" && end >= "1950-12-31");
    let (start, end) = lane("2023-24");
    assert!(start <= "2023-07-01" && end >= "2024-12-31");

    // Every event the essay names, with the date the record gives.
    for (id, date) in [
        ("kpa-invasion", "1950-06-25"),
        ("inchon-landing", "1950-09-15"),
        ("pva-crosses-yalu", "1950-10-19"),
        ("comprehensive-partnership-treaty", "2024-06-19"),
        ("china-dprk-treaty-1961", "1961-07-11"),
        ("deng-remark-1985", "1985-12"),
    ] {
        let event = DATASET.events.iter().find(|e| e.id == id);
        assert_eq!(event.map(|e| &*e.date), Some(date), "{id}");
    }
    let troops = DATASET
        .events
        .iter()
        .find(|e| e.id == "dprk-troops-to-russia")
        .unwrap();
    let troops = EventDate::parse(&troops.date).unwrap();
    assert!(
        troops.first_day().iso().starts_with("2024-10"),
        "troops sent in October 2024"
    );
}

#[test]
fn every_primary_source_claim_is_marked() {
    let primary = DATASET
        .events
        .iter()
        .filter(|e| e.sources.iter().any(|s| s.kind == SourceKind::Primary))
        .count();
    // A check on the data's honesty, not a count to hit: most 1950 facts rest on cables.
    assert!(
        primary * 2 > DATASET.events.len(),
        "{primary} events cite a primary source"
    );
}

#[test]
fn the_json_matches_its_schema() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let validator = jsonschema::draft202012::new(&schema).expect("the schema compiles");
    let data: Value = serde_json::from_str(TIMELINE).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    // The schema refuses what the model refuses, as an editor types it.
    let mut bad = data.clone();
    bad["events"][0]["date"] = json!("1950-13-01");
    assert!(!validator.is_valid(&bad));
    bad = data.clone();
    bad["events"][0]["title"] = json!("<b>bold</b>");
    assert!(!validator.is_valid(&bad));
    let long = "Ю".repeat(25);
    for short in ["", " ", &long, "A & B", "Say \"no\"", "<b>"] {
        bad = data.clone();
        bad["events"][0]["short"] = json!(short);
        assert!(!validator.is_valid(&bad), "{short:?}");
    }
    bad = data.clone();
    bad["events"][0]["short"] = json!("Ю".repeat(24));
    assert!(validator.is_valid(&bad));
    bad = data.clone();
    bad["events"][0].as_object_mut().unwrap().remove("short");
    assert!(!validator.is_valid(&bad));
    bad = data.clone();
    bad["version"] = json!("1.1");
    assert!(!validator.is_valid(&bad));
    bad = data.clone();
    bad.as_object_mut().unwrap().remove("as_of");
    assert!(!validator.is_valid(&bad));
}

#[test]
fn csv_exports_round_trip_the_events() {
    let csv = events_csv(&DATASET);
    let header = csv.lines().next().unwrap();
    assert!(
        header.starts_with("id,lane,date,date_label,first_day,last_day,title,short,summary,"),
        "{header}"
    );
    let events = events_from_csv(&csv).unwrap();
    assert_eq!(events, DATASET.events.to_vec());
    // Every source URL is in the file a researcher downloads.
    for event in DATASET.events.iter() {
        for source in event.sources.iter() {
            assert!(csv.contains(&*source.url), "{} is missing", source.url);
        }
    }
    let echoes = echoes_csv(&DATASET);
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(echoes.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .unwrap();
    let ids: Vec<&str> = rows.iter().map(|row| &row[0]).collect();
    let expected: Vec<&str> = DATASET.echoes.iter().map(|e| &*e.id).collect();
    assert_eq!(ids, expected);
    let then: Vec<&str> = rows[0][2].split('\n').collect();
    assert_eq!(
        then,
        DATASET.echoes[0]
            .then
            .iter()
            .map(|e| &**e)
            .collect::<Vec<_>>()
    );
}

// ---- one small invalid fixture per rule ----

fn fixture() -> Value {
    let source = json!({"title": "Cable", "publisher": "Archive", "url": "https://example.org/doc/1", "kind": "primary"});
    json!({
        "version": "1.0.0",
        "as_of": "2026-11-29",
        "lanes": [
            {"id": "1950", "title": "1950", "start": "1949-10-01", "end": "1950-12-31"},
            {"id": "2023-24", "title": "2023–24", "start": "2023-07-01", "end": "2024-12-31"}
        ],
        "actors": [{"id": "dprk", "name": "North Korea", "color": "#2f7ed8"}],
        "events": [
            {"id": "attack", "lane": "1950", "date": "1950-06-25", "title": "Attack", "short": "Attack", "summary": "It began.",
             "actors": ["dprk"], "themes": ["escalation"], "sources": [source]},
            {"id": "treaty", "lane": "2023-24", "date": "2024-06", "title": "Treaty", "short": "Treaty", "summary": "Signed.",
             "actors": ["dprk"], "themes": ["alliance"], "sources": [source]},
            {"id": "old-treaty", "lane": "context", "date": "1961-07-11", "title": "1961", "short": "1961", "summary": "Signed.",
             "actors": ["dprk"], "themes": ["alliance"], "sources": [source]},
            {"id": "parade", "lane": "after-essay", "date": "2025-09-03", "title": "Parade", "short": "Parade", "summary": "Stood together.",
             "bearing": "Perhaps Beijing's move; the record is thin.", "actors": ["dprk"], "themes": ["diplomacy"], "sources": [source]}
        ],
        "echoes": [{"id": "pair", "title": "Pair", "then": ["attack"], "now": ["treaty"],
                    "parallel": "Alike.", "breaks": "Unlike.", "essay": "Essay, paragraph 5."}],
        "argument": [{"id": "step", "title": "Step", "text": "Because.", "echoes": ["pair"], "claims": ["claim"]}],
        "claims": [{"id": "claim", "claim": "It was so.", "verdict": "supported", "record": "It was.",
                    "sources": [source], "events": ["attack"]}]
    })
}

/// The errors for the fixture after `change`.
fn errors_after(change: impl FnOnce(&mut Value)) -> Vec<ValidationError> {
    let mut value = fixture();
    change(&mut value);
    match from_json(&value.to_string()) {
        Ok(_) => vec![],
        Err(errors) => errors,
    }
}

#[track_caller]
fn assert_fails(change: impl FnOnce(&mut Value), rule: Rule, entry: &str, field: &str) {
    let errors = errors_after(change);
    assert!(
        errors
            .iter()
            .any(|e| e.rule == rule && e.entry == entry && e.field == field),
        "expected {rule:?} on `{entry}` field `{field}`, got {errors:#?}"
    );
    // The message a maintainer reads names the entry and the field.
    let shown = errors[0].to_string();
    assert!(shown.contains(&errors[0].entry) && shown.contains(&errors[0].field));
}

#[test]
fn the_fixture_itself_is_valid() {
    assert_eq!(errors_after(|_| {}), vec![]);
    let data = from_json(&fixture().to_string()).unwrap();
    assert_eq!(validate(&data), Ok(()));
}

#[test]
fn ids_are_unique_across_events_echoes_steps_and_claims() {
    assert_fails(
        |v| v["echoes"][0]["id"] = json!("attack"),
        Rule::DuplicateId,
        "attack",
        "id",
    );
    assert_fails(
        |v| v["claims"][0]["id"] = json!("step"),
        Rule::DuplicateId,
        "step",
        "id",
    );
}

#[test]
fn ids_are_kebab_case() {
    for id in [
        "Attack",
        "attack--now",
        "-attack",
        "attack_now",
        "atta ck",
        "",
    ] {
        assert_fails(
            |v| {
                v["events"][0]["id"] = json!(id);
                v["echoes"][0]["then"][0] = json!(id);
                v["claims"][0]["events"][0] = json!(id);
            },
            Rule::NotKebabCase,
            id,
            "id",
        );
    }
}

#[test]
fn every_reference_resolves() {
    assert_fails(
        |v| v["events"][0]["actors"][0] = json!("ussr"),
        Rule::UnknownReference,
        "attack",
        "actors[0]",
    );
    assert_fails(
        |v| v["events"][0]["lane"] = json!("1951"),
        Rule::UnknownReference,
        "attack",
        "lane",
    );
    assert_fails(
        |v| v["echoes"][0]["now"][0] = json!("nothing"),
        Rule::UnknownReference,
        "pair",
        "now[0]",
    );
    assert_fails(
        |v| v["argument"][0]["echoes"][0] = json!("nothing"),
        Rule::UnknownReference,
        "step",
        "echoes[0]",
    );
    assert_fails(
        |v| v["argument"][0]["claims"][0] = json!("nothing"),
        Rule::UnknownReference,
        "step",
        "claims[0]",
    );
    assert_fails(
        |v| v["claims"][0]["events"][0] = json!("nothing"),
        Rule::UnknownReference,
        "claim",
        "events[0]",
    );
}

#[test]
fn each_echo_has_an_end_on_both_lanes() {
    assert_fails(
        |v| v["echoes"][0]["now"] = json!([]),
        Rule::EchoEnds,
        "pair",
        "now",
    );
    assert_fails(
        |v| v["echoes"][0]["then"] = json!(["treaty"]),
        Rule::EchoEnds,
        "pair",
        "then[0]",
    );
}

#[test]
fn dates_parse_and_lie_in_their_lane() {
    assert_fails(
        |v| v["events"][0]["date"] = json!("1950-02-30"),
        Rule::BadDate,
        "attack",
        "date",
    );
    assert_fails(
        |v| v["events"][0]["date"] = json!("25 June 1950"),
        Rule::BadDate,
        "attack",
        "date",
    );
    assert_fails(
        |v| v["events"][0]["date"] = json!("1950-07/1950-06"),
        Rule::BadDate,
        "attack",
        "date",
    );
    assert_fails(
        |v| v["events"][0]["date"] = json!("1951-01-01"),
        Rule::OutsideLane,
        "attack",
        "date",
    );
    assert_fails(
        |v| v["events"][1]["date"] = json!("2023-06/2023-08"),
        Rule::OutsideLane,
        "treaty",
        "date",
    );
    assert_fails(
        |v| v["events"][2]["date"] = json!("1950-06"),
        Rule::OutsideLane,
        "old-treaty",
        "date",
    );
}

#[test]
fn an_event_after_the_essay_is_sourced_dated_after_both_periods_and_says_how_it_bears() {
    let after =
        |field: &'static str, value: Value| move |v: &mut Value| v["events"][3][field] = value;
    assert_fails(
        after("sources", json!([])),
        Rule::MissingSource,
        "parade",
        "sources",
    );
    // After `as_of`, and inside the 2023–24 period, which the essay closed.
    assert_fails(
        after("date", json!("2026-11-30")),
        Rule::OutsideLane,
        "parade",
        "date",
    );
    assert_fails(
        after("date", json!("2024-12")),
        Rule::OutsideLane,
        "parade",
        "date",
    );
    assert_fails(
        |v| {
            v["events"][3]
                .as_object_mut()
                .unwrap()
                .remove("bearing")
                .map(drop)
                .unwrap()
        },
        Rule::EmptyText,
        "parade",
        "bearing",
    );
    assert_fails(
        after("bearing", json!("<b>Beijing</b>")),
        Rule::Markup,
        "parade",
        "bearing",
    );
    // Only that group says how an event bears on the essay.
    assert_fails(
        |v| v["events"][0]["bearing"] = json!("A reading."),
        Rule::Shape,
        "attack",
        "bearing",
    );
    // A group the renderer does not know.
    assert_fails(
        after("lane", json!("after")),
        Rule::UnknownReference,
        "parade",
        "lane",
    );
}

#[test]
fn every_event_has_a_source_with_a_web_address() {
    assert_fails(
        |v| v["events"][0]["sources"] = json!([]),
        Rule::MissingSource,
        "attack",
        "sources",
    );
    for url in [
        "example.org/doc",
        "ftp://example.org/x",
        "https://localhost/x",
        "https://exa mple.org/",
        "javascript:alert(1)",
    ] {
        assert_fails(
            |v| v["events"][0]["sources"][0]["url"] = json!(url),
            Rule::BadUrl,
            "attack",
            "sources[0].url",
        );
    }
    assert_fails(
        |v| v["claims"][0]["sources"] = json!([]),
        Rule::MissingSource,
        "claim",
        "sources",
    );
    // An unverified claim may stand without a source: the app says it is unverified.
    let errors = errors_after(|v| {
        v["claims"][0]["sources"] = json!([]);
        v["claims"][0]["verdict"] = json!("unverified");
    });
    assert_eq!(errors, vec![]);
}

#[test]
fn no_text_field_is_empty() {
    assert_fails(
        |v| v["events"][0]["summary"] = json!("  "),
        Rule::EmptyText,
        "attack",
        "summary",
    );
    assert_fails(
        |v| v["echoes"][0]["breaks"] = json!(""),
        Rule::EmptyText,
        "pair",
        "breaks",
    );
    assert_fails(
        |v| v["claims"][0]["record"] = json!(""),
        Rule::EmptyText,
        "claim",
        "record",
    );
}

#[test]
fn text_is_plain_never_html() {
    assert_fails(
        |v| v["events"][0]["title"] = json!("<script>alert(1)</script>"),
        Rule::Markup,
        "attack",
        "title",
    );
    assert_fails(
        |v| v["echoes"][0]["parallel"] = json!("a\nb"),
        Rule::Markup,
        "pair",
        "parallel",
    );
}

#[test]
fn a_short_title_fits_a_lane_label() {
    for (short, rule) in [
        ("   ", Rule::EmptyText),
        ("The attack across the 38th", Rule::TooLong),
        ("Attack & counter-attack", Rule::Markup),
        ("The \"attack\"", Rule::Markup),
        ("<i>Attack</i>", Rule::Markup),
    ] {
        assert_fails(
            |v| v["events"][0]["short"] = json!(short),
            rule,
            "attack",
            "short",
        );
    }
    // Characters are counted, not bytes: 24 of them pass however many bytes they take.
    let errors = errors_after(|v| v["events"][0]["short"] = json!("Ю".repeat(24)));
    assert_eq!(errors, vec![]);
    let errors = errors_after(|v| v["events"][0]["short"] = json!("Ю".repeat(25)));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        (errors[0].rule, &*errors[0].entry, &*errors[0].field),
        (Rule::TooLong, "attack", "short")
    );
    // An event without one is refused by name.
    let remove = |v: &mut Value| {
        v["events"][1].as_object_mut().unwrap().remove("short");
    };
    assert_fails(remove, Rule::Shape, "treaty", "");
    assert!(errors_after(remove)[0].reason.contains("`short`"));
}

#[test]
fn the_index_keeps_every_short_title() {
    let index = DATASET.index();
    assert!(index.events.iter().all(|e| e.summary.is_empty()));
    let shorts = |events: &[echoes_model::dataset::Event]| {
        events
            .iter()
            .map(|e| e.short.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(shorts(&index.events), shorts(&DATASET.events));
    assert!(index.events.iter().all(|e| !e.short.trim().is_empty()));
}

#[test]
fn the_index_keeps_titles_only_where_the_pages_do_not_carry_them() {
    assert!(DATASET.index().events.iter().all(|e| e.title.is_empty()));
    // Beyond the markers a page carries, the app builds them, titles and all, from its index.
    let mut many = DATASET.clone();
    let first = many.events[0].clone();
    many.events.to_mut().extend((0..IN_PAGE_MAX).map(|i| Event {
        id: format!("{}-{i}", first.id).into(),
        ..first.clone()
    }));
    let index = many.index();
    assert!(index
        .events
        .iter()
        .zip(many.events.iter())
        .all(|(indexed, event)| indexed.title == event.title && !indexed.title.is_empty()));
}

#[test]
fn actor_colours_show_on_light_and_dark_pages() {
    assert_fails(
        |v| v["actors"][0]["color"] = json!("#ffff66"),
        Rule::LowContrast,
        "dprk",
        "color",
    );
    assert_fails(
        |v| v["actors"][0]["color"] = json!("#000033"),
        Rule::LowContrast,
        "dprk",
        "color",
    );
    assert_fails(
        |v| v["actors"][0]["color"] = json!("blue"),
        Rule::LowContrast,
        "dprk",
        "color",
    );
}

#[test]
fn a_malformed_entry_is_named_by_its_id() {
    assert_fails(
        |v| v["events"][1]["themes"][0] = json!("glory"),
        Rule::Shape,
        "treaty",
        "themes[0]",
    );
    assert_fails(
        |v| {
            v["events"][0].as_object_mut().unwrap().remove("summary");
        },
        Rule::Shape,
        "attack",
        "",
    );
    assert_fails(
        |v| v["echoes"][0]["typo"] = json!(1),
        Rule::Shape,
        "pair",
        "typo",
    );
}

#[test]
fn a_primary_source_is_the_record_not_a_listing() {
    for url in [
        "https://example.org/",
        "https://example.org",
        "https://en.kremlin.ru/catalog/countries/KP/events",
        "https://en.kremlin.ru/catalog/countries/KP",
        "https://history.state.gov/historicaldocuments/frus1950v07",
        "https://example.org/search?q=korea",
        "https://example.org/news?query=treaty",
        "https://example.org/tag/korea",
        "https://example.org/archive/index.html",
    ] {
        assert_fails(
            |v| v["events"][0]["sources"][0]["url"] = json!(url),
            Rule::NotTheRecord,
            "attack",
            "sources[0].url",
        );
    }
    // The same page may stand as a secondary pointer, and a document below a listing is fine.
    let errors = errors_after(|v| {
        v["events"][0]["sources"][0]["url"] = json!("https://example.org/");
        v["events"][0]["sources"][0]["kind"] = json!("secondary");
    });
    assert_eq!(errors, vec![]);
    for url in [
        "https://history.state.gov/historicaldocuments/frus1950v07/d59",
        "https://en.kremlin.ru/events/president/news/12345",
        // One event filed under a country: the record, though its path has a catalogue in it.
        "https://en.kremlin.ru/catalog/countries/CN/events/72529",
        "https://undocs.org/S/RES/82(1950)",
    ] {
        let errors = errors_after(|v| {
            for i in 0..3 {
                v["events"][i]["sources"][0]["url"] = json!(url);
            }
            v["claims"][0]["sources"][0]["url"] = json!(url);
        });
        assert_eq!(errors, vec![], "{url}");
    }
}

#[test]
fn an_entry_cites_each_source_once() {
    assert_fails(
        |v| {
            let source = v["events"][0]["sources"][0].clone();
            v["events"][0]["sources"]
                .as_array_mut()
                .unwrap()
                .push(source);
        },
        Rule::RepeatedSource,
        "attack",
        "sources[1].url",
    );
    let claim = |v: &mut Value| {
        let source = v["claims"][0]["sources"][0].clone();
        v["claims"][0]["sources"]
            .as_array_mut()
            .unwrap()
            .push(source);
    };
    let errors = errors_after(claim);
    assert!(errors
        .iter()
        .any(|e| e.rule == Rule::RepeatedSource && e.field == "sources[1].url"));
}

#[test]
fn a_source_url_is_https_unless_the_site_has_none() {
    assert_fails(
        |v| v["events"][0]["sources"][0]["url"] = json!("http://example.org/doc/1"),
        Rule::Insecure,
        "attack",
        "sources[0].url",
    );
    // A host that serves no https is listed in the model, and passes.
    let errors = errors_after(|v| {
        for i in 0..3 {
            v["events"][i]["sources"][0]["url"] = json!("http://www.kcna.kp/en/article/1");
        }
        v["claims"][0]["sources"][0]["url"] = json!("http://www.kcna.kp/en/article/1");
    });
    assert_eq!(errors, vec![]);
}

#[test]
fn one_url_carries_one_title() {
    assert_fails(
        |v| v["events"][1]["sources"][0]["title"] = json!("Another title"),
        Rule::ConflictingTitle,
        "treaty",
        "sources[0].title",
    );
    // Scheme, `www.` and a trailing slash do not make it another document.
    assert_fails(
        |v| {
            v["claims"][0]["sources"][0]["url"] = json!("https://www.example.org/doc/1/");
            v["claims"][0]["sources"][0]["title"] = json!("Cable, retitled");
        },
        Rule::ConflictingTitle,
        "claim",
        "sources[0].title",
    );
}

#[test]
fn the_dataset_has_a_version_and_an_as_of_day() {
    for version in ["1.1", "v1.1.0", "1.01.0", "1.1.0-draft", ""] {
        assert_fails(
            |v| v["version"] = json!(version),
            Rule::Version,
            "dataset",
            "version",
        );
    }
    assert_fails(
        |v| {
            v.as_object_mut().unwrap().remove("version");
        },
        Rule::Version,
        "dataset",
        "version",
    );
    for day in ["2026-11", "2026-02-30", "29 November 2026", ""] {
        assert_fails(
            |v| v["as_of"] = json!(day),
            Rule::Version,
            "dataset",
            "as_of",
        );
    }
    assert_fails(
        |v| {
            v.as_object_mut().unwrap().remove("as_of");
        },
        Rule::Version,
        "dataset",
        "as_of",
    );
    // The real dataset says which edition it is, and its changelog records that edition.
    assert!(is_semver(&DATASET.version), "{}", DATASET.version);
    let changelog = include_str!("../../assets/data/CHANGELOG.md");
    assert!(
        changelog.contains(&format!("## {}", DATASET.version)),
        "CHANGELOG.md has no entry for {}",
        DATASET.version
    );
}
