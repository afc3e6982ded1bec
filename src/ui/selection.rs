use super::echo_detail::EchoDetail;
use super::event_detail::EventDetail;
use super::state::use_state;
use leptos::prelude::*;

/// What is selected: an event, an echo, or a word on how to start. Selection changes are
/// announced politely.
#[component]
pub fn Selection() -> impl IntoView {
    let state = use_state();
    let announcement = move || {
        let data = state.timeline.data;
        if let Some(event) = state.selected_event.get() {
            format!("Selected event: {}", data.events[event].title)
        } else if let Some(echo) = state.selected_echo.get() {
            format!("Selected echo: {}", data.echoes[echo].title)
        } else {
            String::new()
        }
    };
    view! {
        <p class="sr-only" aria-live="polite">{announcement}</p>
        {move || {
            if let Some(event) = state.selected_event.get() {
                view! { <EventDetail event=event /> }.into_any()
            } else if let Some(echo) = state.selected_echo.get() {
                view! { <EchoDetail echo=echo /> }.into_any()
            } else {
                view! {
                    <section class="detail detail-empty">
                        <h2>"Start anywhere"</h2>
                        <p>"Choose an event on either lane, or an echo from the list, to read what happened, who was involved, the sources, and where the analogy holds or breaks."</p>
                    </section>
                }.into_any()
            }
        }}
    }
}
