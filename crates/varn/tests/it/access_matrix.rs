//! The access matrix: every route × every role × inside or outside the role's scope,
//! answered over HTTP. The table below says, in plain role names, who may use each route;
//! the test fails when a route has no row, when a row names no route, or when the server
//! answers otherwise than the table says.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::{extract_csrf, TestApp};
use reqwest::Method;
use varn::audit::Actor;

const VIEW: &str = "manager coordinator central reader admin";
const EDIT: &str = "central admin";
const CONTACT: &str = "coordinator central admin";
const SIGNED: &str = "employee partner manager grant_officer coordinator central reader admin";
const ALL: &str =
    "anonymous employee partner manager grant_officer coordinator central reader admin";
const ADMIN: &str = "admin";
/// The audit log: readers (auditors) too, in their scope and without summaries (DOMAIN.md §2, §12).
const AUDIT: &str = "coordinator central reader admin";
const INBOX: &str = "coordinator central";
/// Assessing, linking, noting and partner links: the administration's coordinators only;
/// the central coordinator reads (DOMAIN.md §2).
const HANDLE: &str = "coordinator";
const CENTRAL: &str = "central";
const ROUTINE_HISTORY: &str = "coordinator central reader admin";
const ROUTINE_EDIT: &str = "central";
const SITUATION_VIEW: &str = "coordinator central reader";
const SITUATION_EDIT: &str = "coordinator";
const PLAN_VIEW: &str = "manager coordinator central reader";
const PLAN_EDIT: &str = "coordinator";
const PLAN_APPROVE: &str = "coordinator central";
const PLAN_REPORT: &str = "manager coordinator";
const SURVEY_VIEW: &str = "coordinator central reader";
const SURVEY_RUN: &str = "coordinator";
const TRAINING_VIEW: &str = "manager coordinator central reader";
const TRAINING_EDIT: &str = "coordinator";
const TRAINING_CITY: &str = "central reader";
const CITY_VIEW: &str = "central reader";
const NETWORK_VIEW: &str = "coordinator central reader";
const NETWORK_EDIT: &str = "coordinator central";
const GRANTS_INDEX: &str = "grant_officer coordinator central reader";
const GRANTS_VIEW: &str = "grant_officer coordinator";
const GRANTS_EDIT: &str = "grant_officer";
const GRANTS_STOP: &str = "grant_officer coordinator";
const GRANTS_REPORT: &str = "grant_officer coordinator reader";
const GRANTS_CITY: &str = "central reader";
const CONSULT_INDEX: &str = "coordinator central reader";
const CONSULT: &str = "coordinator";
const CONSULT_REPORT: &str = "coordinator central reader";
const CONSULT_CITY: &str = "central reader";
const RISK_VIEW: &str = "coordinator central reader";
const RISK_MEASURE: &str = "coordinator";
const ALARM_VIEW: &str = "employee manager grant_officer coordinator central reader";
const ALARM_ACT: &str = "employee manager grant_officer coordinator central";
const ALARM_KEEP: &str = "coordinator central";

/// Who may use each route, for a record inside their scope.
const MATRIX: &[(&str, &str)] = &[
    ("GET /", ALL),
    ("GET /enkat", SURVEY_VIEW),
    ("GET /enkat/mall", SURVEY_VIEW),
    ("POST /enkat/mall", CENTRAL),
    ("POST /api/v1/survey/template", CENTRAL),
    ("GET /enkat/forvaltningar/{admin}/ny", SURVEY_RUN),
    ("POST /enkat/forvaltningar/{admin}/ny", SURVEY_RUN),
    ("POST /enkat/forvaltningar/{admin}/mottagare", SURVEY_RUN),
    (
        "POST /api/v1/administrations/{admin}/survey-recipients/import",
        SURVEY_RUN,
    ),
    ("GET /enkat/omgangar/{round}", SURVEY_VIEW),
    ("POST /enkat/omgangar/{round}/stang", SURVEY_RUN),
    ("POST /enkat/omgangar/{round}/paminn", SURVEY_RUN),
    ("POST /enkat/omgangar/{round}/fragor", SURVEY_RUN),
    ("GET /enkat/omgangar/{round}/resultat", SURVEY_VIEW),
    ("GET /enkat/omgangar/{round}/resultat.docx", SURVEY_VIEW),
    ("GET /enkat/omgangar/{round}/resultat.pdf", SURVEY_VIEW),
    ("GET /enkat/omgangar/{round}/svar.csv", SURVEY_RUN),
    ("GET /enkat/omgangar/{round}/svar.xlsx", SURVEY_RUN),
    ("GET /enkat/svar/{token}", ALL),
    ("POST /enkat/svar/{token}", ALL),
    ("GET /api/v1/survey/template", SURVEY_VIEW),
    ("GET /api/v1/survey/rounds", SURVEY_VIEW),
    (
        "POST /api/v1/administrations/{admin}/survey-rounds",
        SURVEY_RUN,
    ),
    ("GET /api/v1/survey/rounds/{round}", SURVEY_VIEW),
    ("POST /api/v1/survey/rounds/{round}/close", SURVEY_RUN),
    ("POST /api/v1/survey/rounds/{round}/remind", SURVEY_RUN),
    ("POST /api/v1/survey/rounds/{round}/questions", SURVEY_RUN),
    ("GET /api/v1/survey/rounds/{round}/results", SURVEY_VIEW),
    (
        "GET /api/v1/survey/rounds/{round}/results.docx",
        SURVEY_VIEW,
    ),
    ("GET /api/v1/survey/rounds/{round}/results.pdf", SURVEY_VIEW),
    ("GET /api/v1/survey/answer/{token}", ALL),
    ("PUT /api/v1/survey/answer/{token}", ALL),
    ("POST /api/v1/survey/answer/{token}", ALL),
    ("GET /healthz", ALL),
    ("GET /readyz", ALL),
    ("GET /metrics", ALL),
    ("GET /tillganglighet", ALL),
    ("GET /static/{file}", ALL),
    ("GET /logga-in", ALL),
    ("POST /logga-in", ALL),
    ("POST /logga-ut", SIGNED),
    ("GET /logga-in/oidc", ALL),
    ("GET /logga-in/oidc/svar", ALL),
    ("GET /start", SIGNED),
    ("GET /kontakter", SIGNED),
    ("GET /organisation", VIEW),
    ("POST /organisation", EDIT),
    ("GET /organisation/import", EDIT),
    ("POST /organisation/import", EDIT),
    ("GET /organisation/import/exempel.csv", EDIT),
    ("GET /organisation/enheter.csv", VIEW),
    ("GET /organisation/forvaltningar/{admin}", VIEW),
    ("POST /organisation/forvaltningar/{admin}", EDIT),
    ("POST /organisation/forvaltningar/{admin}/avdelningar", EDIT),
    ("POST /organisation/forvaltningar/{admin}/enheter", EDIT),
    (
        "POST /organisation/forvaltningar/{admin}/kontakter",
        CONTACT,
    ),
    ("POST /organisation/avdelningar/{department}", EDIT),
    ("GET /organisation/enheter/{unit}", VIEW),
    ("POST /organisation/enheter/{unit}", EDIT),
    ("POST /organisation/enheter/{unit}/avsluta", EDIT),
    ("POST /organisation/kontakter/{contact}/ta-bort", CONTACT),
    ("GET /personer", ADMIN),
    ("POST /personer", ADMIN),
    ("POST /personer/import", ADMIN),
    ("GET /personer/import/exempel.csv", ADMIN),
    ("GET /personer/{user}", ADMIN),
    ("POST /personer/{user}", ADMIN),
    ("POST /personer/{user}/roller", ADMIN),
    ("POST /personer/{user}/roller/{grant}/ta-bort", ADMIN),
    ("GET /logg", AUDIT),
    ("GET /logg.csv", AUDIT),
    ("GET /blankett/ny", SIGNED),
    ("POST /blankett", SIGNED),
    ("GET /blankett/status", ALL),
    ("POST /blankett/status", ALL),
    ("GET /blankett/lank/{token}", ALL),
    ("POST /blankett/lank/{token}", ALL),
    ("GET /inkorg", INBOX),
    ("GET /inkorg/export", INBOX),
    ("GET /inkorg/{report}", INBOX),
    ("POST /inkorg/{report}/bedomning", HANDLE),
    ("POST /inkorg/{report}/kopplingar", HANDLE),
    ("POST /inkorg/{report}/anteckningar", HANDLE),
    ("GET /inkorg/forvaltningar/{admin}/lankar", INBOX),
    ("POST /inkorg/forvaltningar/{admin}/lankar", HANDLE),
    ("POST /inkorg/lankar/{link}/aterkalla", HANDLE),
    ("GET /taxonomi", SIGNED),
    ("POST /taxonomi", CENTRAL),
    ("POST /taxonomi/{term}/byt-namn", CENTRAL),
    ("POST /taxonomi/{term}/avveckla", CENTRAL),
    ("POST /api/v1/reports", SIGNED),
    ("POST /api/v1/reports/status", ALL),
    ("POST /api/v1/partner/{token}/reports", ALL),
    ("POST /api/v1/pii/check", SIGNED),
    ("GET /api/v1/reports", INBOX),
    ("GET /api/v1/reports/export", INBOX),
    ("GET /api/v1/reports/{report}", INBOX),
    ("PATCH /api/v1/reports/{report}", HANDLE),
    ("POST /api/v1/reports/{report}/links", HANDLE),
    ("POST /api/v1/reports/{report}/notes", HANDLE),
    ("GET /api/v1/administrations/{admin}/partner-links", INBOX),
    ("POST /api/v1/administrations/{admin}/partner-links", HANDLE),
    ("POST /api/v1/partner-links/{link}/revoke", HANDLE),
    ("GET /api/v1/taxonomy", SIGNED),
    ("POST /api/v1/taxonomy/terms", CENTRAL),
    ("POST /api/v1/taxonomy/terms/{term}/rename", CENTRAL),
    ("POST /api/v1/taxonomy/terms/{term}/retire", CENTRAL),
    ("GET /api/v1/openapi.json", ALL),
    ("GET /api/v1/me", SIGNED),
    ("GET /api/v1/administrations", VIEW),
    ("POST /api/v1/administrations", EDIT),
    ("GET /api/v1/administrations/{admin}", VIEW),
    ("PATCH /api/v1/administrations/{admin}", EDIT),
    ("GET /api/v1/administrations/{admin}/departments", VIEW),
    ("POST /api/v1/administrations/{admin}/departments", EDIT),
    ("PATCH /api/v1/departments/{department}", EDIT),
    ("GET /api/v1/administrations/{admin}/units", VIEW),
    ("POST /api/v1/administrations/{admin}/units", EDIT),
    ("GET /api/v1/units/{unit}", VIEW),
    ("PATCH /api/v1/units/{unit}", EDIT),
    ("POST /api/v1/units/{unit}/end", EDIT),
    ("GET /api/v1/administrations/{admin}/contacts", VIEW),
    ("POST /api/v1/administrations/{admin}/contacts", CONTACT),
    ("DELETE /api/v1/contacts/{contact}", CONTACT),
    ("GET /api/v1/contacts", SIGNED),
    ("POST /api/v1/organisation/import", EDIT),
    ("GET /api/v1/users", ADMIN),
    ("POST /api/v1/users", ADMIN),
    ("POST /api/v1/users/import", ADMIN),
    ("GET /api/v1/users/{user}", ADMIN),
    ("PATCH /api/v1/users/{user}", ADMIN),
    ("POST /api/v1/users/{user}/grants", ADMIN),
    ("DELETE /api/v1/users/{user}/grants/{grant}", ADMIN),
    ("GET /api/v1/audit", AUDIT),
    ("GET /api/v1/audit/export.csv", AUDIT),
    ("GET /rutin", SIGNED),
    ("GET /rutin/checklista", SIGNED),
    ("GET /rutin/versioner", ROUTINE_HISTORY),
    ("POST /rutin/versioner", ROUTINE_EDIT),
    ("GET /rutin/versioner/{version}", ROUTINE_HISTORY),
    ("POST /rutin/versioner/{version}", ROUTINE_EDIT),
    ("POST /rutin/versioner/{version}/publicera", ROUTINE_EDIT),
    ("GET /api/v1/routine", SIGNED),
    ("POST /api/v1/routine/evaluate", SIGNED),
    ("GET /api/v1/routine/versions", ROUTINE_HISTORY),
    ("POST /api/v1/routine/versions", ROUTINE_EDIT),
    ("GET /api/v1/routine/versions/{version}", ROUTINE_HISTORY),
    ("PATCH /api/v1/routine/versions/{version}", ROUTINE_EDIT),
    (
        "POST /api/v1/routine/versions/{version}/publish",
        ROUTINE_EDIT,
    ),
    ("GET /lagesbild", SITUATION_VIEW),
    ("GET /lagesbild/stad", SITUATION_VIEW),
    ("GET /lagesbild/forvaltningar/{admin}", SITUATION_VIEW),
    (
        "GET /lagesbild/forvaltningar/{admin}/hatbrott.svg",
        SITUATION_VIEW,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/hatbrott",
        SITUATION_EDIT,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/hatbrott/import",
        SITUATION_EDIT,
    ),
    (
        "GET /api/v1/administrations/{admin}/situation",
        SITUATION_VIEW,
    ),
    (
        "POST /api/v1/administrations/{admin}/hate-crimes",
        SITUATION_EDIT,
    ),
    ("GET /api/v1/situation/city", SITUATION_VIEW),
    (
        "GET /lagesbild/forvaltningar/{admin}/diagram/{file}",
        SITUATION_VIEW,
    ),
    (
        "GET /lagesbild/forvaltningar/{admin}/ar/{year}",
        SITUATION_VIEW,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/ar/{year}",
        SITUATION_EDIT,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/ar/{year}/faststall",
        SITUATION_EDIT,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/ar/{year}/ateroppna",
        SITUATION_EDIT,
    ),
    (
        "GET /lagesbild/forvaltningar/{admin}/ar/{year}/lagesbild.docx",
        SITUATION_VIEW,
    ),
    (
        "GET /lagesbild/forvaltningar/{admin}/ar/{year}/lagesbild.pdf",
        SITUATION_VIEW,
    ),
    (
        "GET /lagesbild/forvaltningar/{admin}/ar/{year}/diagram/{file}",
        SITUATION_VIEW,
    ),
    (
        "GET /api/v1/administrations/{admin}/situation/pictures/{year}",
        SITUATION_VIEW,
    ),
    (
        "PATCH /api/v1/administrations/{admin}/situation/pictures/{year}",
        SITUATION_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/situation/pictures/{year}/finalize",
        SITUATION_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/situation/pictures/{year}/reopen",
        SITUATION_EDIT,
    ),
    (
        "GET /api/v1/administrations/{admin}/situation/pictures/{year}/document.docx",
        SITUATION_VIEW,
    ),
    (
        "GET /api/v1/administrations/{admin}/situation/pictures/{year}/document.pdf",
        SITUATION_VIEW,
    ),
    (
        "GET /lagesbild/forvaltningar/{admin}/kallor",
        SITUATION_VIEW,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/kallor/ia-kolumner",
        SITUATION_EDIT,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/kallor/ia",
        SITUATION_EDIT,
    ),
    (
        "GET /lagesbild/forvaltningar/{admin}/kallor/import/{job}",
        SITUATION_EDIT,
    ),
    (
        "GET /lagesbild/forvaltningar/{admin}/kallor/ia/bedomning",
        SITUATION_EDIT,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/kallor/ia/bedomning",
        SITUATION_EDIT,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/kallor/klotter",
        SITUATION_EDIT,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/kallor/klotter/import",
        SITUATION_EDIT,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/kallor/orosanmalningar",
        SITUATION_EDIT,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/kallor/orosanmalningar/import",
        SITUATION_EDIT,
    ),
    (
        "POST /lagesbild/forvaltningar/{admin}/kallor/polisen",
        SITUATION_EDIT,
    ),
    (
        "GET /api/v1/administrations/{admin}/situation/sources",
        SITUATION_VIEW,
    ),
    (
        "PUT /api/v1/administrations/{admin}/situation/ia-mapping",
        SITUATION_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/situation/ia",
        SITUATION_EDIT,
    ),
    (
        "GET /api/v1/administrations/{admin}/situation/ia/triage",
        SITUATION_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/situation/ia/assessments",
        SITUATION_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/situation/graffiti",
        SITUATION_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/situation/concern-reports",
        SITUATION_EDIT,
    ),
    (
        "PUT /api/v1/administrations/{admin}/situation/police-mapping",
        SITUATION_EDIT,
    ),
    ("GET /stad", CITY_VIEW),
    ("GET /stad/uppfoljning.docx", CITY_VIEW),
    ("GET /stad/uppfoljning.pdf", CITY_VIEW),
    ("GET /stad/uppfoljning.csv", CITY_VIEW),
    ("GET /stad/uppfoljning.xlsx", CITY_VIEW),
    ("GET /api/v1/city/desk", CITY_VIEW),
    ("GET /utbildning", TRAINING_VIEW),
    ("POST /utbildning/kurser", CENTRAL),
    ("GET /utbildning/stad", TRAINING_CITY),
    ("GET /utbildning/forvaltningar/{admin}", TRAINING_VIEW),
    (
        "GET /utbildning/forvaltningar/{admin}/siffror.csv",
        TRAINING_VIEW,
    ),
    (
        "GET /utbildning/forvaltningar/{admin}/siffror.xlsx",
        TRAINING_VIEW,
    ),
    (
        "GET /utbildning/forvaltningar/{admin}/hantera",
        TRAINING_EDIT,
    ),
    (
        "POST /utbildning/forvaltningar/{admin}/kurser",
        TRAINING_EDIT,
    ),
    (
        "POST /utbildning/forvaltningar/{admin}/kolumner",
        TRAINING_EDIT,
    ),
    (
        "POST /utbildning/forvaltningar/{admin}/import",
        TRAINING_EDIT,
    ),
    (
        "POST /utbildning/forvaltningar/{admin}/markera",
        TRAINING_EDIT,
    ),
    (
        "POST /utbildning/forvaltningar/{admin}/tillfallen",
        TRAINING_EDIT,
    ),
    ("GET /api/v1/training/courses", TRAINING_VIEW),
    ("POST /api/v1/training/courses", CENTRAL),
    ("GET /api/v1/training/city", TRAINING_CITY),
    (
        "GET /api/v1/administrations/{admin}/training/courses",
        TRAINING_VIEW,
    ),
    (
        "POST /api/v1/administrations/{admin}/training/courses",
        TRAINING_EDIT,
    ),
    (
        "GET /api/v1/administrations/{admin}/training/mapping",
        TRAINING_EDIT,
    ),
    (
        "PUT /api/v1/administrations/{admin}/training/mapping",
        TRAINING_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/training/import",
        TRAINING_EDIT,
    ),
    (
        "GET /api/v1/administrations/{admin}/training/imports",
        TRAINING_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/training/marks",
        TRAINING_EDIT,
    ),
    (
        "GET /api/v1/administrations/{admin}/training/figures",
        TRAINING_VIEW,
    ),
    (
        "GET /api/v1/administrations/{admin}/training/events",
        TRAINING_VIEW,
    ),
    (
        "POST /api/v1/administrations/{admin}/training/events",
        TRAINING_EDIT,
    ),
    (
        "GET /api/v1/administrations/{admin}/training/indicator",
        "manager coordinator",
    ),
    (
        "GET /api/v1/administrations/{admin}/training/picture",
        "manager coordinator",
    ),
    ("GET /natverk", NETWORK_VIEW),
    ("POST /natverk", NETWORK_EDIT),
    ("GET /natverk/{network}", NETWORK_VIEW),
    ("POST /natverk/{network}/medlemmar", NETWORK_EDIT),
    (
        "POST /natverk/{network}/medlemmar/{member}/ta-bort",
        NETWORK_EDIT,
    ),
    ("POST /natverk/moten", NETWORK_EDIT),
    ("GET /natverk/moten/{meeting}", NETWORK_VIEW),
    ("POST /natverk/moten/{meeting}", NETWORK_EDIT),
    ("POST /natverk/moten/{meeting}/narvaro", NETWORK_EDIT),
    ("GET /nyhetsbrev", SIGNED),
    ("POST /nyhetsbrev", NETWORK_EDIT),
    ("GET /nyhetsbrev/{issue}", SIGNED),
    ("POST /nyhetsbrev/{issue}", NETWORK_EDIT),
    ("POST /nyhetsbrev/{issue}/skicka", NETWORK_EDIT),
    ("GET /kunskap", SIGNED),
    ("GET /kunskap/sok", SIGNED),
    ("GET /kunskap/kontakter", SIGNED),
    ("GET /kunskap/symboler", SIGNED),
    ("POST /kunskap/symboler", CENTRAL),
    ("GET /kunskap/symboler/{symbol}/bild", SIGNED),
    ("POST /kunskap/sidor", CENTRAL),
    ("GET /kunskap/sidor/{knowledge}", SIGNED),
    ("POST /kunskap/sidor/{knowledge}", CENTRAL),
    ("GET /api/v1/networks", NETWORK_VIEW),
    ("POST /api/v1/networks", NETWORK_EDIT),
    ("GET /api/v1/networks/{network}", NETWORK_VIEW),
    ("POST /api/v1/networks/{network}/members", NETWORK_EDIT),
    (
        "DELETE /api/v1/networks/{network}/members/{member}",
        NETWORK_EDIT,
    ),
    ("POST /api/v1/meetings", NETWORK_EDIT),
    ("GET /api/v1/meetings/{meeting}", NETWORK_VIEW),
    ("PUT /api/v1/meetings/{meeting}", NETWORK_EDIT),
    ("PUT /api/v1/meetings/{meeting}/attendance", NETWORK_EDIT),
    ("GET /api/v1/newsletter", SIGNED),
    ("POST /api/v1/newsletter", NETWORK_EDIT),
    ("POST /api/v1/newsletter/preview", NETWORK_EDIT),
    ("GET /api/v1/newsletter/{issue}", SIGNED),
    ("PUT /api/v1/newsletter/{issue}", NETWORK_EDIT),
    ("POST /api/v1/newsletter/{issue}/send", NETWORK_EDIT),
    ("GET /api/v1/knowledge/pages", SIGNED),
    ("POST /api/v1/knowledge/pages", CENTRAL),
    ("GET /api/v1/knowledge/pages/{knowledge}", SIGNED),
    ("PUT /api/v1/knowledge/pages/{knowledge}", CENTRAL),
    ("GET /api/v1/knowledge/symbols", SIGNED),
    ("POST /api/v1/knowledge/symbols", CENTRAL),
    ("GET /api/v1/knowledge/search", SIGNED),
    ("GET /api/v1/knowledge/contacts", SIGNED),
    ("GET /bidrag", GRANTS_INDEX),
    ("GET /bidrag/stad", GRANTS_CITY),
    ("GET /bidrag/forvaltningar/{admin}", GRANTS_VIEW),
    ("POST /bidrag/forvaltningar/{admin}/foreningar", GRANTS_EDIT),
    (
        "POST /bidrag/forvaltningar/{admin}/foreningar/import",
        GRANTS_EDIT,
    ),
    (
        "GET /bidrag/forvaltningar/{admin}/arsrapport",
        GRANTS_REPORT,
    ),
    (
        "GET /bidrag/forvaltningar/{admin}/arsrapport.csv",
        GRANTS_REPORT,
    ),
    (
        "GET /bidrag/forvaltningar/{admin}/arsrapport.xlsx",
        GRANTS_REPORT,
    ),
    (
        "GET /bidrag/forvaltningar/{admin}/arsrapport.docx",
        GRANTS_REPORT,
    ),
    (
        "GET /bidrag/forvaltningar/{admin}/arsrapport.pdf",
        GRANTS_REPORT,
    ),
    (
        "GET /bidrag/forvaltningar/{admin}/foreningar/{association}",
        GRANTS_VIEW,
    ),
    (
        "POST /bidrag/forvaltningar/{admin}/foreningar/{association}/ansokningar",
        GRANTS_EDIT,
    ),
    (
        "POST /bidrag/forvaltningar/{admin}/foreningar/{association}/kontroller",
        GRANTS_EDIT,
    ),
    (
        "POST /bidrag/forvaltningar/{admin}/foreningar/{association}/stopp",
        GRANTS_STOP,
    ),
    (
        "POST /bidrag/forvaltningar/{admin}/foreningar/{association}/hav-stopp",
        GRANTS_STOP,
    ),
    ("GET /bidrag/ansokningar/{application}", GRANTS_VIEW),
    ("POST /bidrag/ansokningar/{application}/beslut", GRANTS_EDIT),
    (
        "POST /bidrag/ansokningar/{application}/utbetalningar",
        GRANTS_EDIT,
    ),
    (
        "POST /bidrag/ansokningar/{application}/aterkrav",
        GRANTS_EDIT,
    ),
    (
        "POST /bidrag/utbetalningar/{payment}/attestera",
        GRANTS_EDIT,
    ),
    ("POST /bidrag/utbetalningar/{payment}/betala", GRANTS_EDIT),
    (
        "GET /api/v1/administrations/{admin}/grants/associations",
        GRANTS_VIEW,
    ),
    (
        "POST /api/v1/administrations/{admin}/grants/associations",
        GRANTS_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/grants/associations/import",
        GRANTS_EDIT,
    ),
    (
        "GET /api/v1/administrations/{admin}/grants/applications",
        GRANTS_VIEW,
    ),
    (
        "GET /api/v1/administrations/{admin}/grants/report",
        GRANTS_REPORT,
    ),
    (
        "GET /api/v1/administrations/{admin}/grants/report/file",
        GRANTS_REPORT,
    ),
    (
        "GET /api/v1/administrations/{admin}/grants/associations/{association}",
        GRANTS_VIEW,
    ),
    (
        "POST /api/v1/administrations/{admin}/grants/associations/{association}/applications",
        GRANTS_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/grants/associations/{association}/controls",
        GRANTS_EDIT,
    ),
    (
        "POST /api/v1/administrations/{admin}/grants/associations/{association}/stop",
        GRANTS_STOP,
    ),
    (
        "POST /api/v1/administrations/{admin}/grants/associations/{association}/lift-stop",
        GRANTS_STOP,
    ),
    ("GET /api/v1/grants/applications/{application}", GRANTS_VIEW),
    (
        "POST /api/v1/grants/applications/{application}/decision",
        GRANTS_EDIT,
    ),
    (
        "POST /api/v1/grants/applications/{application}/payments",
        GRANTS_EDIT,
    ),
    (
        "POST /api/v1/grants/applications/{application}/withdrawals",
        GRANTS_EDIT,
    ),
    (
        "POST /api/v1/grants/payments/{payment}/approve",
        GRANTS_EDIT,
    ),
    ("POST /api/v1/grants/payments/{payment}/pay", GRANTS_EDIT),
    ("GET /api/v1/grants/city", GRANTS_CITY),
    ("GET /konsultationer", CONSULT_INDEX),
    ("POST /konsultationer", CONSULT),
    ("GET /konsultationer/stad", CONSULT_CITY),
    ("GET /konsultationer/stad.csv", CONSULT_CITY),
    ("GET /konsultationer/stad.xlsx", CONSULT_CITY),
    ("GET /konsultationer/24h/rapport.csv", CONSULT_REPORT),
    ("GET /konsultationer/24h/rapport.xlsx", CONSULT_REPORT),
    ("GET /konsultationer/24h/rapport.docx", CONSULT_REPORT),
    ("GET /konsultationer/24h/rapport.pdf", CONSULT_REPORT),
    ("GET /konsultationer/24h/rapport", CONSULT_REPORT),
    ("POST /konsultationer/24h", CONSULT),
    ("GET /konsultationer/24h/{request}", CONSULT),
    ("POST /konsultationer/24h/{request}/kontakt", CONSULT),
    ("GET /konsultationer/{consultation}", CONSULT),
    ("GET /api/v1/consultations", CONSULT),
    ("POST /api/v1/consultations", CONSULT),
    ("GET /api/v1/consultations/city", CONSULT_CITY),
    ("GET /api/v1/consultations/city/file", CONSULT_CITY),
    ("GET /api/v1/consultations/{consultation}", CONSULT),
    ("GET /api/v1/first-contact-requests", CONSULT),
    ("POST /api/v1/first-contact-requests", CONSULT),
    ("GET /api/v1/first-contact-requests/report", CONSULT_REPORT),
    (
        "GET /api/v1/first-contact-requests/report/file",
        CONSULT_REPORT,
    ),
    ("GET /api/v1/first-contact-requests/{request}", CONSULT),
    (
        "POST /api/v1/first-contact-requests/{request}/contact",
        CONSULT,
    ),
    ("GET /riskbild", RISK_VIEW),
    ("POST /riskbild", CENTRAL),
    ("GET /riskbild/{episode}", RISK_VIEW),
    ("POST /riskbild/{episode}/atgarder", RISK_MEASURE),
    ("GET /riskbild/{episode}/atgarder.csv", RISK_VIEW),
    ("GET /riskbild/{episode}/atgarder/{measure}", RISK_MEASURE),
    ("POST /riskbild/{episode}/atgarder/{measure}", RISK_MEASURE),
    (
        "POST /riskbild/{episode}/atgarder/{measure}/ta-bort",
        RISK_MEASURE,
    ),
    ("POST /riskbild/{episode}/hav", CENTRAL),
    ("GET /riskbild/{episode}/riskbild.docx", RISK_VIEW),
    ("GET /riskbild/{episode}/riskbild.pdf", RISK_VIEW),
    ("GET /api/v1/risk-pictures", RISK_VIEW),
    ("POST /api/v1/risk-pictures", CENTRAL),
    ("GET /api/v1/risk-pictures/{episode}", RISK_VIEW),
    (
        "POST /api/v1/risk-pictures/{episode}/measures",
        RISK_MEASURE,
    ),
    (
        "GET /api/v1/risk-pictures/{episode}/measures.csv",
        RISK_VIEW,
    ),
    (
        "PUT /api/v1/risk-pictures/{episode}/measures/{measure}",
        RISK_MEASURE,
    ),
    (
        "DELETE /api/v1/risk-pictures/{episode}/measures/{measure}",
        RISK_MEASURE,
    ),
    ("POST /api/v1/risk-pictures/{episode}/lift", CENTRAL),
    (
        "GET /api/v1/risk-pictures/{episode}/document.docx",
        RISK_VIEW,
    ),
    (
        "GET /api/v1/risk-pictures/{episode}/document.pdf",
        RISK_VIEW,
    ),
    ("GET /larm", ALARM_VIEW),
    ("POST /larm/handelser", ALARM_ACT),
    ("GET /larm/handelser/{event}", ALARM_VIEW),
    ("POST /larm/handelser/{event}/kvittera", ALARM_ACT),
    ("POST /larm/handelser/{event}/anteckningar", ALARM_ACT),
    ("POST /larm/handelser/{event}/stang", ALARM_ACT),
    ("GET /larm/handelser/{event}/tidslinje.docx", ALARM_VIEW),
    ("GET /larm/handelser/{event}/tidslinje.pdf", ALARM_VIEW),
    ("GET /larm/kedjor/ny", ALARM_KEEP),
    ("POST /larm/kedjor", ALARM_KEEP),
    ("GET /larm/kedjor/{chain}", ALARM_VIEW),
    ("POST /larm/kedjor/{chain}", ALARM_KEEP),
    ("GET /larm/kvittera/{token}", ALL),
    ("POST /larm/kvittera/{token}", ALL),
    ("GET /api/v1/alarm-chains", ALARM_VIEW),
    ("POST /api/v1/alarm-chains", ALARM_KEEP),
    ("GET /api/v1/alarm-chains/{chain}", ALARM_VIEW),
    ("POST /api/v1/alarm-chains/{chain}/versions", ALARM_KEEP),
    ("GET /api/v1/alarm-events", ALARM_VIEW),
    ("POST /api/v1/alarm-events", ALARM_ACT),
    ("GET /api/v1/alarm-events/{event}", ALARM_VIEW),
    ("POST /api/v1/alarm-events/{event}/acknowledge", ALARM_ACT),
    ("POST /api/v1/alarm-events/{event}/notes", ALARM_ACT),
    ("POST /api/v1/alarm-events/{event}/close", ALARM_ACT),
    ("GET /api/v1/alarm-events/{event}/timeline.docx", ALARM_VIEW),
    ("GET /api/v1/alarm-events/{event}/timeline.pdf", ALARM_VIEW),
    ("GET /api/v1/alarm-links/{token}", ALL),
    ("POST /api/v1/alarm-links/{token}/acknowledge", ALL),
    ("GET /planer", PLAN_VIEW),
    ("POST /planer", PLAN_EDIT),
    ("GET /planer/struktur", PLAN_VIEW),
    ("POST /planer/struktur", "central"),
    ("GET /planer/uppfoljning", PLAN_VIEW),
    ("GET /planer/{plan}", PLAN_VIEW),
    ("POST /planer/{plan}", PLAN_EDIT),
    ("POST /planer/{plan}/aktiviteter", PLAN_EDIT),
    ("POST /planer/{plan}/aktiviteter/import", PLAN_EDIT),
    ("POST /planer/{plan}/beslut", PLAN_EDIT),
    ("POST /planer/{plan}/godkannande", PLAN_APPROVE),
    ("POST /planer/{plan}/aterforvisning", CENTRAL),
    ("POST /planer/{plan}/revidera", PLAN_EDIT),
    ("GET /planer/{plan}/uppfoljning", PLAN_VIEW),
    ("GET /planer/{plan}/uppfoljning.csv", PLAN_VIEW),
    ("GET /planer/{plan}/uppfoljning.xlsx", PLAN_VIEW),
    ("GET /planer/{plan}/uppfoljning.docx", PLAN_VIEW),
    ("GET /planer/{plan}/uppfoljning.pdf", PLAN_VIEW),
    ("GET /planer/{plan}/handlingsplan.docx", PLAN_VIEW),
    ("GET /planer/{plan}/handlingsplan.pdf", PLAN_VIEW),
    ("GET /planer/{plan}/handlingsplan.json", PLAN_VIEW),
    ("GET /planer/{plan}/skillnader", PLAN_VIEW),
    ("GET /planer/aktiviteter/{activity}", PLAN_EDIT),
    ("POST /planer/aktiviteter/{activity}", PLAN_EDIT),
    ("POST /planer/aktiviteter/{activity}/ta-bort", PLAN_EDIT),
    ("POST /planer/aktiviteter/{activity}/beslut", PLAN_EDIT),
    (
        "POST /planer/aktiviteter/{activity}/uppfoljning",
        PLAN_REPORT,
    ),
    ("GET /api/v1/plans", PLAN_VIEW),
    ("GET /api/v1/plan-template", PLAN_VIEW),
    ("POST /api/v1/administrations/{admin}/plans", PLAN_EDIT),
    ("GET /api/v1/plans/{plan}", PLAN_VIEW),
    ("GET /api/v1/plans/{plan}/document.docx", PLAN_VIEW),
    ("GET /api/v1/plans/{plan}/document.pdf", PLAN_VIEW),
    ("GET /api/v1/plans/{plan}/export.json", PLAN_VIEW),
    ("GET /api/v1/plans/{plan}/followups", PLAN_VIEW),
    ("GET /api/v1/plans/{plan}/diff", PLAN_VIEW),
    (
        "GET /api/v1/administrations/{admin}/plan-measures",
        PLAN_EDIT,
    ),
    ("POST /api/v1/plans/import", PLAN_EDIT),
    ("POST /api/v1/plans/{plan}/activities/import", PLAN_EDIT),
    ("PATCH /api/v1/plans/{plan}", PLAN_EDIT),
    ("POST /api/v1/plans/{plan}/activities", PLAN_EDIT),
    ("PATCH /api/v1/activities/{activity}", PLAN_EDIT),
    ("DELETE /api/v1/activities/{activity}", PLAN_EDIT),
    ("POST /api/v1/plans/{plan}/decide", PLAN_EDIT),
    ("POST /api/v1/plans/{plan}/approve", PLAN_APPROVE),
    ("POST /api/v1/plans/{plan}/return", CENTRAL),
    ("POST /api/v1/plans/{plan}/revise", PLAN_EDIT),
    ("POST /api/v1/activities/{activity}/followups", PLAN_REPORT),
];

/// The demo sign-ins standing for each role; all scoped ones reach Södermalm (SOD) and
/// none reaches Farsta (FAR); central and admin reach everything.
const PRINCIPALS: &[(&str, Option<&str>)] = &[
    ("anonymous", None),
    ("employee", Some("medarbetare.sodermalm@demo.example")),
    ("partner", Some("partner@demo.example")),
    ("manager", Some("chef.sodermalm@demo.example")),
    ("grant_officer", Some("bidrag.sodermalm@demo.example")),
    ("coordinator", Some("samordnare.sodermalm@demo.example")),
    ("central", Some("central@demo.example")),
    ("reader", Some("revisor@demo.example")),
    ("admin", Some("admin@demo.example")),
];
const WHOLE_MUNICIPALITY: &[&str] = &["anonymous", "central", "admin"];

struct Caller {
    name: &'static str,
    email: Option<&'static str>,
    session: Option<TestApp>,
    csrf: String,
    token: String,
}

struct Targets {
    admin: (i64, i64),
    department: (i64, i64),
    unit: (i64, i64),
    report: (i64, i64),
    link: (i64, i64),
    user: i64,
}

/// A stored form in an administration, as if sent through the page.
pub async fn stored_report(app: &TestApp, admin: i64) -> i64 {
    let form = varn::reports::domain::ReportForm {
        administration_id: Some(varn::kernel::ids::AdministrationId::new(admin)),
        occurred_from: "2026-01-15".into(),
        concerns: "group".into(),
        description: "Klistermärken med symboler vid busshållplatsen.".into(),
        ..Default::default()
    };
    let checked = form.check("2026-11-23").expect("valid form");
    let mut tx = app.db.begin_write().await.expect("tx");
    let key = varn::reports::domain::new_submission_key();
    let id = varn::reports::store::insert(&mut tx, &checked, "employee", None, &key, 2)
        .await
        .expect("insert");
    tx.commit().await.expect("commit");
    id.get()
}

async fn partner_link(app: &TestApp, admin: i64) -> i64 {
    let new = varn::reports::domain::NewPartnerLink {
        label: "Skolan".into(),
        days: 30,
        max_reports: 5,
    };
    varn::reports::service::create_partner_link(
        &app.db,
        &varn_pii::Guard::default(),
        &Actor::system("test"),
        varn::kernel::ids::AdministrationId::new(admin),
        &new,
    )
    .await
    .expect("link")
    .0
    .id
    .get()
}

async fn first_id(app: &TestApp, sql: &str, admin: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(admin)
        .fetch_one(app.db.pool())
        .await
        .expect("id")
}

async fn fresh_contact(app: &TestApp, admin: i64) -> i64 {
    let mut tx = app.db.begin_write().await.expect("tx");
    let card = varn::org::domain::ContactForm {
        name: "Tillfällig".into(),
        title: String::new(),
        phone: String::new(),
        email: String::new(),
    };
    let id = varn::org::store::create_contact(
        &mut tx,
        varn::kernel::ids::AdministrationId::new(admin),
        &card,
    )
    .await
    .expect("contact");
    tx.commit().await.expect("commit");
    id
}

async fn fresh_grant(app: &TestApp, user: i64) -> i64 {
    let mut tx = app.db.begin_write().await.expect("tx");
    let (id, _) = varn::people::store::add_grant(
        &mut tx,
        varn::kernel::ids::UserId::new(user),
        varn::auth::Role::Reader,
        None,
        None,
    )
    .await
    .expect("grant");
    tx.commit().await.expect("commit");
    let _ = Actor::system("test");
    id
}

/// A fresh draft plan with one activity in `admin` (run by `unit`), in a period of its own.
async fn fresh_plan(app: &TestApp, admin: i64, unit: Option<i64>) -> (i64, i64) {
    use std::sync::atomic::{AtomicI32, Ordering};
    static YEAR: AtomicI32 = AtomicI32::new(3000);
    let year = YEAR.fetch_add(1, Ordering::SeqCst);
    let input = varn::plans::input::PlanInput {
        title: "Tillfällig plan".into(),
        period_start: format!("{year}-01-01"),
        period_end: format!("{year}-12-31"),
        ..Default::default()
    };
    let activity = varn::plans::input::ActivityInput {
        area: "other".into(),
        text: "Tillfällig aktivitet".into(),
        schedule: "Löpande".into(),
        follow_up: varn::plans::domain::FollowUp::from_text("T1, VB"),
        unit_id: unit.map(varn::kernel::ids::UnitId::new),
        ..Default::default()
    };
    let actor = Actor::system("test");
    let mut tx = app.db.begin_write().await.expect("tx");
    let plan = varn::plans::write::create_plan(
        &mut tx,
        &actor,
        varn::kernel::ids::AdministrationId::new(admin),
        &input.check().expect("plan"),
        None,
    )
    .await
    .expect("plan");
    let id = varn::plans::write::add_activity(
        &mut tx,
        &actor,
        plan,
        &activity.check(None).expect("activity"),
    )
    .await
    .expect("activity");
    tx.commit().await.expect("commit");
    (plan.get(), id.get())
}

/// Fills a route pattern's parameters; `inside` picks the Södermalm record or the Farsta one.
async fn concrete(app: &TestApp, pattern: &str, t: &Targets, inside: bool) -> String {
    let pick = |pair: (i64, i64)| if inside { pair.0 } else { pair.1 };
    let mut path = pattern.to_string();
    if path.contains("{contact}") {
        let admin = pick(t.admin);
        path = path.replace("{contact}", &fresh_contact(app, admin).await.to_string());
    }
    if path.contains("{version}") {
        // The routine is city-wide: the published version stands for any version.
        let version = varn::routine::store::current(&app.db)
            .await
            .expect("routine")
            .info
            .id;
        path = path.replace("{version}", &version.to_string());
    }
    if path.contains("{plan}") || path.contains("{activity}") {
        // Inside, the activity is run by the demo manager's unit.
        let unit = if inside {
            Some(app.id_of("units", "SOD-SOC-01").await)
        } else {
            None
        };
        let (plan, activity) = fresh_plan(app, pick(t.admin), unit).await;
        path = path
            .replace("{plan}", &plan.to_string())
            .replace("{activity}", &activity.to_string());
    }
    if path.contains("{round}") {
        path = path.replace(
            "{round}",
            &fresh_round(app, pick(t.admin)).await.to_string(),
        );
    }
    if path.contains("{network}") || path.contains("{meeting}") {
        // Inside, a forum of Södermalm; outside, one of Farsta (a forum is read only inside
        // its administration).
        let (network, meeting, member) = fresh_forum(app, pick(t.admin)).await;
        path = path
            .replace("{network}", &network.to_string())
            .replace("{meeting}", &meeting.to_string())
            .replace("{member}", &member.to_string());
    }
    if path.contains("{issue}") {
        path = path.replace(
            "{issue}",
            &fresh_issue(app, pick(t.admin)).await.to_string(),
        );
    }
    if path.contains("{knowledge}") || path.contains("{symbol}") {
        let page: i64 = sqlx::query_scalar("SELECT MIN(id) FROM knowledge_pages")
            .fetch_one(app.db.pool())
            .await
            .expect("page");
        let symbol: i64 = sqlx::query_scalar("SELECT MIN(id) FROM knowledge_symbols")
            .fetch_one(app.db.pool())
            .await
            .expect("symbol");
        path = path
            .replace("{knowledge}", &page.to_string())
            .replace("{symbol}", &symbol.to_string());
    }
    if path.contains("{association}")
        || path.contains("{application}")
        || path.contains("{payment}")
    {
        let (association, application, payment) = fresh_grant_records(app, pick(t.admin)).await;
        path = path
            .replace("{association}", &association.to_string())
            .replace("{application}", &application.to_string())
            .replace("{payment}", &payment.to_string());
    }
    if path.contains("{consultation}") || path.contains("{request}") {
        let (consultation, request) = fresh_consultation(app, pick(t.admin)).await;
        path = path
            .replace("{consultation}", &consultation.to_string())
            .replace("{request}", &request.to_string());
    }
    if path.contains("{episode}") {
        let episode = fresh_episode(app, pick(t.admin)).await;
        if path.contains("{measure}") {
            path = path.replace(
                "{measure}",
                &fresh_measure(app, episode, pick(t.admin)).await.to_string(),
            );
        }
        path = path.replace("{episode}", &episode.to_string());
    }
    if path.contains("{chain}") || path.contains("{event}") {
        let (chain, event) = fresh_alarm(app, pick(t.admin)).await;
        path = path
            .replace("{chain}", &chain.to_string())
            .replace("{event}", &event.to_string());
    }
    if path.contains("{grant}") {
        path = path.replace("{grant}", &fresh_grant(app, t.user).await.to_string());
    }
    if path.contains("{term}") {
        path = path.replace("{term}", &fresh_term(app).await.to_string());
    }
    path.replace("{admin}", &pick(t.admin).to_string())
        .replace("{department}", &pick(t.department).to_string())
        .replace("{unit}", &pick(t.unit).to_string())
        .replace("{user}", &t.user.to_string())
        .replace("{report}", &pick(t.report).to_string())
        .replace("{link}", &pick(t.link).to_string())
        .replace("{token}", "ingen-sadan-lank")
        .replace("{year}", "2026")
        .replace("{file}", varn::web::assets::css_path())
}

/// A fresh local forum of `admin` with one meeting and one member.
async fn fresh_forum(app: &TestApp, admin: i64) -> (i64, i64, i64) {
    let name = format!("Forum {}", uuid::Uuid::new_v4().simple());
    let mut tx = app.db.begin_write().await.expect("tx");
    let network: i64 = sqlx::query_scalar(
        "INSERT INTO networks (administration_id, kind, name, purpose, standing_item, created_by, created_at) \
         VALUES ($1, 'forum', $2, '', 1, 'test', '2026-01-01T00:00:00Z') RETURNING id",
    )
    .bind(admin)
    .bind(&name)
    .fetch_one(&mut *tx)
    .await
    .expect("forum");
    let meeting: i64 = sqlx::query_scalar(
        "INSERT INTO network_meetings (network_id, held_on, agenda, vbe_item, minutes, created_by, created_at, updated_at) \
         VALUES ($1, '2026-02-01', '', 0, '', 'test', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') RETURNING id",
    )
    .bind(network)
    .fetch_one(&mut *tx)
    .await
    .expect("meeting");
    let member: i64 = sqlx::query_scalar(
        "INSERT INTO network_members (network_id, organisation, member_role, created_at) \
         VALUES ($1, 'Polisen', '', '2026-01-01T00:00:00Z') RETURNING id",
    )
    .bind(network)
    .fetch_one(&mut *tx)
    .await
    .expect("member");
    tx.commit().await.expect("commit");
    (network, meeting, member)
}

/// A fresh consultation asked and advised in `admin`, and an open 24-hour request there.
async fn fresh_consultation(app: &TestApp, admin: i64) -> (i64, i64) {
    let mut tx = app.db.begin_write().await.expect("tx");
    let consultation: i64 = sqlx::query_scalar(
        "INSERT INTO consultations (administration_id, advisor_administration_id, held_on, kind, advice, consent, created_by, created_at) \
         VALUES ($1, $1, '2026-02-01', 'other', 'Råd', 0, 'test', '2026-01-01T00:00:00Z') RETURNING id",
    )
    .bind(admin)
    .fetch_one(&mut *tx)
    .await
    .expect("consultation");
    let request: i64 = sqlx::query_scalar(
        "INSERT INTO first_contact_requests (administration_id, reference, received_at, deadline_at, channel, created_by, created_at) \
         VALUES ($1, $2, '2026-02-01T10:00:00Z', '2026-02-02T10:00:00Z', 'phone', 'test', '2026-01-01T00:00:00Z') RETURNING id",
    )
    .bind(admin)
    .bind(format!("T-{}", uuid::Uuid::new_v4().simple()))
    .fetch_one(&mut *tx)
    .await
    .expect("request");
    tx.commit().await.expect("commit");
    (consultation, request)
}

/// A fresh measure of `admin` in `episode`.
async fn fresh_measure(app: &TestApp, episode: i64, admin: i64) -> i64 {
    let mut tx = app.db.begin_write().await.expect("tx");
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO risk_measures (episode_id, administration_id, kind, taken_on, responsible, description, created_by, created_at) \
         VALUES ($1, $2, 'school_information', '2026-02-02', 'Skolorna', '', 'test', '2026-02-02T00:00:00Z') RETURNING id",
    )
    .bind(episode)
    .bind(admin)
    .fetch_one(&mut *tx)
    .await
    .expect("measure");
    tx.commit().await.expect("commit");
    id
}

/// A fresh elevated risk picture in force over `admin` alone.
async fn fresh_episode(app: &TestApp, admin: i64) -> i64 {
    let mut tx = app.db.begin_write().await.expect("tx");
    let episode: i64 = sqlx::query_scalar(
        "INSERT INTO risk_episodes (citywide, declared_on, reason, declared_by, created_at) \
         VALUES (0, '2026-02-01', 'Oro', 'test', '2026-02-01T00:00:00Z') RETURNING id",
    )
    .fetch_one(&mut *tx)
    .await
    .expect("episode");
    sqlx::query(
        "INSERT INTO risk_episode_administrations (episode_id, administration_id) VALUES ($1, $2)",
    )
    .bind(episode)
    .bind(admin)
    .execute(&mut *tx)
    .await
    .expect("area");
    tx.commit().await.expect("commit");
    episode
}

/// A fresh alarm chain of `admin` with one step, and an open event of it there.
async fn fresh_alarm(app: &TestApp, admin: i64) -> (i64, i64) {
    let mut tx = app.db.begin_write().await.expect("tx");
    let chain: i64 = sqlx::query_scalar(
        "INSERT INTO alarm_chains (administration_id, name, created_by, created_at) VALUES ($1, 'Kedja', 'test', '2026-01-01T00:00:00Z') RETURNING id",
    )
    .bind(admin)
    .fetch_one(&mut *tx)
    .await
    .expect("chain");
    let version: i64 = sqlx::query_scalar(
        "INSERT INTO alarm_chain_versions (chain_id, version, created_by, created_at) VALUES ($1, 1, 'test', '2026-01-01T00:00:00Z') RETURNING id",
    )
    .bind(chain)
    .fetch_one(&mut *tx)
    .await
    .expect("version");
    sqlx::query(
        "INSERT INTO alarm_steps (version_id, position, role, email, wait_minutes) VALUES ($1, 1, 'coordinator', 'steg@stad.example', 15)",
    )
    .bind(version)
    .execute(&mut *tx)
    .await
    .expect("step");
    let event: i64 = sqlx::query_scalar(
        "INSERT INTO alarm_events (administration_id, chain_id, version_id, description, started_at, started_by) \
         VALUES ($1, $2, $3, 'Övning', '2026-01-01T00:00:00Z', 'test') RETURNING id",
    )
    .bind(admin)
    .bind(chain)
    .bind(version)
    .fetch_one(&mut *tx)
    .await
    .expect("event");
    tx.commit().await.expect("commit");
    (chain, event)
}

/// A fresh draft newsletter of `admin`.
async fn fresh_issue(app: &TestApp, admin: i64) -> i64 {
    let mut tx = app.db.begin_write().await.expect("tx");
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO newsletter_issues (administration_id, title, body, created_by, created_at, updated_at) \
         VALUES ($1, 'Utkast', 'Text', 'test', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') RETURNING id",
    )
    .bind(admin)
    .fetch_one(&mut *tx)
    .await
    .expect("issue");
    tx.commit().await.expect("commit");
    id
}

/// A fresh association of `admin` with a granted application and one planned instalment.
async fn fresh_grant_records(
    app: &TestApp,
    admin: i64,
) -> (
    varn::grants::domain::GrantAssociationId,
    varn::grants::domain::GrantApplicationId,
    varn::grants::domain::GrantPaymentId,
) {
    use std::sync::atomic::{AtomicU32, Ordering};
    use varn::grants::service;
    let admin = varn::kernel::ids::AdministrationId::new(admin);
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let mut nine: Vec<u8> = format!("8025{n:05}").bytes().map(|b| b - b'0').collect();
    nine.truncate(9);
    let check = varn::grants::domain::check_digit(&nine);
    let digits: String = nine
        .iter()
        .chain([check].iter())
        .map(|d| char::from(b'0' + d))
        .collect();
    let guard = varn_pii::Guard::default();
    let actor = Actor::system("test");
    let association = service::register(
        &app.db,
        &guard,
        &actor,
        admin,
        &service::GrantsAssociationInput {
            org_number: digits,
            name: "Tillfälliga föreningen".into(),
            kind: "other".into(),
            contact_role: String::new(),
        },
    )
    .await
    .expect("association");
    let application = service::apply(
        &app.db,
        &guard,
        &actor,
        admin,
        association,
        &service::GrantsApplicationInput {
            kind: "grant".into(),
            period_from: "2026-01-01".into(),
            period_to: "2026-12-31".into(),
            purpose: "Verksamhet".into(),
            amount: "1000".into(),
            declared_on: "2026-01-01".into(),
            declared_by_role: "Ordförande".into(),
            received_on: "2026-01-02".into(),
            ..Default::default()
        },
    )
    .await
    .expect("application");
    service::decide(
        &app.db,
        &guard,
        &actor,
        application,
        &service::GrantsDecisionInput {
            outcome: "granted".into(),
            granted_amount: "1000".into(),
            reason: "Uppfyller villkoren.".into(),
            reference: "T 2026/1".into(),
            decided_on: "2026-01-03".into(),
            follow_up_plan: "Kontroll.".into(),
            ..Default::default()
        },
    )
    .await
    .expect("decision");
    let payment = service::add_payment(
        &app.db,
        &actor,
        application,
        &service::GrantsPaymentInput {
            amount: "500".into(),
            due_on: "2026-02-01".into(),
        },
    )
    .await
    .expect("payment");
    (association, application, payment)
}

/// A fresh open survey round in `admin` with one partner asked.
async fn fresh_round(app: &TestApp, admin: i64) -> varn::survey::domain::SurveyRoundId {
    let input = varn::survey::store::SurveyRoundInput {
        title: "Tillfällig omgång".into(),
        period: "2031".into(),
        closes_on: "2099-12-31".into(),
        partner_emails: vec!["part@exempel.example".into()],
        ..Default::default()
    };
    let mut tx = app.db.begin_write().await.expect("tx");
    let admin = varn::kernel::ids::AdministrationId::new(admin);
    let (id, _) = varn::survey::store::open_round(&mut tx, &Actor::system("test"), admin, &input)
        .await
        .expect("round");
    tx.commit().await.expect("commit");
    id
}

async fn fresh_term(app: &TestApp) -> varn::taxonomy::TermId {
    let code = format!("t{}", uuid::Uuid::new_v4().simple());
    varn::taxonomy::store::add(
        &app.db,
        &Actor::system("test"),
        varn::taxonomy::Vocabulary::Phenomenon,
        &code,
        "Tillfälligt",
    )
    .await
    .expect("term")
}

fn is_scoped(pattern: &str) -> bool {
    [
        "{admin}",
        "{department}",
        "{unit}",
        "{contact}",
        "{report}",
        "{link}",
        "{plan}",
        "{activity}",
        "{round}",
        "{network}",
        "{meeting}",
        "{issue}",
        "{application}",
        "{payment}",
        "{consultation}",
        "{request}",
        "{episode}",
        "{chain}",
        "{event}",
    ]
    .iter()
    .any(|p| pattern.contains(p))
}

async fn call(app: &TestApp, caller: &Caller, method: &Method, path: &str) -> (u16, String) {
    let url = format!("{}{path}", app.base);
    let response = if path.starts_with("/api/") {
        let mut req = app.client.request(method.clone(), &url);
        if caller.email.is_some() {
            req = req.bearer_auth(&caller.token);
        }
        if method != Method::GET {
            req = req.header("content-type", "application/json").body("{}");
        }
        req.send().await.expect("api call")
    } else if path == "/logga-ut" && caller.email.is_some() {
        // Signing out ends the session: use a session of its own.
        let own = app.fresh_client();
        own.sign_in(caller.email.unwrap_or_default()).await;
        let csrf = own.csrf().await;
        own.post_form(path, &[("csrf", &csrf)]).await
    } else {
        let cookie = caller
            .session
            .as_ref()
            .map(|s| s.cookie_header())
            .unwrap_or_default();
        let mut req = app
            .client
            .request(method.clone(), &url)
            .header("cookie", cookie);
        if method != Method::GET {
            req = req
                .header("content-type", "application/x-www-form-urlencoded")
                .body(format!("csrf={}", caller.csrf));
        }
        req.send().await.expect("page call")
    };
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or("")
        .to_string();
    (status, location)
}

fn denied(status: u16, location: &str) -> bool {
    status == 401 || status == 403 || (status == 303 && location.starts_with("/logga-in?next="))
}

both_backends!(every_route_answers_every_role_as_the_matrix_says, |app| {
    let routes: BTreeSet<String> = varn::app::table(varn::app::CAPABILITIES)
        .1
        .list()
        .into_iter()
        .map(|(m, p, _)| format!("{m} {p}"))
        .collect();
    let table: BTreeMap<&str, &str> = MATRIX.iter().copied().collect();
    let unlisted: Vec<&String> = routes
        .iter()
        .filter(|r| !table.contains_key(r.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "routes without a row in the access matrix: {unlisted:?}"
    );
    let stale: Vec<&&str> = table.keys().filter(|k| !routes.contains(**k)).collect();
    assert!(
        stale.is_empty(),
        "matrix rows that name no route: {stale:?}"
    );

    let sod = app.id_of("administrations", "SOD").await;
    let far = app.id_of("administrations", "FAR").await;
    let dept_sql = "SELECT id FROM departments WHERE administration_id = $1 ORDER BY id LIMIT 1";
    let unit_sql = "SELECT u.id FROM units u JOIN departments d ON d.id = u.department_id WHERE d.administration_id = $1 AND u.valid_to IS NULL ORDER BY u.id LIMIT 1";
    let user: i64 =
        sqlx::query_scalar("SELECT id FROM users WHERE email = 'medarbetare.alvsjo@demo.example'")
            .fetch_one(app.db.pool())
            .await
            .expect("user");
    let targets = Targets {
        admin: (sod, far),
        department: (
            first_id(&app, dept_sql, sod).await,
            first_id(&app, dept_sql, far).await,
        ),
        unit: (
            first_id(&app, unit_sql, sod).await,
            first_id(&app, unit_sql, far).await,
        ),
        report: (
            stored_report(&app, sod).await,
            stored_report(&app, far).await,
        ),
        link: (partner_link(&app, sod).await, partner_link(&app, far).await),
        user,
    };

    let mut callers = Vec::new();
    for (name, email) in PRINCIPALS {
        let (session, csrf, token) = match email {
            Some(email) => {
                let s = app.fresh_client();
                s.sign_in(email).await;
                let (_, html) = s.get_text("/start").await;
                let csrf = extract_csrf(&html).expect("csrf");
                let token = app.token(email).await;
                (Some(s), csrf, token)
            }
            None => (None, String::new(), String::new()),
        };
        callers.push(Caller {
            name,
            email: *email,
            session,
            csrf,
            token,
        });
    }

    let mut wrong = Vec::new();
    for (route, allowed) in MATRIX {
        let (method, pattern) = route.split_once(' ').expect("method and path");
        let method: Method = method.parse().expect("method");
        let allowed: Vec<&str> = allowed.split_whitespace().collect();
        let sides: &[bool] = if is_scoped(pattern) {
            &[true, false]
        } else {
            &[true]
        };
        for inside in sides {
            // Each caller gets records of its own, so one route's callers ask at once (the
            // routes still go one after another): on two cores this took the test from
            // minutes to under one.
            let answers = futures_util::future::join_all(callers.iter().map(|caller| {
                let (app, targets, method) = (&app, &targets, &method);
                async move {
                    let path = concrete(app, pattern, targets, *inside).await;
                    (caller, call(app, caller, method, &path).await)
                }
            }))
            .await;
            for (caller, (status, location)) in answers {
                let expected = allowed.contains(&caller.name)
                    && (*inside || WHOLE_MUNICIPALITY.contains(&caller.name));
                // A record of another administration answers as a missing one does, to
                // anyone who holds the route's role, so no one learns which records exist.
                let hidden = !*inside && allowed.contains(&caller.name) && !expected;
                if hidden {
                    if status != 404 {
                        wrong.push(format!(
                            "{route} as {} (outside scope): expected 404 as for a missing record, got {status} {location}",
                            caller.name
                        ));
                    }
                } else if denied(status, &location) == expected {
                    let scope = if *inside { "inside" } else { "outside" };
                    wrong.push(format!(
                        "{route} as {} ({scope} scope): expected {}, got {status} {location}",
                        caller.name,
                        if expected { "allow" } else { "deny" }
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "access matrix mismatches:\n{}",
        wrong.join("\n")
    );
});

// Who records a consultation, beyond the route's rule (coordinators): the advising side is
// the social services; its coordinator records any administration's asking, another
// coordinator only their own administration's (issue 16). 201 allowed, 422 refused naming
// the field, 403 for roles without the route.
both_backends!(a_consultation_is_recorded_by_its_rightful_sides, |app| {
    const CASES: &[(&str, &str, &str, u16)] = &[
        ("samordnare.social@demo.example", "SOD", "SOF", 201),
        ("samordnare.social@demo.example", "FAR", "SOF", 201),
        ("samordnare.sodermalm@demo.example", "SOD", "SOF", 201),
        ("samordnare.sodermalm@demo.example", "SOD", "SOD", 422),
        ("samordnare.sodermalm@demo.example", "FAR", "SOF", 422),
        ("samordnare.utbildning@demo.example", "UTB", "UTB", 422),
        ("samordnare.utbildning@demo.example", "UTB", "SOF", 201),
        ("samordnare.utbildning@demo.example", "SOD", "UTB", 422),
        ("central@demo.example", "SOD", "SOF", 403),
        ("ledning@demo.example", "SOD", "SOF", 403),
        ("admin@demo.example", "SOD", "SOF", 403),
        ("chef.sodermalm@demo.example", "SOD", "SOF", 403),
    ];
    for (who, asking, advisor, expected) in CASES {
        let token = app.token(who).await;
        let (status, body) = crate::common::call(
            &app,
            Method::POST,
            "/api/v1/consultations",
            &token,
            serde_json::json!({
                "administration_id": app.id_of("administrations", asking).await,
                "advisor_administration_id": app.id_of("administrations", advisor).await,
                "held_on": "2026-03-02", "kind": "other", "advice": "Råd om värdegrundsarbete."
            }),
        )
        .await;
        assert_eq!(status, *expected, "{who} {asking}/{advisor}: {body}");
    }
});
