//! What every behaviour on the page's own HTML needs: two lookups, and a toggle button's state.

use wasm_bindgen::JsCast;

/// The element matching `selector` that holds an event's target, the target itself included.
pub fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()?
}

/// Every element under `parent` that matches `selector`, in document order.
pub fn all(parent: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(nodes) = parent.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into().ok())
        .collect()
}

/// A toggle button's state, for assistive technology and for the stylesheet.
pub fn press(button: &web_sys::Element, pressed: bool) {
    let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
}
