//! The lanes: each period's axis and markers, the echo links between them, the playhead across
//! them and what it reads. The build writes them into every page, as the page's own address shows
//! them (`markup`); the app adopts that markup and moves it (`app`), creating none of it.
//!
//! The policy allows no `style` attribute (`style-src 'self'`), so the build also writes the
//! places into the stylesheet (`stylesheet`): each marker's and tick's place along time, and, for
//! a set of stage widths that container queries choose between, each marker's row and label. A
//! layout found for a width holds at any wider one (places scale with the width, labels and
//! markers do not), so a page shows no overlap at any width. Those rules apply while the stage is
//! `static`; the app lays the lanes out for the width it measures and takes the class away.

pub mod axis;
pub mod echo_links;
pub mod markers;
pub mod playhead;
pub mod readings;

use super::{part, Part};

pub const STAGE: Part = part!(class "stage");
pub const LANE: Part = part!(class "lane");
/// The markers' area, whose breadth down a phone's page sets how many rows fit.
pub const MARKER_AREA: Part = part!(class "marker-area");
/// On the stage until the app lays the lanes out: the build's stylesheet does till then.
pub const STATIC: Part = part!(class "static");
pub const PARTS: &[Part] = &[STAGE, LANE, MARKER_AREA, STATIC];

/// Below this width time runs down the page: a phone's lanes are too narrow to run across.
pub const PHONE: &str = "(max-width: 599.98px)";
/// Stage widths across, in CSS pixels, at which the lanes are laid out: a stage between two of
/// them is laid out as at the narrower, where the build's stylesheet (container queries) and the
/// app agree, so that the app changes nothing when it takes over. A layout holds at any wider
/// stage: places scale with the width, markers and labels do not.
pub const ACROSS_PX: [f64; 17] = [
    280.0, 360.0, 440.0, 520.0, 600.0, 680.0, 760.0, 840.0, 920.0, 1000.0, 1100.0, 1200.0, 1300.0,
    1450.0, 1600.0, 1750.0, 1900.0,
];

/// The width a stage `stage_px` wide is laid out at: the widest of `ACROSS_PX` it holds, or its
/// own below them.
pub fn layout_px(stage_px: f64) -> f64 {
    let fits = ACROSS_PX.iter().rev().find(|&&px| px <= stage_px);
    fits.copied().unwrap_or(stage_px)
}

/// Stage widths down a phone's page at which labels are laid out, as across (`ACROSS_PX`): a
/// stage between two is laid out as at the narrower, by the build's container queries and by the
/// app alike. The stage is the screen less 32 px: these are the stages of screens 312 (the
/// narrowest laid out), 360, 375, 390, 414 and 480 px wide.
pub const DOWN_STAGE_PX: [f64; 6] = [280.0, 328.0, 343.0, 358.0, 382.0, 448.0];

/// How wide a phone's labels may be on a stage `stage_px` wide, as style.css sizes them: half
/// the stage, less half the gutter, the marker rows and the air either side (84 px).
pub fn down_label_px(stage_px: f64) -> f64 {
    let fits = DOWN_STAGE_PX.iter().rev().find(|&&px| px <= stage_px);
    fits.copied().unwrap_or(stage_px) / 2.0 - 84.0
}

/// `x` (0..1) as a CSS percentage with three decimals. Integer arithmetic on purpose: float
/// formatting would pull several KB of code into the WASM bundle.
pub fn percent(x: f64) -> String {
    let thousandths = (x * 100_000.0).round() as i64;
    let sign = if thousandths < 0 { "-" } else { "" };
    let magnitude = thousandths.unsigned_abs();
    format!("{sign}{}.{:03}%", magnitude / 1000, magnitude % 1000)
}

/// `x` (0..1) as a number of hundredths, for a layer that the stylesheet moves along time by a
/// transform (`--x`): across the stage in container units, so that moving a layer with no width
/// of its own never makes the page wider; down a phone's page, in shares of the lanes' length.
pub fn hundredths(x: f64) -> String {
    percent(x).trim_end_matches('%').to_string()
}

/// A marker row's offset across time: rows are 1.5rem apart, so that a 24 px target fits each.
/// Integer arithmetic, as in `percent`.
pub fn row_top(row: u8) -> String {
    let tenths = u32::from(row) * 15;
    format!("{}.{}rem", tenths / 10, tenths % 10)
}

#[cfg(feature = "markup")]
pub use markup::{markup, stylesheet, Shown};

#[cfg(feature = "markup")]
mod markup {
    use super::{axis, echo_links, markers, playhead, readings, LANE, MARKER_AREA};
    use super::{STAGE, STATIC};
    use crate::model::date::Day;
    use crate::model::route::{Mode, Page, Route, View};
    use crate::model::timeline::{Side, Timeline};
    use maud::{html, Markup};

    /// What a page's lanes show: its address's view, in the calendar and unzoomed, as the app
    /// shows that address.
    pub struct Shown<'a> {
        pub timeline: &'a Timeline<'a>,
        pub mode: Mode,
        /// The playhead's place (0..1).
        pub x: f64,
        /// Each lane's day at the playhead, and its current event.
        pub days: [Day; 2],
        pub current: [Option<usize>; 2],
        pub selected_event: Option<usize>,
        pub selected_echo: Option<usize>,
        /// The events at either end of a lit echo.
        pub lit: Vec<usize>,
        /// The echoes with an end at the playhead.
        pub at_playhead: Vec<usize>,
        /// Whether the page shows the lanes: beside the about and not-found text they are
        /// hidden, and their markers are left to the app, for the text's sake (below).
        pub lanes_shown: bool,
        href: &'a dyn Fn(&str) -> String,
    }

    impl<'a> Shown<'a> {
        /// `href` gives the address of an app path, as the page's links write it.
        pub fn new(
            timeline: &'a Timeline<'a>,
            view: &View,
            href: &'a dyn Fn(&str) -> String,
        ) -> Shown<'a> {
            let route = Route {
                view: view.clone(),
                ..Route::home()
            };
            let mode = route.mode;
            let x = timeline.playhead_x(&route, None, None);
            let days = [Side::Then, Side::Now].map(|side| timeline.day_at(side, x, mode));
            let current = [
                timeline.then.current(days[0]),
                timeline.now.current(days[1]),
            ];
            let selected_event = match view {
                View::Event(id) => timeline.event_index(id),
                _ => None,
            };
            let selected_echo = match view {
                View::Echo(id) => timeline.echo_index(id),
                _ => None,
            };
            Shown {
                timeline,
                mode,
                x,
                days,
                current,
                selected_event,
                selected_echo,
                lit: timeline.lit_events([selected_event, None], [selected_echo, None]),
                at_playhead: timeline.echoes_at(current),
                lanes_shown: view.page() == Page::Timeline,
                href,
            }
        }

        /// The address of a view, from this page.
        pub fn href(&self, view: View) -> String {
            (self.href)(
                &Route {
                    view,
                    ..Route::home()
                }
                .href(),
            )
        }
    }

    /// The stage, with both lanes, the echo links and the playhead, then what the playhead
    /// reads below both lanes.
    pub fn markup(shown: &Shown) -> Markup {
        html! {
            div class={ (STAGE.name()) " " (STATIC.name()) } {
                (lane(shown, Side::Then))
                (echo_links::markup(shown))
                (lane(shown, Side::Now))
                (playhead::markup(shown))
            }
            (readings::below(shown))
        }
    }

    /// One period: its title, its date axis, its events as markers, and what its playhead reads.
    fn lane(shown: &Shown, side: Side) -> Markup {
        let index = usize::from(side != Side::Then);
        let name = if side == Side::Then { "then" } else { "now" };
        let heading = format!("lane-{index}-title");
        let title = shown.timeline.data.lanes.get(index).map(|l| &*l.title);
        html! {
            div class={ (LANE.name()) " lane-" (name) } role="group" aria-labelledby=(heading) {
                h2 class="lane-title" id=(heading) { (title.unwrap_or_default()) }
                (axis::markup(shown, side))
                div class=(MARKER_AREA.name()) {
                    (markers::markup(shown, side))
                    (readings::current_ring())
                }
                (readings::lane_current(shown, side))
            }
        }
    }

    /// The rules that lay the build's lanes out until the app does: places, and rows and labels
    /// for each width.
    pub fn stylesheet(timeline: &Timeline) -> String {
        let mut css = String::new();
        axis::stylesheet(timeline, &mut css);
        markers::stylesheet(timeline, &mut css);
        playhead::stylesheet(timeline, &mut css);
        css
    }
}

#[cfg(feature = "app")]
pub use behaviour::{adopt, listen_for_keys};

#[cfg(feature = "app")]
mod behaviour {
    use super::{axis, echo_links, markers, playhead, readings, row_top};
    use super::{LANE, MARKER_AREA, STAGE, STATIC};
    use crate::controls::{readout, timeline};
    use crate::model::timeline::Side;
    use crate::ui::currents::Currents;
    use crate::ui::dom::listen;
    use crate::ui::in_turn::Task;
    use crate::ui::pointer_scrub::PointerScrub;
    use crate::ui::scroll_scrub::ScrollScrub;
    use crate::ui::stage_size::watch_stage_size;
    use crate::ui::state::AppState;
    use crate::ui::zoom::zoom_at_playhead;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    /// Adopts the page's lanes: now the stage's size and gestures; then, in the tasks it
    /// returns, each lane's axis, markers and readings, and last the echo links and the
    /// playhead, when the app's layout takes over from the build's. While `shown` is false
    /// (beside the about text) the slot is hidden and nothing plays.
    pub fn adopt(state: AppState, shown: Memo<bool>) -> Vec<Task> {
        let Some(found) = STAGE.find() else {
            return Vec::new();
        };
        let Ok(element) = found.clone().dyn_into::<web_sys::HtmlElement>() else {
            return Vec::new();
        };
        let currents = Currents::new(state);
        readout::follow(&currents);
        let stage = StoredValue::new_local(element);
        let measure = watch_stage_size(state, &currents, stage);
        let playback = state.playback;
        Effect::new(move |_| {
            let shown = shown.get();
            timeline::show(shown);
            if shown {
                measure();
            } else {
                playback.stop();
            }
        });
        let scroll = ScrollScrub::new(state, &currents, stage);
        listen(&found, "scroll", move |_| scroll.scrolled());
        let pointer = PointerScrub::new(state, stage);
        let event = |ev: &web_sys::Event| ev.unchecked_ref::<web_sys::PointerEvent>().clone();
        listen(&found, "pointerdown", move |ev| pointer.down(event(ev)));
        listen(&found, "pointermove", move |ev| pointer.moved(event(ev)));
        listen(&found, "pointerup", move |ev| pointer.up(event(ev)));
        listen(&found, "pointercancel", move |ev| pointer.up(event(ev)));
        listen(&found, "wheel", move |ev| {
            pointer.wheel(ev.unchecked_ref::<web_sys::WheelEvent>().clone())
        });
        let mut tasks: Vec<Task> = Vec::new();
        for (lane, side) in LANE.all_in(&found).into_iter().zip([Side::Then, Side::Now]) {
            let currents = currents.clone();
            tasks.push(Box::new(move || {
                axis::adopt(state, &currents, &lane, side);
                markers::adopt(state, &currents, &lane, side);
                readings::follow_lane(state, &currents, &lane, side);
                rows_used(state, &currents, &lane, side);
            }));
        }
        tasks.push(Box::new(move || {
            echo_links::adopt(state, &currents, &found);
            playhead::adopt(state, &currents, &found);
            readings::follow(state, &currents);
            // Created last, so that it runs after every effect above has laid the lanes out
            // for the width measured: then the build's layout gives way.
            Effect::new(move |_| {
                let classes = found.class_list();
                let _ = classes.toggle_with_force("dragging", pointer.dragging());
                let _ = classes.remove_1(STATIC.name());
            });
        }));
        tasks
    }

    /// The lane is as tall as the rows its markers use (down a phone's page, the stylesheet
    /// makes it as long as the lanes).
    fn rows_used(state: AppState, currents: &Currents, lane: &web_sys::Element, side: Side) {
        let area = MARKER_AREA.find_in(lane);
        let Some(area) = area.and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) else {
            return;
        };
        let events = state.timeline.lane(side).map_or(&[][..], |l| &l.events);
        let rows = currents.rows;
        Effect::new(move |_| {
            let used = rows.with(|rows| events.iter().map(|&e| rows[e] + 1).max().unwrap_or(1));
            let _ = area.style().set_property("--rows", &row_top(used));
        });
    }

    /// The timeline's keys, while focus is inside the page's timeline section (the toolbar, the
    /// lanes, the echo list and the filters): + and − zoom, the rest drive the playhead.
    pub fn listen_for_keys(state: AppState) {
        let Some(section) = timeline::SECTION.find() else {
            return;
        };
        listen(&section, "keydown", move |ev| {
            let ev = ev.unchecked_ref::<web_sys::KeyboardEvent>();
            // Keys typed into the search box are text.
            let in_field = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some();
            if in_field {
                return;
            }
            // Down a phone's page, down is later.
            let pressed = ev.key();
            let key = match (state.down.get_untracked(), pressed.as_str()) {
                (true, "ArrowDown") => "ArrowRight",
                (true, "ArrowUp") => "ArrowLeft",
                (_, key) => key,
            };
            let steps = match key {
                "+" | "=" => 1,
                "-" | "_" => -1,
                _ => 0,
            };
            if steps != 0 && !ev.ctrl_key() && !ev.meta_key() {
                zoom_at_playhead(state, steps);
                ev.prevent_default();
            } else if state.playback.key(key, ev.shift_key()) {
                ev.prevent_default();
            }
        });
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::assert_finds;
    use crate::model::route::View;
    use crate::model::timeline::Timeline;

    pub(super) fn data() -> crate::model::dataset::Dataset {
        crate::model::load::from_json(include_str!("../../../assets/data/timeline.json"))
            .expect("the dataset is valid")
    }

    #[test]
    fn the_stage_holds_both_lanes_and_starts_static() {
        let data = data();
        let timeline = Timeline::new(&data);
        let href = |path: &str| path.to_string();
        let shown = Shown::new(&timeline, &View::Home, &href);
        let html = assert_finds(markup(&shown), PARTS);
        let lanes = scraper::Selector::parse(LANE.selector()).unwrap();
        assert_eq!(html.select(&lanes).count(), 2, "two lanes");
    }

    #[test]
    fn a_phone_s_labels_are_laid_out_at_the_widest_width_the_stage_holds() {
        assert_eq!(down_label_px(374.0), 95.0);
        assert_eq!(down_label_px(342.9), 80.0);
        assert_eq!(down_label_px(288.0), 56.0);
        assert_eq!(down_label_px(250.0), 41.0);
    }

    #[test]
    fn a_stage_is_laid_out_at_the_widest_width_it_holds() {
        assert_eq!(layout_px(1279.9), 1200.0);
        assert_eq!(layout_px(1300.0), 1300.0);
        assert_eq!(layout_px(5000.0), 1900.0);
        assert_eq!(layout_px(200.0), 200.0);
    }

    #[test]
    fn formats_are_exact_without_float_formatting() {
        assert_eq!(percent(0.123456), "12.346%");
        assert_eq!(percent(-0.00001), "-0.001%");
        assert_eq!(hundredths(1.0), "100.000");
        assert_eq!(row_top(3), "4.5rem");
    }
}
