use super::currents::Currents;
use super::state::use_state;
use crate::controls::{part, Part};
use crate::model::route::Mode;
use crate::model::timeline::{Side, Timeline};
use leptos::prelude::*;

/// A lane's axis, where a pointer grabs the playhead as on the playhead itself.
pub const AXIS: Part = part!(class "axis");

/// Month ticks with their names, and the year at each January and at the lane's start. As many
/// labels show as the lane's width has room for.
#[component]
pub fn Axis(side: Side) -> impl IntoView {
    let state = use_state();
    let currents = expect_context::<Currents>();
    let level = move || {
        format!(
            "{} level-{}",
            AXIS.name(),
            Timeline::tick_label_level(currents.drawn_px.get())
        )
    };
    let timeline = state.timeline;
    let months = timeline.months(side);
    let reach = |mode| timeline.tick_label_reach(side, mode);
    let reach = [reach(Mode::Calendar), reach(Mode::Aligned)];
    let ticks = months
        .into_iter()
        .enumerate()
        .map(|(i, month)| {
            let day = month.first_day().0 as f64;
            let left = move || {
                let x = timeline.x(side, day, state.mode.get());
                percent(state.window.get().screen(x))
            };
            let reach = reach.clone();
            let reach_class = move || {
                let layout = if state.mode.get() == Mode::Calendar {
                    &reach[0]
                } else {
                    &reach[1]
                };
                format!("tick-label reach-{}", layout[i])
            };
            let label = if month.month == 1 || i == 0 {
                format!("{} {}", &month.name()[..3], month.year)
            } else {
                month.name()[..3].to_string()
            };
            view! {
                <li
                    class="tick"
                    class:year=month.month == 1 || i == 0
                    style:--at=left
                >
                    <span class=reach_class>{label}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ol class=level aria-hidden="true">
            {ticks}
        </ol>
    }
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
