//! The build, step by step: the one list of what happens around Trunk's own work, in the order it
//! runs. Trunk calls xtask once before it builds (`cargo xtask pre-build`) and once after
//! (`cargo xtask post-build`, see Trunk.toml); `cargo xtask steps` prints this list.

use crate::{compress, site, tools};
use std::io;
use std::path::{Path, PathBuf};

/// What the post-build steps work on, all of it given as arguments (see `main.rs`).
pub struct Site {
    /// The built site: Trunk's staging directory, which Trunk then moves to `--dist`.
    pub dir: PathBuf,
    /// `https://example.org`: the origin of canonical, preview-card, citation and embed URLs.
    pub origin: String,
    /// The issue tracker the about page sends readers to, if the build names one.
    pub issues: Option<String>,
    /// The dataset the app's build script baked (it reads the same path from ECHOES_DATASET).
    pub dataset: PathBuf,
}

/// One step: its name, why the build has it, the steps whose output it reads (which must come
/// before it; `run` checks that first), and what it runs on `T`.
pub struct Step<T: ?Sized> {
    pub name: &'static str,
    pub why: &'static str,
    pub after: &'static [&'static str],
    run: fn(&T) -> io::Result<()>,
}

/// Before Trunk builds: on the repository, whose root is given.
pub const PRE_BUILD: &[Step<Path>] = &[
    Step {
        name: "lanes-css",
        why: "the stylesheet with the rules that lay out the lanes every page carries (their \
              places, and rows and labels for each width), from the dataset the app bakes \
              (ECHOES_DATASET): the policy allows no style attribute",
        after: &[],
        run: site::lanes_css,
    },
    Step {
        name: "minify-css",
        why: "the stylesheet without its comments and spaces (lightningcss): about 2 KB gzip of \
              every first load. Before Trunk, which names the file by the hash of what it serves",
        after: &["lanes-css"],
        run: tools::minify_css,
    },
];

/// What Trunk itself does between the two, for `cargo xtask steps`: it runs nothing here.
pub const TRUNK: &str = "Trunk: cargo builds the WASM, wasm-bindgen and wasm-opt; the stylesheet \
                         and the copied files are named by their hash; index.html gets the boot \
                         script (pattern_script in Trunk.toml: the WASM after the first paint) \
                         and no integrity (no_sri)";

/// After Trunk has built: on the site in its staging directory.
pub const POST_BUILD: &[Step<Site>] = &[
    Step {
        name: "minify-js",
        why: "wasm-bindgen's JavaScript minified (terser): 9.2 to 7.0 KB gzip. Trunk's own \
              minifier fails on it and would rewrite the HTML too",
        after: &[],
        run: tools::minify_js,
    },
    Step {
        name: "pages",
        why: "a page for every address (readable without JavaScript, with its own title, \
              canonical URL and preview card), its embed and fragment, the cards, sitemap, \
              robots, 404, _headers and data downloads. The integrity of every file a page \
              loads and the policy's hash of its boot script are taken here, from final files",
        after: &["minify-js"],
        run: site::write,
    },
    Step {
        name: "service-worker",
        why: "reading offline (workbox-config.cjs): the worker precaches the finished assets, \
              the data and the offline page",
        after: &["minify-js", "pages"],
        run: tools::service_worker,
    },
    Step {
        name: "compress",
        why: "a .gz and a .br beside every text file, the worker's too, for hosts that serve \
              precompressed files",
        after: &["minify-js", "pages", "service-worker"],
        run: |site| compress::beside_every_text_file(&site.dir),
    },
];

/// Runs `steps` in order on `input`; the first that fails stops the build and is named.
pub fn run<T: ?Sized>(steps: &[Step<T>], input: &T) -> Result<(), String> {
    in_order(steps)?;
    for step in steps {
        eprintln!("xtask: {}", step.name);
        (step.run)(input).map_err(|error| format!("step `{}` failed: {error}", step.name))?;
    }
    Ok(())
}

/// Every step after the steps it reads, and each name once.
fn in_order<T: ?Sized>(steps: &[Step<T>]) -> Result<(), String> {
    for (at, step) in steps.iter().enumerate() {
        if steps[..at].iter().any(|before| before.name == step.name) {
            return Err(format!("the step `{}` is listed twice", step.name));
        }
        for needed in step.after {
            if !steps[..at].iter().any(|before| before.name == *needed) {
                return Err(format!(
                    "the step `{}` reads what `{needed}` writes, so `{needed}` must come before it",
                    step.name
                ));
            }
        }
    }
    Ok(())
}

/// The whole list, for `cargo xtask steps`.
pub fn describe() -> String {
    let mut text = String::from("cargo xtask pre-build (Trunk's pre_build hook):\n");
    let mut number = 0;
    let mut line = |text: &mut String, name: &str, why: &str| {
        number += 1;
        text.push_str(&format!("  {number}. {name}: {why}\n"));
    };
    for step in PRE_BUILD {
        line(&mut text, step.name, step.why);
    }
    text.push_str(&format!("{TRUNK}\n"));
    text.push_str("cargo xtask post-build SITE --site-url ORIGIN (Trunk's post_build hook):\n");
    for step in POST_BUILD {
        line(&mut text, step.name, step.why);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names<T: ?Sized>(steps: &[Step<T>]) -> Vec<&'static str> {
        steps.iter().map(|step| step.name).collect()
    }

    #[test]
    fn the_build_runs_its_steps_in_this_order() {
        assert_eq!(names(PRE_BUILD), ["lanes-css", "minify-css"]);
        assert_eq!(
            names(POST_BUILD),
            ["minify-js", "pages", "service-worker", "compress"]
        );
        in_order(PRE_BUILD).unwrap();
        in_order(POST_BUILD).unwrap();
    }

    #[test]
    fn a_step_before_the_one_it_reads_is_refused_by_name() {
        let swapped: Vec<Step<Site>> = [1, 0, 2, 3]
            .iter()
            .map(|&i| Step { ..POST_BUILD[i] })
            .collect();
        let error = in_order(&swapped).unwrap_err();
        assert!(
            error.contains("`pages`") && error.contains("`minify-js` must come before"),
            "{error}"
        );
        let twice: Vec<Step<Site>> = [0, 0].iter().map(|&i| Step { ..POST_BUILD[i] }).collect();
        assert!(in_order(&twice).unwrap_err().contains("listed twice"));
    }

    #[test]
    fn a_failing_step_stops_the_build_and_is_named() {
        let ran = std::cell::Cell::new(0);
        let steps: [Step<std::cell::Cell<i32>>; 2] = [
            Step {
                name: "breaks",
                why: "",
                after: &[],
                run: |_| Err(io::Error::other("terser failed (exit status: 1)")),
            },
            Step {
                name: "never",
                why: "",
                after: &[],
                run: |ran| {
                    ran.set(1);
                    Ok(())
                },
            },
        ];
        let error = run(&steps, &ran).unwrap_err();
        assert_eq!(
            error,
            "step `breaks` failed: terser failed (exit status: 1)"
        );
        assert_eq!(ran.get(), 0, "no step runs after a failed one");
    }

    #[test]
    fn the_description_lists_every_step_with_trunk_between_the_stages() {
        let text = describe();
        let at = |name: &str| text.find(&format!(". {name}: ")).expect(name);
        assert!(at("lanes-css") < at("minify-css"));
        assert!(at("minify-css") < text.find("Trunk:").unwrap());
        assert!(text.find("Trunk:").unwrap() < at("minify-js"));
        assert!(at("minify-js") < at("pages") && at("pages") < at("service-worker"));
        assert!(at("service-worker") < at("compress"));
    }
}
