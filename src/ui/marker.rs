use super::axis::percent;
use super::currents::Currents;
use super::state::use_state;
use crate::model::route::View;
use crate::model::timeline::MARKER_ROWS;
use leptos::prelude::*;

/// Where each row of markers sits (see MARKER_ROWS).
const ROW_TOPS: [&str; MARKER_ROWS as usize] =
    ["0rem", "1.15rem", "2.3rem", "3.45rem", "4.6rem", "5.75rem"];

/// One event on its lane: a point for a day, a bar for a month or a span. A button in the lane's
/// list; its title shows on hover and focus.
#[component]
pub fn Marker(event: usize) -> impl IntoView {
    let state = use_state();
    let currents = expect_context::<Currents>();
    let timeline = state.timeline;
    let data = &timeline.data.events[event];
    let date = timeline.dates[event];
    let is_selected = currents.is_selected;
    let is_selected_for_aria = is_selected.clone();
    let lit = currents.lit[event];
    let extent = move || timeline.extent(event, state.mode.get());
    let actors: Vec<_> = data
        .actors
        .iter()
        .filter_map(|id| timeline.data.actors.iter().find(|a| a.id == *id))
        .collect();
    // The first actor's colour; the names are in the label, so colour is never the only cue.
    let color = actors
        .first()
        .map(|a| a.color.to_string())
        .unwrap_or_default();
    let names: Vec<&str> = actors.iter().map(|a| &*a.name).collect();
    let label = format!("{}: {} ({})", date.label(), data.title, names.join(", "));
    let faded = move || {
        let actor = state.actor_filter.get();
        let theme = state.theme_filter.get();
        actor.is_some_and(|a| !data.actors.iter().any(|x| x == a))
            || theme.is_some_and(|t| !data.themes.contains(&t))
    };
    let id = data.id.to_string();
    view! {
        <li
            class="marker-item"
            class:point=date.is_day()
            style:left=move || percent(extent().0)
            style:width=move || if date.is_day() { "0px".to_string() } else { percent(extent().1 - extent().0) }
            style:top=move || currents.rows.with(|rows| ROW_TOPS[usize::from(rows[event]).min(ROW_TOPS.len() - 1)])
        >
            <button
                type="button"
                class="marker"
                data-event=id.clone()
                class:selected=move || is_selected.selected(&Some(event))
                class:lit=move || lit.get()
                class:faded=faded
                style:color=color
                aria-label=label
                aria-current=move || is_selected_for_aria.selected(&Some(event)).then_some("true")
                on:click=move |_| state.go(View::Event(id.clone()))
                on:mouseenter=move |_| state.hovered_event.set(Some(event))
                on:mouseleave=move |_| state.hovered_event.set(None)
                on:focus=move |_| state.hovered_event.set(Some(event))
                on:blur=move |_| state.hovered_event.set(None)
            >
                <span class="marker-label" aria-hidden="true">{data.title.to_string()}</span>
            </button>
        </li>
    }
}
