#[cfg(target_family = "wasm")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    echoes::ui::panic_banner::install();
    // The pre-rendered page holds the text; the app mounts the timeline into its slot.
    match echoes::controls::timeline::mount_point() {
        Some(slot) => leptos::mount::mount_to(slot, echoes::ui::App).forget(),
        None => leptos::mount::mount_to_body(echoes::ui::App),
    }
}
