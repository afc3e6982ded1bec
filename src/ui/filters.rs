use super::state::use_state;
use crate::model::dataset::Theme;
use leptos::prelude::*;

/// Narrow the markers by actor or theme. Markers that do not match fade; none disappear.
#[component]
pub fn Filters() -> impl IntoView {
    let state = use_state();
    let actors = state.timeline.data.actors.iter().map(|actor| {
        let id: &'static str = Box::leak(actor.id.to_string().into_boxed_str());
        let pressed = move || state.actor_filter.get() == Some(id);
        view! {
            <button
                type="button"
                class="chip"
                aria-pressed=move || pressed().to_string()
                on:click=move |_| state.actor_filter.update(|f| *f = if *f == Some(id) { None } else { Some(id) })
            >
                <span class="swatch" style:background-color=actor.color.to_string() aria-hidden="true"></span>
                {actor.name.to_string()}
            </button>
        }
    }).collect_view();
    let themes = Theme::ALL.into_iter().map(|theme| {
        let pressed = move || state.theme_filter.get() == Some(theme);
        view! {
            <button
                type="button"
                class="chip"
                aria-pressed=move || pressed().to_string()
                on:click=move |_| state.theme_filter.update(|f| *f = if *f == Some(theme) { None } else { Some(theme) })
            >
                {theme.name()}
            </button>
        }
    }).collect_view();
    let active = move || state.actor_filter.get().is_some() || state.theme_filter.get().is_some();
    view! {
        <div class="filters">
            <div class="filter-group" role="group" aria-label="Filter by actor">
                <span class="filter-name">"Actor"</span>
                {actors}
            </div>
            <div class="filter-group" role="group" aria-label="Filter by theme">
                <span class="filter-name">"Theme"</span>
                {themes}
            </div>
            <button
                type="button"
                class="clear-filters"
                disabled=move || !active()
                on:click=move |_| {
                    state.actor_filter.set(None);
                    state.theme_filter.set(None);
                }
            >
                "Clear filters"
            </button>
        </div>
    }
}
