//! Find: events matched by title, summary, actors and places as the reader types, with case and
//! diacritics folded, and the two romanizations of Korean brought together ("inchon" finds
//! Inch'ŏn and Incheon alike).
//!
//! The build writes the index (`data/search.tsv`, one event a line); the app fetches it on the
//! first focus of the search box, so it costs the first load nothing.

use super::dataset::Dataset;
use super::date::EventDate;

/// Longer queries are cut: no title is this long, and the work stays bounded.
pub const MAX_QUERY: usize = 100;
/// How many results a search lists.
pub const MAX_RESULTS: usize = 12;

/// Text folded for matching: lower case, Latin diacritics dropped, apostrophes, hyphens and
/// invisible format characters (direction overrides among them) removed, every other
/// non-alphanumeric a space, and McCune–Reischauer's ŏ/ŭ meeting Revised Romanization's eo/eu.
pub fn fold(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    for c in text.chars().map(lower) {
        match c {
            '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | '`' | '´' | '-' | '‐' | '‑' => {}
            c if c.is_ascii_alphanumeric() => plain.push(c),
            c if is_format(c) => {}
            // Any other non-ASCII character counts as a letter (Korean, Chinese, accented Latin),
            // but for spaces and punctuation: Unicode's full tables would weigh on the bundle.
            c if !c.is_ascii() && !is_separator(c) => plain.push(base_letter(c)),
            _ => {
                if !plain.ends_with(' ') {
                    plain.push(' ');
                }
            }
        }
    }
    plain.trim().replace("eo", "o").replace("eu", "u")
}

/// Lower case for ASCII and the Latin, Greek and Cyrillic letters that have one lower-case form.
/// Not `char::to_lowercase`: its tables for every script were 8.4 KB gzip of the WASM, which folds
/// each query. The scripts without case (Korean, Chinese) need nothing.
fn lower(c: char) -> char {
    let offset = match c as u32 {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x391..=0x3a1 | 0x3a3..=0x3ab | 0x410..=0x42f => {
            0x20
        }
        0x400..=0x40f => 0x50,
        // Latin Extended-A puts each small letter just after its capital: capitals on even code
        // points, but on odd ones from Ĺ to Ň and from Ź to Ž; İ and Ÿ lower to i and ÿ.
        0x130 => return 'i',
        0x178 => return 'ÿ',
        n @ (0x100..=0x137 | 0x14a..=0x177) if n % 2 == 0 => 1,
        n @ (0x139..=0x148 | 0x179..=0x17e) if n % 2 == 1 => 1,
        _ => 0,
    };
    char::from_u32(c as u32 + offset).unwrap_or(c)
}

/// Unicode's format characters that matter here: direction marks, overrides and isolates, and
/// zero-width ones. They are invisible, so a query with one must still match what it spells.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{ad}')
}

fn is_separator(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{bf}' | '\u{d7}' | '\u{f7}' | '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{303f}' | '\u{fe00}'..='\u{fe0f}')
}

/// The letter without its accent, for the Latin letters a reader of this history meets.
fn base_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĭ' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ŭ' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ť' | 'ţ' | 'ț' => 't',
        'ğ' => 'g',
        'đ' | 'ď' => 'd',
        c => c,
    }
}

/// One event in the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub lane: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or a span: the dataset's form, for ordering and labels.
    pub date: String,
    pub title: String,
    /// The title folded, once, when the index is read: a search asks every entry each keypress.
    folded_title: String,
    /// The folded title, summary and actors' names.
    folded: String,
}

/// The index as the build writes it: `id \t lane \t date \t title \t folded text` per line,
/// by lane (in the dataset's order, then the context strip) and by date within a lane, the order
/// results are listed in.
pub fn index_text(data: &Dataset) -> String {
    let clean = |text: &str| text.replace(['\t', '\n', '\r'], " ");
    let lane_rank = |lane: &str| data.lanes.iter().position(|l| l.id == lane);
    let mut events: Vec<_> = data.events.iter().collect();
    events.sort_by_key(|e| {
        let first = EventDate::parse(&e.date).ok().map(|d| d.first_day());
        (lane_rank(&e.lane).unwrap_or(usize::MAX), first)
    });
    let mut out = String::new();
    for event in events {
        let actors: Vec<&str> = data.actors_of(event).map(|a| &*a.name).collect();
        let text = format!("{} {} {}", event.title, event.summary, actors.join(" "));
        let fields = [
            clean(&event.id),
            clean(&event.lane),
            clean(&event.date),
            clean(&event.title),
            fold(&text),
        ];
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

/// Reads the index; a malformed line is skipped, never fatal.
pub fn parse_index(text: &str) -> Vec<Entry> {
    text.lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let mut next = || fields.next().map(str::to_string);
            let (id, lane, date, title) = (next()?, next()?, next()?, next()?);
            Some(Entry {
                folded_title: fold(&title),
                folded: next()?,
                id,
                lane,
                date,
                title,
            })
        })
        .collect()
}

/// The events whose text holds every word of the query, at most `MAX_RESULTS`: those whose title
/// matches are chosen first. They are listed in the index's order, by lane and date. An empty
/// query (or one that folds to nothing) finds nothing. (No sort here: its code would weigh on
/// the bundle, and the index is in order already.)
pub fn search<'a>(entries: &'a [Entry], query: &str) -> Vec<&'a Entry> {
    let query: String = query.chars().take(MAX_QUERY).collect();
    let folded = fold(&query);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let matches = |text: &str| words.iter().all(|w| text.contains(w));
    let mut chosen = vec![false; entries.len()];
    let mut count = 0;
    for in_title in [true, false] {
        for (i, entry) in entries.iter().enumerate() {
            if count == MAX_RESULTS {
                break;
            }
            let hit = if in_title {
                matches(&entry.folded_title)
            } else {
                !chosen[i] && matches(&entry.folded)
            };
            if hit {
                chosen[i] = true;
                count += 1;
            }
        }
    }
    entries
        .iter()
        .zip(chosen)
        .filter_map(|(entry, chosen)| chosen.then_some(entry))
        .collect()
}
