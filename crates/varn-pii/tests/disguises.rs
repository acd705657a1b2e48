//! Every disguise a tester used on the form, one by one: each must still be found, with a
//! span that points into the text as written. Also the name model's three groups of misses
//! (names outside the lists, two-word streets, plates ending in the letter O), the places
//! handed in at run time, and texts that fail closed.

use varn_pii::{Guard, Kind, Verdict};

fn found(text: &str) -> Vec<(Kind, &str)> {
    Guard::new()
        .scan(text)
        .findings
        .iter()
        .map(|f| (f.kind, &text[f.start..f.end]))
        .collect()
}

fn one(text: &str, kind: Kind, span: &str) {
    let f = found(text);
    assert!(
        f.iter().any(|(k, s)| *k == kind && *s == span),
        "{text:?}: expected {kind:?} {span:?}, got {f:?}"
    );
}

/// A finding of `kind` whose span holds `part`.
fn within(text: &str, kind: Kind, part: &str) {
    let f = found(text);
    assert!(
        f.iter().any(|(k, s)| *k == kind && s.contains(part)),
        "{text:?}: expected {kind:?} holding {part:?}, got {f:?}"
    );
}

/// No finding of `kind`.
fn none_of(text: &str, kind: Kind) {
    let f = found(text);
    assert!(
        !f.iter().any(|(k, _)| *k == kind),
        "{text:?}: expected no {kind:?}, got {f:?}"
    );
}

#[test]
fn names_in_capitals_lower_case_and_full_width() {
    one(
        "JOHAN ANDERSSON ringde igår.",
        Kind::Name,
        "JOHAN ANDERSSON",
    );
    one(
        "johan andersson ringde igår.",
        Kind::Name,
        "johan andersson",
    );
    one(
        "Vi träffade ＪＯＨＡＮ ＡＮＤＥＲＳＳＯＮ.",
        Kind::Name,
        "ＪＯＨＡＮ ＡＮＤＥＲＳＳＯＮ",
    );
    one(
        "Vi träffade Ｊｏｈａｎ Ａｎｄｅｒｓｓｏｎ.",
        Kind::Name,
        "Ｊｏｈａｎ Ａｎｄｅｒｓｓｏｎ",
    );
    one("Igår kom HODAN till skolan.", Kind::Name, "HODAN");
    one(
        "ELEVEN HODAN WARSAME HAR DELAT BILDER.",
        Kind::Name,
        "HODAN WARSAME",
    );
    one(
        "eleven hodan warsame sa att det var kul.",
        Kind::Name,
        "hodan warsame",
    );
    // All capitals give no evidence, so a listed name opening a sentence is a name as it
    // is in capitalised text.
    one(
        "OLIVIA I 7C VÄGRAR KOMMA TILL SKOLAN.",
        Kind::Name,
        "OLIVIA",
    );
}

#[test]
fn identity_numbers_split_spaced_and_in_other_digits() {
    one(
        "Pnr 811228-\n9874 enligt skolan.",
        Kind::Personnummer,
        "811228-\n9874",
    );
    one("Pnr 811228\n-9874.", Kind::Personnummer, "811228\n-9874");
    one(
        "Pnr 811228-\r\n9874.",
        Kind::Personnummer,
        "811228-\r\n9874",
    );
    one("Pnr 811228\r\n9874.", Kind::Personnummer, "811228\r\n9874");
    one(
        "Pnr 811228\u{00A0}-\u{00A0}9874.",
        Kind::Personnummer,
        "811228\u{00A0}-\u{00A0}9874",
    );
    one(
        "Pnr 811228\u{202F}9874.",
        Kind::Personnummer,
        "811228\u{202F}9874",
    );
    one("Pnr 81.12.28-9874.", Kind::Personnummer, "81.12.28-9874");
    one("Pnr 811228/9874.", Kind::Personnummer, "811228/9874");
    one(
        "Pnr 8 1 1 2 2 8 - 9 8 7 4.",
        Kind::Personnummer,
        "8 1 1 2 2 8 - 9 8 7 4",
    );
    one("Pnr 81 12 28 98 74.", Kind::Personnummer, "81 12 28 98 74");
    one(
        "Pnr ８１１２２８－９８７４.",
        Kind::Personnummer,
        "８１１２２８－９８７４",
    );
    one("Pnr ٨١١٢٢٨-٩٨٧٤.", Kind::Personnummer, "٨١١٢٢٨-٩٨٧٤");
    one("Pnr ۸۱۱۲۲۸-۹۸۷۴.", Kind::Personnummer, "۸۱۱۲۲۸-۹۸۷۴");
    one("Pnr ८११२२८-९८७४.", Kind::Personnummer, "८११२२८-९८७४");
    one(
        "Pnr 1981-12-28-9874.",
        Kind::Personnummer,
        "1981-12-28-9874",
    );
    one("Pnr 81/12/28-9874.", Kind::Personnummer, "81/12/28-9874");
    one(
        "Pnr 0512282\u{00A0}385.",
        Kind::Personnummer,
        "0512282\u{00A0}385",
    );
    one(
        "Pnr nittonåttioett tolv tjugoåtta – nittioåtta sjuttiofyra.",
        Kind::Personnummer,
        "nittonåttioett tolv tjugoåtta – nittioåtta sjuttiofyra",
    );
}

#[test]
fn zero_width_characters_inside_any_identifier() {
    for zw in [
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{00AD}', '\u{2060}', '\u{FEFF}',
    ] {
        let pnr = format!("8112{zw}28-98{zw}74");
        one(&format!("Pnr {pnr} idag."), Kind::Personnummer, &pnr);
        let name = format!("Jo{zw}han Anders{zw}son");
        one(&format!("Vi såg {name} igår."), Kind::Name, &name);
        let mail = format!("johan{zw}@gmail{zw}.com");
        one(&format!("Mejl {mail} idag."), Kind::Email, &mail);
        let phone = format!("070{zw}-123 45{zw} 67");
        one(&format!("Ring {phone} nu."), Kind::Phone, &phone);
        let street = format!("Stor{zw}gatan 1{zw}2");
        one(&format!("Hon bor på {street} nu."), Kind::Address, &street);
        let plate = format!("AB{zw}C 12{zw}3");
        one(&format!("Bilen {plate} stod där."), Kind::Plate, &plate);
    }
}

#[test]
fn obfuscated_email() {
    one(
        "Mejla johan.andersson at gmail.com i kväll.",
        Kind::Email,
        "johan.andersson at gmail.com",
    );
    one(
        "Mejla johan(at)gmail.com.",
        Kind::Email,
        "johan(at)gmail.com",
    );
    one(
        "Mejla johan [at] gmail.com.",
        Kind::Email,
        "johan [at] gmail.com",
    );
    one("Mejla johan＠gmail.com.", Kind::Email, "johan＠gmail.com");
    one(
        "Mejla johan\u{200B}@gmail.com.",
        Kind::Email,
        "johan\u{200B}@gmail.com",
    );
    one(
        "Mejla anna (at) skola (dot) se.",
        Kind::Email,
        "anna (at) skola (dot) se",
    );
    one("Mejla JOHAN@GMAIL.COM.", Kind::Email, "JOHAN@GMAIL.COM");
    assert!(found("Titta at den här sidan, tack.").is_empty());
    assert!(found("Look at this.example please.").is_empty());
}

#[test]
fn phone_numbers_spaced_or_in_words() {
    one(
        "Ring 0 7 0 1 2 3 4 5 6 7 nu.",
        Kind::Phone,
        "0 7 0 1 2 3 4 5 6 7",
    );
    one("Ring 07 01 23 45 67 nu.", Kind::Phone, "07 01 23 45 67");
    one(
        "Ring noll sju noll ett två tre fyra fem sex sju.",
        Kind::Phone,
        "noll sju noll ett två tre fyra fem sex sju",
    );
    one(
        "Ring noll sju noll, ett två tre, fyrtiofem sextiosju.",
        Kind::Phone,
        "noll sju noll, ett två tre, fyrtiofem sextiosju",
    );
    one(
        "Ring ０７０-１２３ ４５ ６７.",
        Kind::Phone,
        "０７０-１２３ ４５ ６７",
    );
    one("Ring ٠٧٠١٢٣٤٥٦٧.", Kind::Phone, "٠٧٠١٢٣٤٥٦٧");
    one(
        "Ring 0046 (0)70 123 45 67.",
        Kind::Phone,
        "0046 (0)70 123 45 67",
    );
    // The letter O typed for a zero.
    one("Ring 07O-123 45 67.", Kind::Phone, "07O-123 45 67");
    one("Ring O7O1234567 nu.", Kind::Phone, "O7O1234567");
    assert!(found("Det var noll till tre i halvtid och två mål.").is_empty());
    // Keycap emoji digits.
    one(
        "sms:a 0\u{fe0f}\u{20e3}7\u{fe0f}\u{20e3}3\u{fe0f}\u{20e3} 5\u{fe0f}\u{20e3}1\u{fe0f}\u{20e3}9\u{fe0f}\u{20e3} 2\u{fe0f}\u{20e3}8\u{fe0f}\u{20e3} 3\u{fe0f}\u{20e3}6\u{fe0f}\u{20e3}",
        Kind::Phone,
        "0\u{fe0f}\u{20e3}7\u{fe0f}\u{20e3}3\u{fe0f}\u{20e3} 5\u{fe0f}\u{20e3}1\u{fe0f}\u{20e3}9\u{fe0f}\u{20e3} 2\u{fe0f}\u{20e3}8\u{fe0f}\u{20e3} 3\u{fe0f}\u{20e3}6\u{fe0f}\u{20e3}",
    );
}

#[test]
fn street_addresses_in_any_case_and_of_two_words() {
    one("De bor på storgatan 12b.", Kind::Address, "storgatan 12b");
    one("DE BOR PÅ STORGATAN 12.", Kind::Address, "STORGATAN 12");
    one(
        "Hon bor på Karlbergs allé 12.",
        Kind::Address,
        "Karlbergs allé 12",
    );
    one(
        "Hon bor på Lövängens promenad 12.",
        Kind::Address,
        "Lövängens promenad 12",
    );
    one(
        "HON BOR PÅ LÖVÄNGENS PROMENAD 12.",
        Kind::Address,
        "LÖVÄNGENS PROMENAD 12",
    );
    one(
        "Familjen bor på Drottningholms slottsväg 5.",
        Kind::Address,
        "Drottningholms slottsväg 5",
    );
    one(
        "Vi ses på Kungsholms strand 12.",
        Kind::Address,
        "Kungsholms strand 12",
    );
    one(
        "Han bor vid Sveriges torg 3.",
        Kind::Address,
        "Sveriges torg 3",
    );
    one(
        "Han bor på Ekens backe 4, 2 tr.",
        Kind::Address,
        "Ekens backe 4, 2 tr",
    );
    assert!(found("Enligt handlingsplan 2 ska vi ringa.").is_empty());
    assert!(found("Vid torget 3 personer stod.").is_empty());
}

#[test]
fn a_definite_genitive_and_any_noun_before_a_house_number_where_a_place_is_given() {
    one(
        "Mötet hölls på Kvarnhjulets hägn 12.",
        Kind::Address,
        "Kvarnhjulets hägn 12",
    );
    one(
        "vi står utanför fyrtornets hägn 4, 2 tr nu",
        Kind::Address,
        "fyrtornets hägn 4, 2 tr",
    );
    one(
        "Adress: Kvarnhjulets hägn 9 B",
        Kind::Address,
        "Kvarnhjulets hägn 9 B",
    );
    // After a verb of living and "på" the word of position is read with the street.
    one(
        "Hon bodde på Norra Fyrtornets hägn 7.",
        Kind::Address,
        "Norra Fyrtornets hägn 7",
    );
    // No place given, no definite genitive, or a number in groups: no street.
    assert!(found("Enligt Polisens rapport 12 var det lugnt.").is_empty());
    none_of("Hon läste ur Zdenkas bok 3 i går.", Kind::Address);
    assert!(found("Utbetalning till klubbens plusgiro 41 77 13-6 sker i maj.").is_empty());
}

#[test]
fn plural_street_words_and_an_o_in_the_last_group() {
    one(
        "Hon bor på Fittja ängar 7, 2 tr.",
        Kind::Address,
        "Fittja ängar 7, 2 tr",
    );
    one("Ring 0733 12 45 8O i kväll", Kind::Phone, "0733 12 45 8O");
}

#[test]
fn numbers_with_points_slashes_and_spaced_serials() {
    // 770315-1238 and 19900512-4459 are valid; the organisation number 556677-8899 too.
    one(
        "Pnr 770315.1238 stod på lappen",
        Kind::Personnummer,
        "770315.1238",
    );
    one(
        "skrev 77.03.15.-1238 i rutan",
        Kind::Personnummer,
        "77.03.15.-1238",
    );
    one(
        "nummer 77 03 15 / 1238 enligt",
        Kind::Personnummer,
        "77 03 15 / 1238",
    );
    one(
        "född 1990 05 12 - 4 4 5 9 alltså",
        Kind::Personnummer,
        "1990 05 12 - 4 4 5 9",
    );
    one(
        "föreningen 556.677.8899 sökte",
        Kind::Organisationsnummer,
        "556.677.8899",
    );
    one(
        "ring 0O46 (0)70 123 45 67",
        Kind::Phone,
        "0O46 (0)70 123 45 67",
    );
    assert!(found("Version 2.3.1 och 07.03.2015").is_empty());
}

#[test]
fn two_names_written_as_one_word() {
    one(
        "Sist sågs Mohammad\u{200d}Ali vid torget.",
        Kind::Name,
        "Mohammad\u{200d}Ali",
    );
    assert!(found("Klippet låg på YouTube.").is_empty());
}

#[test]
fn plates_ending_in_the_letter_o() {
    one("Bilen ABC 12O stod där.", Kind::Plate, "ABC 12O");
    one("Bilen XYZ12O stod där.", Kind::Plate, "XYZ12O");
}

/// A plate whose three letters are all O, glued to its digits, is still a plate: the O's
/// are not zeros typed as letters (the property test drew one about once in sixty runs).
#[test]
fn a_plate_whose_letters_are_all_o() {
    one("Bilen OOO037 stod där.", Kind::Plate, "OOO037");
    one("Bilen OOO 512 stod där.", Kind::Plate, "OOO 512");
}

#[test]
fn names_outside_the_lists_where_a_name_stands() {
    for (text, name) in [
        ("Hodan har vid flera tillfällen delat bilder.", "Hodan"),
        ("Enligt läraren har Dariush delat filmer.", "Dariush"),
        (
            "Fritidsledaren såg Emir Hadžić sätta upp lappar.",
            "Emir Hadžić",
        ),
        ("Han umgås med Rojin från grannskapet.", "Rojin"),
        ("Öztürk kom sent.", "Öztürk"),
        ("Igår kom Mirza Čelić och Šejla.", "Mirza Čelić"),
        ("Sandberg har skickat bilder.", "Sandberg"),
        ("fritidsledaren såg hodan sätta upp lappar.", "hodan"),
        ("hodan har vid flera tillfällen delat bilder.", "hodan"),
        ("Vi pratade med Al-Hassan efteråt.", "Al-Hassan"),
    ] {
        one(text, Kind::Name, name);
    }
}

#[test]
fn places_handed_in_at_run_time_are_not_names() {
    let text = "Fältgruppen Södermalm träffade unga från Ulvsjö vid Skärholmens gård och Bäckaby.";
    let plain = Guard::new().scan(text);
    assert!(!plain.is_clean(), "unknown proper nouns fail closed");
    let guard = Guard::with_places([
        "Fältgruppen Södermalm",
        "Skärholmens gård",
        "Ulvsjö",
        "Bäckaby",
    ]);
    let scan = guard.scan(text);
    assert!(scan.is_clean(), "{:?}", scan.findings);
    // Built with the builder, with limits, too.
    let guard = Guard::builder()
        .places(["Bäckaby"])
        .limits(varn_pii::Limits::default())
        .build();
    assert!(guard.scan("Vi träffades vid Bäckaby.").is_clean());
    assert!(!guard.scan("Vi var med Hodan.").is_clean());
}

#[test]
fn a_capitalised_unknown_word_says_how_to_write_a_place() {
    // ("vid Ulvsjöbacka" is a place position since "vid" reads as "i" does.)
    let scan = Guard::new().scan("Vi pratade om Ulvsjöbacka igår.");
    let f = &scan.findings[0];
    assert_eq!(f.kind, Kind::Name);
    let s = f.suggestion.expect("a suggestion");
    assert!(s.contains("skriv området"), "{s}");
}

#[test]
fn mixed_scripts_fail_closed() {
    for t in [
        "Vi träffade Johаn igår.", // Cyrillic а in a Latin word
        "Bilen АВС 123 stod där.", // a plate of Cyrillic look-alikes
        "Eleven Αnna kom.",        // Greek Alpha
    ] {
        let scan = Guard::new().scan(t);
        assert!(
            matches!(scan.verdict, Verdict::Failed(r) if r.contains("skriftsystem")),
            "{t}: {:?}",
            scan.verdict
        );
    }
    // Russian written in Cyrillic is no disguise (its names are names all the same).
    let russian = Guard::new().scan("Анна и Иван пришли.");
    assert_eq!(russian.verdict, Verdict::Flagged);
}

#[test]
fn control_characters_do_not_hide_anything() {
    one(
        "Pnr 8112\u{0}28-98\u{7}74.",
        Kind::Personnummer,
        "8112\u{0}28-98\u{7}74",
    );
    one(
        "Vi såg Jo\u{1}han Andersson.",
        Kind::Name,
        "Jo\u{1}han Andersson",
    );
}

#[test]
fn plates_whose_letters_are_an_abbreviation_or_spaced_in_lower_case() {
    // A final letter O after an abbreviation's letters still points at a car.
    one("Skylten var LSS 41O enligt vakten.", Kind::Plate, "LSS 41O");
    // After a word about vehicles, the abbreviation and the letters I, Q, V too.
    one("Bilen hade SOF 228 på skylten.", Kind::Plate, "SOF 228");
    one(
        "En svart Volvon, QVH 902, körde förbi.",
        Kind::Plate,
        "QVH 902",
    );
    // Spaced in lower case after a word about vehicles.
    one("regnr: k l m 3 0 8", Kind::Plate, "k l m 3 0 8");
    // Without such a word an abbreviation and a number stay alone.
    assert!(found("Enligt SOF 228 gäller detta.").is_empty());
    assert!(found("Vi läste s t o 123 gånger.").is_empty());
}

/// A bug found by the fourth held-out file's first run: "nr" alone before a personal
/// identity number was read as a registry context, so the number passed.
#[test]
fn an_identity_number_after_nr_alone() {
    one(
        "Hans nr 20100305-1234 står i intyget.",
        Kind::Personnummer,
        "20100305-1234",
    );
    one(
        "nr 931104-2374 enligt passet",
        Kind::Personnummer,
        "931104-2374",
    );
    // A registry number after "nr" is still left alone.
    assert!(found("Ansökan nr 2024-0311 är beviljad.").is_empty());
}

/// The letter I or l typed for a one between digits, beside an O for zero (issue 10,
/// fifth round).
#[test]
fn a_letter_i_or_l_for_a_one_in_a_phone_number() {
    one(
        "nås på O7O-5I2 88 43 efter tre",
        Kind::Phone,
        "O7O-5I2 88 43",
    );
    one("ring 073-2l8 44 19", Kind::Phone, "073-2l8 44 19");
    assert!(
        found("köp 5l mjölk och 10l vatten, Il 12").is_empty(),
        "{:?}",
        found("köp 5l mjölk och 10l vatten, Il 12")
    );
}

/// Settlement words standing apart in a street address: "by", "torp", "holme", "hamn".
#[test]
fn settlement_words_in_an_address() {
    one(
        "Adress: Husby torp 12, 164 40 Kista",
        Kind::Address,
        "Husby torp 12",
    );
    one(
        "Hon bor på Hässelby by 3 sedan i våras.",
        Kind::Address,
        "Hässelby by 3",
    );
}

/// More street suffixes ("-dalen", "-bryggan", "-kullen" …), and a day or a year after a
/// street is no house number.
#[test]
fn more_street_suffixes_and_no_date_or_year_as_a_house_number() {
    one(
        "Hon bor på Skogsdalen 14 sedan i fjol.",
        Kind::Address,
        "Skogsdalen 14",
    );
    // A forest's edge and a plain name streets too.
    one(
        "Tidigare adress: Granbrynet 12, Sollentuna.",
        Kind::Address,
        "Granbrynet 12",
    );
    within(
        "Adress Tallslätten 4 (bakom).",
        Kind::Address,
        "Tallslätten 4",
    );
    one("Adress: Sjöbryggan 3B", Kind::Address, "Sjöbryggan 3B");
    for text in [
        "Manifestation vid Medborgarplatsen 21 mars, polisen är informerad.",
        "Minnesstund för branden på Storgatan 1998: samling vid kyrkan.",
    ] {
        assert!(
            found(text).iter().all(|(k, _)| *k != Kind::Address),
            "{text:?}: {:?}",
            found(text)
        );
    }
}

/// After a word for an identity number, the date and the serial spaced apart are one
/// even with a mistyped check digit; a slash after a phone number's area code.
#[test]
fn a_spaced_identity_number_after_pnr_and_a_slash_after_an_area_code() {
    one(
        "pnr 1979 11 04 5512 enligt mamman",
        Kind::Personnummer,
        "1979 11 04 5512",
    );
    one("tel. nr 08/541 223 90 dagtid", Kind::Phone, "08/541 223 90");
    // A longer area code is no day or month, so the groups after it may be short.
    one(
        "ring 0611/22 31 48 på kvällen",
        Kind::Phone,
        "0611/22 31 48",
    );
    one("hemtelefon 046/61 27 93", Kind::Phone, "046/61 27 93");
    for text in [
        "möte 2024 03 12 1430 i aulan",
        "datum 08/12 2024",
        "Dnr 2024/264 1234",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}

#[test]
fn a_range_of_days_after_a_square_is_no_house_number() {
    let text = "Extra bevakning vid Stortorget 12–18 maj under festivalen.";
    let found = varn_pii::Guard::new().scan(text).findings;
    assert!(
        !found.iter().any(|f| f.kind == varn_pii::Kind::Address),
        "{found:?}"
    );
    // A range of house numbers is still an address.
    let text = "Lokalen ligger på Långgatan 12–18 i källaren.";
    let found = varn_pii::Guard::new().scan(text).findings;
    assert!(
        found.iter().any(|f| f.kind == varn_pii::Kind::Address),
        "{found:?}"
    );
}

#[test]
fn a_numbered_list_of_places_has_no_house_numbers() {
    // The number after a place is the next item's: one more than the one before it, and
    // a point follows.
    let text = "Flest anmälningar: 1. Tallkrogen 2. Fruängen 3. Årsta.";
    let found = Guard::new().scan(text).findings;
    assert!(!found.iter().any(|f| f.kind == Kind::Address), "{found:?}");
    let text = "FLEST ANMÄLNINGAR: 1. TALLKROGEN 2. FRUÄNGEN 3. ÅRSTA.";
    let found = Guard::new().scan(text).findings;
    assert!(!found.iter().any(|f| f.kind == Kind::Address), "{found:?}");
    // A street and its number ending a sentence is still an address.
    let text = "Hon bor på Tallkrogsgatan 3. Vi åker dit i morgon.";
    let found = Guard::new().scan(text).findings;
    assert!(found.iter().any(|f| f.kind == Kind::Address), "{found:?}");
}

#[test]
fn a_walkway_named_after_a_place() {
    let text = "Mötet hölls på Akalla gång 7 i källarlokalen.";
    let found = Guard::new().scan(text).findings;
    assert!(found.iter().any(|f| f.kind == Kind::Address), "{found:?}");
    let text = "Nästa gång 3 elever kommer tar vi det i aulan.";
    let found = Guard::new().scan(text).findings;
    assert!(!found.iter().any(|f| f.kind == Kind::Address), "{found:?}");
}

#[test]
fn names_in_small_capitals() {
    // Phonetic small capitals are no other script: read as letters, the text is scanned
    // and the span points at the small capitals as written.
    let text = "Hon kallade sig ᴍᴀʀɪᴛᴀ ʟɪɴᴅʙʟᴀᴅ i chatten.";
    let scan = Guard::new().scan(text);
    assert_eq!(scan.verdict, Verdict::Flagged);
    one(text, Kind::Name, "ᴍᴀʀɪᴛᴀ ʟɪɴᴅʙʟᴀᴅ");
}

#[test]
fn words_in_other_scripts_or_mixed_scripts_in_a_swedish_text() {
    // A word in a script without name lists, in a text of Latin words, is flagged as a
    // name (the guard cannot read it).
    one("pappan skrev יעל på lappen", Kind::Name, "יעל");
    one("hon heter Δήμητρα på kontot", Kind::Name, "Δήμητρα");
    one("eleven skrev अमित på tavlan", Kind::Name, "अमित");
    // Arabic (Persian letters too), Georgian, Tamil and Armenian likewise.
    one(
        "mamman skrev نوال رحیمی på lappen",
        Kind::Name,
        "نوال رحیمی",
    );
    one("pappan skrev ლევანი på lappen", Kind::Name, "ლევანი");
    one("eleven skrev ரமணி på tavlan", Kind::Name, "ரமணி");
    one("han skrev Սևակ på väggen", Kind::Name, "Սևակ");
    // A word written upside down with turned letters ("ʞɔıɹɟ" is "frick").
    one("på väggen stod ʞɔıɹɟ upp och ner", Kind::Name, "ʞɔıɹɟ");
    // A word mixing Cyrillic look-alikes and Latin letters is flagged, and the text
    // fails closed.
    let text = "МАRКО skrev i gruppen";
    let scan = Guard::new().scan(text);
    assert!(matches!(scan.verdict, Verdict::Failed(_)));
    assert_eq!(found(text), vec![(Kind::Name, "МАRКО")]);
    // Symbols between every digit, strokes through letters, a reversed number.
    one(
        "ring 0⭐7⭐3⭐5⭐5⭐2⭐1⭐9⭐0⭐4 nu",
        Kind::Phone,
        "0⭐7⭐3⭐5⭐5⭐2⭐1⭐9⭐0⭐4",
    );
    one(
        "numret: \u{202E}40 91 255-370\u{202C} i går",
        Kind::Phone,
        "\u{202E}40 91 255-370\u{202C}",
    );
    one(
        "mejla gun_b@post。example i dag",
        Kind::Email,
        "gun_b@post。example",
    );
    one(
        "ring 073ー255ー91ー40 i dag",
        Kind::Phone,
        "073ー255ー91ー40",
    );
}

#[test]
fn circled_and_cjk_digits_pipes_braille_blanks_and_stacked_marks() {
    one("Ring ⓿❼❸-❺❽❷ ❶❷ ❾❾ i kväll.", Kind::Phone, "⓿❼❸-❺❽❷ ❶❷ ❾❾");
    one(
        "Nummer: 〇七三-五八二 一二 九九.",
        Kind::Phone,
        "〇七三-五八二 一二 九九",
    );
    one("Hon har 073|582|12|99 hemma.", Kind::Phone, "073|582|12|99");
    one(
        "Skriv 073⁄582⁄12⁄99 på lappen.",
        Kind::Phone,
        "073⁄582⁄12⁄99",
    );
    one(
        "Han bor på Lövstagränd\u{2800}14.",
        Kind::Address,
        "Lövstagränd\u{2800}14",
    );
    one(
        "Adressen: Lö·v·sta·grän·d 14.",
        Kind::Address,
        "Lö·v·sta·grän·d 14",
    );
    one(
        "Hon skrev H\u{301}\u{353}o\u{308}\u{316}l\u{334}ger i chatten.",
        Kind::Name,
        "H\u{301}\u{353}o\u{308}\u{316}l\u{334}ger",
    );
    one("Profilen heter ⒢⒭⒠⒯⒜ nu.", Kind::Name, "⒢⒭⒠⒯⒜");
    one(
        "Han signerar med runor, ᚺᛟᛚᚷᛖᚱ, varje gång.",
        Kind::Name,
        "ᚺᛟᛚᚷᛖᚱ",
    );
}

#[test]
fn a_house_number_in_roman_numerals_and_a_rural_post_box() {
    one(
        "Hon bor på Lingonvägen XXIV i Boden.",
        Kind::Address,
        "Lingonvägen XXIV",
    );
    // Not a numeral in the usual form: no address.
    assert!(found("Vi gick längs Lingonvägen IIII och vidare.")
        .iter()
        .all(|(k, _)| *k != Kind::Address));
    one(
        "Avsändare: Pl 2871, 961 93 Boden.",
        Kind::Address,
        "Pl 2871",
    );
}

#[test]
fn names_in_mojibake_quoted_printable_entities_and_markup() {
    one(
        "Avsändaren var Sigvard Ã…dahl enligt loggen.",
        Kind::Name,
        "Sigvard Ã…dahl",
    );
    one(
        "Från: Gottfrid L=C3=A5ngberg",
        Kind::Name,
        "Gottfrid L=C3=A5ngberg",
    );
    one(
        "Eleven heter Sj&ouml;dal i efternamn.",
        Kind::Name,
        "Sj&ouml;dal",
    );
    one(
        "Det var Gott<!-- -->frid Wenner<!---->holm som ringde.",
        Kind::Name,
        "Gott<!-- -->frid Wenner<!---->holm",
    );
    one(
        "Han kallade sig Leo**pol**d i chatten.",
        Kind::Name,
        "Leo**pol**d",
    );
}

#[test]
fn plates_postal_codes_phones_and_names_in_other_signs() {
    one("Bilen hade skylten 🇬🇿🇵 407 igår.", Kind::Plate, "🇬🇿🇵 407");
    one("Skylt GZP•407 syntes på bilden.", Kind::Plate, "GZP•407");
    one("Registreringsnumret var ꓖꓜꓑ 407.", Kind::Plate, "ꓖꓜꓑ 407");
    one(
        "Hon bor på postnummer ⑵⑸⑴ ⑷⑹ Bjurholm.",
        Kind::PostalCode,
        "⑵⑸⑴ ⑷⑹",
    );
    one(
        "Ring 零柒叁 捌壹玖 伍伍 肆贰 i kväll.",
        Kind::Phone,
        "零柒叁 捌壹玖 伍伍 肆贰",
    );
    within("Hans namn i punktskrift: ⠓⠁⠇⠧⠙⠁⠝.", Kind::Name, "");
}

#[test]
fn a_street_of_an_ordinary_word_after_a_label() {
    one("Besöksadress: Ekö Allé 4", Kind::Address, "Ekö Allé 4");
    one("Besöksadress: Bruk Allé 17", Kind::Address, "Bruk Allé 17");
}

#[test]
fn an_at_sign_spelled_in_spanish_or_german() {
    one(
        "Skriv till ylva.q arroba roddklubben.example i kväll.",
        Kind::Email,
        "ylva.q arroba roddklubben.example",
    );
    one(
        "Adressen är ylva.q Klammeraffe roddklubben.example.",
        Kind::Email,
        "ylva.q Klammeraffe roddklubben.example",
    );
}

#[test]
fn an_at_sign_and_points_spelled_in_dutch_polish_or_spanish() {
    one(
        "Han skrev: gorm.vik apenstaartje roddarna punt example.",
        Kind::Email,
        "gorm.vik apenstaartje roddarna punt example",
    );
    one(
        "Adressen: vendela.t arroba batlaget punto example.",
        Kind::Email,
        "vendela.t arroba batlaget punto example",
    );
    one(
        "Hennes adress: vendela.t małpa batlaget kropka example.",
        Kind::Email,
        "vendela.t małpa batlaget kropka example",
    );
}

#[test]
fn an_office_loanword_before_a_colon_and_an_address_is_a_label() {
    let f = found("Min mail: vendela.t@batlaget.example, skriv gärna.");
    assert!(f.iter().all(|(k, _)| *k == Kind::Email), "{f:?}");
}

#[test]
fn an_at_sign_typed_as_a_quotation_mark() {
    one(
        "Skriv till ylva.q\"roddklubben.example om du kan.",
        Kind::Email,
        "ylva.q\"roddklubben.example",
    );
    // A quotation mark glued after a plain word is no at-sign.
    none_of("Han sa\"nej.se\" och gick.", Kind::Email);
}

#[test]
fn numbers_typed_with_shift_held() {
    one(
        "shift satt fast: =/#-%(& !) ¤& ring",
        Kind::Phone,
        "=/#-%(& !) ¤&",
    );
    one("Postnummer !%¤ )# Bjurholm.", Kind::PostalCode, "!%¤ )#");
}

#[test]
fn json_escapes_of_letters_and_of_an_at_sign() {
    one(
        r#"Loggen visar "Torgny \u00c5kerl\u00f6f" som avsändare."#,
        Kind::Name,
        r"Torgny \u00c5kerl\u00f6f",
    );
    one(
        r#"Fältet "to": "torgny\u0040exempel.example""#,
        Kind::Email,
        r"torgny\u0040exempel.example",
    );
}

#[test]
fn swedish_letters_typed_on_a_us_keyboard() {
    one(
        "Tangentbordet stod på engelska: Gunnvor Sj;quist Str[hle ringde i går.",
        Kind::Name,
        "Gunnvor Sj;quist Str[hle",
    );
}

#[test]
fn bridges_terraces_nr_and_a_postal_code_on_its_own_line_or_in_a_quoted_field() {
    one(
        "Hon bor på Tranbron 27, 137 58 Orminge.",
        Kind::Address,
        "Tranbron 27",
    );
    one(
        "Han flyttade till Gäddbron 5B i maj.",
        Kind::Address,
        "Gäddbron 5B",
    );
    one(
        "Brevet kom från Västra terrass 41, 137 58 Orminge.",
        Kind::Address,
        "Västra terrass 41",
    );
    // A signature: the house number ends its line, the postal code opens the next.
    let sig = "Vänliga hälsningar\nSigne Korpholm\nFritidsgården\nTranbron 27\n137 58 Orminge";
    one(sig, Kind::Address, "Tranbron 27");
    one(sig, Kind::PostalCode, "137 58");
    one(
        "/Signe Korpholm\nKorpgatan 3\n13758 Orminge",
        Kind::PostalCode,
        "13758",
    );
    // "nr" between the street and its number, without a comma too.
    one(
        "Adress: Korpgatan nr 9, 137 58 Orminge.",
        Kind::Address,
        "Korpgatan nr 9",
    );
    // A data format's quoted field, its key the postal code's label.
    one(
        r#"{"gata": "Korpgatan 9", "postnr": "13758"}"#,
        Kind::PostalCode,
        "13758",
    );
    // An administration placed at the address by a verb: the body's, not a person's.
    assert!(found("Socialförvaltningen finns på Korpgatan 9.").is_empty());
    assert!(found("Byggförvaltningen ligger på Korpgatan 9 B.").is_empty());
    // A year after a bridge's name is no house number.
    assert!(found("Vi gick över Tranbron 2019 och sedan hem.").is_empty());
}

#[test]
fn a_plain_at_after_a_local_part_no_sentence_holds() {
    for (text, mail) in [
        (
            "Mejla olle.brask at exempelpost.example om du vill.",
            "olle.brask at exempelpost.example",
        ),
        (
            "Mejla ulla_brask at exempelpost.example eller ring.",
            "ulla_brask at exempelpost.example",
        ),
        (
            "Mejla ulla84 at exempelpost.example eller ring.",
            "ulla84 at exempelpost.example",
        ),
    ] {
        one(text, Kind::Email, mail);
    }
    // An English "at" between words is no address.
    assert!(found("We met at home.example yesterday.").is_empty());
}

#[test]
fn the_at_sign_and_the_point_spelled_in_italian_and_hungarian() {
    one(
        "Skriv till olle.brask chiocciola exempelpost punto example.",
        Kind::Email,
        "olle.brask chiocciola exempelpost punto example",
    );
    one(
        "Skriv till olle.brask kukac exempelpost pont example.",
        Kind::Email,
        "olle.brask kukac exempelpost pont example",
    );
    assert!(found("Det satt en kukac i trädgården.").is_empty());
}

#[test]
fn the_at_sign_and_the_point_spelled_in_turkish() {
    one(
        "Skriv till gorm.vik et exempelpost nokta example.",
        Kind::Email,
        "gorm.vik et exempelpost nokta example",
    );
    // Latin "et" between words is no address.
    for text in [
        "Se Tulvikka et al. 2019 om detta.",
        "Det står et cetera i texten.",
    ] {
        assert!(
            found(text).iter().all(|(k, _)| *k != Kind::Email),
            "{text:?}: {:?}",
            found(text)
        );
    }
}

/// A row of houses names a street too ("-raden").
#[test]
fn a_street_on_raden() {
    one(
        "Han bor numera på Smedsraden 7 med sin bror.",
        Kind::Address,
        "Smedsraden 7",
    );
}

/// A word of position before a piece of nature in the definite form is a street's name.
#[test]
fn a_word_of_position_and_a_piece_of_nature_name_a_street() {
    one(
        "Bilen stod på Västra Berget 4 i natt.",
        Kind::Address,
        "Västra Berget 4",
    );
    assert!(found("Vi ses vid Stora Skogen kl 10.").is_empty());
}

/// A plate written with an underscore for the space, in capitals.
#[test]
fn a_plate_with_an_underscore() {
    one("Appen visade GWZ_736 som parkerad.", Kind::Plate, "GWZ_736");
}

#[test]
fn british_french_and_ukrainian_plates_after_a_word_about_vehicles() {
    one("Brittisk bil PX21 WKR stod kvar.", Kind::Plate, "PX21 WKR");
    one("Fransk bil GH-274-RM i kolonnen.", Kind::Plate, "GH-274-RM");
    one(
        "Ukrainsk skylt BT 6093 OM på bussen.",
        Kind::Plate,
        "BT 6093 OM",
    );
    // Without a word about vehicles the shapes are left alone.
    assert!(found("Ärende GH-274-RM avslutat.")
        .iter()
        .all(|(k, _)| *k != Kind::Plate));
}

#[test]
fn nr_between_a_two_word_street_and_its_house_number() {
    one(
        "Mötet hölls på Kvarnhjulets hägn nr 12.",
        Kind::Address,
        "Kvarnhjulets hägn nr 12",
    );
    one(
        "Hon flyttade till Övre terrassen nr 5B i maj.",
        Kind::Address,
        "Övre terrassen nr 5B",
    );
    // No place given: no street.
    assert!(found("Enligt Polisens rapport nr 12 var det lugnt.").is_empty());
}

#[test]
fn landforms_standing_apart_after_a_place_name_are_street_words() {
    one(
        "De samlas i trappan på Grönby vik 8 varje kväll.",
        Kind::Address,
        "Grönby vik 8",
    );
    one(
        "Adressen (Korpens hed 3) stod i fritexten.",
        Kind::Address,
        "Korpens hed 3",
    );
    one(
        "hon bor på grönby mark 14 1 tr",
        Kind::Address,
        "grönby mark 14 1 tr",
    );
    // A landform with a count after it and no place: no street.
    assert!(found("Vi gick 3 km i en dal 4 gånger.").is_empty());
}

#[test]
fn a_postal_code_after_a_street_word_standing_apart_or_an_abbreviation() {
    one(
        "Eleven bor på Ekmans gata 6, 117 39.",
        Kind::PostalCode,
        "117 39",
    );
    one(
        "Flyttat till Solbergsgatan 5 ö.g., 118 91.",
        Kind::PostalCode,
        "118 91",
    );
    // A sentence's end between: no postal code.
    none_of(
        "Vi ses vid torget. 117 39 kronor kostade det.",
        Kind::PostalCode,
    );
}

#[test]
fn the_second_postal_code_of_a_list_after_its_label() {
    one(
        "Postnummer 141 32 och 141 35 berörs.",
        Kind::PostalCode,
        "141 35",
    );
    one(
        "Postnummer 17263 eller 172 64 gäller.",
        Kind::PostalCode,
        "172 64",
    );
    // No label before the first: the pair stays numbers.
    assert!(found("Det kostade 141 32 och 141 35 kronor.").is_empty());
}

#[test]
fn street_suffixes_typed_without_their_dots_or_ring() {
    one(
        "Adressen utan prickar: Ugglebovagen 14, 175 63.",
        Kind::Address,
        "Ugglebovagen 14",
    );
    one(
        "Adressen utan prickar: Ugglebovagen 14, 175 63.",
        Kind::PostalCode,
        "175 63",
    );
    one("Han bor på Fiskarallen 7.", Kind::Address, "Fiskarallen 7");
    one(
        "De möts på Kvarnhjulets kyrkvag 3 i kväll.",
        Kind::Address,
        "Kvarnhjulets kyrkvag 3",
    );
    // An ordinary word with a number after it stays text.
    assert!(found("Kristallen 3 gånger i rad vann hon.").is_empty());
}

#[test]
fn an_email_address_broken_after_its_at_sign() {
    one(
        "Skriv till ulvhild.ek@\nvedbod.example om du vill.",
        Kind::Email,
        "ulvhild.ek@\nvedbod.example",
    );
    one(
        "Skriv till ulvhild.ek@\r\nvedbod.example om du vill.",
        Kind::Email,
        "ulvhild.ek@\r\nvedbod.example",
    );
}

#[test]
fn a_postal_code_after_a_public_buildings_address_is_the_bodys() {
    assert!(
        found("Mötet hålls i Rådhuset, Vitsippegatan 1, 174 41 Kvarnbyn.").is_empty(),
        "{:?}",
        found("Mötet hålls i Rådhuset, Vitsippegatan 1, 174 41 Kvarnbyn.")
    );
    // A person's address keeps its postal code.
    one(
        "Hon bor på Vitsippegatan 1, 174 41 Kvarnbyn.",
        Kind::PostalCode,
        "174 41",
    );
}

#[test]
fn plate_letters_whose_case_changes_inside() {
    one("Bilen, kWf 31O, stod kvar.", Kind::Plate, "kWf 31O");
    one("Fordonet hTp385 syns i anmälan.", Kind::Plate, "hTp385");
    // A capitalised word before a number is no plate.
    none_of("Sid 123 i rapporten.", Kind::Plate);
}

#[test]
fn digits_for_letters_inside_an_unlisted_name() {
    // A capitalised word with one digit for a letter inside, and a word in lower case
    // with two, that read as no Swedish word: names, listed or not.
    one("Vi pratade med T3lvina igår.", Kind::Name, "T3lvina");
    one("ring gr1mh1lda efter lunch", Kind::Name, "gr1mh1lda");
    one(
        "Kontakt: Osv4ldo Br1mqv4st",
        Kind::Name,
        "Osv4ldo Br1mqv4st",
    );
    // Digits at a word's end, among capitals, or that read as a word are no disguise.
    for text in [
        "Datorn har en Ryzen5 och spelet Sims4.",
        "Adressen är IPv4 och avtalet B2B.",
        "Vi k0mm3r imorgon.",
    ] {
        none_of(text, Kind::Name);
    }
}

#[test]
fn a_postal_code_after_swedens_old_country_prefix() {
    for (text, code) in [
        ("Postnummer: S-28493", "28493"),
        ("Skicka det till S-284 93.", "284 93"),
    ] {
        within(text, Kind::PostalCode, code);
    }
}

#[test]
fn a_postal_code_under_its_column_of_a_table() {
    for (text, code) in [
        ("id;namn;postnr\n7;Brattmyr;28493", "28493"),
        (
            "id;namn;postnr\n7;Brattmyr;284 93\n8;Ersmark;284-93",
            "284-93",
        ),
        (
            "Namn | Adress | Postnr\nBrattmyr | Ersmarksgatan 4 | 284-93",
            "284-93",
        ),
        ("id;namn;postnr\n7;Brattmyr;S-284 93", "284 93"),
        // A row pasted from a spreadsheet: its cells parted by tabs.
        ("id\tnamn\tpostnr\n7\tBrattmyr\t28493", "28493"),
    ] {
        within(text, Kind::PostalCode, code);
    }
    // Another column's number is no postal code.
    for text in [
        "id;antal;postnr\n7;28493;",
        "id;namn;antal\n7;Brattmyr;28493",
        "id\tnamn\tantal\n7\tBrattmyr\t28493",
    ] {
        none_of(text, Kind::PostalCode);
    }
}

#[test]
fn indefinite_street_words_standing_apart() {
    one(
        "Hon bor på Tallmons slinga 4.",
        Kind::Address,
        "Tallmons slinga 4",
    );
    one(
        "Han har flyttat till Tredje stråk 9.",
        Kind::Address,
        "Tredje stråk 9",
    );
    one(
        "Adressen är Brattmyr båge 2 sedan i våras.",
        Kind::Address,
        "Brattmyr båge 2",
    );
    one(
        "Skicka det till Brattmyrs länk 6.",
        Kind::Address,
        "Brattmyrs länk 6",
    );
    one(
        "ADRESS: BRATTMYRS LÄNK 6",
        Kind::Address,
        "BRATTMYRS LÄNK 6",
    );
    // The words alone, with no name before them, are no address.
    none_of("Vi tog en slinga 4 gånger runt parken.", Kind::Address);
    none_of("Klicka på en länk 3 gånger.", Kind::Address);
}

#[test]
fn a_street_of_two_words_glued_to_its_number_or_broken_before_it() {
    // Typed without the space, or with the number alone on the next line: as a street of
    // one word is.
    within(
        "Nycklarna lämnades på Tallmons slinga4 b igår.",
        Kind::Address,
        "Tallmons slinga4",
    );
    within(
        "Brev till Övre Brattmyrs väg\n12 c, 172 39 Ort.",
        Kind::Address,
        "Brattmyrs väg\n12",
    );
    within(
        "Lokalen (Brattmyrs torg\n14-16) är stängd.",
        Kind::Address,
        "Brattmyrs torg\n14",
    );
    // Words in lower case before a count on the next line are no street.
    none_of("vi gick en sväng på torget\n4 gånger", Kind::Address);
}

/// The letters O and l (or I) typed for the digits 0 and 1 inside a number of any kind.
#[test]
fn letters_typed_for_zero_and_one_inside_a_number() {
    one("ring o7o-3l5 42 o8 i kväll", Kind::Phone, "o7o-3l5 42 o8");
    one(
        "pnr 87O3l2-4571 enligt läraren",
        Kind::Personnummer,
        "87O3l2-4571",
    );
    // Words and codes that hold such letters beside digits are left alone.
    assert!(found("Ola sa lol2 om H2O och Oslo2.")
        .iter()
        .all(|(k, _)| *k == Kind::Name));
}

/// A phone number read out in Finnish, Norwegian or Danish number words.
#[test]
fn a_phone_number_in_finnish_or_norwegian_words() {
    let fi = "hänen numeronsa: nolla seitsemän nolla kolme kaksi yksi neljä viisi kuusi seitsemän";
    assert!(
        found(fi).iter().any(|(k, _)| *k == Kind::Phone),
        "{:?}",
        found(fi)
    );
    let no = "ring null sju null to ni åtte seks fem fire tre i kveld";
    assert!(
        found(no).iter().any(|(k, _)| *k == Kind::Phone),
        "{:?}",
        found(no)
    );
    // Words of the language around a number stay outside it.
    assert!(found("Vi var to eller tre, ni vet.").is_empty());
}

#[test]
fn plates_written_backwards_over_two_lines_or_after_a_motorcycle() {
    // Backwards, the word about vehicles a clause before: three digits and three
    // capitals, or a capital glued to two digits and three capitals.
    one(
        "Skylten skrevs baklänges i chatten: 736 RKB.",
        Kind::Plate,
        "736 RKB",
    );
    one(
        "Registreringen stod baklänges i bilden: D52 TFN",
        Kind::Plate,
        "D52 TFN",
    );
    // The letters on one line and the digits on the next.
    one(
        "Skylten syntes på två rader: HLW\n385",
        Kind::Plate,
        "HLW\n385",
    );
    // A motorcycle's, a moped's and a plate's own word before a short plate.
    one(
        "Samma motorcykel, KLW 47, stod där igen.",
        Kind::Plate,
        "KLW 47",
    );
    one("Plåten på mopeden: PLT 92.", Kind::Plate, "PLT 92");
    one("Plåten satt snett: TXM 28.", Kind::Plate, "TXM 28");
    // Lower case with a slash glued after a word about vehicles.
    one("Han har en ny bil, kbx/41o.", Kind::Plate, "kbx/41o");
    // Without such a word, and a currency or a speed, no plate.
    none_of("Priset var 250 SEK i kassan.", Kind::Plate);
    none_of("Vi läste 736 RKB i tabellen.", Kind::Plate);
    none_of("Bilen körde 110 KMH på vägen.", Kind::Plate);
}

#[test]
fn streets_without_a_street_ending_where_a_home_or_premises_is_placed() {
    // After a label, and after "på" with a word of living or of premises: one to three
    // words, the first capitalised, then the house number.
    one("Adress: Tranklippan 7", Kind::Address, "Tranklippan 7");
    one(
        "Adressen är Norra Hjortåsen 12.",
        Kind::Address,
        "Norra Hjortåsen 12",
    );
    one(
        "Hon bor på Ekeby källa 41 sedan i våras.",
        Kind::Address,
        "Ekeby källa 41",
    );
    one(
        "Lokalen på Sankt Olofs ring 9 sägs upp.",
        Kind::Address,
        "Sankt Olofs ring 9",
    );
    one(
        "Mötesplats: Västra Bryggan 3, vid båtarna.",
        Kind::Address,
        "Västra Bryggan 3",
    );
    // A stay counted in nights, and a room, are no address.
    none_of("Han bor på Hotell Tre Kronor 3 nätter.", Kind::Address);
    none_of("Hon bor på Avdelning rum 4 just nu.", Kind::Address);
}
