//! Addresses: every route formats and parses back to itself, and no input makes parsing panic.

mod common;
use common::DATASET;
use echoes_model::date::Day;
use echoes_model::meta::page_meta;
use echoes_model::route::{Mode, Route, View};
use proptest::prelude::*;

fn route_strategy() -> impl Strategy<Value = Route> {
    let events: Vec<String> = DATASET.events.iter().map(|e| e.id.to_string()).collect();
    let echoes: Vec<String> = DATASET.echoes.iter().map(|e| e.id.to_string()).collect();
    let view = prop_oneof![
        Just(View::Home),
        Just(View::About),
        prop::sample::select(events).prop_map(View::Event),
        prop::sample::select(echoes).prop_map(View::Echo),
    ];
    let lane_day = prop_oneof![
        (Day::parse("1949-10-01").unwrap().0..=Day::parse("1950-12-31").unwrap().0),
        (Day::parse("2023-07-01").unwrap().0..=Day::parse("2024-12-31").unwrap().0),
    ]
    .prop_map(Day);
    (view, prop::bool::ANY, prop::option::of(lane_day)).prop_map(|(view, aligned, at)| Route {
        view,
        mode: if aligned {
            Mode::Aligned
        } else {
            Mode::Calendar
        },
        at,
    })
}

fn parse_href(href: &str) -> Route {
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    Route::parse(path, query, &DATASET)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn format_then_parse_is_the_identity(route in route_strategy()) {
        prop_assert_eq!(parse_href(&route.href()), route);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn parsing_never_panics(path in any::<String>(), query in any::<String>()) {
        let route = Route::parse(&path, &query, &DATASET);
        // Whatever came in, a title can be shown for it.
        let _ = page_meta(&route.view, &DATASET);
    }

    #[test]
    fn hostile_shapes_never_panic(
        prefix in prop::sample::select(vec!["/e/", "/echo/", "/", "/about/", "/e/%", "/../", "//"]),
        body in "(%[0-9A-Fa-f]{0,2}|[a-z-]{1,8}|\\.\\./|[\u{80}-\u{10FFFF}]|%00|<script>|/){0,40}",
        query in "(at=[0-9-]{0,12}|mode=[a-z]{0,9}|&|=|%[0-9A-F]{2}){0,6}",
    ) {
        let route = Route::parse(&format!("{prefix}{body}"), &query, &DATASET);
        if let View::Event(id) = &route.view {
            prop_assert!(DATASET.events.iter().any(|e| e.id == *id));
        }
        if let Some(at) = route.at {
            let year = &at.iso()[..4];
            prop_assert!(["1949", "1950", "2023", "2024"].contains(&year));
        }
    }
}

#[test]
fn known_addresses() {
    assert_eq!(parse_href("/").view, View::Home);
    assert_eq!(parse_href("/about").view, View::About);
    assert_eq!(parse_href("/about/").view, View::About);
    assert_eq!(
        parse_href("/e/inchon-landing").view,
        View::Event("inchon-landing".into())
    );
    // Static hosts serve pre-rendered pages with a trailing slash; escapes decode.
    assert_eq!(
        parse_href("/e/inchon-landing/").view,
        View::Event("inchon-landing".into())
    );
    assert_eq!(
        parse_href("/e/inchon%2Dlanding").view,
        View::Event("inchon-landing".into())
    );
    let route = parse_href("/e/inchon-landing?mode=aligned&at=1950-10-19");
    assert_eq!(route.mode, Mode::Aligned);
    assert_eq!(route.at.map(Day::iso).as_deref(), Some("1950-10-19"));
}

#[test]
fn junk_in_the_query_falls_back_to_defaults() {
    for query in [
        "at=yesterday",
        "at=1950-02-30",
        "at=1975-01-01",
        "mode=sideways",
        "at=%00",
        "at=",
    ] {
        let route = parse_href(&format!("/?{query}"));
        assert_eq!((route.mode, route.at), (Mode::Calendar, None), "{query}");
    }
}

#[test]
fn unknown_ids_are_not_found_with_the_nearest_suggested() {
    let View::NotFound { path, suggestions } = parse_href("/e/inchon-landin").view else {
        panic!("an unknown id must be not-found");
    };
    assert_eq!(path, "/e/inchon-landin");
    assert_eq!(
        suggestions.first().map(|s| s.path.as_str()),
        Some("/e/inchon-landing")
    );

    for hostile in [
        "/e/<script>",
        "/e/%00",
        "/../../etc/passwd",
        "/e/%E0%A4%A",
        "/e/x/y",
        "/E/inchon-landing",
    ] {
        assert!(
            matches!(parse_href(hostile).view, View::NotFound { .. }),
            "{hostile}"
        );
    }
    let long = format!("/e/{}", "a".repeat(5000));
    let View::NotFound { suggestions, .. } = parse_href(&long).view else {
        panic!("a 5,000-character path must be not-found");
    };
    assert!(suggestions.is_empty());
}
