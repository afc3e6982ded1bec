//! What every behaviour on the page's own HTML needs: listening, a lookup, a toggle button's
//! state, a media query, and copying to the clipboard.

use gloo_events::{EventListener, EventListenerOptions};
use leptos::prelude::{window, StoredValue};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Listens for `event` on `target` for as long as the reactive owner that called it lives, as
/// leptos-use's `use_event_listener` does: the listener is stored in the owner, and dropping it
/// removes it. The one way the app listens outside view markup. Never passive, so that a handler
/// may prevent the default (none listens to scrolling events, where passive would matter).
pub fn listen(
    target: &web_sys::EventTarget,
    event: &'static str,
    handler: impl FnMut(&web_sys::Event) + 'static,
) {
    // Boxed first, so that gloo's generic code is built once, not once for every handler.
    let handler: Box<dyn FnMut(&web_sys::Event)> = Box::new(handler);
    let options = EventListenerOptions::enable_prevent_default();
    StoredValue::new_local(EventListener::new_with_options(
        target, event, options, handler,
    ));
}

/// The element matching `selector` that holds an event's target, the target itself included.
pub fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()?
}

/// A toggle button's state, for assistive technology and for the stylesheet.
pub fn press(button: &web_sys::Element, pressed: bool) {
    let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
}

/// Whether a media query matches now (`(pointer: coarse)`, `(prefers-reduced-motion: reduce)`).
pub fn media_matches(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|list| list.matches())
}

/// Copies text with the Clipboard API. On `Err` (no API on an insecure page, a denied
/// permission) the caller selects the text for the reader's own copy and says so with
/// [`copy_refused`].
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let clipboard = window().navigator().clipboard();
    if JsValue::from(&clipboard).is_undefined() {
        return Err(());
    }
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(drop)
        .map_err(drop)
}

/// What the reader is told when copying was refused and `what` ("the link") is selected instead.
pub fn copy_refused(what: &str) -> String {
    format!("Copying was refused: {what} is selected, press Ctrl+C (⌘C) to copy it.")
}
