use super::state::use_state;
use crate::model::timeline::Side;
use leptos::prelude::*;

/// Month ticks with their names, and the year at each January and at the lane's start.
#[component]
pub fn Axis(side: Side) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let months = timeline.months(side);
    let ticks = months
        .into_iter()
        .enumerate()
        .map(|(i, month)| {
            let day = month.first_day().0 as f64;
            let left = move || percent(timeline.x(side, day, state.mode()));
            let label = if month.month == 1 || i == 0 {
                format!("{} {}", &month.name()[..3], month.year)
            } else {
                month.name()[..3].to_string()
            };
            view! {
                <li
                    class="tick"
                    class:year=month.month == 1 || i == 0
                    class:quarter=month.month % 3 == 1
                    style:left=left
                >
                    <span class="tick-label">{label}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ol class="axis" aria-hidden="true">
            {ticks}
        </ol>
    }
}

pub fn percent(x: f64) -> String {
    format!("{:.3}%", x * 100.0)
}
