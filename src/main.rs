#[cfg(target_family = "wasm")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    echoes::ui::panic_banner::install();
    // The page holds everything the reader sees; the app adds behaviour to it, with Leptos's
    // reactive system (driven by wasm-bindgen's futures) and no view of its own.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = leptos::prelude::Owner::new();
    owner.with(echoes::ui::start);
    // The page lives as long as the app does.
    std::mem::forget(owner);
}
