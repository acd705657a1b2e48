//! Typed ids: a plan's id cannot be passed where an administration's is expected. Each id
//! is a newtype over the database's integer key, made with [`crate::id!`]; the ids every
//! capability shares (the organisation's and people's) are declared here, each
//! capability's own in its `domain.rs`.

/// Declares an id newtype: `id!(/// docs pub struct PlanId);`
#[macro_export]
macro_rules! id {
    ($(#[$m:meta])* $vis:vis struct $name:ident) => {
        $(#[$m])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize, utoipa::ToSchema,
        )]
        #[serde(transparent)]
        $vis struct $name(i64);

        impl $name {
            /// The id of a row read from the database (or from a path, checked by the caller).
            pub const fn new(id: i64) -> $name {
                $name(id)
            }

            /// The integer to bind in a query.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        // Bound and read as the integer key it is, on either backend:
        // `.bind(plan_id)` and `row.try_get::<PlanId, _>("id")`.
        impl sqlx::Type<sqlx::Any> for $name {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <i64 as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <i64 as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        impl<'q> sqlx::Encode<'q, sqlx::Any> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <i64 as sqlx::Encode<'q, sqlx::Any>>::encode_by_ref(&self.0, buf)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Any> for $name {
            fn decode(
                value: <sqlx::Any as sqlx::Database>::ValueRef<'r>,
            ) -> Result<$name, sqlx::error::BoxDynError> {
                <i64 as sqlx::Decode<'r, sqlx::Any>>::decode(value).map($name)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<$name, Self::Err> {
                s.parse().map($name)
            }
        }
    };
}

crate::id!(
    /// An administration (förvaltning).
    pub struct AdministrationId
);
crate::id!(
    /// A department of an administration.
    pub struct DepartmentId
);
crate::id!(
    /// A unit of a department.
    pub struct UnitId
);
crate::id!(
    /// A person's account.
    pub struct UserId
);
crate::id!(
    /// An action plan (the plans capability's); a revision is a plan of its own, naming the
    /// one it revised. Shared because the situational picture names the plan it is the
    /// basis for (`Capability::plan_of_year`).
    pub struct PlanId
);
crate::id!(
    /// An import of a file (`source_imports`): the shared rooms' runner records it, and the
    /// rows it wrote carry it as `import_id` (the situational picture's IA and graffiti
    /// files, training's completions).
    pub struct SourceImportId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_and_show_as_their_number_and_serialize_bare() {
        let id: AdministrationId = "42".parse().expect("id");
        assert_eq!(id.get(), 42);
        assert_eq!(id.to_string(), "42");
        assert_eq!(serde_json::to_string(&id).expect("json"), "42");
        assert_eq!(
            serde_json::from_str::<UnitId>("7").expect("json"),
            UnitId::new(7)
        );
    }

    #[tokio::test]
    async fn ids_bind_and_read_as_their_integer() {
        use sqlx::Row;
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect("sqlite::memory:")
            .await
            .expect("pool");
        let row = sqlx::query("SELECT ? + 1 AS id")
            .bind(UnitId::new(41))
            .fetch_one(&pool)
            .await
            .expect("query");
        assert_eq!(row.try_get::<UnitId, _>("id").expect("id"), UnitId::new(42));
    }
}
