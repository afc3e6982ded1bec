//! The one writer of what is shown. The address is parsed and formatted by the route model; this
//! module keeps it in step with the browser: history entries, Back and Forward, and every click on
//! a link inside the site, whoever drew the link.

use super::dom::{closest, listen};
use crate::controls::lanes::markers::ITEM;
use echoes_model::address::Addresses;
use echoes_model::dataset::{Dataset, IN_PAGE_MAX};
use echoes_model::route::{Mode, Page, Route, View, Zoom};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy)]
pub struct Router {
    index: &'static Dataset,
    /// The site's base path, from the page's `<base href>`, and inside an embed the embed's
    /// pages.
    addresses: Addresses<'static>,
    route: RwSignal<Route>,
    /// The reader's moves to another address (a link, Back, Forward), not the playhead's own
    /// writes: a gesture that a move overtook is over.
    moves: RwSignal<u32>,
    /// Whether this page can show the lanes: it carries their markers, or the app builds them
    /// from an index with titles. The about and not-found pages carry none, and the index leaves
    /// titles to the pages (`IN_PAGE_MAX`), so from there a link into the timeline loads its page.
    shows_lanes: bool,
}

impl Router {
    /// Reads the address and starts following Back, Forward and link clicks.
    pub fn start(index: &'static Dataset) -> Router {
        let base: &'static str = Box::leak(base_path().into_boxed_str());
        let path = window().location().pathname().unwrap_or_default();
        let router = Router {
            index,
            addresses: Addresses::new("", base).at(&path),
            route: RwSignal::new(Route::home()),
            moves: RwSignal::new(0),
            shows_lanes: index.events.len() > IN_PAGE_MAX || ITEM.find().is_some(),
        };
        router.route.set(router.parse_location());
        listen(&window(), "popstate", move |_| {
            router.moves.update(|n| *n += 1);
            router.route.set(router.parse_location());
        });
        listen(&window(), "click", move |ev| {
            router.follow_click(ev.unchecked_ref());
        });
        router
    }

    pub fn with<T>(&self, read: impl FnOnce(&Route) -> T) -> T {
        self.route.with(read)
    }

    pub fn with_untracked<T>(&self, read: impl FnOnce(&Route) -> T) -> T {
        self.route.with_untracked(read)
    }

    /// How many times the reader has moved to another address.
    pub fn moves(&self) -> u32 {
        self.moves.get()
    }

    pub fn moves_untracked(&self) -> u32 {
        self.moves.get_untracked()
    }

    /// The absolute path of an app path (`/e/x`): in an embed, the embed's address.
    pub fn href_of(&self, app_path: &str) -> String {
        self.addresses.page(app_path)
    }

    pub fn href(&self, route: &Route) -> String {
        self.href_of(&route.href())
    }

    /// The absolute path of a file of the site (`/data/search.tsv`).
    pub fn file_href(&self, path: &str) -> String {
        self.addresses.file(path)
    }

    /// The site's own address of a route, outside any embed: where "Open in Echoes" leads.
    pub fn full_href(&self, route: &Route) -> String {
        self.file_href(&route.href())
    }

    /// Where a link to `view` leads from here: the alignment and the zoom factor stay, the
    /// playhead (and so the window) follows the view.
    pub fn link(&self, view: View) -> Route {
        let (mode, factor) = self.route.with(|r| (r.mode, r.zoom.factor));
        Route {
            view,
            mode,
            at: None,
            zoom: Zoom::new(factor, None),
        }
    }

    /// A new history entry, so Back returns to what was shown before.
    pub fn push(&self, route: Route) {
        self.write(route, true, "");
    }

    /// The same entry, changed: for the playhead's place and the alignment.
    pub fn replace(&self, route: Route) {
        self.write(route, false, "");
    }

    pub fn set_mode(&self, mode: Mode) {
        let mut route = self.route.get_untracked();
        route.mode = mode;
        self.replace(route);
    }

    fn write(&self, route: Route, push: bool, hash: &str) {
        let url = format!("{}{hash}", self.href(&route));
        if let Ok(history) = window().history() {
            let null = wasm_bindgen::JsValue::NULL;
            let _ = if push {
                history.push_state_with_url(&null, "", Some(&url))
            } else {
                history.replace_state_with_url(&null, "", Some(&url))
            };
        }
        // A new page starts at its top; a new selection on the same page keeps the reader's place.
        if push
            && self
                .route
                .with_untracked(|old| old.view.page() != route.view.page())
        {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        if push {
            self.moves.update(|n| *n += 1);
        }
        self.route.set(route);
    }

    fn parse_location(&self) -> Route {
        let location = window().location();
        let path = location.pathname().unwrap_or_default();
        let query = location.search().unwrap_or_default();
        self.parse(&path, &query)
    }

    /// The view an app path (`/e/x`, no base) leads to.
    pub fn view_of(&self, app_path: &str) -> View {
        Route::parse(app_path, "", self.index).view
    }

    /// An absolute path inside or outside the base, as the route model reads it.
    pub fn parse(&self, path: &str, query: &str) -> Route {
        let app_path = self.addresses.app_path(path).unwrap_or(path);
        Route::parse(app_path, query, self.index)
    }

    /// A plain click on a link to a view of this site navigates inside the app, to exactly the
    /// link's address; anything else (new tab, download, another site, an unknown path) is the
    /// browser's.
    fn follow_click(&self, ev: &web_sys::MouseEvent) {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some((anchor, url)) = same_origin_link(ev) else {
            return;
        };
        // `data-reload`: a link that must load its page for real (the reading pane's way out).
        if !anchor.target().is_empty()
            || anchor.has_attribute("download")
            || anchor.has_attribute("data-reload")
        {
            return;
        }
        let route = self.parse(&url.pathname(), &url.search());
        if matches!(route.view, View::NotFound { .. })
            || (route.view.page() == Page::Timeline && !self.shows_lanes)
        {
            return;
        }
        ev.prevent_default();
        self.write(route, true, &url.hash());
    }
}

/// The link an event happened on, and its address, when it leads inside this site's origin.
pub fn same_origin_link(ev: &web_sys::Event) -> Option<(web_sys::HtmlAnchorElement, web_sys::Url)> {
    let anchor = closest(ev.target(), "a[href]")?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    let url = web_sys::Url::new(&anchor.href()).ok()?;
    (url.origin() == window().location().origin().unwrap_or_default()).then_some((anchor, url))
}

/// The path of `<base href>`, which Trunk writes from `--public-url`.
fn base_path() -> String {
    let base = document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".into());
    if base.ends_with('/') {
        base
    } else {
        "/".into()
    }
}
