use super::link::AppLink;
use super::state::use_state;
use crate::model::route::View;
use leptos::prelude::*;

/// Events outside both periods that the argument leans on (the 1961 treaty, Deng in 1985 …).
#[component]
pub fn ContextStrip() -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let items = timeline.context.iter().map(|&event| {
        let data = &timeline.data.events[event];
        view! {
            <li>
                <span class="context-date">{timeline.dates[event].label()}</span>
                <AppLink view=View::Event(data.id.to_string())>{data.title.to_string()}</AppLink>
            </li>
        }
    }).collect_view();
    view! {
        <section class="context-strip" aria-labelledby="context-title">
            <h2 id="context-title">"Context outside both periods"</h2>
            <ol>{items}</ol>
        </section>
    }
}
