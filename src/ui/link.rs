use super::state::use_state;
use crate::model::route::{Route, View};
use leptos::prelude::*;

/// A link to a view of the app. A plain click navigates inside the app (a history entry, no page
/// load); a modified click opens a new tab, as any link does.
#[component]
pub fn AppLink(
    view: View,
    children: Children,
    #[prop(optional, into)] class: &'static str,
    /// Marks the link `aria-current` while true: the view it leads to is the one shown.
    #[prop(optional, into)]
    current: Option<Signal<bool>>,
) -> impl IntoView {
    let state = use_state();
    let href = state.href(
        &Route {
            view: view.clone(),
            ..Route::home()
        }
        .href(),
    );
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        state.go(view.clone());
    };
    let aria_current = move || current.and_then(|c| c.get().then_some("true"));
    view! {
        <a href=href class=class aria-current=aria_current on:click=on_click>
            {children()}
        </a>
    }
}
