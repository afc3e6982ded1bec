use super::link::AppLink;
use super::reading_pane::fetch_text;
use super::state::use_state;
use crate::model::date::EventDate;
use crate::model::route::View;
use crate::model::search::{parse_index, search, Entry};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Find an event: answers as the reader types, results by lane with their dates, Enter opens the
/// first. The index is fetched on the first focus, so it costs the first load nothing. "/"
/// focuses the box from anywhere but a text field.
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_state();
    let input = NodeRef::<leptos::html::Input>::new();
    let index = RwSignal::new(None::<Arc<Vec<Entry>>>);
    let requested = StoredValue::new(false);
    let failed = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    let load = move |_| {
        if requested.get_value() {
            return;
        }
        requested.set_value(true);
        let url = state.router.file_href("/data/search.tsv");
        spawn_local(async move {
            match fetch_text(&url).await {
                Some(text) => index.set(Some(Arc::new(parse_index(&text)))),
                None => {
                    failed.set(true);
                    // The next focus tries again.
                    requested.set_value(false);
                }
            }
        });
    };
    let results = Memo::new(move |_| {
        let index = index.get()?;
        let found: Vec<Entry> = query.with(|q| search(&index, q).into_iter().cloned().collect());
        Some(found)
    });
    let open_first = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Enter" {
            return;
        }
        ev.prevent_default();
        let first = results.with_untracked(|r| r.as_ref().and_then(|r| r.first().cloned()));
        if let Some(first) = first {
            state.go(View::Event(first.id));
        }
    };
    let slash = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = document().active_element().is_some_and(|e| {
            matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.dyn_ref::<web_sys::HtmlElement>()
                    .is_some_and(|e| e.is_content_editable())
        });
        if let (false, Some(input)) = (typing, input.get_untracked()) {
            ev.prevent_default();
            let _ = input.focus();
        }
    });
    on_cleanup(move || slash.remove());

    let lanes = &state.timeline.data.lanes;
    let status = move || {
        if failed.get() && index.with(Option::is_none) {
            return "The search index could not be loaded; try again.".to_string();
        }
        match results.get() {
            _ if query.with(|q| q.trim().is_empty()) => String::new(),
            None => "Loading the index…".into(),
            Some(found) if found.is_empty() => "No event matches.".into(),
            Some(found) if found.len() == 1 => "1 event. Enter opens it.".into(),
            Some(found) => format!("{} events. Enter opens the first.", found.len()),
        }
    };
    // By lane, as the index lists them: a lane's name before its first result.
    let listed = move || {
        let found = results.get().unwrap_or_default();
        let mut lane = String::new();
        found
            .into_iter()
            .map(|entry| {
                let heading = (entry.lane != lane).then(|| {
                    lane.clone_from(&entry.lane);
                    let title = lanes
                        .iter()
                        .find(|l| l.id == entry.lane)
                        .map_or_else(|| "Context".to_string(), |l| l.title.to_string());
                    view! { <li class="search-lane-title" aria-hidden="true">{title}</li> }
                });
                let date = EventDate::parse(&entry.date)
                    .map(|d| d.label())
                    .unwrap_or_default();
                view! {
                    {heading}
                    <li>
                        <AppLink view=View::Event(entry.id)>
                            <span class="search-date">{date}</span>
                            " "
                            {entry.title}
                        </AppLink>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="search" role="search">
            <label for="search-input" class="search-label">"Find an event"</label>
            <input
                id="search-input"
                type="search"
                node_ref=input
                autocomplete="off"
                spellcheck="false"
                maxlength="100"
                aria-describedby="search-status"
                aria-keyshortcuts="/"
                placeholder="Inchon, Shoigu, treaty… (press /)"
                on:focus=load
                on:input=move |ev| query.set(event_target_value(&ev))
                on:keydown=open_first
            />
            <p id="search-status" class="search-status" role="status">{status}</p>
            <ul class="search-results" aria-label="Results">{listed}</ul>
        </div>
    }
}
