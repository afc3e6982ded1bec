//! Addresses: every route formats and parses back to itself, and no input makes parsing panic.

mod common;
use common::DATASET;
use echoes_model::date::Day;
use echoes_model::meta::page_meta;
use echoes_model::route::{Mode, Route, View, Zoom, MAX_ZOOM};
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
    let first_lane_day =
        (Day::parse("1949-10-01").unwrap().0..=Day::parse("1950-12-31").unwrap().0).prop_map(Day);
    let zoom = (1..=MAX_ZOOM, prop::option::of(first_lane_day))
        .prop_map(|(factor, centre)| Zoom::new(factor, centre));
    (view, prop::bool::ANY, prop::option::of(lane_day), zoom).prop_map(
        |(view, aligned, at, zoom)| Route {
            view,
            mode: if aligned {
                Mode::Aligned
            } else {
                Mode::Calendar
            },
            at,
            zoom,
        },
    )
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
        query in "(at=[0-9-]{0,12}|mode=[a-z]{0,9}|z=[0-9.e+-]{0,24}|c=[0-9-]{0,12}|&|=|%[0-9A-F]{2}){0,6}",
    ) {
        let route = Route::parse(&format!("{prefix}{body}"), &query, &DATASET);
        if let View::Event(id) = &route.view {
            prop_assert!(DATASET.events.iter().any(|e| e.id == *id));
        }
        if let Some(at) = route.at {
            let year = &at.iso()[..4];
            prop_assert!(["1949", "1950", "2023", "2024"].contains(&year));
        }
        prop_assert!((1..=MAX_ZOOM).contains(&route.zoom.factor));
        if let Some(centre) = route.zoom.centre {
            prop_assert!(route.zoom.factor > 1);
            prop_assert!(["1949", "1950"].contains(&&centre.iso()[..4]));
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

#[test]
fn junk_zoom_values_fall_back_to_the_defaults() {
    let zoom = |query: &str| Route::parse("/", query, &DATASET).zoom;
    let centre = Day::parse("1950-06-25");
    assert_eq!(zoom("z=4&c=1950-06-25"), Zoom::new(4, centre));
    for factor in [
        "0",
        "33",
        "255",
        "256",
        "99999999999999999999",
        "-2",
        "4.5",
        "1e1",
        "abc",
        "%00",
        "",
        "04x",
    ] {
        assert_eq!(
            zoom(&format!("z={factor}&c=1950-06-25")).factor,
            1,
            "z={factor}"
        );
    }
    for junk in [
        "2024-01-01",
        "1950-13-01",
        "1950-06-25T00",
        "<img>",
        "",
        "1950-6-25",
    ] {
        assert_eq!(
            zoom(&format!("z=8&c={junk}")),
            Zoom::new(8, None),
            "c={junk}"
        );
    }
    // A centre means nothing unzoomed, and is not kept.
    assert_eq!(zoom("c=1950-06-25"), Zoom::NONE);
    assert_eq!(Route::parse("/", "z=1&c=1950-06-25", &DATASET).href(), "/");
    let long = "9".repeat(5_000);
    assert_eq!(zoom(&format!("z={long}&c={long}")), Zoom::NONE);
}
