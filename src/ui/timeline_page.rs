use super::argument::Argument;
use super::context_strip::ContextStrip;
use super::parallel_timeline::ParallelTimeline;
use super::print_list::PrintList;
use super::selection::Selection;
use leptos::prelude::*;

/// The main screen: the two lanes, what is selected, and the essay's argument.
#[component]
pub fn TimelinePage() -> impl IntoView {
    view! {
        <div class="intro">
            <h1>"Echoes: 1950 and 2023–24, side by side"</h1>
            <p class="lede">
                "In 1950 Stalin backed Kim Il-sung's war, Kim kept Beijing in the dark, and China was drawn into a war it had not chosen. "
                "In 2023–24 Kim Jong-un allied with Putin over China's head again, though China now holds the stronger hand. "
                "Drag the playhead, open an event, and follow the echoes between the two periods."
            </p>
        </div>
        <ParallelTimeline />
        <div class="reading">
            <Selection />
            <Argument />
        </div>
        <ContextStrip />
        <PrintList />
    }
}
