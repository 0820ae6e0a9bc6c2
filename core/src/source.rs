//! The clinical sources behind Spinewise's rules. Every rule names one, and
//! `docs/triage.md` cites each by the same id.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// GIRFT national suspected cauda equina syndrome pathway (2023).
    GirftCaudaEquina,
    /// NICE NG59 and the NICE CKS red-flag list for low back pain.
    NiceRedFlags,
    /// NHS public advice on when back pain needs urgent or emergency care.
    NhsBackPain,
    /// NICE NG59's scope for sciatica (nerve-root pain) and the nerve-root group of the clinical notes.
    NiceSciatica,
    /// The pain-monitoring model (Thomeé 1997; Silbernagel et al. 2007).
    PainMonitoringModel,
    /// The seed article's own signs and advice.
    SeedArticle,
    /// ASAS-style inflammatory back pain features, as summarised in the clinical notes.
    InflammatoryBackPain,
}

impl Source {
    pub const ALL: [Source; 7] = [
        Source::GirftCaudaEquina,
        Source::NiceRedFlags,
        Source::NhsBackPain,
        Source::NiceSciatica,
        Source::PainMonitoringModel,
        Source::SeedArticle,
        Source::InflammatoryBackPain,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Source::GirftCaudaEquina => "girft_cauda_equina",
            Source::NiceRedFlags => "nice_red_flags",
            Source::NhsBackPain => "nhs_back_pain",
            Source::NiceSciatica => "nice_sciatica",
            Source::PainMonitoringModel => "pain_monitoring_model",
            Source::SeedArticle => "seed_article",
            Source::InflammatoryBackPain => "inflammatory_back_pain",
        }
    }

    pub fn citation(self) -> &'static str {
        match self {
            Source::GirftCaudaEquina => {
                "GIRFT, National suspected cauda equina syndrome pathway (2023)"
            }
            Source::NiceRedFlags => {
                "NICE NG59, Low back pain and sciatica in over 16s (2016, updated 2020), rec. 1.1.1; \
                 NICE CKS, Back pain - low (without radiculopathy), red flags"
            }
            Source::NhsBackPain => "NHS, Back pain: urgent and emergency advice",
            Source::NiceSciatica => {
                "NICE NG59, Low back pain and sciatica in over 16s: sciatica (radicular pain); \
                 nerve-root signs as summarised in the clinical notes, section 1"
            }
            Source::PainMonitoringModel => {
                "Pain-monitoring model: Thomeé 1997; Silbernagel et al., Am J Sports Med 2007;35:897 \
                 (validated for tendon and knee pain; used here as a rehab rule of thumb)"
            }
            Source::SeedArticle => {
                "Seed article: When to Stop Exercising With Back Pain and Protect Your Spine"
            }
            Source::InflammatoryBackPain => {
                "Inflammatory back pain features (axial spondyloarthritis), clinical notes section 1; \
                 NICE NG59 rec. 1.1.1"
            }
        }
    }
}
