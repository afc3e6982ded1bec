use super::state::use_state;
use crate::model::route::View;
use leptos::prelude::*;

/// A link to a view of the app. Its address is exactly where a click goes (the alignment
/// included); the router takes the click over, as it does for every link inside the site.
#[component]
pub fn AppLink(
    view: View,
    children: Children,
    #[prop(optional, into)] class: &'static str,
    /// Marks the link `aria-current` while true: the view it leads to is the one shown.
    #[prop(optional, into)]
    current: Option<Signal<bool>>,
) -> impl IntoView {
    let router = use_state().router;
    let href = move || router.href(&router.link(view.clone()));
    let aria_current = move || current.and_then(|c| c.get().then_some("true"));
    view! {
        <a href=href class=class aria-current=aria_current>
            {children()}
        </a>
    }
}
