//! Roles, their scopes, and the signed-in principal.
//!
//! A user holds grants; each grant is a role over one administration or, when the
//! administration is empty, over the whole municipality. Every permission question is
//! asked here, so that no handler compares role names itself.

use crate::kernel::ids::{AdministrationId, UnitId, UserId};
pub use crate::kernel::scope::Scope;
use serde::Serialize;

/// The roles of DOMAIN.md §2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Employee,
    Partner,
    Manager,
    /// Handles association grants and premises in an administration (bidragshandläggare).
    GrantOfficer,
    Coordinator,
    CentralCoordinator,
    Reader,
    Administrator,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Employee,
        Role::Partner,
        Role::Manager,
        Role::GrantOfficer,
        Role::Coordinator,
        Role::CentralCoordinator,
        Role::Reader,
        Role::Administrator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Employee => "employee",
            Role::Partner => "partner",
            Role::Manager => "manager",
            Role::GrantOfficer => "grant_officer",
            Role::Coordinator => "coordinator",
            Role::CentralCoordinator => "central_coordinator",
            Role::Reader => "reader",
            Role::Administrator => "administrator",
        }
    }

    /// Parses the stored name or the Swedish label (as typed in imports).
    pub fn parse(value: &str) -> Option<Role> {
        let v = value.trim().to_lowercase();
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == v || crate::i18n::sv().t(r.label_key()).to_lowercase() == v)
    }

    /// The catalogue key of the role's Swedish name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Employee => "role.employee",
            Role::Partner => "role.partner",
            Role::Manager => "role.manager",
            Role::GrantOfficer => "role.grant_officer",
            Role::Coordinator => "role.coordinator",
            Role::CentralCoordinator => "role.central_coordinator",
            Role::Reader => "role.reader",
            Role::Administrator => "role.administrator",
        }
    }

    pub fn label(self) -> &'static str {
        crate::i18n::sv().t(self.label_key())
    }
}

/// One role over one administration, or over the whole municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Grant {
    pub id: i64,
    pub role: Role,
    /// `None`: the whole municipality.
    pub administration_id: Option<AdministrationId>,
    /// For managers: the unit they manage.
    pub unit_id: Option<UnitId>,
}

/// How the principal proved who it is; CSRF applies to sessions only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    Session { csrf: String },
    Token,
}

/// The signed-in person making a request.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: UserId,
    pub email: String,
    pub name: String,
    pub grants: Vec<Grant>,
    pub via: Via,
}

impl Principal {
    pub fn has(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }

    pub fn has_any(&self, roles: &[Role]) -> bool {
        self.grants.iter().any(|g| roles.contains(&g.role))
    }

    /// The administrations that the grants with any of `roles` reach.
    pub fn scope(&self, roles: &[Role]) -> Scope {
        let mut ids = Vec::new();
        for grant in self.grants.iter().filter(|g| roles.contains(&g.role)) {
            match grant.administration_id {
                None => return Scope::All,
                Some(id) if !ids.contains(&id) => ids.push(id),
                Some(_) => {}
            }
        }
        Scope::Only(ids)
    }

    /// True when one of `roles` reaches `administration_id`.
    pub fn covers(&self, roles: &[Role], administration_id: AdministrationId) -> bool {
        self.scope(roles).contains(administration_id)
    }

    /// True when the principal may report follow-up on an activity of `administration_id`
    /// run by `unit`: the administration's coordinators for every activity, a manager for
    /// the activities of the unit they manage (a manager grant without a unit reaches every
    /// activity of its administrations).
    pub fn may_report_for(
        &self,
        administration_id: AdministrationId,
        unit: Option<UnitId>,
    ) -> bool {
        if self.covers(&[Role::Coordinator], administration_id) {
            return true;
        }
        self.grants.iter().any(|g| {
            g.role == Role::Manager
                && g.administration_id.is_none_or(|a| a == administration_id)
                && (g.unit_id.is_none() || g.unit_id == unit)
        })
    }

    /// The roles held, most powerful first, without repeats.
    pub fn roles(&self) -> Vec<Role> {
        let mut roles: Vec<Role> = self.grants.iter().map(|g| g.role).collect();
        roles.sort();
        roles.dedup();
        roles.reverse();
        roles
    }

    /// The CSRF token of the session, when signed in by session.
    pub fn csrf(&self) -> &str {
        match &self.via {
            Via::Session { csrf } => csrf,
            Via::Token => "",
        }
    }
}

impl crate::audit::Actor {
    /// The signed-in person as the audit log names them.
    pub fn of(p: &Principal) -> crate::audit::Actor {
        crate::audit::Actor {
            user_id: Some(p.user_id),
            label: p.email.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn a(id: i64) -> AdministrationId {
        AdministrationId::new(id)
    }

    const fn u(id: i64) -> UnitId {
        UnitId::new(id)
    }

    #[test]
    fn managers_report_for_their_own_unit_and_coordinators_for_all() {
        let mut manager = principal(&[(Role::Manager, Some(1))]);
        manager.grants[0].unit_id = Some(u(10));
        assert!(manager.may_report_for(a(1), Some(u(10))));
        assert!(!manager.may_report_for(a(1), Some(u(11))));
        assert!(!manager.may_report_for(a(1), None));
        assert!(!manager.may_report_for(a(2), Some(u(10))));
        let whole = principal(&[(Role::Manager, Some(1))]);
        assert!(whole.may_report_for(a(1), Some(u(11))) && whole.may_report_for(a(1), None));
        let coordinator = principal(&[(Role::Coordinator, Some(1))]);
        assert!(
            coordinator.may_report_for(a(1), Some(u(11)))
                && !coordinator.may_report_for(a(2), None)
        );
        assert!(!principal(&[(Role::Reader, None)]).may_report_for(a(1), None));
    }

    fn principal(grants: &[(Role, Option<i64>)]) -> Principal {
        Principal {
            user_id: UserId::new(1),
            email: "a@b.example".into(),
            name: "A".into(),
            grants: grants
                .iter()
                .enumerate()
                .map(|(i, (role, admin))| Grant {
                    id: i as i64,
                    role: *role,
                    administration_id: (*admin).map(AdministrationId::new),
                    unit_id: None,
                })
                .collect(),
            via: Via::Token,
        }
    }

    #[test]
    fn scope_unions_grants_and_whole_municipality_wins() {
        let p = principal(&[(Role::Coordinator, Some(1)), (Role::Reader, Some(2))]);
        assert_eq!(p.scope(&[Role::Coordinator]), Scope::Only(vec![a(1)]));
        assert_eq!(
            p.scope(&[Role::Coordinator, Role::Reader]),
            Scope::Only(vec![a(1), a(2)])
        );
        assert!(!p.covers(&[Role::Coordinator], a(2)));
        let central = principal(&[(Role::CentralCoordinator, None), (Role::Reader, Some(3))]);
        assert_eq!(
            central.scope(&[Role::CentralCoordinator, Role::Reader]),
            Scope::All
        );
        assert!(principal(&[]).scope(&[Role::Reader]).is_empty());
    }

    #[test]
    fn roles_parse_from_code_and_swedish_label() {
        assert_eq!(Role::parse("coordinator"), Some(Role::Coordinator));
        assert_eq!(Role::parse("Samordnare"), Some(Role::Coordinator));
        assert_eq!(Role::parse("kung"), None);
    }
}
