//! The npm tools the build runs (package.json pins them; `./dev` installs them into
//! node_modules/), each with every argument it gets written out here.

use crate::pipeline::Site;
use crate::repository;
use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;
use std::{fs, io};

/// `assets/style.css` minified into `target/css/style.css`, the file index.html gives Trunk.
pub fn minify_css(repository: &Path) -> io::Result<()> {
    let out = repository.join("target/css");
    fs::create_dir_all(&out)?;
    let mut lightningcss = npm_tool("lightningcss");
    lightningcss
        .arg("--minify")
        .arg(out.join("full.css"))
        .arg("-o")
        .arg(out.join("style.css"));
    run(lightningcss)
}

/// Every `echoes-*.js` of the site (wasm-bindgen's, named by Trunk) minified in place.
pub fn minify_js(site: &Site) -> io::Result<()> {
    let mut scripts = Vec::new();
    let entries = fs::read_dir(&site.dir).map_err(|error| {
        io::Error::other(format!(
            "cannot read the site {}: {error}",
            site.dir.display()
        ))
    })?;
    for entry in entries {
        let path = entry?.path();
        let name = path.file_name().and_then(OsStr::to_str).unwrap_or_default();
        if name.starts_with("echoes-") && name.ends_with(".js") {
            scripts.push(path);
        }
    }
    if scripts.is_empty() {
        return Err(io::Error::other(format!(
            "no echoes-*.js in {}: is it a site Trunk built?",
            site.dir.display()
        )));
    }
    for script in scripts {
        let mut terser = npm_tool("terser");
        terser
            .arg(&script)
            .args(["--module", "--compress", "--mangle", "--output"])
            .arg(&script);
        run(terser)?;
    }
    Ok(())
}

/// `sw.js`, written by Workbox from workbox-config.cjs, which globs the directory it runs in.
pub fn service_worker(site: &Site) -> io::Result<()> {
    let mut workbox = npm_tool("workbox");
    workbox
        .arg("generateSW")
        .arg(repository().join("workbox-config.cjs"))
        .current_dir(&site.dir)
        // The config's way to name another directory, for a test: never a build's.
        .env_remove("ECHOES_SITE_DIR")
        // workbox-cli asks the registry for a newer version of itself on every run.
        .env("NO_UPDATE_NOTIFIER", "1");
    run(workbox)
}

fn npm_tool(name: &str) -> Command {
    Command::new(repository().join("node_modules/.bin").join(name))
}

/// Runs `command`, and says which command and how it failed if it did.
fn run(mut command: Command) -> io::Result<()> {
    let shown = shown(&command);
    let status = command.status().map_err(|error| {
        io::Error::other(format!(
            "cannot run {shown}: {error} (./dev installs the npm packages)"
        ))
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::other(format!("{shown} failed ({status})")))
    }
}

/// The command as one would type it, its program named from node_modules/.bin.
fn shown(command: &Command) -> String {
    let program = Path::new(command.get_program());
    let mut words = vec![program
        .file_name()
        .unwrap_or(program.as_os_str())
        .to_string_lossy()
        .into_owned()];
    words.extend(
        command
            .get_args()
            .map(|arg| arg.to_string_lossy().into_owned()),
    );
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tool_that_is_missing_or_fails_is_named_with_its_arguments() {
        let mut missing = npm_tool("no-such-tool");
        missing.arg("--flag");
        let error = run(missing).unwrap_err().to_string();
        assert!(
            error.starts_with("cannot run no-such-tool --flag:") && error.contains("./dev"),
            "{error}"
        );
        let mut failing = Command::new("sh");
        failing.args(["-c", "exit 3"]);
        let error = run(failing).unwrap_err().to_string();
        assert!(
            error.starts_with("sh -c exit 3 failed (") && error.contains('3'),
            "{error}"
        );
    }

    #[test]
    fn a_directory_without_the_script_is_refused() {
        let dir = std::env::temp_dir().join(format!("echoes-no-js-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let site = Site {
            dir: dir.clone(),
            origin: "https://example.org".into(),
            issues: None,
            dataset: "timeline.json".into(),
        };
        let error = minify_js(&site).unwrap_err().to_string();
        fs::remove_dir_all(&dir).unwrap();
        assert!(error.contains("no echoes-*.js in"), "{error}");
        let error = minify_js(&site).unwrap_err().to_string();
        assert!(error.starts_with("cannot read the site "), "{error}");
    }
}
