//! The types and pure rules of association grants: the organisation number with its check
//! digit (a sole trader's number, which is a personal identity number, is refused), the
//! kinds of association, application, decision, payment and control, how a payment moves
//! (planned → approved → paid, or stopped), and the checks of sums and dates. No I/O.

use serde::Serialize;

use varn_house::i18n;

varn_house::id!(
    /// An association in the municipality's register (one per organisation number).
    pub struct GrantAssociationId
);
varn_house::id!(
    /// An application for a grant or for premises.
    pub struct GrantApplicationId
);
varn_house::id!(
    /// An instalment of a granted application.
    pub struct GrantPaymentId
);
varn_house::id!(
    /// A control action on an association.
    pub struct GrantControlId
);
varn_house::id!(
    /// A stop of an association's payments in an administration.
    pub struct GrantStopId
);
varn_house::id!(
    /// A withdrawal of support already paid, with its claim for repayment.
    pub struct GrantWithdrawalId
);

/// Declares an enum stored as a code, with a Swedish label from the catalogue.
macro_rules! coded {
    ($(#[$m:meta])* pub enum $name:ident ($prefix:literal) { $($(#[$vm:meta])* $v:ident = $code:literal,)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $v,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$v,)+];

            /// The code as stored and as the API names it.
            pub fn code(self) -> &'static str {
                match self { $($name::$v => $code,)+ }
            }

            /// The stored code or the Swedish label (as typed in imports).
            pub fn parse(text: &str) -> Option<$name> {
                let t = text.trim().to_lowercase();
                $name::ALL.iter().copied().find(|k| k.code() == t || k.label().to_lowercase() == t)
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$v => i18n::sv().t(concat!("grants.", $prefix, ".", $code)),)+ }
            }
        }
    };
}

coded!(
    /// What kind of association it is.
    pub enum AssociationKind("association_kind") {
        Sports = "sports",
        Culture = "culture",
        Faith = "faith",
        Study = "study",
        Other = "other",
    }
);

coded!(
    /// What is applied for: money, or premises (a room, an open space).
    pub enum ApplicationKind("application_kind") {
        Grant = "grant",
        Premises = "premises",
    }
);

coded!(
    /// The decision on an application.
    pub enum Outcome("outcome") {
        Granted = "granted",
        Partly = "partly",
        Refused = "refused",
    }
);

coded!(
    /// Where an instalment stands.
    pub enum PaymentStatus("payment_status") {
        Planned = "planned",
        Approved = "approved",
        Paid = "paid",
        Stopped = "stopped",
    }
);

coded!(
    /// A control action: during the grant, in the yearly follow-up, or the VBE control.
    pub enum ControlKind("control_kind") {
        DuringGrant = "during_grant",
        Yearly = "yearly",
        Vbe = "vbe",
    }
);

/// What may be done with an instalment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Approve,
    Pay,
}

impl PaymentStatus {
    /// The status after `step`, or the reason it cannot be taken (in Swedish).
    pub fn after(self, step: Step) -> Result<PaymentStatus, &'static str> {
        let cat = i18n::sv();
        match (self, step) {
            (PaymentStatus::Planned, Step::Approve) => Ok(PaymentStatus::Approved),
            (PaymentStatus::Approved, Step::Pay) => Ok(PaymentStatus::Paid),
            (PaymentStatus::Planned, Step::Pay) => Err(cat.t("grants.pay_unapproved")),
            (PaymentStatus::Stopped, _) => Err(cat.t("grants.payment_stopped")),
            (PaymentStatus::Paid, _) => Err(cat.t("grants.payment_paid")),
            (PaymentStatus::Approved, Step::Approve) => Err(cat.t("grants.payment_approved")),
        }
    }
}

/// Why a text is not an organisation number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgNumberError {
    /// Not ten digits (NNNNNN-NNNN, or with the prefix 16).
    Format,
    /// The last digit does not match the other nine.
    CheckDigit,
    /// A personal identity number or coordination number: a sole trader's number.
    PersonalNumber,
}

impl OrgNumberError {
    /// The problem in Swedish, for the field "Organisationsnummer".
    pub fn message(self) -> &'static str {
        let cat = i18n::sv();
        match self {
            OrgNumberError::Format => cat.t("grants.org_number_format"),
            OrgNumberError::CheckDigit => cat.t("grants.org_number_check_digit"),
            OrgNumberError::PersonalNumber => cat.t("grants.org_number_personal"),
        }
    }
}

/// The Luhn check digit of nine digits, as the Swedish Tax Agency computes it.
pub fn check_digit(nine: &[u8]) -> u8 {
    let sum: u32 = nine
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let v = u32::from(*d) * if i % 2 == 0 { 2 } else { 1 };
            v / 10 + v % 10
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// A Swedish organisation number of a legal person, stored as `NNNNNN-NNNN`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(transparent)]
pub struct OrgNumber(String);

impl OrgNumber {
    /// Reads `NNNNNN-NNNN`, `NNNNNNNNNN` or either with the century-like prefix `16`.
    /// A number whose third and fourth digits are below 20 is a personal identity number
    /// (or a coordination number), which is what a sole trader has: it is refused.
    pub fn parse(text: &str) -> Result<OrgNumber, OrgNumberError> {
        let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let shaped = t.chars().all(|c| c.is_ascii_digit() || c == '-')
            && t.matches('-').count() <= 1
            && (!t.contains('-') || t.len() >= 5 && t.as_bytes()[t.len() - 5] == b'-');
        if !shaped {
            return Err(OrgNumberError::Format);
        }
        let digits: Vec<u8> = t
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect();
        let ten: &[u8] = match digits.len() {
            10 => &digits,
            12 if digits[..2] == [1, 6] => &digits[2..],
            12 if matches!(digits[..2], [1, 8] | [1, 9] | [2, 0]) => {
                return Err(OrgNumberError::PersonalNumber)
            }
            _ => return Err(OrgNumberError::Format),
        };
        if check_digit(&ten[..9]) != ten[9] {
            return Err(OrgNumberError::CheckDigit);
        }
        if ten[2] * 10 + ten[3] < 20 {
            return Err(OrgNumberError::PersonalNumber);
        }
        let s: String = ten.iter().map(|d| char::from(b'0' + d)).collect();
        Ok(OrgNumber(format!("{}-{}", &s[..6], &s[6..])))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for OrgNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// True when instalments already planned (stopped ones not counted) and `new` stay within
/// the granted sum.
pub fn within_granted(granted: i64, planned: &[i64], new: i64) -> bool {
    planned.iter().sum::<i64>().saturating_add(new) <= granted
}

/// A date `YYYY-MM-DD`, normalised.
pub fn date(text: &str) -> Option<String> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// An amount in whole kronor: digits with spaces allowed, `kr` at the end allowed, 1 to
/// one thousand million.
pub fn amount(text: &str) -> Option<i64> {
    let t: String = text
        .trim()
        .trim_end_matches("kr")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit()) || t.len() > 10 {
        return None;
    }
    t.parse::<i64>()
        .ok()
        .filter(|n| (1..=1_000_000_000).contains(n))
}

/// The year of a stored date.
pub fn year_of(date: &str) -> Option<i32> {
    date.get(..4).and_then(|y| y.parse().ok())
}

/// Whole kronor as Swedes write them: `12 500 kr`.
pub fn kronor(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '−');
    }
    format!("{out}\u{a0}kr")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn with_check(nine: &[u8]) -> String {
        let d = check_digit(nine);
        let s: String = nine
            .iter()
            .chain(std::iter::once(&d))
            .map(|d| char::from(b'0' + d))
            .collect();
        format!("{}-{}", &s[..6], &s[6..])
    }

    #[test]
    fn known_numbers() {
        // The Swedish Tax Agency's own organisation number.
        assert_eq!(
            OrgNumber::parse("202100-5448").map(|o| o.to_string()),
            Ok("202100-5448".to_string())
        );
        assert!(OrgNumber::parse("2021005448").is_ok());
        assert!(OrgNumber::parse("16202100-5448").is_ok());
        assert_eq!(
            OrgNumber::parse("202100-5449"),
            Err(OrgNumberError::CheckDigit)
        );
        // A personal identity number with a right check digit: a sole trader.
        assert_eq!(
            OrgNumber::parse("811228-9874"),
            Err(OrgNumberError::PersonalNumber)
        );
        assert_eq!(
            OrgNumber::parse("19811228-9874"),
            Err(OrgNumberError::PersonalNumber)
        );
        assert_eq!(OrgNumber::parse("20210-05448"), Err(OrgNumberError::Format));
        assert_eq!(OrgNumber::parse("abc"), Err(OrgNumberError::Format));
        assert_eq!(OrgNumber::parse(""), Err(OrgNumberError::Format));
    }

    proptest! {
        #[test]
        fn every_valid_generated_number_is_accepted(
            first in 1u8..=9, second in 0u8..=9, third in 2u8..=9, rest in proptest::collection::vec(0u8..=9, 6)
        ) {
            let mut nine = vec![first, second, third];
            nine.extend(rest);
            let text = with_check(&nine);
            prop_assert_eq!(OrgNumber::parse(&text).map(|o| o.to_string()), Ok(text.clone()));
            prop_assert!(OrgNumber::parse(&text.replace('-', "")).is_ok());
        }

        #[test]
        fn every_wrong_check_digit_is_refused(
            first in 1u8..=9, second in 0u8..=9, third in 2u8..=9,
            rest in proptest::collection::vec(0u8..=9, 6), off in 1u8..=9
        ) {
            let mut nine = vec![first, second, third];
            nine.extend(rest);
            let right = check_digit(&nine);
            let wrong = (right + off) % 10;
            let s: String = nine.iter().map(|d| char::from(b'0' + d)).collect();
            let text = format!("{}-{}{}", &s[..6], &s[6..], wrong);
            prop_assert_eq!(OrgNumber::parse(&text), Err(OrgNumberError::CheckDigit));
        }

        #[test]
        fn every_personal_identity_number_is_refused(
            yy in 0u8..=99, mm in 1u8..=12, dd in 1u8..=28, coordination in proptest::bool::ANY,
            serial in proptest::collection::vec(0u8..=9, 3)
        ) {
            let dd = if coordination { dd + 60 } else { dd };
            let mut nine = vec![yy / 10, yy % 10, mm / 10, mm % 10, dd / 10, dd % 10];
            nine.extend(serial);
            let text = with_check(&nine);
            prop_assert_eq!(OrgNumber::parse(&text), Err(OrgNumberError::PersonalNumber));
        }
    }

    #[test]
    fn payments_move_forward_only() {
        use PaymentStatus::*;
        assert_eq!(Planned.after(Step::Approve), Ok(Approved));
        assert_eq!(Approved.after(Step::Pay), Ok(Paid));
        assert!(Planned.after(Step::Pay).is_err());
        assert!(Stopped.after(Step::Approve).is_err());
        assert!(Stopped.after(Step::Pay).is_err());
        assert!(Paid.after(Step::Pay).is_err());
    }

    #[test]
    fn sums_and_amounts() {
        assert!(within_granted(10_000, &[5_000], 5_000));
        assert!(!within_granted(10_000, &[5_000], 5_001));
        assert_eq!(amount("12 500"), Some(12_500));
        assert_eq!(amount("12 500 kr"), Some(12_500));
        assert_eq!(amount("-5"), None);
        assert_eq!(amount("0"), None);
        assert_eq!(amount("1,5"), None);
        assert_eq!(kronor(1_234_567), "1\u{a0}234\u{a0}567\u{a0}kr");
    }
}
