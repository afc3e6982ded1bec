use super::claim_list::ClaimList;
use super::state::use_state;
use leptos::prelude::*;

/// Method, sources, the check of the essay's claims, and the dataset to download.
#[component]
pub fn AboutPage() -> impl IntoView {
    let state = use_state();
    let data = state.timeline.data;
    let download = move |file: &str| state.href(&format!("/data/{file}"));
    let primary = data
        .events
        .iter()
        .filter(|e| {
            e.sources
                .iter()
                .any(|s| s.kind == crate::model::dataset::SourceKind::Primary)
        })
        .count();
    // A link to one claim (`/about#claim-id`) lands before the app has drawn it: scroll once drawn.
    request_animation_frame(|| {
        let hash = window().location().hash().unwrap_or_default();
        if let Some(target) = hash
            .strip_prefix('#')
            .and_then(|id| document().get_element_by_id(id))
        {
            target.scroll_into_view();
        }
    });
    view! {
        <article class="about">
            <h1>"About Echoes and its data"</h1>
            <section aria-labelledby="method-title">
                <h2 id="method-title">"Method"</h2>
                <p>
                    "Echoes follows the argument of one essay, “Is China being played by North Korea and Russia?” (Responsible Statecraft, 2024). "
                    "It draws two periods as parallel lanes — the outbreak of the Korean War (October 1949 to December 1950) and North Korea's turn to Russia (July 2023 to December 2024) — and links the moves that echo each other, saying where each analogy breaks."
                </p>
                <p>
                    {format!("The dataset holds {} events, {} echoes and {} checked claims. ", data.events.len(), data.echoes.len(), data.claims.len())}
                    {format!("{primary} events cite a primary record: a cable, a treaty text, a resolution or an official statement. ")}
                    "Dates are the local date where an event happened, at the precision the record supports: a month or a span is never shown as a made-up day. "
                    "Summaries are Echoes' own words; quotations are short and attributed."
                </p>
            </section>
            <section aria-labelledby="claims-title" id="claims">
                <h2 id="claims-title">"The essay's claims, checked"</h2>
                <p>
                    "Every checkable claim of the essay, with a verdict: supported, imprecise (right in substance, wrong in detail), disputed (the record or historians disagree), or unverified (no source could be found — Echoes says so rather than guess)."
                </p>
                <ClaimList />
            </section>
            <section aria-labelledby="data-title" id="data">
                <h2 id="data-title">"Download the data"</h2>
                <ul class="downloads">
                    <li><a href=download("timeline.json") download>"timeline.json"</a>" — everything: lanes, actors, events, echoes, argument, claims"</li>
                    <li><a href=download("timeline.schema.json") download>"timeline.schema.json"</a>" — its JSON Schema"</li>
                    <li><a href=download("events.csv") download>"events.csv"</a>" — one row per event, with every source URL"</li>
                    <li><a href=download("echoes.csv") download>"echoes.csv"</a>" — one row per echo"</li>
                </ul>
                <p>"The code is MIT-licensed. The essay is quoted for commentary in short, attributed passages; it belongs to its author and publisher."</p>
            </section>
        </article>
    }
}
