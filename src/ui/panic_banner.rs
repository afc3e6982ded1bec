//! A panic never passes in silence: a banner says so, with the message to paste into a bug
//! report, and the page's text stays readable under it.

use wasm_bindgen::JsCast;

pub fn install() {
    std::panic::set_hook(Box::new(|info| show(&info.to_string())));
}

fn show(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let make = |tag: &str| document.create_element(tag).ok();
    let (Some(banner), Some(text), Some(reload), Some(detail)) =
        (make("div"), make("p"), make("a"), make("code"))
    else {
        return;
    };
    let _ = banner.set_attribute("class", "crash-banner");
    let _ = banner.set_attribute("role", "alert");
    text.set_text_content(Some("Something went wrong — "));
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let _ = reload.set_attribute("href", &href);
    let _ = reload.set_attribute("data-reload", "");
    reload.set_text_content(Some("reload"));
    detail.set_text_content(Some(message));
    let _ = text.append_child(&reload);
    let _ = banner.append_child(&text);
    let _ = banner.append_child(&detail);
    let _ = body.insert_before(&banner, body.first_child().as_ref());
    if let Some(banner) = banner.dyn_ref::<web_sys::HtmlElement>() {
        let _ = banner.focus();
    }
}
