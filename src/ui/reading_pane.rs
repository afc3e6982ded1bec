//! The reading pane: text rendered at build time. The pre-rendered page already holds the view it
//! was opened on; when the reader moves, this swaps in the new view's fragment, fetched once and
//! kept, and fetched early when a link to it is hovered or focused.

use super::citation;
use super::dom::listen;
use super::router::{same_origin_link, Router};
use echoes_model::meta::layout_class;
use echoes_model::route::{fragment_end, fragment_path, view_key, Route, View};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fragments by view key: a fetched text, or `None` while it is on its way.
type Cache = StoredValue<HashMap<String, Option<String>>, LocalStorage>;

#[derive(Clone, Copy)]
pub struct ReadingPane {
    router: Router,
    cache: Cache,
}

impl ReadingPane {
    /// Follows the address from now on. The pane is the page's `#reading`.
    pub fn start(router: Router) -> ReadingPane {
        // The view the page was opened on is already here: keep it for coming back.
        let opened = Self::element().and_then(|element| {
            let key = element.first_element_child()?.get_attribute("data-view")?;
            Some((key, Some(element.inner_html())))
        });
        let pane = ReadingPane {
            router,
            cache: StoredValue::new_local(opened.into_iter().collect()),
        };
        let view = Memo::new(move |_| router.with(|r| r.view.clone()));
        Effect::new(move |_| pane.show(&view.get()));
        // Links carry the alignment and zoom, so that a link's address is where its click goes.
        let carried = Memo::new(move |_| router.with(|r| (r.mode, r.zoom.factor)));
        Effect::new(move |_| {
            carried.track();
            pane.sync_links();
        });
        citation::copy_on_click();
        for event in ["pointerover", "focusin"] {
            listen(&document(), event, move |ev| pane.prefetch_link(ev));
        }
        pane
    }

    fn element() -> Option<web_sys::Element> {
        document().get_element_by_id("reading")
    }

    /// Shows a view: at once if its text is here (the page was opened on it, or it was fetched
    /// before), else once it arrives.
    fn show(&self, view: &View) {
        let Some(element) = Self::element() else {
            return;
        };
        let key = view_key(view);
        let shown = element
            .first_element_child()
            .and_then(|child| child.get_attribute("data-view"));
        if shown.as_deref() != Some(key.as_str()) {
            match self.cache.with_value(|cache| cache.get(&key).cloned()) {
                Some(Some(html)) => self.swap(&element, &html),
                // Not here yet: it shows when it arrives, whoever asked for it first.
                on_its_way => {
                    let _ = element.set_attribute("aria-busy", "true");
                    if on_its_way.is_none() {
                        self.load(view.clone());
                    }
                    return;
                }
            }
        }
        self.after_swap(view);
    }

    fn swap(&self, element: &web_sys::Element, html: &str) {
        // The one renderer escaped every text when it wrote this file; it is markup by design.
        element.set_inner_html(html);
        let _ = element.remove_attribute("aria-busy");
    }

    fn arrive(&self, view: &View, html: Option<String>) {
        // The reader may have moved on while it loaded.
        if self.router.with_untracked(|r| r.view != *view) {
            return;
        }
        let Some(element) = Self::element() else {
            return;
        };
        match html {
            Some(html) => {
                self.swap(&element, &html);
                self.after_swap(view);
            }
            None => self.show_failure(&element, view),
        }
    }

    fn after_swap(&self, view: &View) {
        if let Some(main) = document().get_element_by_id("main") {
            main.set_class_name(layout_class(view));
        }
        if let View::NotFound { path, suggestions } = view {
            self.fill_not_found(path, suggestions);
        }
        self.sync_links();
        citation::fill();
        // A link to one claim (`/about#claim-id`): scroll to it once its text is in.
        let hash = window().location().hash().unwrap_or_default();
        if let Some(target) = hash
            .strip_prefix('#')
            .filter(|id| !id.is_empty())
            .and_then(|id| document().get_element_by_id(id))
        {
            target.scroll_into_view();
        }
    }

    /// The fragment's text, checked to be the whole of the view asked for.
    async fn fetch(&self, view: &View) -> Option<String> {
        let key = view_key(view);
        self.cache.update_value(|cache| {
            cache.insert(key.clone(), None);
        });
        let html = fetch_text(&self.router.file_href(&format!("/{}", fragment_path(view)))).await;
        let whole = html.filter(|html| {
            html.starts_with(&format!("<div class=\"reading-view\" data-view=\"{key}\""))
                && html.trim_end().ends_with(&fragment_end(&key))
        });
        self.cache.update_value(|cache| match &whole {
            Some(html) => {
                cache.insert(key, Some(html.clone()));
            }
            // A failed fetch may succeed later.
            None => {
                cache.remove(&key);
            }
        });
        whole
    }

    /// Fetches a view's text ahead of a click, unless it is here or on its way.
    pub fn prefetch(&self, view: View) {
        if matches!(view, View::NotFound { .. })
            || self
                .cache
                .with_value(|cache| cache.contains_key(&view_key(&view)))
        {
            return;
        }
        self.load(view);
    }

    /// Fetches a view's text; once it is here, shows it if the reader has moved to that view
    /// meanwhile (a click on a link whose prefetch is still on its way fetches nothing twice).
    fn load(&self, view: View) {
        let pane = *self;
        spawn_local(async move {
            let html = pane.fetch(&view).await;
            pane.arrive(&view, html);
        });
    }

    fn prefetch_link(&self, ev: &web_sys::Event) {
        if let Some((_, url)) = same_origin_link(ev) {
            self.prefetch(self.router.parse(&url.pathname(), &url.search()).view);
        }
    }

    /// Every link the router takes over (`data-app`) leads to its view in the current alignment
    /// and zoom.
    fn sync_links(&self) {
        let Ok(links) = document().query_selector_all("a[data-app]") else {
            return;
        };
        for i in 0..links.length() {
            let Some(link) = links
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let app_path = link.get_attribute("data-app").unwrap_or_default();
            let (path, hash) = app_path.split_once('#').unwrap_or((&app_path, ""));
            let view = self.router.view_of(path);
            let route = untrack(|| self.router.link(view));
            let hash = if hash.is_empty() {
                String::new()
            } else {
                format!("#{hash}")
            };
            let _ = link.set_attribute("href", &format!("{}{hash}", self.router.href(&route)));
        }
    }

    /// The requested address and the nearest known ones, written into the view's slots as text.
    fn fill_not_found(&self, path: &str, suggestions: &[echoes_model::route::Suggestion]) {
        let document = document();
        if let Ok(Some(slot)) = document.query_selector("#reading .requested-path") {
            // Long garbage is cut for display.
            let shown: String = path.chars().take(120).collect();
            slot.set_text_content(Some(&shown));
        }
        let Ok(Some(list)) = document.query_selector("#reading .suggestions") else {
            return;
        };
        list.set_text_content(None);
        for suggestion in suggestions {
            let (Ok(item), Ok(link)) =
                (document.create_element("li"), document.create_element("a"))
            else {
                continue;
            };
            let _ = link.set_attribute("href", &self.router.href_of(&suggestion.path));
            let _ = link.set_attribute("data-app", &suggestion.path);
            link.set_text_content(Some(&suggestion.path));
            let _ = item.append_child(&link);
            let _ = list.append_child(&item);
        }
    }

    /// A fragment that did not come (offline and never opened, an error, cut short): a short
    /// message and a plain link to the view's own page, never an empty pane.
    fn show_failure(&self, element: &web_sys::Element, view: &View) {
        let document = document();
        let page = self.router.href(&Route {
            view: view.clone(),
            ..Route::home()
        });
        element.set_text_content(None);
        let _ = element.remove_attribute("aria-busy");
        let (Ok(message), Ok(text), Ok(link)) = (
            document.create_element("div"),
            document.create_element("p"),
            document.create_element("a"),
        ) else {
            return;
        };
        let _ = message.set_attribute("class", "reading-view reading-error");
        let _ = message.set_attribute("role", "alert");
        // The service worker answers from what it kept when the network fails: what fails here
        // was never kept.
        text.set_text_content(Some(
            "This page could not be loaded: you may be offline, and it was not saved on this device.",
        ));
        let _ = link.set_attribute("href", &page);
        let _ = link.set_attribute("data-reload", "");
        link.set_text_content(Some("Open its page"));
        let _ = message.append_child(&text);
        let _ = message.append_child(&link);
        let _ = element.append_child(&message);
    }
}

pub async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
