//! The app's state: the plan store, the plan as last saved, and anything the
//! person should be told about their plan file.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use spinewise_core::course;
use spinewise_core::plan::RecoveryPlan;
use spinewise_core::print::Paper;
use spinewise_core::routine::RoutineOffer;
use spinewise_core::session::Control;
use spinewise_core::settings::{regional_number, EmergencyNumberView, RegionalNumber};
use spinewise_core::store::{PlanStore, StoreError, StoreNotice};
use tokio::sync::mpsc::UnboundedSender;

use crate::error::CommandError;

/// Points the plan's folder elsewhere (tests, portable installs).
pub const DATA_DIR_ENV: &str = "SPINEWISE_DATA_DIR";

/// The folder holding the plan: `$SPINEWISE_DATA_DIR`, or the OS data
/// directory (for example `~/.local/share/spinewise` on Linux).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("app", "Spinewise", "Spinewise")
        .map(|dirs| dirs.data_dir().to_owned())
        .unwrap_or_else(|| PathBuf::from("spinewise-data"))
}

pub struct AppState {
    store: PlanStore,
    plan: Mutex<RecoveryPlan>,
    notice: Option<StoreNotice>,
    /// The ambulance number of the person's region, where it is known.
    regional_number: Option<&'static RegionalNumber>,
    paper: Paper,
    /// The running session's controls; `None` when no session runs.
    session: Mutex<Option<UnboundedSender<Control>>>,
}

impl AppState {
    /// Loads the plan. If the file cannot even be read, the app still opens
    /// with an empty plan in memory and says why, rather than refusing to start.
    pub fn open(dir: PathBuf, locale: &str) -> Self {
        let store = PlanStore::new(dir);
        let (plan, notice) = match store.load() {
            Ok(loaded) => (loaded.plan, loaded.notice),
            Err(err) => (
                RecoveryPlan::default(),
                Some(StoreNotice {
                    message: format!("{err}. Changes you make now may not be saved."),
                    set_aside: None,
                }),
            ),
        };
        AppState {
            store,
            plan: Mutex::new(plan),
            notice,
            regional_number: regional_number(locale),
            paper: Paper::for_locale(locale),
            session: Mutex::new(None),
        }
    }

    pub fn store(&self) -> &PlanStore {
        &self.store
    }

    pub fn notice(&self) -> Option<&StoreNotice> {
        self.notice.as_ref()
    }

    pub fn regional_number(&self) -> Option<&'static RegionalNumber> {
        self.regional_number
    }

    pub fn plan(&self) -> MutexGuard<'_, RecoveryPlan> {
        // A panic while holding the lock cannot leave the plan half-changed
        // (changes are made on a copy), so a poisoned lock is still sound.
        self.plan
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Applies a change to a copy of the plan, saves the copy, and only then
    /// makes it the current plan: a failed save changes nothing, on disk or in memory.
    pub fn change_plan<T>(
        &self,
        change: impl FnOnce(&mut RecoveryPlan) -> T,
    ) -> Result<T, StoreError> {
        let mut current = self.plan();
        let mut next = current.clone();
        let result = change(&mut next);
        self.store.save(&next)?;
        *current = next;
        Ok(result)
    }

    /// Like `change_plan`, for a change the core may refuse: a refused change
    /// is neither saved nor kept.
    pub fn try_change_plan<T, E>(
        &self,
        change: impl FnOnce(&mut RecoveryPlan) -> Result<T, E>,
    ) -> Result<T, CommandError>
    where
        CommandError: From<E>,
    {
        let mut current = self.plan();
        let mut next = current.clone();
        let result = change(&mut next)?;
        self.store.save(&next)?;
        *current = next;
        Ok(result)
    }

    /// The paper size of the person's region, for printing.
    pub fn paper(&self) -> Paper {
        self.paper
    }

    pub fn session(&self) -> MutexGuard<'_, Option<UnboundedSender<Control>>> {
        self.session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The routines the plan allows now, as the core decides.
    pub fn routine_offer(&self) -> RoutineOffer {
        let plan = self.plan();
        course::routine_offer(&plan, &course::follow(&plan))
    }

    /// Where the person stands on each exercise's ladder, and the offers open now.
    pub fn ladder(&self) -> course::Ladder {
        let plan = self.plan();
        course::ladder::follow(&plan, &course::follow(&plan))
    }

    pub fn emergency_number(&self) -> EmergencyNumberView {
        self.plan()
            .settings
            .emergency_number_view(self.regional_number)
    }
}
