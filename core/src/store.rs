//! Keeping the recovery plan safe on disk.
//!
//! - Every save is atomic: the new document goes to a temporary file that is
//!   flushed to disk and then renamed over the plan, so a crash leaves either
//!   the old plan or the new one, never half of each.
//! - Before a save replaces a readable plan, that plan is kept as a backup.
//! - A plan that cannot be read is moved aside under a new name, never
//!   overwritten, and the person is told; the backup is restored if it is good.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use thiserror::Error;

use crate::plan::{RecoveryPlan, MAX_PLAN_BYTES};
use crate::time::Timestamp;
use ts_rs::TS;

pub const PLAN_FILE: &str = "plan.json";
pub const BACKUP_FILE: &str = "plan.backup.json";

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("Spinewise could not {action} {path}: {}", explain(source))]
    Io {
        action: &'static str,
        path: PathBuf,
        source: io::Error,
    },
}

/// A plan file marked read-only is the person's (or their administrator's)
/// wish that it not change. A rename would replace it anyway on Linux, and on
/// Windows too, so it is asked first, on every system alike.
fn refuse_if_read_only(path: &Path) -> Result<(), StoreError> {
    match fs::metadata(path) {
        Ok(meta) if meta.permissions().readonly() => Err(StoreError::Io {
            action: "replace",
            path: path.to_owned(),
            source: io::Error::new(
                io::ErrorKind::PermissionDenied,
                "the plan file is marked read-only",
            ),
        }),
        _ => Ok(()),
    }
}

/// How many more times a replace that another program blocks is tried, about
/// a second in all.
const REPLACE_ATTEMPTS: u32 = 10;

/// On Windows: the file is open in another program (ERROR_ACCESS_DENIED is
/// what a replace of an open file gives; ERROR_SHARING_VIOLATION and
/// ERROR_LOCK_VIOLATION what an open gives).
fn held_open(error: &io::Error) -> bool {
    cfg!(windows) && matches!(error.raw_os_error(), Some(5 | 32 | 33))
}

/// The system's words for a failure, with what the person can do about the
/// two that have a remedy: a file another program has open (Windows will not
/// replace it), and a file or folder Spinewise may not change.
fn explain(error: &io::Error) -> String {
    if cfg!(windows) && matches!(error.raw_os_error(), Some(32 | 33)) {
        format!("another program has the file open; close it and try again ({error})")
    } else if error.kind() == io::ErrorKind::PermissionDenied {
        format!("the file or its folder is read-only, or belongs to another user; allow changes to it and try again ({error})")
    } else {
        error.to_string()
    }
}

impl StoreError {
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Io { .. } => "storage",
        }
    }

    fn io(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> StoreError {
        let path = path.to_owned();
        move |source| StoreError::Io {
            action,
            path,
            source,
        }
    }
}

/// Something the person should be told about their plan file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct StoreNotice {
    pub message: String,
    /// Where a damaged file was moved to, so it can be inspected or sent to support.
    pub set_aside: Option<PathBuf>,
}

#[derive(Debug)]
pub struct Loaded {
    pub plan: RecoveryPlan,
    pub notice: Option<StoreNotice>,
}

#[derive(Clone, Debug)]
pub struct PlanStore {
    dir: PathBuf,
}

impl PlanStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        PlanStore { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn plan_path(&self) -> PathBuf {
        self.dir.join(PLAN_FILE)
    }

    pub fn backup_path(&self) -> PathBuf {
        self.dir.join(BACKUP_FILE)
    }

    /// Reads the plan. A missing plan is a new person: an empty plan and no
    /// notice. A damaged plan is moved aside and replaced by the backup if the
    /// backup reads, otherwise by an empty plan; either way with a notice.
    pub fn load(&self) -> Result<Loaded, StoreError> {
        let path = self.plan_path();
        let problem = match read_if_present(&path)? {
            None => None,
            Some(bytes) => match RecoveryPlan::from_json(&bytes) {
                Ok(plan) => return Ok(Loaded { plan, notice: None }),
                Err(err) => Some(err),
            },
        };
        let backup = match read_if_present(&self.backup_path())? {
            Some(bytes) => RecoveryPlan::from_json(&bytes).ok(),
            None => None,
        };
        let Some(problem) = problem else {
            // No plan file. A good backup means the plan went missing, which
            // the person should hear about; no backup means a first start.
            return Ok(match backup {
                Some(plan) => {
                    self.save(&plan)?;
                    Loaded {
                        plan,
                        notice: Some(StoreNotice {
                            message: "Your plan file was missing, so Spinewise restored it from its backup copy.".into(),
                            set_aside: None,
                        }),
                    }
                }
                None => Loaded {
                    plan: RecoveryPlan::default(),
                    notice: None,
                },
            });
        };
        let set_aside = self.set_aside(&path)?;
        let (plan, what_now) = match backup {
            Some(plan) => (plan, "Your most recent backup copy has been restored."),
            None => (
                RecoveryPlan::default(),
                "There was no usable backup, so you are starting with a new, empty plan.",
            ),
        };
        self.save(&plan)?;
        Ok(Loaded {
            plan,
            notice: Some(StoreNotice {
                message: format!(
                    "Your plan file could not be read because {}. It has been kept, unchanged, as {}. {what_now}",
                    problem,
                    set_aside.display()
                ),
                set_aside: Some(set_aside),
            }),
        })
    }

    /// Writes the plan atomically, keeping the plan it replaces as the backup.
    /// The new plan is written and synced first, so that a save that cannot
    /// write changes nothing at all, the backup included; only then is the
    /// backup replaced, and last the plan.
    pub fn save(&self, plan: &RecoveryPlan) -> Result<(), StoreError> {
        fs::create_dir_all(&self.dir).map_err(StoreError::io("create the folder", &self.dir))?;
        let path = self.plan_path();
        refuse_if_read_only(&path)?;
        let staged = Staged::write(&path, plan.to_json().as_bytes())?;
        // Only a plan that reads is worth keeping as the backup: a damaged one
        // must not push out a good backup.
        if let Some(current) = read_if_present(&path)? {
            if RecoveryPlan::from_json(&current).is_ok() {
                write_atomically(&self.backup_path(), &current)?;
            }
        }
        staged.commit()
    }

    /// Keeps a copy of `plan` beside the plan file before it is replaced
    /// wholesale (reset, import), so that nothing a person did is ever lost
    /// by one click. Returns where the copy is.
    pub fn keep_copy(&self, plan: &RecoveryPlan, why: &str) -> Result<PathBuf, StoreError> {
        fs::create_dir_all(&self.dir).map_err(StoreError::io("create the folder", &self.dir))?;
        let target = self.unused_name(&format!("plan.before-{why}"));
        write_atomically(&target, plan.to_json().as_bytes())?;
        Ok(target)
    }

    /// Renames a damaged file to a name no other file has, in the same folder.
    fn set_aside(&self, path: &Path) -> Result<PathBuf, StoreError> {
        let target = self.unused_name("plan.damaged");
        fs::rename(path, &target).map_err(StoreError::io("set aside the damaged plan", path))?;
        Ok(target)
    }

    /// `<stem>-<time>.json`, with a counter if that name is taken.
    fn unused_name(&self, stem: &str) -> PathBuf {
        let stamp = Timestamp::now().to_string().replace(':', "-");
        for attempt in 0u32.. {
            let suffix = if attempt == 0 {
                String::new()
            } else {
                format!("-{attempt}")
            };
            let target = self.dir.join(format!("{stem}-{stamp}{suffix}.json"));
            if !target.exists() {
                return target;
            }
        }
        unreachable!("u32 attempts run out only after four billion files in one second")
    }
}

/// Writes `bytes` to a new file in `folder`, named `name(1)`, or `name(2)`
/// and so on if that is taken: it never replaces a file. Synced to disk like
/// the plan, and removed again if the write fails half-way.
pub fn write_new_file(
    folder: &Path,
    name: impl Fn(u32) -> String,
    bytes: &[u8],
) -> Result<PathBuf, StoreError> {
    fs::create_dir_all(folder).map_err(StoreError::io("create the folder", folder))?;
    for n in 1u32.. {
        let path = folder.join(name(n));
        let mut file = match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(source) => return Err(StoreError::io("create", &path)(source)),
        };
        return match file.write_all(bytes).and_then(|()| file.sync_all()) {
            Ok(()) => {
                sync_dir(folder);
                Ok(path)
            }
            Err(source) => {
                let _ = fs::remove_file(&path);
                Err(StoreError::io("write", &path)(source))
            }
        };
    }
    unreachable!("four billion files of the same name")
}

/// Reads at most one byte more than a plan may hold, so a huge file is
/// recognised as too large without being read whole.
fn read_if_present(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    let read = File::open(path).and_then(|file| {
        let mut bytes = Vec::new();
        file.take(MAX_PLAN_BYTES as u64 + 1)
            .read_to_end(&mut bytes)?;
        Ok(bytes)
    });
    match read {
        Ok(bytes) => Ok(Some(bytes)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(StoreError::Io {
            action: "read",
            path: path.to_owned(),
            source: err,
        }),
    }
}

/// Temporary file, fsync, rename, then fsync of the folder so the rename
/// itself survives a power cut.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    Staged::write(path, bytes)?.commit()
}

/// A file's new contents, written and synced beside it under a temporary
/// name, not yet in its place. Dropped without `commit`, it is removed.
struct Staged {
    temp: PathBuf,
    path: PathBuf,
}

impl Staged {
    fn write(path: &Path, bytes: &[u8]) -> Result<Staged, StoreError> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("plan");
        let staged = Staged {
            temp: dir.join(format!(".{file_name}.tmp")),
            path: path.to_owned(),
        };
        let written = (|| {
            let mut file = OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .open(&staged.temp)?;
            file.write_all(bytes)?;
            file.sync_all()
        })();
        written.map_err(|source| StoreError::Io {
            action: "write",
            path: path.to_owned(),
            source,
        })?;
        Ok(staged)
    }

    /// Renames the synced file into place, then syncs the folder.
    fn commit(self) -> Result<(), StoreError> {
        let mut attempt = 0;
        loop {
            match fs::rename(&self.temp, &self.path) {
                Ok(()) => break,
                // Windows will not replace a file another program has open,
                // and virus scanners, backup tools and the search indexer open
                // a file that has just changed for a moment: try again a few
                // times before saying so (found by the tests under Wine,
                // which read the plan while the app saves it).
                Err(error) if held_open(&error) && attempt < REPLACE_ATTEMPTS => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20 * u64::from(attempt)));
                }
                Err(source) => {
                    return Err(StoreError::Io {
                        action: "replace",
                        path: self.path.clone(),
                        source,
                    })
                }
            }
        }
        sync_dir(self.path.parent().unwrap_or(Path::new(".")));
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        // After a commit the temporary name no longer exists; this only
        // tidies up a save that failed half-way.
        let _ = fs::remove_file(&self.temp);
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    // Best effort: the data is already safe in the file; this only hardens the rename.
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::EmergencyNumber;

    fn plan_with_number(number: &str) -> RecoveryPlan {
        let mut plan = RecoveryPlan::default();
        plan.settings.emergency_number = Some(EmergencyNumber::parse(number).unwrap());
        plan
    }

    fn files_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_first_start_is_an_empty_plan_without_notice() {
        let dir = tempfile::tempdir().unwrap();
        let loaded = PlanStore::new(dir.path().join("new")).load().unwrap();
        assert_eq!(loaded.plan, RecoveryPlan::default());
        assert_eq!(loaded.notice, None);
    }

    #[test]
    fn save_then_load_gives_the_same_plan_and_keeps_the_previous_as_backup() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        store.save(&plan_with_number("999")).unwrap();
        store.save(&plan_with_number("911")).unwrap();
        assert_eq!(store.load().unwrap().plan, plan_with_number("911"));
        let backup = RecoveryPlan::from_json(&fs::read(store.backup_path()).unwrap()).unwrap();
        assert_eq!(backup, plan_with_number("999"));
        // No temporary file is left behind.
        assert_eq!(
            files_in(dir.path()),
            vec![BACKUP_FILE.to_owned(), PLAN_FILE.to_owned()]
        );
    }

    #[test]
    fn a_damaged_plan_is_set_aside_unchanged_and_the_backup_restored() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        store.save(&plan_with_number("999")).unwrap();
        store.save(&plan_with_number("911")).unwrap();
        let damaged = b"{\"format\": \"spinewise-plan\", \"version\": 1, \"settings\": {\"emer";
        fs::write(store.plan_path(), damaged).unwrap();

        let loaded = store.load().unwrap();
        assert_eq!(loaded.plan, plan_with_number("999"));
        let notice = loaded.notice.expect("the person is told");
        assert!(
            notice.message.contains("not valid JSON"),
            "{}",
            notice.message
        );
        assert!(notice.message.contains("backup"), "{}", notice.message);
        let aside = notice.set_aside.expect("the damaged file is kept");
        assert_eq!(fs::read(&aside).unwrap(), damaged);
        // The restored plan is now the plan on disk.
        assert_eq!(store.load().unwrap().plan, plan_with_number("999"));
    }

    #[test]
    fn a_damaged_plan_without_backup_starts_empty_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        fs::write(store.plan_path(), b"").unwrap();
        let loaded = store.load().unwrap();
        assert_eq!(loaded.plan, RecoveryPlan::default());
        let notice = loaded.notice.unwrap();
        assert!(
            notice.message.contains("empty") && notice.message.contains("no usable backup"),
            "{}",
            notice.message
        );
        assert!(notice.set_aside.unwrap().exists());
    }

    #[test]
    fn a_plan_from_a_newer_version_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        let newer = br#"{"format": "spinewise-plan", "version": 99, "future": true}"#;
        fs::write(store.plan_path(), newer).unwrap();
        let notice = store.load().unwrap().notice.unwrap();
        assert!(
            notice.message.contains("newer version"),
            "{}",
            notice.message
        );
        assert_eq!(fs::read(notice.set_aside.unwrap()).unwrap(), newer);
    }

    #[test]
    fn a_missing_plan_with_a_good_backup_is_restored_with_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        store.save(&plan_with_number("999")).unwrap();
        store.save(&plan_with_number("911")).unwrap();
        fs::remove_file(store.plan_path()).unwrap();
        let loaded = store.load().unwrap();
        assert_eq!(loaded.plan, plan_with_number("999"));
        assert!(loaded.notice.unwrap().message.contains("missing"));
        assert!(store.plan_path().exists());
    }

    #[test]
    fn a_kept_copy_is_a_readable_plan_under_a_new_name_each_time() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        let first = store.keep_copy(&plan_with_number("999"), "reset").unwrap();
        let second = store.keep_copy(&plan_with_number("112"), "reset").unwrap();
        assert_ne!(first, second);
        assert!(first
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("plan.before-reset-"));
        let read = |p: &Path| RecoveryPlan::from_json(&fs::read(p).unwrap()).unwrap();
        assert_eq!(read(&first), plan_with_number("999"));
        assert_eq!(read(&second), plan_with_number("112"));
    }

    #[test]
    fn a_save_that_cannot_write_fails_clearly_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        store.save(&plan_with_number("999")).unwrap();
        store.save(&plan_with_number("112")).unwrap();
        let before = fs::read(store.plan_path()).unwrap();
        let backup_before = fs::read(store.backup_path()).unwrap();
        // A folder where the temporary file must go: the write fails even for root,
        // for whom read-only permissions are not enforced.
        fs::create_dir(dir.path().join(format!(".{PLAN_FILE}.tmp"))).unwrap();
        let message = store
            .save(&plan_with_number("911"))
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("could not write") && message.contains(PLAN_FILE),
            "{message}"
        );
        assert_eq!(fs::read(store.plan_path()).unwrap(), before);
        // The backup too: it is replaced only once the new plan is safely written.
        assert_eq!(fs::read(store.backup_path()).unwrap(), backup_before);
        assert_eq!(store.load().unwrap().plan, plan_with_number("112"));
    }

    #[test]
    fn a_data_folder_named_with_spaces_and_letters_beyond_ascii_works() {
        // A Windows user folder such as C:\Users\Zoë Ångström: paths cross
        // the system as UTF-16 there, and must round-trip whole.
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("Zoë Ångström").join("Spinewise données");
        let store = PlanStore::new(&folder);
        store.save(&plan_with_number("999")).unwrap();
        store.save(&plan_with_number("112")).unwrap();
        assert_eq!(store.load().unwrap().plan, plan_with_number("112"));
        assert_eq!(
            files_in(&folder),
            [BACKUP_FILE.to_owned(), PLAN_FILE.to_owned()]
        );
        let kept = store.keep_copy(&plan_with_number("999"), "reset").unwrap();
        assert!(kept.starts_with(&folder), "{}", kept.display());
    }

    #[test]
    fn a_read_only_plan_is_not_replaced_and_the_save_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        store.save(&plan_with_number("999")).unwrap();
        let before = fs::read(store.plan_path()).unwrap();
        let mut permissions = fs::metadata(store.plan_path()).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(store.plan_path(), permissions.clone()).unwrap();
        let message = store
            .save(&plan_with_number("112"))
            .unwrap_err()
            .to_string();
        assert!(
            message.contains(PLAN_FILE) && message.contains("read-only"),
            "{message}"
        );
        assert_eq!(fs::read(store.plan_path()).unwrap(), before);
        #[allow(clippy::permissions_set_readonly_false)]
        permissions.set_readonly(false);
        fs::set_permissions(store.plan_path(), permissions).unwrap();
    }
}

/// Where Windows differs: a file another program holds open cannot be
/// replaced. These run as Windows programs under Wine in the test command
/// (`scripts/windows.sh`).
#[cfg(all(test, windows))]
mod windows_tests {
    use super::*;
    use crate::settings::EmergencyNumber;
    use std::os::windows::fs::OpenOptionsExt;

    fn plan_with_number(number: &str) -> RecoveryPlan {
        let mut plan = RecoveryPlan::default();
        plan.settings.emergency_number = Some(EmergencyNumber::parse(number).unwrap());
        plan
    }

    #[test]
    fn a_plan_another_program_holds_open_is_kept_and_the_save_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        store.save(&plan_with_number("999")).unwrap();
        let before = fs::read(store.plan_path()).unwrap();
        // Another program (an editor, a backup tool) opened it sharing nothing.
        let held = OpenOptions::new()
            .read(true)
            .share_mode(0)
            .open(store.plan_path())
            .unwrap();
        let message = store
            .save(&plan_with_number("112"))
            .unwrap_err()
            .to_string();
        assert!(
            message.contains(PLAN_FILE) && message.contains("another program"),
            "{message}"
        );
        drop(held);
        assert_eq!(fs::read(store.plan_path()).unwrap(), before);
        assert_eq!(store.load().unwrap().plan, plan_with_number("999"));
        // Once it is closed, saving works again and nothing was left behind.
        store.save(&plan_with_number("112")).unwrap();
        assert_eq!(store.load().unwrap().plan, plan_with_number("112"));
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}
