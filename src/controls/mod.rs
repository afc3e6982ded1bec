//! The controls around the timeline, one file each, every file holding both halves: the markup
//! the build writes into every page (`markup` feature, used by `echoes-reading`, native) and the
//! behaviour the app adds to that markup in the browser (`app` feature). A [`Part`] names an
//! element a behaviour looks up, once, for the markup that writes it and the behaviour that finds
//! it; each file's test renders its markup and finds every one of its parts.
//!
//! maud takes attribute names only as literals, so a part named by an attribute (`data-echo`) is
//! spelled in the markup and in its `Part`, side by side, and the test holds them together.

pub mod citation;
pub mod echo_list;
pub mod filters;
pub mod find;
pub mod lanes;
pub mod reading_pane;
pub mod readout;
pub mod share;
pub mod timeline;
pub mod toolbar;
pub mod zoom_buttons;

/// Text escaped for HTML content or a double-quoted attribute.
#[cfg(feature = "markup")]
pub fn text(text: &str) -> String {
    maud::html! { (text) }.into_string()
}

/// An element of the page's own HTML that a behaviour looks up: what the markup writes (an id,
/// a class, an attribute's name or an action) and the CSS selector that finds it, both fixed
/// when the program is built. Made with [`part!`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    name: &'static str,
    selector: &'static str,
    /// An id: on the page once.
    unique: bool,
}

/// `part!(id "search-input")`: `#search-input`, once on the page. `part!(class "toolbar")`: one
/// of its classes (the stylesheet's too), found by it and never dispatched on.
/// `part!(attribute "data-echo")`: an element carrying the attribute, whatever its value.
/// `part!(action "play")`: a button whose `data-action` says what pressing it does.
macro_rules! part {
    (id $name:literal) => {
        $crate::controls::Part::new($name, concat!("#", $name), true)
    };
    (class $name:literal) => {
        $crate::controls::Part::new($name, concat!(".", $name), false)
    };
    (attribute $name:literal) => {
        $crate::controls::Part::new($name, concat!("[", $name, "]"), false)
    };
    (action $name:literal) => {
        $crate::controls::Part::new($name, concat!("[data-action=\"", $name, "\"]"), false)
    };
}
pub(crate) use part;

impl Part {
    #[doc(hidden)]
    pub const fn new(name: &'static str, selector: &'static str, unique: bool) -> Part {
        Part {
            name,
            selector,
            unique,
        }
    }

    /// What the markup writes: the id, the class, the attribute's name or the action.
    pub const fn name(self) -> &'static str {
        self.name
    }

    /// The CSS selector that finds it: `#search-input`, `.toolbar`, `[data-echo]`,
    /// `[data-action="play"]`.
    pub const fn selector(self) -> &'static str {
        self.selector
    }
}

#[cfg(feature = "app")]
mod find_parts {
    use super::Part;
    use wasm_bindgen::JsCast;

    impl Part {
        /// The first such element on the page.
        pub fn find(self) -> Option<web_sys::Element> {
            leptos::prelude::document()
                .query_selector(self.selector())
                .ok()
                .flatten()
        }

        /// The first such element under `root`.
        pub fn find_in(self, root: &web_sys::Element) -> Option<web_sys::Element> {
            root.query_selector(self.selector()).ok().flatten()
        }

        /// Every such element under `root`, in document order.
        pub fn all_in(self, root: &web_sys::Element) -> Vec<web_sys::Element> {
            let mut all = Vec::new();
            if let Ok(nodes) = root.query_selector_all(self.selector()) {
                for i in 0..nodes.length() {
                    if let Some(element) = nodes.item(i).and_then(|node| node.dyn_into().ok()) {
                        all.push(element);
                    }
                }
            }
            all
        }

        /// Every such element under `root` whose attribute naming the part `read` can read, with
        /// what it read: the zoom's steps, a mode, an actor. A loop and a `dyn` reader, not an
        /// iterator chain per caller: each chain's code is the bundle's.
        pub fn all_named<T>(
            self,
            root: &web_sys::Element,
            read: &dyn Fn(&str) -> Option<T>,
        ) -> Vec<(web_sys::Element, T)> {
            let mut named = Vec::new();
            for element in self.all_in(root) {
                if let Some(value) = self.value_on(&element).and_then(|v| read(&v)) {
                    named.push((element, value));
                }
            }
            named
        }

        /// The such element that holds an event's target, the target itself included.
        pub fn around(self, target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
            target?
                .dyn_into::<web_sys::Element>()
                .ok()?
                .closest(self.selector())
                .ok()?
        }

        /// The value, on `element`, of the attribute that names an `Attribute` part.
        pub fn value_on(self, element: &web_sys::Element) -> Option<String> {
            element.get_attribute(self.name())
        }
    }
}

/// Renders a control's markup as a browser would parse it and finds each of `parts` in it: an id
/// exactly once, anything else at least once. Returns the parsed document for further checks.
#[cfg(all(test, feature = "markup"))]
pub(crate) fn assert_finds(markup: maud::Markup, parts: &[Part]) -> scraper::Html {
    let html = scraper::Html::parse_fragment(&markup.into_string());
    for part in parts {
        let selector = scraper::Selector::parse(part.selector()).expect("a valid selector");
        let found = html.select(&selector).count();
        if part.unique {
            assert_eq!(found, 1, "{} once in the markup", part.selector());
        } else {
            assert!(found > 0, "no {} in the markup", part.selector());
        }
    }
    html
}
