//! Preview cards: the 1200×630 PNG a messenger or social site shows for a link to an event or an
//! echo. Each is an SVG written from the model and rasterised by resvg with only the fonts in
//! `assets/fonts` loaded, never the system's, so every machine draws the same pixels.

use echoes_model::dataset::{Dataset, Echo, Event, Text, AFTER_ESSAY_LANE, AFTER_ESSAY_TITLE};
use echoes_model::date::EventDate;
use echoes_model::route::View;
use echoes_reading::text as escape;
use resvg::{tiny_skia, usvg};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::fmt::Write;
use std::sync::Arc;
use std::{io, thread};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The card of the pages that have none of their own (home, about, not found), and what it shows.
pub const SITE_IMAGE: &str = "preview.png";
pub const SITE_ALT: &str = "Echoes: the outbreak of the Korean War in 1950 and North Korea's turn to Russia in 2023–24, drawn as two timelines with curves linking the events that echo each other";

const FAMILY: &str = "DejaVu Sans";
const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

// The site-wide card's colours (tools/preview-card.mjs): the dark page, and its two lanes, 1950
// and 2023–24. The dataset gives lanes no colour.
const BACKGROUND: &str = "#121417";
const PANEL: &str = "#1c1f24";
const FOREGROUND: &str = "#e8eaed";
const MUTED: &str = "#a9b0bb";
const LANES: [&str; 2] = ["#d1343a", "#2f7ed8"];

/// A view's card: where it is in the site, and what it shows in words (for `og:image:alt`).
pub struct Card {
    pub path: String,
    pub alt: String,
}

/// The card of an event or echo view; other views have none.
pub fn of(view: &View, data: &Dataset) -> Option<Card> {
    match view {
        View::Event(id) => {
            let event = Mark::new(data, event(data, id)?);
            let mut alt = event.words();
            if let [first, rest @ ..] = &partners(data, event.event)[..] {
                let _ = write!(
                    alt,
                    " · echoes {}{}",
                    Mark::new(data, first).words(),
                    more(rest)
                );
            }
            Some(Card {
                path: format!("cards/e/{id}.png"),
                alt,
            })
        }
        View::Echo(id) => {
            let echo = data.echoes.iter().find(|e| e.id == *id)?;
            let mut alt = format!("Echo: {}", echo.title);
            for ids in [&echo.then, &echo.now] {
                if let [first, rest @ ..] = &ends(data, ids)[..] {
                    let _ = write!(alt, " · {}{}", Mark::new(data, first).words(), more(rest));
                }
            }
            Some(Card {
                path: format!("cards/echo/{id}.png"),
                alt,
            })
        }
        _ => None,
    }
}

/// Every event's and echo's card as (path in the site, PNG), drawn on every core.
pub fn all(data: &Dataset) -> io::Result<Vec<(String, Vec<u8>)>> {
    let views = data.events.iter().map(|e| View::Event(e.id.to_string()));
    let views = views.chain(data.echoes.iter().map(|e| View::Echo(e.id.to_string())));
    let cards: Vec<(String, String)> = views
        .filter_map(|view| Some((of(&view, data)?.path, svg(&view, data)?)))
        .collect();
    let options = options();
    let threads = thread::available_parallelism().map_or(1, |n| n.get());
    let share = cards.len().div_ceil(threads).max(1);
    thread::scope(|scope| {
        let workers: Vec<_> = cards
            .chunks(share)
            .map(|chunk| {
                let options = &options;
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|(path, svg)| Ok((path.clone(), png(svg, options)?)))
                        .collect::<io::Result<Vec<_>>>()
                })
            })
            .collect();
        let mut all = Vec::new();
        for worker in workers {
            all.extend(worker.join().expect("a card worker panicked")?);
        }
        Ok(all)
    })
}

/// The card of an event or echo view as SVG.
fn svg(view: &View, data: &Dataset) -> Option<String> {
    match view {
        View::Event(id) => Some(event_svg(data, event(data, id)?)),
        View::Echo(id) => Some(echo_svg(data, data.echoes.iter().find(|e| e.id == *id)?)),
        _ => None,
    }
}

/// Only the repository's fonts: a system font never changes a card.
fn options() -> usvg::Options<'static> {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_font_data(REGULAR.to_vec());
    fonts.load_font_data(BOLD.to_vec());
    usvg::Options {
        font_family: FAMILY.into(),
        fontdb: Arc::new(fonts),
        ..usvg::Options::default()
    }
}

/// The SVG rasterised and encoded as PNG.
fn png(svg: &str, options: &usvg::Options) -> io::Result<Vec<u8>> {
    let tree = usvg::Tree::from_str(svg, options).map_err(io::Error::other)?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).expect("a card has a size");
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    // A card has a few flat colours and their blends at the edges of text: a palette holds them
    // all, and a byte a pixel compresses to about half what RGB does. The background is opaque,
    // so the premultiplied pixels are the plain colours.
    let mut palette: Vec<tiny_skia::PremultipliedColorU8> = Vec::new();
    let mut indices = Vec::with_capacity(pixmap.pixels().len());
    let mut last = None;
    let mut index = 0;
    for &pixel in pixmap.pixels() {
        if last != Some(pixel) {
            index = match palette.iter().position(|&c| c == pixel) {
                Some(index) => index,
                None => {
                    palette.push(pixel);
                    palette.len() - 1
                }
            };
            last = Some(pixel);
        }
        indices.push(index as u8);
    }
    if palette.len() > 256 {
        return Err(io::Error::other("a card has more than 256 colours"));
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_palette(
        palette
            .iter()
            .flat_map(|c| [c.red(), c.green(), c.blue()])
            .collect::<Vec<_>>(),
    );
    // Measured on these cards: within 5 % of the smallest of the filters and levels, in half the
    // time. The level sets a filter of its own, so the filter comes after it.
    encoder.set_compression(png::Compression::Balanced);
    encoder.set_filter(png::Filter::NoFilter);
    let mut writer = encoder.write_header().map_err(io::Error::other)?;
    writer
        .write_image_data(&indices)
        .map_err(io::Error::other)?;
    writer.finish().map_err(io::Error::other)?;
    Ok(bytes)
}

fn event<'a>(data: &'a Dataset, id: &str) -> Option<&'a Event> {
    data.events.iter().find(|e| e.id == id)
}

/// The events named by `ids`, in order.
fn ends<'a>(data: &'a Dataset, ids: &[Text]) -> Vec<&'a Event> {
    ids.iter().filter_map(|id| event(data, id)).collect()
}

/// The events at the other end of every echo `event` is in, each once.
fn partners<'a>(data: &'a Dataset, event: &Event) -> Vec<&'a Event> {
    let mut found: Vec<&Event> = Vec::new();
    for echo in data.echoes.iter() {
        let other = if echo.then.contains(&event.id) {
            &echo.now
        } else if echo.now.contains(&event.id) {
            &echo.then
        } else {
            continue;
        };
        for partner in ends(data, other) {
            if !found.iter().any(|e| e.id == partner.id) {
                found.push(partner);
            }
        }
    }
    found
}

/// ` and 2 more`, when there are more.
fn more<T>(rest: &[T]) -> String {
    match rest.len() {
        0 => String::new(),
        n => format!(" and {n} more"),
    }
}

/// An event as a card shows it: its date, lane and the lane's colour.
struct Mark<'a> {
    event: &'a Event,
    date: String,
    lane: String,
    colour: &'static str,
}

impl<'a> Mark<'a> {
    fn new(data: &Dataset, event: &'a Event) -> Mark<'a> {
        let lane = data.lanes.iter().position(|l| l.id == event.lane);
        Mark {
            event,
            date: EventDate::parse(&event.date)
                .map(EventDate::label)
                .unwrap_or_else(|_| event.date.to_string()),
            // Validation allows no other lane than the two, the context and after the essay.
            lane: match lane {
                Some(i) => format!("{} lane", data.lanes[i].title),
                None if event.lane == AFTER_ESSAY_LANE => AFTER_ESSAY_TITLE.into(),
                None => "Context".into(),
            },
            colour: lane.and_then(|i| LANES.get(i)).copied().unwrap_or(MUTED),
        }
    }

    /// `25 Jun 1950 — North Korea attacks South Korea (1950 lane)`
    fn words(&self) -> String {
        format!("{} — {} ({})", self.date, self.event.title, self.lane)
    }
}

fn event_svg(data: &Dataset, event: &Event) -> String {
    let mark = Mark::new(data, event);
    let partners = partners(data, event);
    let mut card = Canvas::new(&mark.lane, Some(mark.colour));
    card.rect(0.0, 0.0, 16.0, HEIGHT as f32, mark.colour);
    card.text(80.0, 172.0, Style::bold(34.0, mark.colour), &mark.date);
    let title = Style::bold(58.0, FOREGROUND);
    let room = if partners.is_empty() { 4 } else { 3 };
    let lines = wrap(&event.title, title, 1040.0, room);
    card.lines(80.0, 252.0, 70.0, title, &lines);
    if let [first, rest @ ..] = &partners[..] {
        let partner = Mark::new(data, first);
        let name = Style::bold(32.0, FOREGROUND);
        let names = wrap(&first.title, name, 976.0, 2);
        // The panel grows up from the foot of the card with the partner's title.
        let top = 514.0 - 40.0 * names.len() as f32;
        card.rect(80.0, top, 1040.0, 590.0 - top, PANEL);
        card.rect(80.0, top, 10.0, 590.0 - top, partner.colour);
        let label = Style::regular(26.0, MUTED);
        let echo = format!("Echo · {} · {}", partner.date, partner.lane);
        card.text(116.0, top + 44.0, label, &echo);
        if !rest.is_empty() {
            let more = format!("+{} more", rest.len());
            card.text(1092.0 - label.width(&more), top + 44.0, label, &more);
        }
        card.lines(116.0, top + 90.0, 40.0, name, &names);
    } else {
        let actors: Vec<&str> = data.actors_of(event).map(|a| &*a.name).collect();
        let style = Style::regular(28.0, MUTED);
        let line = wrap(&actors.join(" · "), style, 1040.0, 1);
        card.lines(80.0, 566.0, 0.0, style, &line);
    }
    card.finish()
}

fn echo_svg(data: &Dataset, echo: &Echo) -> String {
    let mut card = Canvas::new("Echo", None);
    let title = Style::bold(52.0, FOREGROUND);
    let lines = wrap(&echo.title, title, 1040.0, 2);
    card.lines(80.0, 178.0, 62.0, title, &lines);
    for (i, ids) in [&echo.then, &echo.now].into_iter().enumerate() {
        let ends = ends(data, ids);
        let Some(first) = ends.first() else { continue };
        let mark = Mark::new(data, first);
        // The stripe's two halves and the two panels are the echo's two lanes.
        card.rect(0.0, 315.0 * i as f32, 16.0, 315.0, mark.colour);
        let x = 80.0 + 540.0 * i as f32;
        card.rect(x, 282.0, 500.0, 308.0, PANEL);
        card.rect(x, 282.0, 500.0, 8.0, mark.colour);
        let label = Style::regular(24.0, MUTED);
        card.text(x + 28.0, 334.0, label, &mark.lane);
        card.text(x + 28.0, 378.0, Style::bold(30.0, mark.colour), &mark.date);
        let name = Style::bold(30.0, FOREGROUND);
        let lines = wrap(&first.title, name, 444.0, 4);
        card.lines(x + 28.0, 426.0, 38.0, name, &lines);
        if ends.len() > 1 {
            let more = format!("+{} more", ends.len() - 1);
            card.text(x + 472.0 - label.width(&more), 334.0, label, &more);
        }
    }
    let arrow = Style::regular(30.0, MUTED);
    card.text(600.0 - arrow.width("↔") / 2.0, 446.0, arrow, "↔");
    card.finish()
}

/// An SVG being written.
struct Canvas(String);

impl Canvas {
    /// The background, the site's name and, on the right, what the card is of.
    fn new(kind: &str, dot: Option<&str>) -> Canvas {
        let mut card = Canvas(format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" font-family=\"{FAMILY}\">"
        ));
        card.rect(0.0, 0.0, WIDTH as f32, HEIGHT as f32, BACKGROUND);
        card.text(80.0, 96.0, Style::bold(36.0, FOREGROUND), "Echoes");
        let style = Style::regular(28.0, MUTED);
        let x = 1120.0 - style.width(kind);
        card.text(x, 96.0, style, kind);
        if let Some(colour) = dot {
            let x = x - 24.0;
            let _ = write!(
                card.0,
                "<circle cx=\"{x}\" cy=\"86\" r=\"10\" fill=\"{colour}\"/>"
            );
        }
        card
    }

    fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, fill: &str) {
        let _ = write!(
            self.0,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" fill=\"{fill}\"/>"
        );
    }

    /// One line of text, its baseline at `y`.
    fn text(&mut self, x: f32, y: f32, style: Style, line: &str) {
        let weight = if style.bold { "bold" } else { "normal" };
        let _ = write!(
            self.0,
            "<text x=\"{x}\" y=\"{y}\" font-size=\"{}\" font-weight=\"{weight}\" fill=\"{}\">{}</text>",
            style.size,
            style.fill,
            escape(line)
        );
    }

    /// Lines `leading` apart, the first one's baseline at `y`.
    fn lines(&mut self, x: f32, y: f32, leading: f32, style: Style, lines: &[String]) {
        for (i, line) in lines.iter().enumerate() {
            self.text(x, y + leading * i as f32, style, line);
        }
    }

    fn finish(self) -> String {
        self.0 + "</svg>"
    }
}

#[derive(Clone, Copy)]
struct Style {
    size: f32,
    bold: bool,
    fill: &'static str,
}

impl Style {
    fn regular(size: f32, fill: &'static str) -> Style {
        Style {
            size,
            bold: false,
            fill,
        }
    }

    fn bold(size: f32, fill: &'static str) -> Style {
        Style {
            bold: true,
            ..Style::regular(size, fill)
        }
    }

    /// The sum of the glyphs' advances: within a pixel of what resvg draws with kerning (measured
    /// on every title), which the card's margins take.
    fn width(self, text: &str) -> f32 {
        let font = FontRef::new(if self.bold { BOLD } else { REGULAR }).expect("a TrueType font");
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(self.size), LocationRef::default());
        text.chars()
            .filter_map(|c| metrics.advance_width(charmap.map(c).unwrap_or_default()))
            .sum()
    }
}

/// `words` in at most `room` lines no wider than `width`; an ellipsis ends what is cut.
fn wrap(words: &str, style: Style, width: f32, room: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in words.split_whitespace() {
        match lines.last_mut() {
            Some(line) if style.width(&format!("{line} {word}")) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.into()),
        }
    }
    let cut = lines.len() > room;
    lines.truncate(room);
    let last = lines.len().saturating_sub(1);
    for (i, line) in lines.iter_mut().enumerate() {
        if (cut && i == last) || style.width(line) > width {
            *line = ellipsis(line, style, width);
        }
    }
    lines
}

/// The longest start of `line` that fits in `width` with an ellipsis after it.
fn ellipsis(line: &str, style: Style, width: f32) -> String {
    let mut chars: Vec<char> = line.chars().collect();
    loop {
        let text = format!("{}…", chars.iter().collect::<String>().trim_end());
        if chars.is_empty() || style.width(&text) <= width {
            return text;
        }
        chars.pop();
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use echoes_model::load::from_json;
    use std::path::Path;
    use std::sync::LazyLock;

    static DATA: LazyLock<Dataset> = LazyLock::new(|| {
        from_json(include_str!("../../assets/data/timeline.json")).expect("valid")
    });

    /// A PNG's width, height and RGB pixels.
    pub(crate) fn rgb(png: &[u8]) -> (u32, u32, Vec<u8>) {
        let mut decoder = png::Decoder::new(io::Cursor::new(png));
        decoder.set_transformations(png::Transformations::EXPAND);
        let mut reader = decoder.read_info().expect("a PNG");
        let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
        let frame = reader.next_frame(&mut pixels).expect("its pixels");
        assert_eq!(frame.color_type, png::ColorType::Rgb);
        (frame.width, frame.height, pixels)
    }

    /// The card of `kpa-invasion` against the one committed, so that a change of layout shows.
    /// After a change meant to be seen, look at the new card and write it as the golden one:
    ///   UPDATE_GOLDEN=1 cargo test -p xtask golden
    #[test]
    fn a_card_looks_as_the_golden_one_does() {
        let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/kpa-invasion.png");
        let view = View::Event("kpa-invasion".into());
        let card = png(&svg(&view, &DATA).unwrap(), &options()).unwrap();
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&golden, &card).unwrap();
        }
        let (width, height, drawn) = rgb(&card);
        let (.., expected) = rgb(&std::fs::read(&golden).expect("the golden card"));
        assert_eq!(
            (width, height, drawn.len()),
            (WIDTH, HEIGHT, expected.len())
        );
        // Another build of the rasteriser may round an edge pixel differently; moving the date
        // by one pixel changes 0.16 % of them, and a letter less 0.12 %.
        let pixels = drawn.chunks(3).zip(expected.chunks(3));
        let differing = pixels
            .filter(|(a, b)| a.iter().zip(*b).any(|(a, b)| a.abs_diff(*b) > 8))
            .count();
        let total: u64 = drawn
            .iter()
            .zip(&expected)
            .map(|(a, b)| u64::from(a.abs_diff(*b)))
            .sum();
        let mean = total as f64 / drawn.len() as f64;
        let share = differing as f64 / (WIDTH * HEIGHT) as f64;
        assert!(
            share < 0.0005 && mean < 0.05,
            "{:.2} % of the pixels differ, by {mean:.2} a channel on average",
            share * 100.0
        );
    }

    #[test]
    fn titles_wrap_to_the_lines_they_fit_and_end_in_an_ellipsis_when_cut() {
        let style = Style::bold(58.0, FOREGROUND);
        let lines = wrap(&"Echoes across the parallel ".repeat(6), style, 1040.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|line| style.width(line) <= 1040.0));
        assert!(lines[2].ends_with('…') && !lines[1].ends_with('…'));
        let word = wrap(&"W".repeat(80), style, 1040.0, 2);
        assert!(word.len() == 1 && word[0].ends_with('…') && style.width(&word[0]) <= 1040.0);
        assert_eq!(wrap("Inchon landing", style, 1040.0, 3), ["Inchon landing"]);
    }

    #[test]
    fn text_from_the_data_stays_text_in_the_card() {
        let mut data = DATA.clone();
        let event = &mut data.events.to_mut()[0];
        event.title = "</text><script>&\"'".into();
        let view = View::Event(event.id.to_string());
        let svg = svg(&view, &data).unwrap();
        assert!(svg.contains(">&lt;/text&gt;&lt;script&gt;&amp;&quot;'</text>"));
        assert!(png(&svg, &options()).is_ok());
    }

    #[test]
    fn an_event_card_names_its_echoes_and_an_echo_card_both_ends() {
        let alt = |view| of(&view, &DATA).unwrap().alt;
        let invasion = alt(View::Event("kpa-invasion".into()));
        assert!(
            invasion
                .starts_with("25 Jun 1950 — North Korea attacks South Korea (1950 lane) · echoes ")
                && invasion.contains("(2023–24 lane) and 3 more"),
            "{invasion}"
        );
        let lonely = DATA
            .events
            .iter()
            .find(|e| partners(&DATA, e).is_empty())
            .unwrap();
        assert!(!alt(View::Event(lonely.id.to_string())).contains("echoes"));
        let echo = &DATA.echoes[0];
        let both = alt(View::Echo(echo.id.to_string()));
        assert!(both.starts_with(&format!("Echo: {} · ", echo.title)));
        assert!(
            both.contains("(1950 lane)") && both.contains("(2023–24 lane)"),
            "{both}"
        );
        assert!(of(&View::About, &DATA).is_none());
    }
}
