//! `code_enum!`: a closed list of codes as a Rust enum, the way several capabilities store
//! and send them. Each variant has its code (what the database and the JSON carry), the API
//! document names the codes under a schema name of the capability's choosing, and the
//! Swedish label is the catalogue's `<prefix>.<key>.<code>`.
//!
//! ```text
//! code_enum!("consultations";
//!     /// The kind of concern.
//!     Concern, "ConsultationsConcern", "concern" { Child = "child", Other = "other" }
//! );
//! ```

#[macro_export]
macro_rules! code_enum {
    ($prefix:literal; $(#[$m:meta])* $name:ident, $schema:literal, $key:literal { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $(#[serde(rename = $code)] $variant),+ }

        // Written by hand: the derive does not see the codes through the macro, and the
        // API document must name the codes the JSON carries.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($code),+]))
                    .into()
            }
        }
        impl utoipa::ToSchema for $name {
            fn name() -> std::borrow::Cow<'static, str> {
                $schema.into()
            }
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn parse(value: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.code() == value.trim())
            }
            /// The Swedish label, from the catalogue.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $crate::i18n::sv().t(concat!($prefix, ".", $key, ".", $code))),+ }
            }
        }
    };
}
