use super::state::use_state;
use crate::model::timeline::Side;
use leptos::prelude::*;

/// Every event by lane as plain text. Hidden on screen; it is what a printout lists.
#[component]
pub fn PrintList() -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let lanes = [(Side::Then, 0usize), (Side::Now, 1)].into_iter().map(|(side, index)| {
        let title = timeline.data.lanes.get(index).map(|l| l.title.to_string()).unwrap_or_default();
        let events = timeline.lane(side).map(|l| l.events.clone()).unwrap_or_default();
        view! {
            <h2>{title}</h2>
            <ol>
                {events.into_iter().map(|e| {
                    let event = &timeline.data.events[e];
                    view! { <li><strong>{timeline.dates[e].label()}</strong>{format!(" — {}. {}", event.title, event.summary)}</li> }
                }).collect_view()}
            </ol>
        }
    }).collect_view();
    view! {
        <section class="print-list" aria-hidden="true">
            <h2>"All events"</h2>
            {lanes}
        </section>
    }
}
