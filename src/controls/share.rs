//! The link to this view, in the toolbar: copy it (the Clipboard API, or a selected text field
//! where that is refused), and share it through the system sheet on touch devices that offer one.

use super::{part, Part};

pub const COPY: Part = part!(action "copy-link");
pub const SHARE: Part = part!(action "share-link");
/// Where the link is shown, selected, when copying was refused.
pub const MANUAL: Part = part!(class "manual-link");
pub const STATUS: Part = part!(class "share-status");
pub const PARTS: &[Part] = &[COPY, SHARE, MANUAL, STATUS];

#[cfg(feature = "markup")]
pub fn markup() -> maud::Markup {
    maud::html! {
        div class="share" {
            button type="button" class="copy-link" data-action=(COPY.name()) { "Copy link" }
            // Shown by the app where the system's share sheet is there to take it.
            button type="button" class="share-link" data-action=(SHARE.name()) hidden { "Share" }
            label class=(MANUAL.name()) hidden {
                span class="sr-only" { "Link to this view" }
                input type="text" readonly;
            }
            p class=(STATUS.name()) role="status" {}
        }
    }
}

#[cfg(feature = "app")]
pub use behaviour::follow;

#[cfg(feature = "app")]
mod behaviour {
    use super::{COPY, MANUAL, SHARE, STATUS};
    use crate::ui::dom::{copy_refused, copy_text, listen, media_matches};
    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    pub fn follow(toolbar: &web_sys::Element) {
        if let Some(copy) = COPY.find_in(toolbar) {
            let toolbar = toolbar.clone();
            listen(&copy, "click", move |_| copy_link(&toolbar));
        }
        if let Some(share) = SHARE.find_in(toolbar) {
            if has_share_sheet() {
                let _ = share.remove_attribute("hidden");
            }
            listen(&share, "click", |_| share_link());
        }
    }

    fn copy_link(toolbar: &web_sys::Element) {
        let link = window().location().href().unwrap_or_default();
        let (Some(status), Some(manual)) = (STATUS.find_in(toolbar), MANUAL.find_in(toolbar))
        else {
            return;
        };
        let Some(field) = manual
            .query_selector("input")
            .ok()
            .flatten()
            .and_then(|field| field.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
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

    fn share_link() {
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
        let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share"))
            .unwrap_or(JsValue::UNDEFINED);
        share.dyn_ref::<js_sys::Function>().is_some() && media_matches("(pointer: coarse)")
    }
}

#[cfg(all(test, feature = "markup"))]
mod tests {
    use super::*;

    #[test]
    fn the_share_box_has_its_buttons_the_field_for_a_refused_copy_and_a_status() {
        let html = crate::controls::assert_finds(markup(), PARTS);
        let field = scraper::Selector::parse(&format!("{} input[readonly]", MANUAL.selector()));
        assert_eq!(html.select(&field.unwrap()).count(), 1);
    }
}
