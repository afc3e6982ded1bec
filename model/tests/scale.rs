//! The echo-aligned warp and the timeline index, checked by their laws.

mod common;
use common::DATASET;
use echoes_model::date::Day;
use echoes_model::route::{Mode, Zoom, MAX_ZOOM};
use echoes_model::scale::{longest_non_crossing, LaneScale, Warp};
use echoes_model::timeline::{
    wrapped_lines, Label, LabelSize, MarkerSize, Side, Timeline, Window, DOWN_CHAR_PX,
    DOWN_LABEL_AIR_PX, DOWN_LANE_PX, DOWN_LINE_PX, GROUP_BADGE, MARKER_ROWS, TICK_LABEL_SPACING,
};
use proptest::prelude::*;
use std::sync::LazyLock;

fn lanes() -> (LaneScale, LaneScale) {
    let then = LaneScale::new(
        Day::parse("1949-10-01").unwrap(),
        Day::parse("1950-12-31").unwrap(),
    );
    let now = LaneScale::new(
        Day::parse("2023-07-01").unwrap(),
        Day::parse("2024-12-31").unwrap(),
    );
    (then, now)
}

/// The largest non-crossing subset, by trying every subset (for small sets only).
fn brute_force_best(pairs: &[(f64, f64)]) -> usize {
    let mut best = 0;
    for mask in 0u32..(1 << pairs.len()) {
        let mut chosen: Vec<(f64, f64)> = (0..pairs.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| pairs[i])
            .collect();
        chosen.sort_by(|a, b| a.0.total_cmp(&b.0));
        if chosen
            .windows(2)
            .all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1)
        {
            best = best.max(chosen.len());
        }
    }
    best
}

fn pairs_strategy() -> impl Strategy<Value = Vec<(f64, f64)>> {
    let (then, now) = lanes();
    // Whole days, inside both lanes: where echo ends fall.
    prop::collection::vec(
        (
            (then.first() as i64 + 1..then.end() as i64 - 1).prop_map(|d| d as f64 + 0.5),
            (now.first() as i64 + 1..now.end() as i64 - 1).prop_map(|d| d as f64 + 0.5),
        ),
        0..12,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn the_warp_is_strictly_monotone(pairs in pairs_strategy()) {
        let (then, now) = lanes();
        let (warp, _) = Warp::through(then, now, &pairs);
        let mut previous = f64::NEG_INFINITY;
        let mut day = now.first();
        while day <= now.end() {
            let mapped = warp.apply(day);
            prop_assert!(mapped > previous, "not increasing at day {day}");
            previous = mapped;
            day += 0.5;
        }
        prop_assert!((warp.apply(now.first()) - then.first()).abs() < 1e-9);
        prop_assert!((warp.apply(now.end()) - then.end()).abs() < 1e-9);
    }

    #[test]
    fn chosen_pairs_coincide(pairs in pairs_strategy()) {
        let (then, now) = lanes();
        let (warp, chosen) = Warp::through(then, now, &pairs);
        for i in chosen {
            let (t, n) = pairs[i];
            prop_assert!((warp.apply(n) - t).abs() < 1e-6, "pair {i} lands {} days off", warp.apply(n) - t);
        }
    }

    #[test]
    fn the_inverse_round_trips_within_a_day(pairs in pairs_strategy(), x in 0.0f64..1.0) {
        let (then, now) = lanes();
        let (warp, _) = Warp::through(then, now, &pairs);
        let now_day = now.day_at(x);
        prop_assert!((warp.invert(warp.apply(now_day)) - now_day).abs() < 1.0);
        let then_day = then.day_at(x);
        prop_assert!((warp.apply(warp.invert(then_day)) - then_day).abs() < 1.0);
    }

    #[test]
    fn the_chosen_set_is_the_largest_that_does_not_cross(pairs in pairs_strategy()) {
        let chosen = longest_non_crossing(&pairs);
        prop_assert_eq!(chosen.len(), brute_force_best(&pairs));
        for w in chosen.windows(2) {
            let (a, b) = (pairs[w[0]], pairs[w[1]]);
            prop_assert!(a.0 < b.0 && a.1 < b.1);
        }
    }
}

#[test]
fn crossing_pairs_leave_one_out() {
    let (then, now) = lanes();
    let mid = |scale: LaneScale, f: f64| scale.first() + f * (scale.end() - scale.first());
    // The second pair crosses the first two: it cannot be aligned.
    let pairs = [
        (mid(then, 0.2), mid(now, 0.3)),
        (mid(then, 0.5), mid(now, 0.1)),
        (mid(then, 0.7), mid(now, 0.8)),
    ];
    let (_, chosen) = Warp::through(then, now, &pairs);
    assert_eq!(chosen, vec![0, 2]);
}

#[test]
fn the_real_timeline_aligns_some_echoes_and_finds_current_events() {
    let timeline = Timeline::new(&DATASET);
    assert!(timeline.aligned.iter().filter(|a| **a).count() >= 2);
    for (echo, aligned) in timeline.aligned.iter().enumerate() {
        if !aligned {
            continue;
        }
        // Independently of the timeline's own anchors: the middles of each end's first event.
        let (then, now) = timeline.echo_ends(echo);
        let middle = |e: usize| {
            let d = timeline.dates[e];
            (d.first_day().0 as f64 + d.last_day().0 as f64 + 1.0) / 2.0
        };
        assert_eq!(timeline.anchors[echo], (middle(then[0]), middle(now[0])));
        let a = timeline.x(Side::Then, middle(then[0]), Mode::Aligned);
        let b = timeline.x(Side::Now, middle(now[0]), Mode::Aligned);
        assert!((a - b).abs() < 1e-9, "echo {echo}: {a} vs {b}");
    }
    // The playhead on the day of the attack makes the attack current.
    let attack = timeline.event_index("kpa-invasion").unwrap();
    let x = timeline.x_of_event(attack, Mode::Calendar);
    let day = timeline.day_at(Side::Then, x, Mode::Calendar);
    assert_eq!(day.iso(), "1950-06-25");
    let current = timeline.then.current(day).unwrap();
    assert_eq!(timeline.dates[current].first_day(), day);
    // Before the first event nothing is current; stepping forward from there finds one.
    assert_eq!(timeline.then.current(Day(0)), None);
    let first = timeline.step(-1.0, true, Mode::Calendar).unwrap();
    assert!(timeline.x_of_event(first, Mode::Calendar) >= 0.0);
    assert_eq!(timeline.step(2.0, true, Mode::Calendar), None);
}

static TIMELINE: LazyLock<Timeline<'static>> = LazyLock::new(|| Timeline::new(&DATASET));

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Two markers share a row and touch only where every row is taken. (The real boxes are
    /// checked in the browser at 320, 360 and 1280 px.)
    #[test]
    fn markers_share_a_row_only_when_every_row_is_taken(lane_px in 150.0f64..4000.0, aligned: bool, room in 1..=MARKER_ROWS) {
        let timeline = &*TIMELINE;
        let mode = if aligned { Mode::Aligned } else { Mode::Calendar };
        let size = MarkerSize::SCREEN;
        let rows = timeline.marker_rows(mode, size, lane_px, room);
        let span = |e: usize| timeline.marker_span(e, mode, size, lane_px);
        let gap = size.gap / lane_px;
        for lane in [&timeline.then, &timeline.now] {
            for (i, &a) in lane.events.iter().enumerate() {
                for &b in &lane.events[i + 1..] {
                    let ((_, a_right), (b_left, _)) = (span(a), span(b));
                    if rows[a] != rows[b] || a_right + gap <= b_left {
                        continue;
                    }
                    // Every row holds a marker (placed before b) that reaches b's left edge.
                    let busy: std::collections::BTreeSet<u8> = lane.events
                        .iter()
                        .take_while(|&&c| c != b)
                        .filter(|&&c| span(c).1 + gap > b_left)
                        .map(|&c| rows[c])
                        .collect();
                    prop_assert!(rows[b] < room);
                    prop_assert_eq!(
                        busy.len(),
                        usize::from(room),
                        "{} and {} collide at {} px in {:?}",
                        &*DATASET.events[a].id, &*DATASET.events[b].id, lane_px, mode
                    );
                }
            }
        }
    }

    /// At the level a lane's width gets, the labels shown keep their spacing apart, and the
    /// sets nest: a wider lane shows every label a narrower one does.
    #[test]
    fn tick_labels_keep_their_spacing_at_any_width(lane_px in 150.0f64..4000.0, aligned: bool) {
        let timeline = &*TIMELINE;
        let mode = if aligned { Mode::Aligned } else { Mode::Calendar };
        let level = Timeline::tick_label_level(lane_px);
        prop_assert!(Timeline::tick_label_level(lane_px * 2.0) <= level);
        for side in [Side::Then, Side::Now] {
            let months = timeline.months(side);
            let reach = timeline.tick_label_reach(side, mode);
            prop_assert_eq!(months.len(), reach.len());
            let shown: Vec<f64> = months
                .iter()
                .zip(&reach)
                .filter(|(_, r)| **r >= level)
                .map(|(m, _)| timeline.x(side, m.first_day().0 as f64, mode) * lane_px)
                .collect();
            prop_assert!(shown.len() >= 2, "{:?} {:?} at {} px: {} labels", side, mode, lane_px, shown.len());
            if level < 4 || lane_px >= 300.0 {
                for w in shown.windows(2) {
                    prop_assert!(
                        w[1] - w[0] >= TICK_LABEL_SPACING - 1e-6,
                        "{:?} {:?} at {} px: labels {} px apart", side, mode, lane_px, w[1] - w[0]
                    );
                }
            }
        }
    }
}

#[test]
fn every_event_start_reads_back_as_its_own_day() {
    let timeline = Timeline::new(&DATASET);
    for mode in [Mode::Calendar, Mode::Aligned] {
        for (side, lane) in [(Side::Then, &timeline.then), (Side::Now, &timeline.now)] {
            for &event in &lane.events {
                let x = timeline.x_of_event(event, mode);
                assert_eq!(
                    timeline.day_at(side, x, mode),
                    timeline.dates[event].first_day(),
                    "{}",
                    DATASET.events[event].id
                );
                assert_eq!(
                    timeline.x_of_day(timeline.dates[event].first_day(), mode),
                    Some(x)
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A label lies inside its lane, in its marker's row, and covers no marker and no other label
    /// there; a wider lane never labels fewer events.
    #[test]
    fn labels_cover_no_marker_and_no_other_label(lane_px in 150.0f64..6000.0, aligned: bool, room in 1..=MARKER_ROWS) {
        let timeline = &*TIMELINE;
        let mode = if aligned { Mode::Aligned } else { Mode::Calendar };
        let size = MarkerSize::SCREEN;
        let chars = |e: usize| DATASET.events[e].short.chars().count();
        let layout = |px: f64| {
            let rows = timeline.marker_rows(mode, size, px, room);
            let labels = timeline.marker_labels(mode, size, px, &rows, chars, LabelSize::SCREEN);
            (rows, labels)
        };
        let (rows, labels) = layout(lane_px);
        let span = |e: usize| timeline.marker_span(e, mode, size, lane_px);
        let gap = size.gap / lane_px;
        for lane in [&timeline.then, &timeline.now] {
            for &a in &lane.events {
                let Some(label) = labels[a] else { continue };
                let right = label.left + label.width_px / lane_px;
                prop_assert!(label.left >= span(a).1 && right <= 1.0 + 1e-9, "{} leaves its lane", &*DATASET.events[a].id);
                prop_assert!(label.width_px <= LabelSize::SCREEN.max_px);
                for &b in lane.events.iter().filter(|&&b| b != a && rows[b] == rows[a]) {
                    let (b_left, b_right) = span(b);
                    let clear = |l: f64, r: f64| right + gap <= l + 1e-9 || label.left >= r;
                    prop_assert!(clear(b_left, b_right), "{}'s label covers {} at {} px", &*DATASET.events[a].id, &*DATASET.events[b].id, lane_px);
                    if let Some(other) = labels[b] {
                        prop_assert!(clear(other.left, other.left + other.width_px / lane_px));
                    }
                }
            }
        }
        let count = |labels: &[Option<Label>]| labels.iter().flatten().count();
        prop_assert!(count(&layout(lane_px * 2.0).1) + 2 >= count(&labels));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// A zoomed window lies inside the lanes, maps screen and lane positions both ways, and always
    /// shows the playhead; the same zoom and playhead give the same window.
    #[test]
    fn a_zoom_window_stays_in_the_lanes_and_shows_the_playhead(
        factor in 1u8..=MAX_ZOOM,
        centre in prop::option::of(0i32..460),
        playhead in 0.0f64..=1.0,
    ) {
        let timeline = &*TIMELINE;
        let first = Day::parse("1949-10-01").unwrap().0;
        let zoom = Zoom::new(factor, centre.map(|d| Day(first + d)));
        let window = timeline.window(zoom, playhead);
        prop_assert!(window.start >= 0.0 && window.lane(1.0) <= 1.0 + 1e-9);
        prop_assert!(window.shows(playhead) || (window.screen(playhead) - 1.0).abs() < 1e-9);
        prop_assert!((window.lane(window.screen(0.3)) - 0.3).abs() < 1e-9);
        prop_assert!(timeline.window(zoom, playhead) == window);
        if factor == 1 {
            prop_assert!(window == Window::WHOLE);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The one-pass overlap check says what comparing every pair of markers in a row says.
    #[test]
    fn the_overlap_check_agrees_with_every_pair(lane_px in 300.0f64..15000.0, aligned: bool, room in 1..=MARKER_ROWS) {
        let timeline = &*TIMELINE;
        let mode = if aligned { Mode::Aligned } else { Mode::Calendar };
        let size = MarkerSize::SCREEN;
        let rows = timeline.marker_rows(mode, size, lane_px, room);
        let span = |e: usize| timeline.marker_span(e, mode, size, lane_px);
        let pairwise = [&timeline.then, &timeline.now].iter().any(|lane| {
            lane.events.iter().enumerate().any(|(i, &a)| {
                lane.events[i + 1..].iter().any(|&b| {
                    let ((a_left, a_right), (b_left, b_right)) = (span(a), span(b));
                    rows[a] == rows[b] && a_left < b_right && b_left < a_right
                })
            })
        });
        prop_assert_eq!(timeline.markers_overlap(mode, size, lane_px, &rows), pairwise);
    }
}

/// Down a phone's lanes no two labels overlap, and every event has a label or is counted by
/// the label above it: a group that says how many it stands for, reaching no further than that
/// label's lines. A zoom (a longer lane) only splits groups.
#[test]
fn phone_labels_never_overlap_and_groups_count_every_event() {
    let timeline = &*TIMELINE;
    let width = 125.0;
    let height = |e: usize| {
        let words = format!(
            "{} {} {GROUP_BADGE}",
            timeline.dates[e].label_without_year(),
            timeline.data.events[e].short
        );
        wrapped_lines(&words, width) as f64 * DOWN_LINE_PX + DOWN_LABEL_AIR_PX
    };
    for mode in [Mode::Calendar, Mode::Aligned] {
        let coarse = timeline.down_labels(mode, DOWN_LANE_PX, width);
        let fine = timeline.down_labels(mode, DOWN_LANE_PX * 4.0, width);
        for lane in [&timeline.then, &timeline.now] {
            let top = |e: usize| timeline.x_of_event(e, mode) * DOWN_LANE_PX;
            let mut head: Option<usize> = None;
            let mut counted = 0;
            for &e in &lane.events {
                match (coarse[e], head) {
                    (Some(label), before) => {
                        if let Some(before) = before {
                            assert!(top(e) >= top(before) + height(before), "labels overlap");
                        }
                        counted += 1 + usize::from(label.more);
                        head = Some(e);
                    }
                    (None, Some(h)) => {
                        assert!(top(e) < top(h) + height(h), "{e} is far from its group");
                    }
                    (None, None) => panic!("the lane's first event has no label"),
                }
            }
            assert_eq!(
                counted,
                lane.events.len(),
                "every event labelled or counted"
            );
            let groups = lane
                .events
                .iter()
                .filter(|&&e| coarse[e].is_some_and(|l| l.more > 0));
            let split = lane.events.iter().filter(|&&e| fine[e].is_some()).count();
            let shown = lane.events.iter().filter(|&&e| coarse[e].is_some()).count();
            assert!(groups.count() > 0, "the real dataset has a dense week");
            assert!(split > shown, "zoomed in, groups split: {shown} to {split}");
        }
    }
}

#[test]
fn a_label_s_lines_are_counted_by_whole_words() {
    let line = DOWN_CHAR_PX * 10.0;
    assert_eq!(wrapped_lines("25 Jun Kim attacks", line), 2);
    assert_eq!(wrapped_lines("Seoul", line), 1);
    assert_eq!(wrapped_lines("", line), 1);
    // A word longer than a line is not cut: it takes a line of its own.
    assert_eq!(wrapped_lines("1 Oct Internationalisation", line), 2);
    assert_eq!(wrapped_lines("a bb ccc dddd", DOWN_CHAR_PX * 6.0), 3);
}
