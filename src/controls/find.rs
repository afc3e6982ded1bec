//! Find, the search box above the lanes: answers as the reader types, results
//! by lane with their dates, Enter opens the first. The index is fetched on the first focus, so it
//! costs the first load nothing. "/" focuses the box from anywhere but a text field.
//!
//! Plain DOM, not a Leptos view: the box and its list are the page's, and each answer rewrites the
//! list once (as a view, with its signals and memo, it was about 10 KB gzip of the WASM).

use super::{part, Part};

pub const INPUT: Part = part!(id "search-input");
pub const STATUS: Part = part!(id "search-status");
pub const RESULTS: Part = part!(class "search-results");
pub const PARTS: &[Part] = &[INPUT, STATUS, RESULTS];

#[cfg(feature = "markup")]
pub fn markup() -> maud::Markup {
    use crate::model::search::MAX_QUERY;
    maud::html! {
        div class="search" role="search" {
            label for=(INPUT.name()) class="search-label" { "Find an event" }
            input id=(INPUT.name()) type="search" autocomplete="off" spellcheck="false"
                maxlength=(MAX_QUERY) aria-describedby=(STATUS.name()) aria-keyshortcuts="/"
                placeholder="Inchon, Shoigu, treaty… (press /)";
            p id=(STATUS.name()) class="search-status" role="status" {}
            ul class=(RESULTS.name()) aria-label="Results" {}
        }
    }
}

#[cfg(feature = "app")]
pub use behaviour::follow;

#[cfg(feature = "app")]
mod behaviour {
    use super::{INPUT, RESULTS, STATUS};
    use crate::controls::reading_pane::{fetch_text, APP_LINK};
    use crate::model::date::EventDate;
    use crate::model::route::View;
    use crate::model::search::{parse_index, search, Entry};
    use crate::ui::dom::listen;
    use crate::ui::state::AppState;
    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use std::cell::RefCell;
    use wasm_bindgen::JsCast;

    enum Index {
        NotAsked,
        Loading,
        Failed,
        Ready(Vec<Entry>),
    }

    struct Find {
        state: AppState,
        input: web_sys::HtmlInputElement,
        status: web_sys::Element,
        results: web_sys::Element,
        index: RefCell<Index>,
    }

    pub fn follow(state: AppState) {
        let (Some(input), Some(status), Some(results)) = (
            INPUT.find().and_then(|e| e.dyn_into().ok()),
            STATUS.find(),
            RESULTS.find(),
        ) else {
            return;
        };
        // The page lives as long as the app.
        let find: &'static Find = Box::leak(Box::new(Find {
            state,
            input,
            status,
            results,
            index: RefCell::new(Index::NotAsked),
        }));
        listen(&find.input, "focus", |_| find.load());
        listen(&find.input, "input", |_| find.answer());
        listen(&find.input, "keydown", |ev| {
            let ev = ev.unchecked_ref::<web_sys::KeyboardEvent>();
            if ev.key() == "Enter" {
                ev.prevent_default();
                find.open_first();
            }
        });
        listen(&window(), "keydown", |ev| {
            let ev = ev.unchecked_ref::<web_sys::KeyboardEvent>();
            if ev.key() == "/" && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
                find.focus_from_anywhere(ev);
            }
        });
    }

    impl Find {
        fn load(&'static self) {
            if matches!(*self.index.borrow(), Index::Loading | Index::Ready(_)) {
                return;
            }
            self.index.replace(Index::Loading);
            let url = self.state.router.file_href("/data/search.tsv");
            spawn_local(async move {
                let index = match fetch_text(&url).await {
                    Some(text) => Index::Ready(parse_index(&text)),
                    // The next focus tries again.
                    None => Index::Failed,
                };
                self.index.replace(index);
                self.answer();
            });
        }

        /// The status line and the results for what the box holds now.
        fn answer(&self) {
            let query = self.input.value();
            let index = self.index.borrow();
            let found = match &*index {
                Index::Ready(entries) => search(entries, &query),
                _ => Vec::new(),
            };
            let status = match &*index {
                Index::Failed => "The search index could not be loaded; try again.".to_string(),
                _ if query.trim().is_empty() => String::new(),
                Index::NotAsked | Index::Loading => "Loading the index…".into(),
                Index::Ready(_) if found.is_empty() => "No event matches.".into(),
                Index::Ready(_) if found.len() == 1 => "1 event. Enter opens it.".into(),
                Index::Ready(_) => format!("{} events. Enter opens the first.", found.len()),
            };
            self.status.set_text_content(Some(&status));
            self.list(&found);
        }

        /// By lane, as the index lists them: a lane's name before its first result. Every text goes
        /// in as text.
        fn list(&self, found: &[&Entry]) {
            let document = document();
            let create = |tag: &str, class: &str, text: &str| {
                let element = document.create_element(tag).ok()?;
                if !class.is_empty() {
                    element.set_class_name(class);
                }
                element.set_text_content(Some(text));
                Some(element)
            };
            let router = self.state.router;
            let lanes = &self.state.timeline.data.lanes;
            self.results.set_text_content(None);
            let mut lane = "";
            for entry in found {
                if entry.lane != lane {
                    lane = &entry.lane;
                    let title = lanes
                        .iter()
                        .find(|l| l.id == lane)
                        .map_or("Context", |l| &*l.title);
                    if let Some(heading) = create("li", "search-lane-title", title) {
                        let _ = heading.set_attribute("aria-hidden", "true");
                        let _ = self.results.append_child(&heading);
                    }
                }
                let date = EventDate::parse(&entry.date)
                    .map(|d| d.label())
                    .unwrap_or_default();
                let (Some(item), Some(link), Some(date)) = (
                    create("li", "", ""),
                    create("a", "", ""),
                    create("span", "search-date", &date),
                ) else {
                    continue;
                };
                let href = router.href(&untrack(|| router.link(View::Event(entry.id.clone()))));
                let _ = link.set_attribute("href", &href);
                // The router takes its click over, and keeps its address in the alignment.
                let _ = link.set_attribute(APP_LINK.name(), &format!("/e/{}", entry.id));
                let _ = link.append_child(&date);
                let _ = link.append_with_str_1(&format!(" {}", entry.title));
                let _ = item.append_child(&link);
                let _ = self.results.append_child(&item);
            }
        }

        fn open_first(&self) {
            let first = match &*self.index.borrow() {
                Index::Ready(entries) => search(entries, &self.input.value())
                    .first()
                    .map(|entry| entry.id.clone()),
                _ => None,
            };
            if let Some(id) = first {
                self.state.go(View::Event(id));
            }
        }

        /// "/" from anywhere but a text field, while the box is on screen.
        fn focus_from_anywhere(&self, ev: &web_sys::KeyboardEvent) {
            let document = document();
            let typing = document.active_element().is_some_and(|e| {
                matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || e.dyn_ref::<web_sys::HtmlElement>()
                        .is_some_and(|e| e.is_content_editable())
            });
            if typing {
                return;
            }
            let _ = self.input.focus();
            // A hidden box (the about page) takes no focus, and the key stays the page's.
            if document.active_element().as_ref() == Some(self.input.as_ref()) {
                ev.prevent_default();
            }
        }
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;

    #[test]
    fn the_box_is_labelled_described_by_its_status_and_as_long_as_a_query_may_be() {
        let html = crate::controls::assert_finds(markup(), PARTS);
        let input = scraper::Selector::parse(INPUT.selector()).unwrap();
        let input = html.select(&input).next().unwrap().value();
        assert_eq!(input.attr("aria-describedby"), Some(STATUS.name()));
        let maxlength = crate::model::search::MAX_QUERY.to_string();
        assert_eq!(input.attr("maxlength"), Some(maxlength.as_str()));
        let label = scraper::Selector::parse(&format!("label[for={}]", INPUT.name())).unwrap();
        assert_eq!(html.select(&label).count(), 1);
    }
}
