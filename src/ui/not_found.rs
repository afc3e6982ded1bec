use super::link::AppLink;
use super::state::use_state;
use crate::model::route::View;
use leptos::prelude::*;

/// Any address the app does not know: says so, offers the nearest addresses and a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let state = use_state();
    let (path, suggestions) = state.route.with_untracked(|route| match &route.view {
        View::NotFound { path, suggestions } => (path.clone(), suggestions.clone()),
        _ => (String::new(), Vec::new()),
    });
    // Long garbage is cut for display; it is always rendered as text, never as markup.
    let shown: String = path.chars().take(120).collect();
    view! {
        <section class="not-found" aria-labelledby="not-found-title">
            <h1 id="not-found-title">"Nothing here"</h1>
            <p>"There is no event, echo or page at " <code class="requested-path">{shown}</code> "."</p>
            {(!suggestions.is_empty()).then(|| view! {
                <p>"Did you mean:"</p>
                <ul class="suggestions">
                    {suggestions.into_iter().map(|s| {
                        let view = if s.path.starts_with("/echo/") { View::Echo(s.id.clone()) } else { View::Event(s.id.clone()) };
                        view! { <li><AppLink view=view>{s.path.clone()}</AppLink></li> }
                    }).collect_view()}
                </ul>
            })}
            <p><AppLink view=View::Home>"Back to the timeline"</AppLink></p>
        </section>
    }
}
