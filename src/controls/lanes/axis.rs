//! A lane's axis: month ticks with their names, and the year at each January and at the lane's
//! start. As many labels show as the lane's width has room for (`Timeline::tick_label_reach`
//! and `tick_label_level`): a label of reach r shows at levels 1 to r. A pointer on the axis grabs
//! the playhead, as on the playhead itself.

use crate::controls::{part, Part};

pub const AXIS: Part = part!(class "axis");
pub const TICK: Part = part!(class "tick");
pub const TICK_LABEL: Part = part!(class "tick-label");

#[cfg(feature = "markup")]
pub use markup::{markup, stylesheet};

#[cfg(feature = "markup")]
mod markup {
    use super::{AXIS, TICK, TICK_LABEL};
    use crate::controls::lanes::{percent, Shown, ACROSS_PX, PHONE};
    use crate::model::date::Month;
    use crate::model::route::Mode;
    use crate::model::timeline::{Side, Timeline, DOWN_LANE_PX};
    use maud::{html, Markup};
    use std::fmt::Write;

    /// The tick's id, by which the build's stylesheet places it.
    fn tick_id(side: Side, index: usize) -> String {
        format!("t{}-{index}", u8::from(side != Side::Then))
    }

    fn tick_label(month: Month, first: bool) -> String {
        if month.month == 1 || first {
            format!("{} {}", &month.name()[..3], month.year)
        } else {
            month.name()[..3].to_string()
        }
    }

    pub fn markup(shown: &Shown, side: Side) -> Markup {
        let timeline = shown.timeline;
        let reach = timeline.tick_label_reach(side, shown.mode);
        html! {
            ol class=(AXIS.name()) aria-hidden="true" {
                @for (i, month) in timeline.months(side).into_iter().enumerate() {
                    li class={ (TICK.name()) @if month.month == 1 || i == 0 { " year" } } id=(tick_id(side, i)) {
                        span class={ (TICK_LABEL.name()) " reach-" (reach[i]) } { (tick_label(month, i == 0)) }
                    }
                }
            }
        }
    }

    /// Each tick's place, and which labels show at each width (`ACROSS_PX`): the label of reach r
    /// shows at levels 1 to r.
    pub fn stylesheet(timeline: &Timeline, css: &mut String) {
        for side in [Side::Then, Side::Now] {
            for (i, month) in timeline.months(side).into_iter().enumerate() {
                let x = timeline.x(side, month.first_day().0 as f64, Mode::Calendar);
                let _ = write!(css, "#{}{{--at:{}}}", tick_id(side, i), percent(x));
            }
        }
        let level = |px: f64| Timeline::tick_label_level(px);
        let mut before = level(ACROSS_PX[0]);
        for reach in 1..before {
            let _ = write!(css, ".static .reach-{reach}{{display:none}}");
        }
        let _ = write!(css, "@media not all and {PHONE}{{");
        for &px in &ACROSS_PX[1..] {
            let now = level(px);
            if now < before {
                let _ = write!(css, "@container (min-width:{px}px){{");
                for reach in now..before {
                    let _ = write!(css, ".static .reach-{reach}{{display:inline}}");
                }
                css.push('}');
            }
            before = now;
        }
        // Down a phone's page the lanes are over a thousand pixels long: every label fits.
        debug_assert_eq!(level(DOWN_LANE_PX), 1);
        let _ = write!(css, "}}@media {PHONE}{{");
        for reach in 1..level(ACROSS_PX[0]) {
            let _ = write!(css, ".static .reach-{reach}{{display:inline}}");
        }
        css.push('}');
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;
    use crate::controls::assert_finds;
    use crate::controls::lanes::{tests::data, Shown};
    use crate::model::route::View;
    use crate::model::timeline::{Side, Timeline};

    #[test]
    fn every_month_has_a_tick_the_stylesheet_places() {
        let data = data();
        let timeline = Timeline::new(&data);
        let href = |path: &str| path.to_string();
        let shown = Shown::new(&timeline, &View::Home, &href);
        let html = assert_finds(markup(&shown, Side::Then), &[AXIS, TICK, TICK_LABEL]);
        let ticks = scraper::Selector::parse(TICK.selector()).unwrap();
        let mut css = String::new();
        stylesheet(&timeline, &mut css);
        let months = timeline.months(Side::Then);
        assert_eq!(html.select(&ticks).count(), months.len());
        for tick in html.select(&ticks) {
            let id = tick.value().id().expect("a tick has an id");
            assert!(css.contains(&format!("#{id}{{--at:")), "{id} is placed");
        }
    }
}

#[cfg(feature = "app")]
pub use behaviour::adopt;

#[cfg(feature = "app")]
mod behaviour {
    use super::{AXIS, TICK, TICK_LABEL};
    use crate::controls::lanes::percent;
    use crate::model::route::Mode;
    use crate::model::timeline::{Side, Timeline};
    use crate::ui::currents::Currents;
    use crate::ui::state::AppState;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    /// Keeps the lane's ticks where the alignment and zoom put them, and as many labels as the
    /// drawn width has room for.
    pub fn adopt(state: AppState, currents: &Currents, lane: &web_sys::Element, side: Side) {
        let Some(axis) = AXIS.find_in(lane) else {
            return;
        };
        let timeline = state.timeline;
        let days: Vec<f64> = (timeline.months(side).iter())
            .map(|month| month.first_day().0 as f64)
            .collect();
        let reach =
            [Mode::Calendar, Mode::Aligned].map(|mode| timeline.tick_label_reach(side, mode));
        let ticks: Vec<web_sys::HtmlElement> = (TICK.all_in(&axis).into_iter())
            .filter_map(|tick| tick.dyn_into().ok())
            .collect();
        let labels = TICK_LABEL.all_in(&axis);
        let drawn_px = currents.drawn_px;
        Effect::new(move |_| {
            let level = Timeline::tick_label_level(drawn_px.get());
            axis.set_class_name(&format!("{} level-{level}", AXIS.name()));
        });
        Effect::new(move |_| {
            let mode = state.mode.get();
            let window = state.window.get();
            let reach = &reach[usize::from(mode == Mode::Aligned)];
            for (i, (tick, &day)) in ticks.iter().zip(&days).enumerate() {
                let x = window.screen(timeline.x(side, day, mode));
                let _ = tick.style().set_property("--at", &percent(x));
                if let (Some(label), Some(reach)) = (labels.get(i), reach.get(i)) {
                    label.set_class_name(&format!("{} reach-{reach}", TICK_LABEL.name()));
                }
            }
        });
    }
}
