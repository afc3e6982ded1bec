use super::echo_card::EchoCard;
use super::share_buttons::ShareButtons;
use super::state::use_state;
use leptos::prelude::*;

/// The selected echo: both ends, the parallel, where it breaks, and the essay passage it rests on.
#[component]
pub fn EchoDetail(echo: usize) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let data = &timeline.data.echoes[echo];
    let aligned = if timeline.aligned[echo] {
        "In the echo-aligned view its two ends sit exactly across from each other."
    } else {
        "In the echo-aligned view it stays slanted: aligning it would cross other echoes."
    };
    view! {
        <article class="detail echo-detail" aria-labelledby="detail-title">
            <p class="detail-kicker">"Echo"</p>
            <h2 id="detail-title">{data.title.to_string()}</h2>
            <EchoCard echo=echo titled=false />
            <p class="essay-pointer"><strong>"In the essay. "</strong>{data.essay.to_string()}</p>
            <p class="aligned-note">{aligned}</p>
            <ShareButtons />
        </article>
    }
}
