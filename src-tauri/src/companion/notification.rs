//! Desktop notifications through the system's own service, so that
//! do-not-disturb silences them. notify-rust is the crate the official
//! notification plugin wraps; it is used directly because the plugin drops
//! the notification's handle, and with it the click (docs/companion.md).

use spinewise_core::reminders::Reminder;
#[cfg(all(unix, not(target_os = "macos")))]
use spinewise_core::time::Timestamp;
#[cfg(all(unix, not(target_os = "macos")))]
use tauri::Manager;
use tauri::{AppHandle, Runtime};

#[cfg(all(unix, not(target_os = "macos")))]
use super::{Companion, ReminderAnswer};

/// Shows `reminder` as a desktop notification. On Linux and the BSDs a
/// click opens the screen it names; elsewhere the notification only tells,
/// and the window shows the reminder when opened.
pub fn show<R: Runtime>(app: &AppHandle<R>, reminder: &Reminder) {
    let mut notification = notify_rust::Notification::new();
    notification
        .appname("Spinewise")
        .summary(&reminder.title)
        .body(&reminder.body);
    #[cfg(target_os = "windows")]
    notification.app_id(&app.config().identifier);
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        // "default" is the action a click on the notification itself invokes;
        // servers that show buttons show the other two as well.
        notification
            .action("default", reminder.action)
            .action("snooze", "In 10 minutes")
            .action("skip", "Skip this one");
        let app = app.clone();
        let route = super::route(reminder);
        let kind = reminder.kind;
        // The handle waits on the session bus for the click or the close, so
        // it has a thread of its own; a notification lives minutes at most.
        std::thread::spawn(move || match notification.show() {
            Ok(handle) => handle.wait_for_action(|action| {
                // Answered in the window already: the notification only opens.
                let waiting = || {
                    app.state::<Companion>()
                        .current()
                        .is_some_and(|r| r.kind == kind)
                };
                let answer = |answer| {
                    if waiting() {
                        app.state::<Companion>()
                            .answer(kind, answer, Timestamp::now());
                    }
                };
                match action {
                    "default" => {
                        answer(ReminderAnswer::Done);
                        let opener = app.clone();
                        let _ = app.run_on_main_thread(move || {
                            super::window::open(&opener, Some(&route));
                        });
                    }
                    "snooze" => answer(ReminderAnswer::Snooze),
                    "skip" => answer(ReminderAnswer::Skip),
                    // Closed or expired: it stays waiting in the window.
                    _ => {}
                }
            }),
            Err(err) => eprintln!("Spinewise could not show a notification: {err}"),
        });
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        let _ = app;
        std::thread::spawn(move || {
            if let Err(err) = notification.show() {
                eprintln!("Spinewise could not show a notification: {err}");
            }
        });
    }
}
