//! The toolbar's link to this view: copy it (Clipboard API, or a selected text field where that
//! is refused), and share it through the system sheet on touch devices that offer one.

use super::dom::{copy_refused, copy_text, media_matches};
use crate::model::controls::Action;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Shows "Share" where the system sheet is there to take it.
pub fn offer_share_sheet(toolbar: &web_sys::Element) {
    if let (true, Ok(Some(button))) = (
        has_share_sheet(),
        toolbar.query_selector(&Action::ShareLink.selector()),
    ) {
        let _ = button.remove_attribute("hidden");
    }
}

pub fn copy_link(toolbar: &web_sys::Element) {
    let link = window().location().href().unwrap_or_default();
    let (Ok(Some(status)), Ok(Some(manual)), Ok(Some(field))) = (
        toolbar.query_selector(".share-status"),
        toolbar.query_selector(".manual-link"),
        toolbar.query_selector(".manual-link input"),
    ) else {
        return;
    };
    let Ok(field) = field.dyn_into::<web_sys::HtmlInputElement>() else {
        return;
    };
    spawn_local(async move {
        let said = match copy_text(&link).await {
            Ok(()) => "Link copied.".to_string(),
            // Refused: the link in a field, selected, ready for Ctrl+C.
            Err(()) => {
                field.set_value(&link);
                let _ = manual.remove_attribute("hidden");
                field.select();
                copy_refused("the link")
            }
        };
        status.set_text_content(Some(&said));
    });
}

pub fn share_link() {
    let data = web_sys::ShareData::new();
    data.set_url(&window().location().href().unwrap_or_default());
    data.set_title(&document().title());
    spawn_local(async move {
        // A dismissed share sheet rejects; nothing to report.
        let _ = JsFuture::from(window().navigator().share_with_data(&data)).await;
    });
}

/// The Web Share API, on a device whose main pointer is touch.
fn has_share_sheet() -> bool {
    let navigator = window().navigator();
    let share =
        js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).unwrap_or(JsValue::UNDEFINED);
    share.dyn_ref::<js_sys::Function>().is_some() && media_matches("(pointer: coarse)")
}
