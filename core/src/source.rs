//! The clinical sources behind Spinewise's rules. Every rule names one, and
//! `docs/triage.md` cites each by the same id.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
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
    /// NICE NG234: spinal metastases and metastatic spinal cord compression.
    NiceMscc,
    /// Spinal infection (epidural abscess, discitis) with nerve signs.
    SpinalInfection,
    /// NICE CKS's causes of back pain from outside the spine.
    NiceCksDifferentials,
    /// NHS advice on sudden severe belly and back pain (aortic aneurysm, ectopic pregnancy).
    NhsAbdominalEmergency,
}

impl Source {
    pub const ALL: [Source; 11] = [
        Source::GirftCaudaEquina,
        Source::NiceRedFlags,
        Source::NhsBackPain,
        Source::NiceSciatica,
        Source::PainMonitoringModel,
        Source::SeedArticle,
        Source::InflammatoryBackPain,
        Source::NiceMscc,
        Source::SpinalInfection,
        Source::NiceCksDifferentials,
        Source::NhsAbdominalEmergency,
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
            Source::NiceMscc => "nice_mscc",
            Source::SpinalInfection => "spinal_infection",
            Source::NiceCksDifferentials => "nice_cks_differentials",
            Source::NhsAbdominalEmergency => "nhs_abdominal_emergency",
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
            Source::NhsBackPain => {
                "NHS, Back pain: when to ask for an urgent GP appointment (high temperature, weight \
                 loss, a lump or change of shape, pain worse at night or not eased by rest, pain worse \
                 on coughing, sneezing or pooing, pain between the shoulder blades) and when to call \
                 999 (symptoms in both legs, saddle numbness, trouble peeing, loss of bladder or bowel \
                 control, chest pain, a serious accident)"
            }
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
                 NICE NG65, Spondyloarthritis in over 16s (2017): back pain that began before 45 and \
                 has lasted over 3 months; NICE NG59 rec. 1.1.1"
            }
            Source::NiceMscc => {
                "NICE NG234, Spinal metastases and metastatic spinal cord compression (2023): after \
                 cancer, neurological symptoms or signs are discussed with the specialist team \
                 immediately, and spinal pain suggestive of metastases needs urgent imaging"
            }
            Source::SpinalInfection => {
                "Spinal epidural abscess and discitis: Darouiche, N Engl J Med 2006;355:2012-20 (back \
                 pain, fever and a neurological deficit; the triad is often incomplete early); NICE \
                 CKS red flags for infection; clinical notes section 8"
            }
            Source::NiceCksDifferentials => {
                "NICE CKS, Back pain - low (without radiculopathy): differential diagnosis, causes \
                 outside the spine (kidney stones and infection, pancreatitis, peptic ulcer, pelvic \
                 disease, abdominal aortic aneurysm)"
            }
            Source::NhsAbdominalEmergency => {
                "NHS, Abdominal aortic aneurysm: call 999 for sudden, severe pain in the tummy or \
                 lower back, with dizziness or sweaty, clammy skin; NHS, Ectopic pregnancy: tummy \
                 pain in someone who could be pregnant needs checking the same day"
            }
        }
    }
}
