use super::link::AppLink;
use super::state::use_state;
use crate::model::route::View;
use leptos::prelude::*;

/// The essay's line of reasoning, step by step, each pointing at its echoes and claims.
#[component]
pub fn Argument() -> impl IntoView {
    let state = use_state();
    let data = state.timeline.data;
    let steps = data.argument.iter().map(|step| {
        let echoes = step.echoes.iter().filter_map(|id| data.echoes.iter().find(|e| e.id == *id)).map(|echo| view! {
            <li><AppLink view=View::Echo(echo.id.to_string())>{echo.title.to_string()}</AppLink></li>
        }).collect_view();
        let claims = step.claims.iter().filter_map(|id| data.claims.iter().find(|c| c.id == *id)).map(|claim| {
            let href = state.href(&format!("/about#{}", claim.id));
            view! {
                <li>
                    <a href=href>{claim.claim.to_string()}</a>
                    <span class=format!("verdict verdict-{}", claim.verdict.name())>{claim.verdict.name()}</span>
                </li>
            }
        }).collect_view();
        view! {
            <li class="step" id=step.id.to_string()>
                <h3>{step.title.to_string()}</h3>
                <p>{step.text.to_string()}</p>
                {(!step.echoes.is_empty()).then(|| view! { <p class="step-sub">"Echoes"</p><ul class="step-echoes">{echoes}</ul> })}
                {(!step.claims.is_empty()).then(|| view! { <p class="step-sub">"Claims checked"</p><ul class="step-claims">{claims}</ul> })}
            </li>
        }
    }).collect_view();
    view! {
        <section class="argument" id="argument" aria-labelledby="argument-title">
            <h2 id="argument-title">"The essay's argument"</h2>
            <p class="attribution">
                "Paraphrased from “Is China being played by North Korea and Russia?”, Responsible Statecraft (2024). The steps are the essay's; the wording and the checks are Echoes'."
            </p>
            <ol class="steps">{steps}</ol>
        </section>
    }
}
