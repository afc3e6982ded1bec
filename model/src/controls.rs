//! The names by which the app's behaviours find the page's own controls. The renderer
//! (`echoes-reading`) writes them and the app (`src/ui/`) reads them, so neither half spells a name
//! the other does not know; a test renders the controls and finds every one.

/// The attribute a button's action is dispatched on: never its class, which is the stylesheet's.
pub const ACTION: &str = "data-action";

/// What a toolbar button does when pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Play,
    CopyLink,
    ShareLink,
}

impl Action {
    pub const ALL: [Action; 3] = [Action::Play, Action::CopyLink, Action::ShareLink];

    /// Its value of `data-action`.
    pub fn name(self) -> &'static str {
        match self {
            Action::Play => "play",
            Action::CopyLink => "copy-link",
            Action::ShareLink => "share-link",
        }
    }

    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|action| action.name() == name)
    }

    /// The CSS selector of its button: `[data-action="play"]`.
    pub fn selector(self) -> String {
        format!("[{ACTION}=\"{}\"]", self.name())
    }
}
