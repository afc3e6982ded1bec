//! Reads `assets/data/timeline.json`, refuses to build on any rule break (naming the entry and the
//! field), and writes the timeline's index as `static` Rust, so the app carries no JSON parser
//! and none of the reading text.

use echoes_model::dataset::*;
use echoes_model::{load, packed};
use std::borrow::Cow;
use std::{env, fs, path::Path, process};

const DATASET: &str = "assets/data/timeline.json";

fn main() {
    // The benchmark builds with a synthetic dataset; everything else uses the real one. An
    // environment variable, not an argument: a build script gets nothing else. Trunk.toml's
    // post_build hook hands the same variable to `cargo xtask post-build` as --dataset.
    println!("cargo::rerun-if-env-changed=ECHOES_DATASET");
    let path = env::var("ECHOES_DATASET").unwrap_or_else(|_| DATASET.to_string());
    println!("cargo::rerun-if-changed={path}");
    let json = fs::read_to_string(&path).unwrap_or_else(|error| {
        eprintln!("cannot read {path}: {error}");
        process::exit(1);
    });
    let data = load::from_json(&json).unwrap_or_else(|errors| {
        eprintln!("{path} is invalid, so the build stops:");
        for error in errors {
            eprintln!("  {error}");
        }
        process::exit(1);
    });
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("timeline_data.rs");
    // The timeline's index only: the reading text is the pre-rendered pages' and fragments'. Its
    // events are packed (see `packed`), the rest a Rust constant.
    let mut skeleton = data.index();
    let (texts, codes) = packed::pack(&skeleton);
    skeleton.events = Cow::Borrowed(&[]);
    let code = format!(
        "pub static SKELETON: Dataset = {};\n\
         pub static EVENT_TEXTS: packed::Texts<&str> = {texts:?};\n\
         pub static EVENT_CODES: &[u8] = &{codes:?};\n",
        skeleton.bake()
    );
    fs::write(out, code).expect("OUT_DIR is writable");
}

/// Writes a value as a Rust constant expression.
trait Bake {
    fn bake(&self) -> String;
}

impl Bake for Cow<'static, str> {
    fn bake(&self) -> String {
        // Debug formatting of a str is a valid, escaped Rust string literal.
        format!("Cow::Borrowed({:?})", &**self)
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self) -> String {
        let items: Vec<String> = self.iter().map(Bake::bake).collect();
        format!("Cow::Borrowed(&[{}])", items.join(","))
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self) -> String {
        match self {
            Some(value) => format!("Some({})", value.bake()),
            None => "None".into(),
        }
    }
}

macro_rules! bake_enum {
    ($($ty:ident),*) => {$(
        impl Bake for $ty {
            fn bake(&self) -> String {
                format!("{}::{:?}", stringify!($ty), self)
            }
        }
    )*};
}

macro_rules! bake_struct {
    ($ty:ident { $($field:ident),* }) => {
        impl Bake for $ty {
            fn bake(&self) -> String {
                let fields: Vec<String> =
                    vec![$(format!("{}: {}", stringify!($field), self.$field.bake())),*];
                format!("{} {{ {} }}", stringify!($ty), fields.join(", "))
            }
        }
    };
}

bake_enum!(Theme, SourceKind, Verdict);
bake_struct!(Dataset {
    schema,
    version,
    as_of,
    lanes,
    actors,
    events,
    echoes,
    argument,
    claims
});
bake_struct!(Lane {
    id,
    title,
    start,
    end
});
bake_struct!(Actor { id, name, color });
bake_struct!(Source {
    title,
    publisher,
    url,
    kind
});
bake_struct!(Quote {
    text,
    speaker,
    source
});
bake_struct!(Event {
    id,
    lane,
    date,
    title,
    short,
    summary,
    actors,
    themes,
    sources,
    quote
});
bake_struct!(Echo {
    id,
    title,
    then,
    now,
    parallel,
    breaks,
    essay
});
bake_struct!(Step {
    id,
    title,
    text,
    echoes,
    claims
});
bake_struct!(Claim {
    id,
    claim,
    verdict,
    record,
    sources,
    events
});
