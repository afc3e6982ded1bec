use super::currents::Currents;
use super::link::AppLink;
use super::state::use_state;
use crate::model::route::View;
use crate::model::timeline::Side;
use leptos::prelude::*;

/// Under a lane, what its playhead reads: the current event's date and short title, a link that
/// opens it. It changes only when the playhead passes into another event.
#[component]
pub fn LaneCurrent(side: Side) -> impl IntoView {
    let state = use_state();
    let currents = expect_context::<Currents>();
    let current = if side == Side::Then {
        currents.then
    } else {
        currents.now
    };
    let events = &state.timeline.data.events;
    view! {
        <p class="lane-current">
            {move || match current.get() {
                Some(event) => view! {
                    <span class="lane-current-date">{state.timeline.dates[event].label()}</span>
                    " "
                    <AppLink view=View::Event(events[event].id.to_string())>{events[event].short.to_string()}</AppLink>
                }
                .into_any(),
                None => view! { <span class="lane-current-date">"Before the first event"</span> }.into_any(),
            }}
        </p>
    }
}

/// The echoes with an end at the playhead, named, each a link: they light up on the lanes too.
#[component]
pub fn PlayheadEchoes() -> impl IntoView {
    let state = use_state();
    let currents = expect_context::<Currents>();
    let echoes = &state.timeline.data.echoes;
    view! {
        <p class="playhead-echoes" class:hidden=move || currents.at_playhead.with(Vec::is_empty)>
            <span class="playhead-echoes-name">"Echo at the playhead: "</span>
            {move || {
                currents
                    .at_playhead
                    .get()
                    .into_iter()
                    .map(|echo| view! {
                        <AppLink view=View::Echo(echoes[echo].id.to_string()) class="echo-chip at-playhead">
                            {echoes[echo].title.to_string()}
                        </AppLink>
                    })
                    .collect_view()
            }}
        </p>
    }
}
