use super::state::use_state;
use leptos::prelude::*;

/// Says politely what was selected: the text itself changes in the reading pane.
#[component]
pub fn SelectionAnnouncer() -> impl IntoView {
    let state = use_state();
    let data = state.timeline.data;
    let announcement = move || {
        if let Some(event) = state.selected_event.get() {
            format!("Selected event: {}", data.events[event].title)
        } else if let Some(echo) = state.selected_echo.get() {
            format!("Selected echo: {}", data.echoes[echo].title)
        } else {
            String::new()
        }
    };
    view! { <p class="sr-only" aria-live="polite">{announcement}</p> }
}
