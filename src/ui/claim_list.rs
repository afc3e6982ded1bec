use super::link::AppLink;
use super::source_list::SourceList;
use super::state::use_state;
use crate::model::dataset::Verdict;
use crate::model::route::View;
use leptos::prelude::*;

/// Each claim of the essay, its verdict, what the record says and the sources.
#[component]
pub fn ClaimList() -> impl IntoView {
    let state = use_state();
    let data = state.timeline.data;
    let claims = data.claims.iter().map(|claim| {
        let events = claim.events.iter().filter_map(|id| data.events.iter().find(|e| e.id == *id)).map(|event| view! {
            <li><AppLink view=View::Event(event.id.to_string())>{event.title.to_string()}</AppLink></li>
        }).collect_view();
        let unsourced = claim.sources.is_empty().then(|| view! {
            <p class="unsourced">"No source could be found for this claim, so Echoes cannot confirm it."</p>
        });
        view! {
            <li class="claim" id=claim.id.to_string()>
                <p class="claim-text">
                    <span class=format!("verdict verdict-{}", claim.verdict.name())>{verdict_label(claim.verdict)}</span>
                    " "{claim.claim.to_string()}
                </p>
                <p class="record"><strong>"The record. "</strong>{claim.record.to_string()}</p>
                {unsourced}
                <SourceList sources=claim.sources.to_vec() />
                {(!claim.events.is_empty()).then(|| view! { <ul class="claim-events" aria-label="Related events">{events}</ul> })}
            </li>
        }
    }).collect_view();
    view! { <ol class="claims">{claims}</ol> }
}

fn verdict_label(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Supported => "Supported",
        Verdict::Imprecise => "Imprecise",
        Verdict::Disputed => "Disputed",
        Verdict::Unverified => "Unverified",
    }
}
