use super::echo_card::EchoCard;
use super::link::AppLink;
use super::share_buttons::ShareButtons;
use super::source_list::SourceList;
use super::state::use_state;
use crate::model::route::View;
use crate::model::timeline::Side;
use leptos::prelude::*;

/// The selected event: its date at its real precision, what happened, who, the sources, and
/// its echoes on the other lane.
#[component]
pub fn EventDetail(event: usize) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline;
    let data = &timeline.data.events[event];
    let side = timeline.sides[event];
    let lane = match side {
        Side::Context => "Context".to_string(),
        _ => timeline
            .data
            .lanes
            .iter()
            .find(|l| l.id == data.lane)
            .map(|l| l.title.to_string())
            .unwrap_or_default(),
    };
    let actors = data.actors.iter().filter_map(|id| timeline.data.actors.iter().find(|a| a.id == *id)).map(|actor| view! {
        <li class="actor">
            <span class="swatch" style:background-color=actor.color.to_string() aria-hidden="true"></span>
            {actor.name.to_string()}
        </li>
    }).collect_view();
    let themes = data
        .themes
        .iter()
        .map(|t| view! { <li class="theme">{t.name()}</li> })
        .collect_view();
    let quote = data.quote.as_ref().map(|quote| view! {
        <figure class="quote">
            <blockquote>{format!("“{}”", quote.text)}</blockquote>
            <figcaption>
                {format!("{}, in ", quote.speaker)}
                <a href=quote.source.url.to_string() rel="noopener" target="_blank">{quote.source.title.to_string()}</a>
            </figcaption>
        </figure>
    });
    let echoes = timeline.echoes_of(event);
    let echo_cards = (!echoes.is_empty()).then(|| {
        view! {
            <h3>"Echoes"</h3>
            {echoes.into_iter().map(|echo| view! { <EchoCard echo=echo /> }).collect_view()}
        }
    });
    // Previous and next in the same lane, in time order.
    let order: Vec<usize> = match timeline.lane(side) {
        Some(lane) => lane.events.clone(),
        None => timeline.context.clone(),
    };
    let position = order.iter().position(|&e| e == event).unwrap_or(0);
    let neighbour = |index: Option<usize>, label: &'static str, class: &'static str| {
        index.and_then(|i| order.get(i)).map(|&other| {
            let other = &timeline.data.events[other];
            view! {
                <AppLink view=View::Event(other.id.to_string()) class=class>
                    <span class="step-label">{label}</span>
                    {other.title.to_string()}
                </AppLink>
            }
        })
    };
    view! {
        <article class="detail event-detail" aria-labelledby="detail-title">
            <p class="detail-kicker">
                <span class="detail-date">{timeline.dates[event].label()}</span>
                {format!(" · {lane}")}
            </p>
            <h2 id="detail-title">{data.title.to_string()}</h2>
            <p class="summary">{data.summary.to_string()}</p>
            <ul class="actors" aria-label="Actors">{actors}</ul>
            <ul class="themes" aria-label="Themes">{themes}</ul>
            {quote}
            <h3>"Sources"</h3>
            <SourceList sources=data.sources.to_vec() />
            {echo_cards}
            <nav class="prev-next" aria-label="Previous and next event">
                {neighbour(position.checked_sub(1), "Previous: ", "prev")}
                {neighbour(Some(position + 1), "Next: ", "next")}
            </nav>
            <ShareButtons />
        </article>
    }
}
