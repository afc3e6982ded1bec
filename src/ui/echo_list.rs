use super::state::use_state;
use crate::model::route::View;
use leptos::prelude::*;

/// Every echo by name: hover or focus lights both ends, a click opens it.
#[component]
pub fn EchoList() -> impl IntoView {
    let state = use_state();
    let echoes = state.timeline.data.echoes.iter().enumerate().map(|(i, echo)| {
        let id = echo.id.to_string();
        let href = state.href(&format!("/echo/{id}"));
        view! {
            <li>
                <a
                    href=href
                    class="echo-chip"
                    aria-current=move || (state.selected_echo.get() == Some(i)).then_some("true")
                    on:click=move |ev: leptos::ev::MouseEvent| {
                        if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
                            ev.prevent_default();
                            state.go(View::Echo(id.clone()));
                        }
                    }
                    on:mouseenter=move |_| state.hovered_echo.set(Some(i))
                    on:mouseleave=move |_| state.hovered_echo.set(None)
                    on:focus=move |_| state.hovered_echo.set(Some(i))
                    on:blur=move |_| state.hovered_echo.set(None)
                >
                    {echo.title.to_string()}
                </a>
            </li>
        }
    }).collect_view();
    view! {
        <nav class="echo-list" aria-label="Echoes">
            <h2>"Echoes"</h2>
            <ul>{echoes}</ul>
        </nav>
    }
}
