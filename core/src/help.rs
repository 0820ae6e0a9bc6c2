//! What the Help and About screens say, and the app's keyboard shortcuts. The
//! native menu takes its shortcuts from [`SHORTCUTS`] too, so the help page
//! can never list a key the menu does not answer to.

use serde::Serialize;

use crate::source::Source;
use crate::NOT_A_DIAGNOSIS;
use ts_rs::TS;

/// Something the person can do from the app's menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MenuAction {
    Print,
    Export,
    Summary,
    Help,
    About,
    Quit,
}

impl MenuAction {
    pub const ALL: [MenuAction; 6] = [
        MenuAction::Print,
        MenuAction::Export,
        MenuAction::Summary,
        MenuAction::Help,
        MenuAction::About,
        MenuAction::Quit,
    ];

    /// A stable id: the menu item's id, and what the shell matches on.
    pub fn id(self) -> &'static str {
        match self {
            MenuAction::Print => "print",
            MenuAction::Export => "export",
            MenuAction::Summary => "summary",
            MenuAction::Help => "help",
            MenuAction::About => "about",
            MenuAction::Quit => "quit",
        }
    }

    pub fn from_id(id: &str) -> Option<MenuAction> {
        MenuAction::ALL.into_iter().find(|action| action.id() == id)
    }

    /// The menu item's words ("…" where a window or dialog follows).
    pub fn label(self) -> &'static str {
        match self {
            MenuAction::Print => "Print my plan…",
            MenuAction::Export => "Export my plan",
            MenuAction::Summary => "Summary for my physiotherapist or doctor…",
            MenuAction::Help => "Spinewise help",
            MenuAction::About => "About Spinewise",
            MenuAction::Quit => "Quit Spinewise",
        }
    }

    /// The shortcut in Tauri's accelerator syntax, where there is one.
    pub fn accelerator(self) -> Option<&'static str> {
        SHORTCUTS
            .iter()
            .find(|shortcut| shortcut.action == Some(self))
            .map(|shortcut| shortcut.accelerator)
    }
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct Shortcut {
    /// Tauri's accelerator syntax: `CmdOrCtrl` is Cmd on macOS, Ctrl elsewhere.
    pub accelerator: &'static str,
    pub does: &'static str,
    /// The menu item it belongs to; `None` for keys the screens answer to.
    #[serde(skip)]
    pub action: Option<MenuAction>,
}

pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        accelerator: "CmdOrCtrl+P",
        does: "Print your recovery plan",
        action: Some(MenuAction::Print),
    },
    Shortcut {
        accelerator: "CmdOrCtrl+E",
        does: "Export your plan to a file in your Documents folder",
        action: Some(MenuAction::Export),
    },
    Shortcut {
        accelerator: "CmdOrCtrl+Shift+P",
        does: "Prepare a summary for your physiotherapist or doctor",
        action: Some(MenuAction::Summary),
    },
    Shortcut {
        accelerator: "F1",
        does: "Open this help",
        action: Some(MenuAction::Help),
    },
    Shortcut {
        accelerator: "CmdOrCtrl+Q",
        does: "Quit Spinewise (your plan is already saved)",
        action: Some(MenuAction::Quit),
    },
    Shortcut {
        accelerator: "Space",
        does: "Pause or resume a running session",
        action: None,
    },
    Shortcut {
        accelerator: "Right arrow",
        does: "Skip to the next step of a running session",
        action: None,
    },
    Shortcut {
        accelerator: "Left arrow",
        does: "Go back a step in a running session",
        action: None,
    },
    Shortcut {
        accelerator: "C",
        does: "Check in with your pain during a session",
        action: None,
    },
    Shortcut {
        accelerator: "Escape",
        does: "Ask to stop a running session (Enter then stops it), or cancel a question asking you to confirm",
        action: None,
    },
];

/// An accelerator as the person reads it on their system: `Cmd+P` on macOS,
/// `Ctrl+P` elsewhere.
pub fn display_keys(accelerator: &str, macos: bool) -> String {
    accelerator.replace("CmdOrCtrl", if macos { "Cmd" } else { "Ctrl" })
}

#[derive(Clone, Copy, Debug, Serialize, TS)]
pub struct HelpTopic {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
}

pub const TOPICS: &[HelpTopic] = &[
    HelpTopic {
        title: "Where to start",
        paragraphs: &[
            "Choose \"Check my pain\" and answer the questions about your back as it is today. \
             Spinewise tells you whether to carry on, ease off, stop for today, book an appointment or get \
             help now, and explains why.",
            "If any answer points to something that needs urgent care, Spinewise says so at once, \
             whatever else you answered. Follow that advice before anything else in the app.",
        ],
    },
    HelpTopic {
        title: "Guided sessions",
        paragraphs: &[
            "Routines lists the sessions your last check allows. A session times each exercise \
             for you and asks how your pain is as you go. If the pain rises too far, it stops the \
             session and tells you what to do instead.",
        ],
    },
    HelpTopic {
        title: "Your plan and check-ins",
        paragraphs: &[
            "My plan shows where you are in your recovery and what comes next. A short daily \
             check-in and a weekly one let Spinewise move you forward, hold you where you are, or \
             take a step back; Progress shows each of those changes and the reason for it.",
            "You can print your plan, or save it as a page any browser can print, to take to a \
             doctor or physiotherapist.",
        ],
    },
    HelpTopic {
        title: "Your data",
        paragraphs: &[
            "Everything you enter stays on this computer, in the folder shown in Settings. \
             Spinewise never connects to the internet. Export saves your whole plan as a file you \
             can keep or move to another computer.",
        ],
    },
];

#[derive(Clone, Debug, Serialize, TS)]
pub struct SourceView {
    pub id: &'static str,
    pub citation: &'static str,
}

#[derive(Clone, Debug, Serialize, TS)]
pub struct About {
    pub purpose: &'static str,
    pub not_a_diagnosis: &'static str,
    pub privacy: &'static str,
    pub licence: &'static str,
    /// Every clinical source a rule in the app is based on.
    pub sources: Vec<SourceView>,
}

pub fn about() -> About {
    About {
        purpose: "Spinewise helps you decide when to stop exercising with back pain, what to do \
                  instead, and how to come back to it safely.",
        not_a_diagnosis: NOT_A_DIAGNOSIS,
        privacy: "Your answers never leave this computer: Spinewise makes no network connections.",
        licence: "Free software under the MIT licence.",
        sources: Source::ALL
            .into_iter()
            .map(|source| SourceView {
                id: source.id(),
                citation: source.citation(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_menu_action_round_trips_through_its_id() {
        for action in MenuAction::ALL {
            assert_eq!(MenuAction::from_id(action.id()), Some(action));
        }
        assert_eq!(MenuAction::from_id("format_disk"), None);
    }

    #[test]
    fn no_two_shortcuts_share_keys_and_each_menu_action_has_at_most_one() {
        let keys: HashSet<_> = SHORTCUTS.iter().map(|s| s.accelerator).collect();
        assert_eq!(keys.len(), SHORTCUTS.len());
        for action in MenuAction::ALL {
            let count = SHORTCUTS
                .iter()
                .filter(|s| s.action == Some(action))
                .count();
            assert!(count <= 1, "{action:?} has {count} shortcuts");
        }
        assert_eq!(MenuAction::Print.accelerator(), Some("CmdOrCtrl+P"));
        assert_eq!(MenuAction::About.accelerator(), None);
    }

    #[test]
    fn keys_read_as_the_platform_writes_them() {
        assert_eq!(display_keys("CmdOrCtrl+P", true), "Cmd+P");
        assert_eq!(display_keys("CmdOrCtrl+P", false), "Ctrl+P");
        assert_eq!(display_keys("F1", true), "F1");
    }

    #[test]
    fn about_cites_every_source_once() {
        let about = about();
        let ids: HashSet<_> = about.sources.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), Source::ALL.len());
        assert!(about.sources.iter().all(|s| !s.citation.is_empty()));
    }
}
