//! Calendar dates at the precision the record supports: a day, a month, or a span of either.
//!
//! Text forms, as the dataset writes them: `1950-06-25`, `1950-06`, `1950-05/1950-06-25`.

use chrono::{Datelike, NaiveDate};
use std::fmt;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One calendar day, counted from 1 January of year 1, so days compare and subtract as integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

impl Day {
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        NaiveDate::from_ymd_opt(year, month, day).map(Day::from)
    }

    /// Parses `YYYY-MM-DD`, and nothing looser.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.split('-');
        let year = number(parts.next()?, 4)?;
        let month = number(parts.next()?, 2)?;
        let day = number(parts.next()?, 2)?;
        if parts.next().is_some() {
            return None;
        }
        Day::from_ymd(year as i32, month, day)
    }

    pub fn date(self) -> NaiveDate {
        NaiveDate::from_num_days_from_ce_opt(self.0).unwrap_or(NaiveDate::MIN)
    }

    /// `1950-09-15`, the form URLs and the dataset use.
    pub fn iso(self) -> String {
        let d = self.date();
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    }

    /// `15 Sep 1950`, the form the reader sees.
    pub fn label(self) -> String {
        let d = self.date();
        format!("{} {} {}", d.day(), short_month(d.month()), d.year())
    }

    /// The same day of the month `count` months later (or earlier), clamped to the month's end.
    pub fn add_months(self, count: i32) -> Day {
        let d = self.date();
        let index = d.year() * 12 + d.month0() as i32 + count;
        let month = Month {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
        };
        let day = d.day().min(month.length());
        Day::from_ymd(month.year, month.month, day).unwrap_or(self)
    }
}

impl From<NaiveDate> for Day {
    fn from(date: NaiveDate) -> Day {
        Day(date.num_days_from_ce())
    }
}

/// A calendar month, for events the record dates no more precisely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    /// Parses `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.split_once('-')?;
        let month = Month {
            year: number(year, 4)? as i32,
            month: number(month, 2)?,
        };
        (1..=12).contains(&month.month).then_some(month)
    }

    pub fn first_day(self) -> Day {
        Day::from_ymd(self.year, self.month, 1).unwrap_or(Day(0))
    }

    pub fn last_day(self) -> Day {
        Day(self.first_day().0 + self.length() as i32 - 1)
    }

    fn length(self) -> u32 {
        let next = if self.month == 12 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, self.month + 1, 1)
        };
        next.map_or(31, |next| (Day::from(next).0 - self.first_day().0) as u32)
    }

    pub fn name(self) -> &'static str {
        MONTHS[(self.month - 1) as usize]
    }
}

/// One end of a span: a day or a whole month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Day(Day),
    Month(Month),
}

impl Bound {
    fn parse(text: &str) -> Option<Bound> {
        match text.len() {
            10 => Day::parse(text).map(Bound::Day),
            7 => Month::parse(text).map(Bound::Month),
            _ => None,
        }
    }

    pub fn first_day(self) -> Day {
        match self {
            Bound::Day(day) => day,
            Bound::Month(month) => month.first_day(),
        }
    }

    pub fn last_day(self) -> Day {
        match self {
            Bound::Day(day) => day,
            Bound::Month(month) => month.last_day(),
        }
    }

    fn year(self) -> i32 {
        self.first_day().date().year()
    }

    /// The label without its year: `15 Sep` or `September`.
    fn label_without_year(self) -> String {
        match self {
            Bound::Day(day) => {
                let d = day.date();
                format!("{} {}", d.day(), short_month(d.month()))
            }
            Bound::Month(month) => month.name().to_string(),
        }
    }

    fn iso(self) -> String {
        match self {
            Bound::Day(day) => day.iso(),
            Bound::Month(month) => format!("{:04}-{:02}", month.year, month.month),
        }
    }
}

/// When an event happened, at the precision the record supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventDate {
    Day(Day),
    Month(Month),
    Span(Bound, Bound),
}

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl EventDate {
    pub fn parse(text: &str) -> Result<EventDate, DateError> {
        let bound = |part: &str| {
            Bound::parse(part).ok_or_else(|| {
                DateError(format!(
                    "`{part}` is not a real date written YYYY-MM-DD or YYYY-MM"
                ))
            })
        };
        match text.split_once('/') {
            None => Ok(match bound(text)? {
                Bound::Day(day) => EventDate::Day(day),
                Bound::Month(month) => EventDate::Month(month),
            }),
            Some((start, end)) => {
                let (start, end) = (bound(start)?, bound(end)?);
                if end.last_day() < start.first_day() {
                    return Err(DateError(format!(
                        "the span ends ({}) before it starts ({})",
                        end.iso(),
                        start.iso()
                    )));
                }
                Ok(EventDate::Span(start, end))
            }
        }
    }

    pub fn first_day(self) -> Day {
        match self {
            EventDate::Day(day) => day,
            EventDate::Month(month) => month.first_day(),
            EventDate::Span(start, _) => start.first_day(),
        }
    }

    pub fn last_day(self) -> Day {
        match self {
            EventDate::Day(day) => day,
            EventDate::Month(month) => month.last_day(),
            EventDate::Span(_, end) => end.last_day(),
        }
    }

    /// True when the event is a single day, drawn as a point rather than a bar.
    pub fn is_day(self) -> bool {
        matches!(self, EventDate::Day(_))
    }

    /// The text form the dataset uses; `parse` reads it back to the same value.
    pub fn iso(self) -> String {
        match self {
            EventDate::Day(day) => day.iso(),
            EventDate::Month(month) => Bound::Month(month).iso(),
            EventDate::Span(start, end) => format!("{}/{}", start.iso(), end.iso()),
        }
    }

    /// The label a phone's lane gives beside the marker, whose axis shows the year: `25 Jun`,
    /// `June`, `13–16 May`, `30 Mar – 25 Apr`.
    pub fn label_without_year(self) -> String {
        match self {
            EventDate::Day(day) => Bound::Day(day).label_without_year(),
            EventDate::Month(month) => Bound::Month(month).label_without_year(),
            EventDate::Span(Bound::Day(a), Bound::Day(b))
                if (a.date().year(), a.date().month()) == (b.date().year(), b.date().month()) =>
            {
                format!("{}–{}", a.date().day(), Bound::Day(b).label_without_year())
            }
            EventDate::Span(start, end) => {
                format!(
                    "{} – {}",
                    start.label_without_year(),
                    end.label_without_year()
                )
            }
        }
    }

    /// What the reader sees, never more precise than the record: `25 Jun 1950`, `June 1950`,
    /// `13–16 May 1950`, `30 Mar – 25 Apr 1950`, `16 Dec 1949 – 17 Feb 1950`.
    pub fn label(self) -> String {
        match self {
            EventDate::Day(day) => day.label(),
            EventDate::Month(month) => format!("{} {}", month.name(), month.year),
            EventDate::Span(start, end) => {
                if start.year() != end.year() {
                    return format!(
                        "{} {} – {} {}",
                        start.label_without_year(),
                        start.year(),
                        end.label_without_year(),
                        end.year()
                    );
                }
                if let (Bound::Day(a), Bound::Day(b)) = (start, end) {
                    let (a, b) = (a.date(), b.date());
                    if a.month() == b.month() {
                        return format!(
                            "{}–{} {} {}",
                            a.day(),
                            b.day(),
                            short_month(a.month()),
                            a.year()
                        );
                    }
                }
                format!(
                    "{} – {} {}",
                    start.label_without_year(),
                    end.label_without_year(),
                    end.year()
                )
            }
        }
    }
}

fn short_month(month: u32) -> &'static str {
    &MONTHS[(month - 1) as usize][..3]
}

/// Exactly `digits` ASCII digits.
fn number(text: &str, digits: usize) -> Option<u32> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str) -> String {
        EventDate::parse(text).unwrap().label()
    }

    #[test]
    fn labels_keep_the_precision_of_the_record() {
        assert_eq!(label("1950-06-25"), "25 Jun 1950");
        assert_eq!(label("1950-06"), "June 1950");
        assert_eq!(label("1950-05-13/1950-05-16"), "13–16 May 1950");
        assert_eq!(label("1950-03-30/1950-04-25"), "30 Mar – 25 Apr 1950");
        assert_eq!(label("1949-12-16/1950-02-17"), "16 Dec 1949 – 17 Feb 1950");
        assert_eq!(label("1950-05/1950-06"), "May – June 1950");
    }

    #[test]
    fn a_phone_s_labels_leave_the_year_to_the_axis() {
        let short = |text: &str| EventDate::parse(text).unwrap().label_without_year();
        assert_eq!(short("1950-06-25"), "25 Jun");
        assert_eq!(short("1950-06"), "June");
        assert_eq!(short("1950-05-13/1950-05-16"), "13–16 May");
        assert_eq!(short("1950-03-30/1950-04-25"), "30 Mar – 25 Apr");
        assert_eq!(short("1949-12-16/1950-02-17"), "16 Dec – 17 Feb");
        assert_eq!(short("1949-05-13/1950-05-16"), "13 May – 16 May");
    }

    #[test]
    fn months_and_spans_cover_whole_days() {
        let june = EventDate::parse("1950-06").unwrap();
        assert_eq!(june.first_day().iso(), "1950-06-01");
        assert_eq!(june.last_day().iso(), "1950-06-30");
        let feb = EventDate::parse("2024-02").unwrap();
        assert_eq!(feb.last_day().iso(), "2024-02-29");
        let span = EventDate::parse("1950-05/1950-06-25").unwrap();
        assert_eq!(span.first_day().iso(), "1950-05-01");
        assert_eq!(span.last_day().iso(), "1950-06-25");
    }

    #[test]
    fn refuses_impossible_or_loose_dates() {
        for bad in [
            "1950-02-30",
            "1950-13",
            "1950-6-25",
            "50-06-25",
            "1950-06-25T00:00",
            "",
            "1950-06-25/",
            "June 1950",
            "１９５０-06-25",
        ] {
            assert!(EventDate::parse(bad).is_err(), "{bad} was accepted");
        }
        let backwards = EventDate::parse("1950-07/1950-06-30").unwrap_err();
        assert!(backwards.0.contains("ends"), "{backwards}");
    }

    #[test]
    fn dates_format_back_to_what_was_parsed() {
        for text in [
            "1950-06-25",
            "2024-02",
            "1950-05/1950-06-25",
            "2023-08-01/2024-12",
        ] {
            assert_eq!(EventDate::parse(text).unwrap().iso(), text);
        }
    }

    #[test]
    fn adding_months_clamps_to_the_month_end() {
        let day = Day::parse("2024-01-31").unwrap();
        assert_eq!(day.add_months(1).iso(), "2024-02-29");
        assert_eq!(day.add_months(-2).iso(), "2023-11-30");
        assert_eq!(
            Day::parse("1950-12-15").unwrap().add_months(1).iso(),
            "1951-01-15"
        );
    }
}
