use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <header class="masthead">
            <h1>"Echoes"</h1>
            <p class="tagline">"The Korean War's outbreak in 1950 and North Korea's turn to Russia in 2023–24, side by side."</p>
        </header>
    }
}
