use super::lane_current::PlayheadEchoes;
use super::link::AppLink;
use super::state::use_state;
use crate::model::route::View;
use leptos::prelude::*;

/// Every echo by name: hover or focus lights both ends, a click opens it.
#[component]
pub fn EchoList() -> impl IntoView {
    let state = use_state();
    let echoes = state
        .timeline
        .data
        .echoes
        .iter()
        .enumerate()
        .map(|(i, echo)| {
            let current = Signal::derive(move || state.selected_echo.get() == Some(i));
            view! {
                // focusin and focusout bubble from the link, so keyboard focus lights it too.
                <li
                    on:mouseenter=move |_| state.hovered_echo.set(Some(i))
                    on:mouseleave=move |_| state.hovered_echo.set(None)
                    on:focusin=move |_| state.hovered_echo.set(Some(i))
                    on:focusout=move |_| state.hovered_echo.set(None)
                >
                    <AppLink view=View::Echo(echo.id.to_string()) class="echo-chip" current=current>
                        {echo.title.to_string()}
                    </AppLink>
                </li>
            }
        })
        .collect_view();
    view! {
        <PlayheadEchoes />
        <nav class="echo-list" aria-label="Echoes">
            <h2>"Echoes"</h2>
            <ul>{echoes}</ul>
        </nav>
    }
}
