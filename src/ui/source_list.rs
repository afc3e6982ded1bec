use crate::model::dataset::{Source, SourceKind};
use leptos::prelude::*;

/// Sources as links a reader can open, primary records marked.
#[component]
pub fn SourceList(sources: Vec<Source>) -> impl IntoView {
    view! {
        <ul class="sources">
            {sources.into_iter().map(|source| view! {
                <li>
                    <a href=source.url.to_string() rel="noopener" target="_blank">{source.title.to_string()}</a>
                    <span class="publisher">{format!(" — {}", source.publisher)}</span>
                    {(source.kind == SourceKind::Primary).then(|| view! { <span class="badge primary">"primary record"</span> })}
                </li>
            }).collect_view()}
        </ul>
    }
}
