//! The situational picture's ids, one per table whose key it is. Pure: no I/O.

varn_house::id!(
    /// An administration's picture of a year (its narrative).
    pub struct SituationPictureId
);
varn_house::id!(
    /// A step in a picture's history (created, saved, finalized, reopened).
    pub struct SituationPictureEventId
);
varn_house::id!(
    /// A hate-crime figure of an administration: a year, area and kind's count.
    pub struct HateCrimeCountId
);
/// An import of a source file (IA or graffiti): the shared rooms' id of an import, since
/// the runner that records it is theirs.
pub use varn_house::kernel::ids::SourceImportId;
varn_house::id!(
    /// An IA incident read from the IA system's export.
    pub struct IaIncidentId
);
varn_house::id!(
    /// A graffiti report.
    pub struct GraffitiReportId
);
varn_house::id!(
    /// The concern reports (orosanmälningar) of an administration in a year and age band.
    pub struct ConcernReportId
);
varn_house::id!(
    /// The police's mapping of an administration's year: demonstrations, with and
    /// without permit, and its narrative.
    pub struct PoliceMappingId
);
