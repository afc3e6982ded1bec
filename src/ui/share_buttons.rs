use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Copy this view's link (Clipboard API, or a selected text field where that is refused), and
/// share it through the system sheet on touch devices that offer one.
#[component]
pub fn ShareButtons() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let manual_link = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Input>::new();
    let link = || window().location().href().unwrap_or_default();

    let copy = move |_| {
        let link = link();
        let clipboard = window().navigator().clipboard();
        if JsValue::from(&clipboard).is_undefined() {
            manual_link.set(Some(link));
            return;
        }
        spawn_local(async move {
            match JsFuture::from(clipboard.write_text(&link)).await {
                Ok(_) => status.set("Link copied.".into()),
                Err(_) => manual_link.set(Some(link)),
            }
        });
    };
    // Select the fallback field as soon as it shows, ready for Ctrl+C.
    Effect::new(move |_| {
        if manual_link.get().is_some() {
            if let Some(input) = field.get() {
                input.select();
                status.set(
                    "Copying was refused: the link is selected, press Ctrl+C (⌘C) to copy it."
                        .into(),
                );
            }
        }
    });

    let can_share = has_share_sheet();
    let share = move |_| {
        let data = web_sys::ShareData::new();
        data.set_url(&link());
        data.set_title(&document().title());
        spawn_local(async move {
            // A dismissed share sheet rejects; nothing to report.
            let _ = JsFuture::from(window().navigator().share_with_data(&data)).await;
        });
    };
    view! {
        <div class="share">
            <button type="button" class="copy-link" on:click=copy>"Copy link"</button>
            {can_share.then(|| view! { <button type="button" class="share-link" on:click=share>"Share"</button> })}
            {move || manual_link.get().map(|link| view! {
                <label class="manual-link">
                    <span class="sr-only">"Link to this view"</span>
                    <input type="text" readonly value=link node_ref=field />
                </label>
            })}
            <p class="share-status" role="status">{move || status.get()}</p>
        </div>
    }
}

/// The Web Share API, on a device whose main pointer is touch.
fn has_share_sheet() -> bool {
    let navigator = window().navigator();
    let share =
        js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).unwrap_or(JsValue::UNDEFINED);
    let touch = window()
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    share.dyn_ref::<js_sys::Function>().is_some() && touch
}
