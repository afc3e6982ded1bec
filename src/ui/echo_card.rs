use super::link::AppLink;
use super::state::use_state;
use crate::model::route::View;
use leptos::prelude::*;

/// One echo in brief: its two ends, the parallel and where it breaks.
#[component]
pub fn EchoCard(
    echo: usize,
    /// False where the echo's title is already the page's heading.
    #[prop(default = true)]
    titled: bool,
) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let data = &timeline.data.echoes[echo];
    let (then, now) = timeline.echo_ends(echo);
    let ends = move |events: Vec<usize>| {
        events.into_iter().map(|e| {
            let event = &timeline.data.events[e];
            view! {
                <li>
                    <span class="end-date">{timeline.dates[e].label()}</span>" "
                    <AppLink view=View::Event(event.id.to_string())>{event.title.to_string()}</AppLink>
                </li>
            }
        }).collect_view()
    };
    view! {
        <section class="echo-card" aria-label=format!("Echo: {}", data.title)>
            {titled.then(|| view! {
                <h4><AppLink view=View::Echo(data.id.to_string())>{data.title.to_string()}</AppLink></h4>
            })}
            <div class="ends">
                <div><p class="end-lane">"1950"</p><ul>{ends(then)}</ul></div>
                <div><p class="end-lane">"2023–24"</p><ul>{ends(now)}</ul></div>
            </div>
            <p><strong>"The parallel. "</strong>{data.parallel.to_string()}</p>
            <p><strong>"Where it breaks. "</strong>{data.breaks.to_string()}</p>
        </section>
    }
}
