//! The playhead's one owner: the address holds its day, the reader's gesture its exact place.

mod common;
use common::DATASET;
use echoes_model::date::Day;
use echoes_model::playhead::Placed;
use echoes_model::route::{Mode, Route, View};
use echoes_model::timeline::{Side, Timeline};

fn timeline() -> Timeline<'static> {
    Timeline::new(&DATASET)
}

fn route(path: &str, query: &str) -> Route {
    Route::parse(path, query, &DATASET)
}

fn settled(x: f64) -> Option<Placed> {
    Some(Placed { x, moving: false })
}

#[test]
fn an_event_address_puts_the_playhead_on_its_event_in_either_alignment() {
    let timeline = timeline();
    let event = timeline.event_index("inchon-landing").unwrap();
    for mode in [Mode::Calendar, Mode::Aligned] {
        let mut inchon = route("/e/inchon-landing", "");
        inchon.mode = mode;
        let x = timeline.playhead_x(&inchon, None, Some(0.9));
        assert_eq!(x, timeline.x_of_event(event, mode), "{mode:?}");
    }
}

#[test]
fn an_event_outside_both_periods_leaves_the_playhead_where_it_was() {
    let timeline = timeline();
    let context = DATASET.events.iter().find(|e| e.lane == "context");
    let context = context.expect("the dataset has context events");
    let page = route(&format!("/e/{}", context.id), "");
    assert_eq!(timeline.playhead_x(&page, None, Some(0.4)), 0.4);
    assert_eq!(timeline.playhead_x(&page, None, None), 0.0);
}

#[test]
fn at_leads_over_the_selected_event() {
    let timeline = timeline();
    let inchon = route("/e/inchon-landing", "at=1950-06-25");
    let x = timeline.playhead_x(&inchon, None, None);
    assert_eq!(
        timeline.day_at(Side::Then, x, Mode::Calendar),
        Day::parse("1950-06-25").unwrap()
    );
}

#[test]
fn a_moving_playhead_leads_over_the_address() {
    let timeline = timeline();
    let inchon = route("/e/inchon-landing", "");
    let moving = Some(Placed {
        x: 0.1,
        moving: true,
    });
    assert_eq!(timeline.playhead_x(&inchon, moving, None), 0.1);
}

#[test]
fn a_settled_place_keeps_its_exact_position_within_the_addresss_day() {
    let timeline = timeline();
    let event = timeline.event_index("inchon-landing").unwrap();
    let start = timeline.x_of_event(event, Mode::Calendar);
    let within = start + 1e-5;
    assert_eq!(
        timeline.day_at(Side::Then, within, Mode::Calendar),
        timeline.day_at(Side::Then, start, Mode::Calendar),
        "the test's place is on Inchon's day"
    );
    let inchon = route("/e/inchon-landing", "");
    assert_eq!(timeline.playhead_x(&inchon, settled(within), None), within);
}

#[test]
fn an_address_on_another_day_moves_a_settled_playhead() {
    let timeline = timeline();
    let event = timeline.event_index("inchon-landing").unwrap();
    let inchon = route("/e/inchon-landing", "");
    let x = timeline.playhead_x(&inchon, settled(0.05), None);
    assert_eq!(x, timeline.x_of_event(event, Mode::Calendar));
}

#[test]
fn an_address_without_a_place_leaves_the_playhead_where_it_was() {
    let timeline = timeline();
    let home = Route::home();
    assert_eq!(timeline.playhead_x(&home, settled(0.4), None), 0.4);
    assert_eq!(timeline.playhead_x(&home, None, Some(0.3)), 0.3);
    assert_eq!(timeline.playhead_x(&home, None, None), 0.0);
}

#[test]
fn coming_to_rest_on_the_selected_events_day_writes_nothing() {
    let timeline = timeline();
    let event = timeline.event_index("inchon-landing").unwrap();
    let x = timeline.x_of_event(event, Mode::Calendar);
    let inchon = route("/e/inchon-landing", "");
    assert_eq!(
        timeline.day_to_remember(&inchon, x),
        None,
        "the event's own address stays"
    );
    let day_later = timeline.x(
        Side::Then,
        Day::parse("1950-09-16").unwrap().0 as f64,
        Mode::Calendar,
    );
    assert_eq!(
        timeline.day_to_remember(&inchon, day_later),
        Day::parse("1950-09-16"),
        "another day is remembered"
    );
}

#[test]
fn coming_to_rest_on_the_days_at_names_writes_nothing_and_elsewhere_writes_the_day() {
    let timeline = timeline();
    let day = Day::parse("1950-06-25").unwrap();
    let there = route("/", "at=1950-06-25");
    let x = timeline.x_of_day(day, Mode::Calendar).unwrap();
    assert_eq!(timeline.day_to_remember(&there, x), None);
    assert_eq!(
        timeline.day_to_remember(&Route::home(), x),
        Some(day),
        "the home page has no day of its own"
    );
}

#[test]
fn an_echo_address_puts_the_playhead_on_its_1950_end() {
    let timeline = timeline();
    let echo = &DATASET.echoes[0];
    let first = timeline.event_index(&echo.then[0]).unwrap();
    let at_echo = Route {
        view: View::Echo(echo.id.to_string()),
        ..Route::home()
    };
    assert_eq!(
        timeline.playhead_x(&at_echo, None, None),
        timeline.x_of_event(first, Mode::Calendar)
    );
}
