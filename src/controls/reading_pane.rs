//! The reading pane: text rendered at build time. The pre-rendered page already holds the view it
//! was opened on; when the reader moves, this swaps in the new view's fragment, fetched once and
//! kept, and fetched early when a link to it is hovered or focused.

use super::{part, Part};

/// The pane that holds the reading text of the view shown.
pub const PANE: Part = part!(id "reading");
/// The page's main element: its class is the view's layout (`layout_class`).
pub const MAIN: Part = part!(id "main");
/// A view's text, naming the view (`view_key`); the pane holds one.
pub const VIEW: Part = part!(attribute "data-view");
/// On a view's text, the document's title for it: the app takes it from the page, as the build
/// wrote it, rather than carry every title.
pub const TITLE: Part = part!(attribute "data-title");
/// A link the router takes over, naming its app path: the app keeps its address in the
/// alignment and zoom shown.
pub const APP_LINK: Part = part!(attribute "data-app");
/// The not-found view's slots for the address asked for and the nearest known ones.
pub const REQUESTED: Part = part!(class "requested-path");
pub const SUGGESTIONS: Part = part!(class "suggestions");
pub const PARTS: &[Part] = &[PANE, MAIN, VIEW, TITLE, APP_LINK, REQUESTED, SUGGESTIONS];

/// How a view's text begins, in a page and in its fragment file: the app checks a fetched
/// fragment with it (and its end with `fragment_end`) before it shows it.
pub fn fragment_start(key: &str) -> String {
    format!("<div class=\"reading-view\" {}=\"{key}\"", VIEW.name())
}

#[cfg(feature = "markup")]
pub use markup::{app_link, main, not_found_slots, view};

#[cfg(feature = "markup")]
mod markup {
    use super::{MAIN, PANE, REQUESTED, SUGGESTIONS};
    use crate::model::route::fragment_end;
    use maud::{html, Markup, PreEscaped};

    /// A view's text as the pane holds it: `inner`, wrapped with the document's `title` for it,
    /// and ended so that the app can tell a whole fragment from a cut one.
    pub fn view(key: &str, title: &str, inner: Markup) -> Markup {
        html! {
            div class="reading-view" data-view=(key) data-title=(title) { (inner) }
            (PreEscaped(fragment_end(key)))
        }
    }

    /// The page's main element, of the view's layout class: the pane, holding the text of the
    /// view the page is for, then `rest` (the timeline's slot).
    pub fn main(layout: &str, reading: Option<Markup>, rest: Markup) -> Markup {
        html! {
            main id=(MAIN.name()) class=(layout) {
                div id=(PANE.name()) class="reading-pane" tabindex="-1" {
                    @if let Some(reading) = reading { (reading) }
                }
                (rest)
            }
        }
    }

    /// A link to `href`, which the router takes over as the app path `app_path`.
    pub fn app_link(href: &str, app_path: &str, text: &str, class: Option<&str>) -> Markup {
        html! { a href=(href) class=[class] data-app=(app_path) { (text) } }
    }

    /// The not-found view's sentence with its two empty slots, which the app fills in as text.
    pub fn not_found_slots() -> Markup {
        html! {
            p { "There is no event, echo or page at this address: " code class=(REQUESTED.name()) {} "." }
            ul class=(SUGGESTIONS.name()) aria-label="Did you mean" {}
        }
    }

    #[cfg(test)]
    #[test]
    fn a_page_holds_its_view_in_the_pane_and_a_link_names_its_app_path() {
        use super::*;
        let inner =
            html! { (app_link("/echoes/about", "/about", "About", None)) (not_found_slots()) };
        let title = "Not found · <Echoes>";
        let page = main("layout", Some(view("not-found", title, inner)), html! {});
        let text = page.clone().into_string();
        let start = text
            .find(&fragment_start("not-found"))
            .expect("the view's start");
        assert!(text[start..].contains(&fragment_end("not-found")));
        let html = crate::controls::assert_finds(page, PARTS);
        let pane = scraper::Selector::parse(&format!("{} > {}", PANE.selector(), VIEW.selector()));
        assert_eq!(html.select(&pane.unwrap()).count(), 1);
        // The document's title rides on the view, as text.
        let titled = scraper::Selector::parse(TITLE.selector()).unwrap();
        let view = html.select(&titled).next().expect("a titled view");
        assert_eq!(view.value().attr(TITLE.name()), Some(title));
    }
}

#[cfg(feature = "app")]
pub use behaviour::{fetch_text, ReadingPane};

#[cfg(feature = "app")]
mod behaviour {
    use super::{fragment_start, APP_LINK, MAIN, PANE, REQUESTED, SUGGESTIONS, TITLE, VIEW};
    use crate::controls::citation;
    use crate::model::meta::layout_class;
    use crate::model::route::{fragment_end, fragment_path, view_key, Route, View};
    use crate::ui::dom::listen;
    use crate::ui::router::{same_origin_link, Router};
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
                let key = VIEW.value_on(&element.first_element_child()?)?;
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
            PANE.find()
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
                .and_then(|child| VIEW.value_on(&child));
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
            if let Some(main) = MAIN.find() {
                main.set_class_name(layout_class(view));
            }
            let shown = Self::element().and_then(|pane| pane.first_element_child());
            if let Some(title) = shown.and_then(|text| TITLE.value_on(&text)) {
                document().set_title(&title);
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
            let html =
                fetch_text(&self.router.file_href(&format!("/{}", fragment_path(view)))).await;
            let whole = html.filter(|html| {
                html.starts_with(&fragment_start(&key))
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

        /// Every link the router takes over leads to its view in the current alignment
        /// and zoom.
        fn sync_links(&self) {
            let Some(body) = document().body() else {
                return;
            };
            for link in APP_LINK.all_in(&body) {
                let app_path = APP_LINK.value_on(&link).unwrap_or_default();
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
        fn fill_not_found(&self, path: &str, suggestions: &[crate::model::route::Suggestion]) {
            let document = document();
            let Some(pane) = Self::element() else {
                return;
            };
            if let Some(slot) = REQUESTED.find_in(&pane) {
                // Long garbage is cut for display.
                let shown: String = path.chars().take(120).collect();
                slot.set_text_content(Some(&shown));
            }
            let Some(list) = SUGGESTIONS.find_in(&pane) else {
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
                let _ = link.set_attribute(APP_LINK.name(), &suggestion.path);
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
}
