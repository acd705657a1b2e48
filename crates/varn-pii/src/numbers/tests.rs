//! Unit tests of the number detectors, one shape at a time.

use super::*;

fn kinds(text: &str) -> Vec<(Kind, &str)> {
    let tokens = crate::token::tokenize(text);
    let mut out = Vec::new();
    scan(text, &tokens, &mut out, &mut Budget::new(u64::MAX)).expect("budget");
    out.iter()
        .map(|f| (f.kind, &text[f.start..f.end]))
        .collect()
}

#[test]
fn identity_numbers_in_every_form() {
    assert_eq!(
        kinds("pnr 811218-9876 ok"),
        vec![(Kind::Personnummer, "811218-9876")]
    );
    assert_eq!(
        kinds("19811218-9876"),
        vec![(Kind::Personnummer, "19811218-9876")]
    );
    assert_eq!(
        kinds("198112189876 och 8112189876"),
        vec![
            (Kind::Personnummer, "198112189876"),
            (Kind::Personnummer, "8112189876")
        ]
    );
    assert_eq!(
        kinds("121212+1212"),
        vec![(Kind::Personnummer, "121212+1212")]
    );
    assert_eq!(
        kinds("811218 9876"),
        vec![(Kind::Personnummer, "811218 9876")]
    );
    // A mistyped check digit still points at a person.
    assert_eq!(
        kinds("811218-9877"),
        vec![(Kind::Personnummer, "811218-9877")]
    );
    assert_eq!(
        kinds("701063-2391"),
        vec![(Kind::Samordningsnummer, "701063-2391")]
    );
    // The date written as a date, then the serial.
    for p in [
        "1981 12 18-9876",
        "1981 12 18 9876",
        "2009-03-17-4563",
        "07/03/15-1134",
        "07-03-15-1134",
        "1981.12.18-9876",
    ] {
        assert_eq!(
            kinds(&format!("pnr {p} ok")),
            vec![(Kind::Personnummer, p)],
            "{p}"
        );
    }
    // Split after more digits than any area code, from a zero.
    assert_eq!(
        kinds("pnr 0408183 523 ok"),
        vec![(Kind::Personnummer, "0408183 523")]
    );
}

#[test]
fn identity_numbers_in_words() {
    assert_eq!(
        kinds("skrev nittonåttiotre noll fyra nitton - fyrtio femton i går"),
        vec![(
            Kind::Personnummer,
            "nittonåttiotre noll fyra nitton - fyrtio femton"
        )]
    );
    assert_eq!(
        kinds("åttiotre noll fyra nitton fyrtio femton"),
        vec![(
            Kind::Personnummer,
            "åttiotre noll fyra nitton fyrtio femton"
        )]
    );
    for t in [
        "tre elever och två lärare, fem föräldrar",
        "en två tre fyra fem sex sju åtta nio tio",
        "nittonhundraåttiotre kom tjugo personer",
    ] {
        assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
    }
}

#[test]
fn organisation_numbers() {
    assert_eq!(
        kinds("Föreningen 802479-1231 fick bidrag"),
        vec![(Kind::Organisationsnummer, "802479-1231")]
    );
    assert_eq!(
        kinds("556036-0793"),
        vec![(Kind::Organisationsnummer, "556036-0793")]
    );
    for t in [
        "org.nr 8025123350",
        "org. nr 8025123350",
        "org nr: 8025123350",
    ] {
        assert_eq!(
            kinds(t),
            vec![(Kind::Organisationsnummer, "8025123350")],
            "{t}"
        );
    }
    // "nr" alone before a phone number is no registry context.
    assert_eq!(
        kinds("nytt nr 072-315 92 07"),
        vec![(Kind::Phone, "072-315 92 07")]
    );
    assert!(kinds("ärende nr 2024-1234").is_empty());
    // Nor before one with a country code, dashes between every group.
    assert_eq!(
        kinds("mobil nr +46-73-581-27-94"),
        vec![(Kind::Phone, "+46-73-581-27-94")]
    );
}

#[test]
fn a_phone_number_with_the_international_prefix_after_nr() {
    // "00" stands for the plus: "nr 0046 …" is a phone number as "nr +46 …" is.
    assert_eq!(
        kinds("nytt nr 0046 73-581 27 94"),
        vec![(Kind::Phone, "0046 73-581 27 94")]
    );
    // A registry's number after "nr" with zeros before it stays none.
    assert!(kinds("ärende nr 00123").is_empty());
}

#[test]
fn a_phone_number_with_one_point_after_its_area_code() {
    assert_eq!(
        kinds("ring 031.5812794 i kväll"),
        vec![(Kind::Phone, "031.5812794")]
    );
    assert_eq!(
        kinds("mobil 073.581 27 94"),
        vec![(Kind::Phone, "073.581 27 94")]
    );
    // A date or a time with points stays none.
    assert!(kinds("den 07.03 2015").is_empty());
    assert!(kinds("kl 08.15 i morgon").is_empty());
}

#[test]
fn a_switchboards_number_of_five_digits_is_no_postal_code() {
    // A word before that ends as a street does ("-gården") makes no address of a public
    // line's number.
    assert!(kinds("Ring Ungdomsgården Lärkan via växeln 114 14. Sedan kom hon.").is_empty());
    // The same digits after a street and before a town stay a postal code.
    assert_eq!(
        kinds("Brevet kom från Ekvägen 4, 114 14 Ödeby."),
        vec![(Kind::PostalCode, "114 14")]
    );
}

#[test]
fn phone_numbers() {
    for p in [
        "070-174 06 12",
        "0701740612",
        "08-465 004 12",
        "08 - 465 004 12",
        "+46 70 174 06 12",
        "0046 70-174 06 12",
        "031-390 06 00",
        "070 174 06 12",
        "0046 (0)70 174 06 91",
        "+46 (0)8 465 004 12",
        "00252 61 503 2874",
        "07700 900123",
        "070.123.45.67",
        "(08) 123 456 78",
        "0911-123 45",
    ] {
        assert_eq!(
            kinds(&format!("ring {p} idag")),
            vec![(Kind::Phone, p)],
            "{p}"
        );
    }
}

#[test]
fn a_date_shaped_number_from_020_is_no_service_number() {
    assert_eq!(kinds("pnr 0203284885"), vec![(Kind::Phone, "0203284885")]);
}

#[test]
fn switchboards_and_service_numbers_are_no_persons() {
    for t in [
        "växeln 08-508 000 00",
        "ring 020-91 90 91",
        "ring 0771-14 14 00",
        "ring 0900-123 45 67",
        // A unit's main line in the City's series, and public helplines.
        "socialjouren 08-508 300 00",
        "giftinformation 010-456 67 00",
        "jourhavande medmänniska 08-702 16 80",
    ] {
        assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
    }
    // A direct line in the same range is a person's.
    assert_eq!(
        kinds("direkt 08-508 123 45"),
        vec![(Kind::Phone, "08-508 123 45")]
    );
    // Four zeros end a person's number outside the City's series too.
    assert_eq!(
        kinds("ring 070-123 00 00"),
        vec![(Kind::Phone, "070-123 00 00")]
    );
}

#[test]
fn postal_codes_before_a_town() {
    assert_eq!(
        kinds("Box 1, 118 25 Stockholm"),
        vec![(Kind::PostalCode, "118 25")]
    );
    assert_eq!(kinds("11825 Stockholm"), vec![(Kind::PostalCode, "11825")]);
    assert_eq!(
        kinds("118 25 stockholm"),
        vec![(Kind::PostalCode, "118 25")]
    );
    assert_eq!(kinds("SE-164 71 Kista"), vec![(Kind::PostalCode, "164 71")]);
    assert!(kinds("118 25 personer").is_empty());
    assert!(kinds("Vi hade 11825 besökare.").is_empty());
    assert_eq!(
        kinds("Götgatan 5, 11825"),
        vec![(Kind::PostalCode, "11825")]
    );
    assert_eq!(
        kinds("Ringvägen 12B lgh 1102, 118 25."),
        vec![(Kind::PostalCode, "118 25")]
    );
}

#[test]
fn leaves_ordinary_numbers_alone() {
    for t in [
        "2024-03-12",
        "12 mars 2024",
        "kl. 14.30",
        "14:30",
        "Dnr SOF 2024/264",
        "Dnr 1.2.3-456/2023",
        "14 kap. 1 § SoL",
        "LVU 2 §",
        "lag (2018:1937)",
        "5 000 kr",
        "1 250 000 kronor",
        "15-17 år",
        "16-årig",
        "klass 9B",
        "ring 112",
        "1177",
        "114 14",
        "IA-2024-00123",
        "IA 12345",
        "år 2019 och 2020",
        "40 anmälningar",
        "2010-2020",
        "20240312",
        "2024-01-01-2024-06-08",
        "2024-01-01 - 2024-06-08",
        "24/01/01-24/06/08",
        "2024-01-01 1430",
        "2024 01 01 1430",
        "07.03.2015",
        "kl 08.30",
    ] {
        assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
    }
}

#[test]
fn luhn_checks() {
    assert!(luhn(b"8112189876"));
    assert!(!luhn(b"8112189877"));
}

#[test]
fn letters_for_digits_anywhere_in_a_phone_number_fail_closed() {
    for (t, n) in [
        ("ring O7O-l48 12 90 ikväll", "O7O-l48 12 90"),
        ("nr 073-51 OO 8I4", "073-51 OO 8I4"),
        ("O8-6O3 21 4I skrev hon", "O8-6O3 21 4I"),
    ] {
        assert_eq!(kinds(t), vec![(Kind::Phone, n)], "{t}");
    }
    // Not a word with an O or an l beside a short number.
    assert!(kinds("08 OO").is_empty());
}

#[test]
fn numbers_written_in_hundreds_read_aloud() {
    assert_eq!(
        kinds("Hon läste upp: noll sju tre sexhundra trehundrafemton tolv."),
        vec![(Kind::Phone, "noll sju tre sexhundra trehundrafemton tolv")]
    );
    assert_eq!(
        kinds("numret är nolla sjuttiotvå, hundrafemtioåtta, noll nio, trettioett"),
        vec![(
            Kind::Phone,
            "nolla sjuttiotvå, hundrafemtioåtta, noll nio, trettioett"
        )]
    );
    for t in [
        "hundra kronor och femhundra till",
        "trehundra elever, fyrahundrafemtio föräldrar",
        "noll koll på hundratals inlägg",
    ] {
        assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
    }
}

#[test]
fn identity_numbers_with_points_between_every_group() {
    assert_eq!(
        kinds("pnr: 19.82.04.11.-.3.3.2.1 enligt lappen"),
        vec![(Kind::Personnummer, "19.82.04.11.-.3.3.2.1")]
    );
    assert_eq!(
        kinds("skrevs 82.04.11.-.33.21 i mejlet"),
        vec![(Kind::Personnummer, "82.04.11.-.33.21")]
    );
    // A date and a time, or a check digit that fails, are no identity number.
    for t in [
        "den 12.03.24 - 14.30 i salen",
        "kod 19.82.04.11.-.3.3.2.2 ogiltig",
    ] {
        assert!(
            kinds(t).iter().all(|(k, _)| *k != Kind::Personnummer),
            "{t}: {:?}",
            kinds(t)
        );
    }
}

#[test]
fn organisation_numbers_grouped_oddly() {
    assert_eq!(
        kinds("Orgnr 5567 31-4421 enligt registret"),
        vec![(Kind::Organisationsnummer, "5567 31-4421")]
    );
    assert_eq!(
        kinds("Org.nr. 556 731 - 4421 enligt ansökan"),
        vec![(Kind::Organisationsnummer, "556 731 - 4421")]
    );
    assert_eq!(
        kinds("föreningen har 55 6731 4421 som nummer"),
        vec![(Kind::Organisationsnummer, "55 6731 4421")]
    );
    // A year, a month-like group and an amount, or a check digit that fails, are none.
    for t in [
        "Möte 2024 25-3000 kr",
        "Möte 1995 25-3000",
        "Orgnr 5567 31-4423",
    ] {
        assert!(
            kinds(t)
                .iter()
                .all(|(k, _)| *k != Kind::Organisationsnummer),
            "{t}: {:?}",
            kinds(t)
        );
    }
}

#[test]
fn international_numbers_with_a_bracketed_area_code_or_letters() {
    assert_eq!(
        kinds("ring +46 (73) 555-12-34 efter tre"),
        vec![(Kind::Phone, "+46 (73) 555-12-34")]
    );
    assert_eq!(
        kinds("lappen sa +46 73 l55 O2 19 tror jag"),
        vec![(Kind::Phone, "+46 73 l55 O2 19")]
    );
    assert_eq!(
        kinds("lappen sa O7 - 312 OO5 27 tror jag"),
        vec![(Kind::Phone, "O7 - 312 OO5 27")]
    );
}

#[test]
fn the_national_zero_alone_in_brackets() {
    assert_eq!(
        kinds("Nås på (0)73 981 22 40 från utlandet."),
        vec![(Kind::Phone, "(0)73 981 22 40")]
    );
    assert_eq!(
        kinds("Ring (0)8-612 33 90."),
        vec![(Kind::Phone, "(0)8-612 33 90")]
    );
    assert!(kinds("Vi räknade (0) 70 gånger.").is_empty());
}

#[test]
fn a_service_number_before_a_small_word_in_capitals_is_no_postal_code() {
    assert!(kinds("RING 114 14 OM DU SÅG NÅGOT").is_empty());
    assert!(kinds("ANMÄL TILL 114 14 ELLER 112").is_empty());
    assert_eq!(
        kinds("Adress: 164 40 KISTA"),
        vec![(Kind::PostalCode, "164 40")]
    );
}

#[test]
fn phone_numbers_read_out_in_german_polish_or_spanish() {
    for t in [
        "null sieben drei, acht neun zwei, vier vier, eins null",
        "zero siedem trzy osiem dziewięć dwa cztery cztery jeden zero",
        "cero siete tres, ocho nueve dos, cuatro cuatro, uno cero",
    ] {
        assert_eq!(
            kinds(&format!("Numret: {t}.")),
            vec![(Kind::Phone, t)],
            "{t}"
        );
    }
}

#[test]
fn phone_numbers_read_out_in_english() {
    assert_eq!(
        kinds("call me on zero seven three, nine eight one, twenty-two forty"),
        vec![(
            Kind::Phone,
            "zero seven three, nine eight one, twenty-two forty"
        )]
    );
    assert_eq!(
        kinds("his number is oh-eight six-one-two thirty-three ninety"),
        vec![(Kind::Phone, "oh-eight six-one-two thirty-three ninety")]
    );
    // A mobile number without its zero, as read out to someone abroad.
    assert_eq!(
        kinds("mobil: sju tre nio åtta ett två två fyra noll"),
        vec![(Kind::Phone, "sju tre nio åtta ett två två fyra noll")]
    );
    // Counting in English is no number.
    assert!(kinds("one of three teams, two of them from ten schools").is_empty());
    assert!(kinds("Oh, seven of the nine came, and one left.").is_empty());
}

#[test]
fn organisation_and_coordination_numbers_in_odd_groups() {
    // The last digits spaced one by one after an en dash between spaces.
    assert_eq!(
        kinds("Stiftelsen uppgav 559 213 – 4 6 7 9 i blanketten."),
        vec![(Kind::Organisationsnummer, "559 213 – 4 6 7 9")]
    );
    // A bracket between "org.nr" and the number.
    assert_eq!(
        kinds("Bolaget (org.nr (716402-3850)) ansökte."),
        vec![(Kind::Organisationsnummer, "716402-3850")]
    );
    // Four digits that are no year, then two: the date split as "YYMM DD-S SSS".
    assert_eq!(
        kinds("samordningsnummer 9207 76-1 231"),
        vec![(Kind::Samordningsnummer, "9207 76-1 231")]
    );
    // A year and a month are still no identity number, nor is a table of small counts.
    assert!(kinds("Utfall 2024 05 1234 kronor").is_empty());
    assert!(kinds("Besök per vecka: 120 340 – 5 2 1 7 8").is_empty());
}

#[test]
fn numbers_of_goods_and_payments_are_no_phone_numbers() {
    assert!(kinds("Fakturanr 0733-4410 gäller hyran.").is_empty());
    assert!(kinds("artikelnummer 0812-2391, ordernummer 0708 44 12").is_empty());
    assert!(kinds("Betala till bankgiro 0761-2245.").is_empty());
    // An identity or coordination number after such a word is still one.
    assert_eq!(
        kinds("Fakturanr 611189-0452"),
        vec![(Kind::Samordningsnummer, "611189-0452")]
    );
    assert_eq!(
        kinds("Ring 0733-441 055 om fakturan."),
        vec![(Kind::Phone, "0733-441 055")]
    );
}

#[test]
fn an_invoice_number_failing_the_check_digit() {
    // After a word for an invoice, a number shaped as an identity number that fails the
    // check digit is the invoice's.
    assert!(kinds("Fakturan 930415-2218 gäller hyran.").is_empty());
    // One that passes it is still an identity number.
    assert_eq!(
        kinds("Fakturan 930415-2219 kom fel."),
        vec![(Kind::Personnummer, "930415-2219")]
    );
}

#[test]
fn round_landline_numbers_and_numbers_over_two_lines() {
    // A landline ending in four zeros is a company's main number.
    assert!(kinds("Ring bilfirman på 08-62 00 00.").is_empty());
    assert!(kinds("Växeln 031-44 0000").is_empty());
    // A mobile number is a person's even so.
    assert_eq!(
        kinds("Ring 073-912 00 00."),
        vec![(Kind::Phone, "073-912 00 00")]
    );
    // A phone number split over a line after its prefix and dash.
    assert_eq!(
        kinds("Hans nummer: 076-238\n51 94"),
        vec![(Kind::Phone, "076-238\n51 94")]
    );
    // A date over a line is none.
    assert!(kinds("Möte 2024-05\n12 deltagare").is_empty());
}

#[test]
fn a_phone_number_told_in_two_halves() {
    assert_eq!(
        kinds("Numret börjar på 073-629 och slutar på 36 84, ring henne."),
        vec![(Kind::Phone, "073-629"), (Kind::Phone, "36 84")]
    );
    // Not a range of years or a count, nor halves in two sentences.
    assert!(kinds("Kursen börjar på 2026-05 och slutar på 12 veckor.").is_empty());
    assert!(kinds("Koden börjar på 073-629. Den slutar på 36 84.").is_empty());
}

#[test]
fn numbers_that_are_corrected_public_or_an_account() {
    // A number that fails its check digit, said to be wrong right after: only the right
    // form is found.
    assert_eq!(
        kinds("Ansökan hade 5567309126 (stämmer inte), rätt är 556730-9124."),
        vec![(Kind::Organisationsnummer, "556730-9124")]
    );
    assert_eq!(
        kinds("Står det 7803164329? Fel, rätt är 780316-4321."),
        vec![(Kind::Personnummer, "780316-4321")]
    );
    // Without the correction a failing number is still flagged (fail closed).
    assert_eq!(
        kinds("Ansökan hade 5567309126 i rutan."),
        vec![(Kind::Organisationsnummer, "5567309126")]
    );
    // A public body's number (legal form 2) is published.
    assert!(kinds("Regionens org.nr är 212100-0174.").is_empty());
    // Not when the text gives it to an association or a company: no public body.
    assert_eq!(
        kinds("Föreningens org.nr är 212100-0174."),
        vec![(Kind::Organisationsnummer, "212100-0174")]
    );
    assert_eq!(
        kinds("Kontroll hos företaget, org.nr 2121000174, i dag."),
        vec![(Kind::Organisationsnummer, "2121000174")]
    );
    // An identity number's shape after "har nummer" of an invoice, or a registry serial,
    // is the invoice's or the registry's when its check digit fails.
    assert!(kinds("Fakturan har nummer 780316-4329 och betalas i dag.").is_empty());
    assert!(kinds("Ärendet har löpnummer 20230312-4567 i diariet.").is_empty());
    assert_eq!(
        kinds("Fakturan har nummer 780316-4321 och betalas i dag."),
        vec![(Kind::Personnummer, "780316-4321")]
    );
    // The groups of an IBAN are an account's, not a phone number.
    assert!(kinds("IBAN SE71 3000 0000 0712 3456 7890 för utbetalning.").is_empty());
}

#[test]
fn a_wrong_check_digit_corrected_further_on_or_a_test_number() {
    // The check digit said to be wrong a few words on, and the right form given.
    assert_eq!(
        kinds("Eleven uppgav 661107-5524 men kontrollsiffran var fel, det riktiga är 661107-5521."),
        vec![(Kind::Personnummer, "661107-5521")]
    );
    // "rättat till" gives the right form after "stämmer inte".
    assert_eq!(
        kinds("Org.nr 556811-2041 (stämmer inte), rättat till 556811-2048."),
        vec![(Kind::Organisationsnummer, "556811-2048")]
    );
    // Wrong a few words on without the check digit named: still flagged, as some writers
    // mark it.
    assert_eq!(
        kinds("Hon uppgav 661107-5524 som var felaktigt; rätt är 661107-5521."),
        vec![
            (Kind::Personnummer, "661107-5524"),
            (Kind::Personnummer, "661107-5521")
        ]
    );
    // A failing number said to be a test or an example is none.
    assert!(kinds("Numret 021130-8849 låg i en testfil och avvisades.").is_empty());
    // A valid number in a test is still a person's.
    assert_eq!(
        kinds("Numret 021130-8846 låg i en testfil."),
        vec![(Kind::Personnummer, "021130-8846")]
    );
    // A doubled dash between the groups of a phone number.
    assert_eq!(
        kinds("Ring 073--391--22--58 i kväll."),
        vec![(Kind::Phone, "073--391--22--58")]
    );
}

#[test]
fn phone_numbers_slashed_or_halved_and_postal_codes_after_their_label() {
    // A slash between every digit.
    assert_eq!(
        kinds("Nummer: 0/7/3/5/5/1/8/2/4/9 (skrivet så)"),
        vec![(Kind::Phone, "0/7/3/5/5/1/8/2/4/9")]
    );
    // A date with slashes is none.
    assert!(kinds("Datum 1/2/3 och 4/5").is_empty());
    // Told in two halves without "på".
    assert_eq!(
        kinds("Numret börjar 072-649 och slutar 41 83, tror jag."),
        vec![(Kind::Phone, "072-649"), (Kind::Phone, "41 83")]
    );
    // A postal code whose town is in another field.
    assert_eq!(
        kinds("Postnummer 12457 och ort enligt blanketten."),
        vec![(Kind::PostalCode, "12457")]
    );
    assert!(kinds("Postnummerområdet 124 har flest.").is_empty());
}

#[test]
fn a_customer_journal_or_order_number_and_a_test_person() {
    // Failing the check digit after a word for a customer, a journal or an order.
    assert!(kinds("Kundnummer 7203154422 hos leverantören.").is_empty());
    assert!(kinds("Journalnummer 19550819-6612 avser en annan enhet.").is_empty());
    assert!(kinds("Order 640523-1118 från grossisten har kommit.").is_empty());
    // A valid number is still a person's there (fail closed).
    assert_eq!(
        kinds("Kundnummer 720315-4427 hos leverantören."),
        vec![(Kind::Personnummer, "720315-4427")]
    );
    // A number the writer calls a test person's is nobody's, even a valid one.
    assert!(kinds("Raden 550819-6614 är systemets testperson.").is_empty());
    assert!(kinds("640523-1116 är en påhittad standardtestperson i utbildningen.").is_empty());
    // "test" alone is no test person.
    assert_eq!(
        kinds("Eleven 640523-1116 testade gränserna."),
        vec![(Kind::Personnummer, "640523-1116")]
    );
}

#[test]
fn an_identity_number_with_points_between_every_group() {
    assert_eq!(
        kinds("Skrivet med punkter: 64.05.23.1116."),
        vec![(Kind::Personnummer, "64.05.23.1116")]
    );
    // Failing the check digit, dotted groups are no identity number.
    assert!(!kinds("Versionen 64.05.23.1117 släpptes.")
        .iter()
        .any(|(k, _)| *k == Kind::Personnummer));
}

#[test]
fn an_identity_number_whose_date_is_spaced_digit_by_digit() {
    assert_eq!(
        kinds("Numret är 6 4 0 5 2 3-1116 på blanketten."),
        vec![(Kind::Personnummer, "6 4 0 5 2 3-1116")]
    );
}

#[test]
fn vat_numbers_chat_links_and_an_invoice_naming_an_organisation() {
    // A VAT number: the organisation number, or a sole trader's personnummer, with SE
    // before and 01 after, glued or after a space.
    assert_eq!(
        kinds("Momsnr: SE559274138201."),
        vec![(Kind::Organisationsnummer, "SE559274138201")]
    );
    assert_eq!(
        kinds("Firmans momsnummer är SE 830412781701 enligt kvittot."),
        vec![(Kind::Personnummer, "SE 830412781701")]
    );
    // The check digit must hold, and the number must end in 01.
    assert!(kinds("Momsnr: SE559274138301.").is_empty());
    assert!(kinds("Momsnr: SE559274138202.").is_empty());
    // A phone number with its country code in a chat or a call link.
    assert_eq!(
        kinds("Skriv på wa.me/46739182654 i kväll."),
        vec![(Kind::Phone, "46739182654")]
    );
    assert_eq!(
        kinds("Ring tel:4687614402 eller maila."),
        vec![(Kind::Phone, "4687614402")]
    );
    // An organisation number after the word for an invoice is one when its check
    // digit holds; failing it, it is the invoice's own number.
    assert_eq!(
        kinds("Från leverantörens faktura: 556930-4172."),
        vec![(Kind::Organisationsnummer, "556930-4172")]
    );
    assert!(kinds("Från leverantörens faktura: 556930-4173.").is_empty());
}

#[test]
fn a_test_persons_number_named_before_it() {
    assert!(kinds("Skatteverkets testpersonnummer 830412-7817 används i övningen.").is_empty());
    assert!(kinds("Testpersonnumret 830412-7817 hör inte till någon.").is_empty());
    // A test of something else is no test person.
    assert_eq!(
        kinds("Testresultatet 830412-7817 skickades."),
        vec![(Kind::Personnummer, "830412-7817")]
    );
}

#[test]
fn a_postal_code_with_a_hyphen_after_its_label() {
    assert_eq!(
        kinds("Postnummer 762-91 enligt blanketten."),
        vec![(Kind::PostalCode, "762-91")]
    );
    assert!(kinds("Rum 762-91 är bokat.").is_empty());
    // A field of a row separated by semicolons, before the town's field.
    assert_eq!(
        kinds("Raden löd \"Ängsvägen 17;412 63;Vallby\" i filen."),
        vec![(Kind::PostalCode, "412 63")]
    );
    // Spaced digit by digit after its label.
    assert_eq!(
        kinds("Postnummer 8 1 3 2 7 Ödeby."),
        vec![(Kind::PostalCode, "8 1 3 2 7")]
    );
    // Every field quoted, as a spreadsheet exports it.
    assert_eq!(
        kinds("Raden: \"F\";\"813 27\";\"Ödeby\""),
        vec![(Kind::PostalCode, "813 27")]
    );
    // Sweden's country prefix glued on, without a town after it.
    assert_eq!(
        kinds("Skriv SE-762 91 på kuvertet."),
        vec![(Kind::PostalCode, "762 91")]
    );
    // Before a form's example town it is a placeholder.
    assert!(kinds("Mallen: 765 43 Exempelort.").is_empty());
}

#[test]
fn a_switchboard_or_press_line_and_a_business_swish_number_are_no_persons() {
    for t in [
        "ring pressjouren 031-77 41 90 vid frågor",
        "Växeln 040-61 52 38 är öppen dagtid.",
        "Presslinje: 031-64 18 27. Inga kommentarer.",
        "Swish 123 618 44 07 går till föreningen.",
        "Swishnummer 1236184407 står på affischen.",
        // Reached there, and a charity's Swish number grouped as a phone number.
        "Pressjouren nås på 031-77 41 90 dygnet runt.",
        "Swish-nummer för kollekten: 900 312 4568 (kyrkans insamling).",
        // A body's unit reached there.
        "Informationsavdelningen nås på 08-612 734 10 dagtid.",
        "Byggkansliet nås på 08-612 734 10 dagtid.",
        // A body's press service.
        "Frågor från medier går till presstjänsten, 031-48 27 60.",
    ] {
        assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
    }
    // The same number after a person's word stays a phone number.
    assert_eq!(
        kinds("ring henne 031-77 41 90"),
        vec![(Kind::Phone, "031-77 41 90")]
    );
    // A person reached there stays a person.
    assert_eq!(
        kinds("Mamman nås på 08-612 734 10 efter fem."),
        vec![(Kind::Phone, "08-612 734 10")]
    );
}

#[test]
fn an_underscore_between_groups_reads_as_a_dash() {
    let t = "Filen hette SKANNING_19870612_4438.pdf.";
    assert!(
        kinds(t)
            .iter()
            .any(|(k, s)| *k == Kind::Personnummer && *s == "19870612_4438"),
        "{:?}",
        kinds(t)
    );
}

#[test]
fn an_identity_number_grouped_in_thousands_with_points() {
    assert_eq!(
        kinds("Excel visade 8.103.224.468 i cellen."),
        vec![(Kind::Personnummer, "8.103.224.468")]
    );
    // Not when the check digit fails, nor an amount grouped the same way.
    assert!(kinds("Summan blev 8.103.224.462 kronor.").is_empty());
    assert!(kinds("Budgeten är 1.250.000.000 kr.").is_empty());
}

#[test]
fn an_identity_number_split_by_a_spreadsheet_into_a_date_and_a_column() {
    let t = "Cellerna visade 1978-03-21;4415 efter importen.";
    assert!(
        kinds(t)
            .iter()
            .any(|(k, s)| *k == Kind::Personnummer && *s == "1978-03-21;4415"),
        "{:?}",
        kinds(t)
    );
    let t = "Raden var 1991-07-84;3378 i filen.";
    assert!(
        kinds(t)
            .iter()
            .any(|(k, s)| *k == Kind::Samordningsnummer && *s == "1991-07-84;3378"),
        "{:?}",
        kinds(t)
    );
    // A date and a count of three digits in two columns stay apart.
    assert!(
        !kinds("Mätningen 2024-05-13;120 gav inget.")
            .iter()
            .any(|(k, _)| matches!(k, Kind::Personnummer | Kind::Samordningsnummer)),
        "{:?}",
        kinds("Mätningen 2024-05-13;120 gav inget.")
    );
}

#[test]
fn a_number_called_no_identity_number_or_a_test_number() {
    for t in [
        // A failing check digit, and the writer says it is none.
        "Kortnummer 850317-2281 i klubben, inte ett personnummer.",
        "Kod 19850317-2282 är biljettens, inte någons personnummer.",
        "Testnumret 850317-2283 får stå kvar i mallen.",
    ] {
        assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
    }
    // A valid number stays one even when denied.
    assert_eq!(
        kinds("Kortnummer 850317-2283, inte ett personnummer."),
        vec![(Kind::Personnummer, "850317-2283")]
    );
}

#[test]
fn a_plus_between_spaces_joins_an_identity_number() {
    assert_eq!(
        kinds("pojken (190314 + 2956) ska inte nämnas"),
        vec![(Kind::Personnummer, "190314 + 2956")]
    );
    // A sum is no identity number.
    assert!(kinds("summan 130000 + 5000 kr").is_empty());
}

#[test]
fn postal_codes_after_a_label_and_a_copula_or_a_prefix() {
    assert_eq!(
        kinds("postnumret var 813 27 om du undrar"),
        vec![(Kind::PostalCode, "813 27")]
    );
    assert_eq!(
        kinds("Postnumret är 81327, tror jag."),
        vec![(Kind::PostalCode, "81327")]
    );
    assert_eq!(
        kinds("postnumret var 8 1 3 2 7 sa hon"),
        vec![(Kind::PostalCode, "8 1 3 2 7")]
    );
    assert_eq!(
        kinds("postnr: SE 813 27\nort: Ödeby"),
        vec![(Kind::PostalCode, "813 27")]
    );
    // The label after the number and a copula.
    assert_eq!(
        kinds("813 27 är postnumret på kuvertet"),
        vec![(Kind::PostalCode, "813 27")]
    );
    // A count after a copula is no postal code without the label.
    assert!(kinds("antalet var 813 27 om man räknar").is_empty());
    assert!(kinds("813 27 är antalet i år").is_empty());
}

#[test]
fn postal_codes_spaced_any_way_after_a_label_or_before_som_postnummer() {
    // After its label the five digits may be grouped any way, with a word of writing
    // between ("Postnr skrivet …").
    assert_eq!(
        kinds("Postnr skrivet 98 1 42, ort okänd."),
        vec![(Kind::PostalCode, "98 1 42")]
    );
    assert_eq!(kinds("postnr 9 81 42"), vec![(Kind::PostalCode, "9 81 42")]);
    // "som postnummer" after the number.
    assert_eq!(
        kinds("Hon angav 98142 som postnummer."),
        vec![(Kind::PostalCode, "98142")]
    );
    // Without the label such digits are a count, and "som" another word's.
    assert!(kinds("Vi var 98 1 42 i år.").is_empty());
    assert!(kinds("Hon angav 98142 som summa.").is_empty());
}

#[test]
fn a_mobile_number_written_backwards_with_its_groups_mirrored() {
    // "073-981 22 40" backwards.
    assert_eq!(
        kinds("numret skrivet baklänges: 04 22 189-370."),
        vec![(Kind::Phone, "04 22 189-370")]
    );
    // The same grouping of digits that read backwards are no mobile number.
    assert!(kinds("serie 04 22 189-371 i lagret").is_empty());
    // With spaces only, where a word says so.
    assert_eq!(
        kinds("hans nummer 04 22 189 370 skrivet baklänges"),
        vec![(Kind::Phone, "04 22 189 370")]
    );
    assert!(kinds("serie 04 22 189 370 i lagret").is_empty());
}

#[test]
fn postal_codes_ending_a_row_after_an_identity_number() {
    assert_eq!(
        kinds("Rad 2: Qvarnlöf, Ylvina; 19811218-9876; 813 27"),
        vec![
            (Kind::Personnummer, "19811218-9876"),
            (Kind::PostalCode, "813 27")
        ]
    );
    assert_eq!(
        kinds("Qvarnlöf, Ylvina | 8112189876 | SE 81327"),
        vec![
            (Kind::Personnummer, "8112189876"),
            (Kind::PostalCode, "81327")
        ]
    );
    // Not a field in the middle of the row, nor after a number of another length.
    assert_eq!(
        kinds("Qvarnlöf, Ylvina; 811218-9876; 81327 kr"),
        vec![(Kind::Personnummer, "811218-9876")]
    );
    assert!(kinds("Qvarnlöf, Ylvina; 4711; 81327").is_empty());
}

#[test]
fn postal_codes_ending_a_row_of_quoted_fields_after_an_identity_number() {
    assert_eq!(
        kinds("\"Qvarnlöf\",\"Ylvina\",\"19811218-9876\",\"813 27\"\n"),
        vec![
            (Kind::Personnummer, "19811218-9876"),
            (Kind::PostalCode, "813 27")
        ]
    );
    assert_eq!(
        kinds("\"Qvarnlöf\",\"Ylvina\",\"8112189876\",\"813-27\""),
        vec![
            (Kind::Personnummer, "8112189876"),
            (Kind::PostalCode, "813-27")
        ]
    );
    // Not an unquoted amount after a comma, nor after a field of another length.
    assert_eq!(
        kinds("Qvarnlöf, 8112189876, 81327"),
        vec![(Kind::Personnummer, "8112189876")]
    );
    assert!(kinds("\"Qvarnlöf\",\"4711\",\"81327\"").is_empty());
}

#[test]
fn a_postal_code_with_a_hyphen_between_a_street_and_a_town() {
    assert_eq!(
        kinds("Brevet kom från Ekvägen 4, 813-27 Ödeby."),
        vec![(Kind::PostalCode, "813-27")]
    );
    // A range or a count between a street and a word in lower case is none.
    assert!(kinds("Det gäller Ekvägen 4, 813-27 kronor.").is_empty());
    assert!(kinds("Sidorna 813-27 Ödeby").is_empty());
}

#[test]
fn a_phone_number_written_in_five_pairs() {
    assert_eq!(
        kinds("Ring 03 17 40 52 86 i kväll."),
        vec![(Kind::Phone, "03 17 40 52 86")]
    );
    // Four pairs are too few digits for a number with an area code of three.
    assert!(kinds("Koden 03 17 40 52 gäller i dag.").is_empty());
}

#[test]
fn a_postal_code_with_a_point_or_a_misplaced_space_between_a_street_and_a_town() {
    assert_eq!(
        kinds("Brevet kom från Ekvägen 4, 813.27 Ödeby."),
        vec![(Kind::PostalCode, "813.27")]
    );
    assert_eq!(
        kinds("Brevet kom från Ekvägen 4, 81 327 Ödeby."),
        vec![(Kind::PostalCode, "81 327")]
    );
    // Not without the street, nor before a word in lower case.
    assert!(kinds("Priset var 81 327 Ödebykronor.").is_empty());
    assert!(kinds("Det gäller Ekvägen 4, 81 327 kronor.").is_empty());
}

#[test]
fn postal_codes_spaced_between_a_street_and_a_town() {
    assert_eq!(
        kinds("Brevet kom från Ekvägen 4, 8 1 3 2 7 Ödeby."),
        vec![(Kind::PostalCode, "8 1 3 2 7")]
    );
}

#[test]
fn postal_codes_after_a_street_word_standing_apart() {
    // "udde", "äng", "gärde" name streets after a genitive as "gatan" does glued on.
    assert_eq!(
        kinds("Brevet till Ormbackens udde 12, 813 27 kom tillbaka."),
        vec![(Kind::PostalCode, "813 27")]
    );
    assert_eq!(
        kinds("Ny adress: Östra Kvarnbäckens äng 3 nb, 8 1 3 2 7 Ödeby."),
        vec![(Kind::PostalCode, "8 1 3 2 7")]
    );
    assert_eq!(
        kinds("Hon bor på Smedjans gärde 7, 813.27 Ödeby."),
        vec![(Kind::PostalCode, "813.27")]
    );
    // A plain noun before the number is no street.
    assert!(kinds("Vi har platser 12, 813 27 kvar.").is_empty());
}

#[test]
fn postal_codes_after_a_label_and_an_equals_sign() {
    assert_eq!(
        kinds("[kontakt]\nadress = Ekvägen 4\npostnummer = 813 27"),
        vec![(Kind::PostalCode, "813 27")]
    );
    assert!(kinds("antal = 813 27").is_empty());
}

#[test]
fn postal_codes_in_a_contact_cards_address_field() {
    assert_eq!(
        kinds("BEGIN:VCARD\nADR:;;Ekvägen 4;Ödeby;;813 27\nEND:VCARD"),
        vec![(Kind::PostalCode, "813 27")]
    );
    assert_eq!(
        kinds("ADR;TYPE=home:;;Ekvägen 4 nb;Ödeby;;SE 81327"),
        vec![(Kind::PostalCode, "81327")]
    );
    // Another field of the card is no address.
    assert!(kinds("NOTE:;;813 27").is_empty());
}

#[test]
fn an_identity_number_after_a_registrys_word_when_its_check_digit_holds() {
    // A case filed under a person's number is the person's (the check digit holds).
    assert_eq!(
        kinds("Två nummer i samma ärende: 811228-9874, 790314-2391."),
        vec![
            (Kind::Personnummer, "811228-9874"),
            (Kind::Personnummer, "790314-2391")
        ]
    );
    // A registry number shaped so whose check digit fails stays the registry's.
    assert!(kinds("ärende 811228-9875").is_empty());
}

#[test]
fn an_identity_number_written_backwards_with_its_groups_mirrored() {
    // "811228-9874" backwards.
    assert_eq!(
        kinds("baklänges: 4789-822118 i loggen"),
        vec![(Kind::Personnummer, "4789-822118")]
    );
    // Read forwards the check digit fails, or a year opens it: a registry's number.
    assert!(kinds("ärende 4788-822118 i loggen").is_empty());
    assert!(kinds("IA-nummer 2025-119054 i ärendet").is_empty());
}

#[test]
fn a_mobile_number_a_spreadsheet_made_a_number_of() {
    assert_eq!(
        kinds("Sms:et kom från 46739812240 i går."),
        vec![(Kind::Phone, "46739812240")]
    );
    assert_eq!(
        kinds("telefon: 739812240"),
        vec![(Kind::Phone, "739812240")]
    );
    // Nine digits without a label for phones are no phone number.
    assert!(kinds("ärende 739812240 avslutat").is_empty());
}

#[test]
fn postal_codes_a_few_words_after_their_label() {
    assert_eq!(
        kinds("Postnumret i anmälan (981 42) räcker för att hitta huset."),
        vec![(Kind::PostalCode, "981 42")]
    );
    assert_eq!(
        kinds("Postnummer till lägenheten: 981 42."),
        vec![(Kind::PostalCode, "981 42")]
    );
    assert_eq!(
        kinds("De bor i postnummerområdet 981 42."),
        vec![(Kind::PostalCode, "981 42")]
    );
    // Not across a sentence, and not without the label.
    assert!(kinds("Postnumret saknas. Vi räknade 981 42 besök.").is_empty());
    assert!(kinds("Vi räknade 981 42 besök.").is_empty());
}

#[test]
fn postal_codes_read_aloud_before_a_town() {
    // 981 42 and 116 30.
    assert_eq!(
        kinds("Skicka det till niohundraåttioett fyrtiotvå Ödeby."),
        vec![(Kind::PostalCode, "niohundraåttioett fyrtiotvå")]
    );
    assert_eq!(
        kinds("Adress: ekvägen 4, etthundrasexton trettio vallby"),
        vec![(Kind::PostalCode, "etthundrasexton trettio")]
    );
    // A sum read aloud.
    assert!(kinds("Det kostade trehundrafemtio tjugo kronor.").is_empty());
}

#[test]
fn the_citys_switchboard_in_a_table_of_contacts() {
    assert!(kinds("Nummer;Vem\n08-508 00 508;Växeln").is_empty());
}

#[test]
fn identity_numbers_read_aloud_with_the_dash_said() {
    // 811218-9876.
    assert_eq!(
        kinds("numret är åttioett tolv arton streck nittioåtta sjuttiosex, sa hon"),
        vec![(
            Kind::Personnummer,
            "åttioett tolv arton streck nittioåtta sjuttiosex"
        )]
    );
}

#[test]
fn digits_spaced_one_by_one_with_the_gap_between_groups_doubled() {
    assert_eq!(
        kinds("Postnr 8 1 3  2 7, ort okänd."),
        vec![(Kind::PostalCode, "8 1 3  2 7")]
    );
    assert_eq!(
        kinds("Personnumret: 8 1 1 2 2 8  9 8 7 4"),
        vec![(Kind::Personnummer, "8 1 1 2 2 8  9 8 7 4")]
    );
    // Single digits in columns, without a label, stay counts.
    assert!(kinds("Poäng per omgång: 4  5  3  2  1 i tabellen.").is_empty());
}
