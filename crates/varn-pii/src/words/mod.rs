//! Words that identify: e-mail addresses, street addresses, vehicle plates and personal
//! names (from the name lists, and from context for names outside them).

use crate::lexicon::Gazetteer;
use crate::lists::Lists;
use crate::token::{Tok, TokKind};
use crate::{text_of, Budget, Exceeded, Finding};

mod address;
pub(crate) use address::{public_building, street_word, suffixed_street, STREET_WORDS};
mod email;
mod plates;

pub(super) fn word<'a>(text: &'a str, tokens: &[Tok], i: usize) -> Option<&'a str> {
    tokens
        .get(i)
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| text_of(text, t))
}

pub(super) fn is_cap(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && chars.any(char::is_lowercase)
}

pub(super) fn single_space(tokens: &[Tok], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| matches!(t.kind, TokKind::Space { newline: false }))
}

/// Runs the word detectors, each a single pass with bounded look-around.
pub fn scan(
    text: &str,
    tokens: &[Tok],
    lists: &Lists,
    places: Option<&Gazetteer>,
    out: &mut Vec<Finding>,
    budget: &mut Budget,
) -> Result<(), Exceeded> {
    email::emails(text, tokens, out, budget)?;
    plates::plates(text, tokens, lists, out, budget)?;
    address::addresses(text, tokens, out, budget)?;
    crate::names::scan(text, tokens, lists, places, out, budget)
}

#[cfg(test)]
mod tests {
    use crate::{Guard, Kind};

    fn found(text: &str) -> Vec<(Kind, &str)> {
        Guard::new()
            .scan(text)
            .findings
            .iter()
            .map(|f| (f.kind, &text[f.start..f.end]))
            .collect()
    }

    #[test]
    fn emails() {
        assert_eq!(
            found("Skriv till anna.k_92@skola.stockholm.se."),
            vec![(Kind::Email, "anna.k_92@skola.stockholm.se")]
        );
        assert_eq!(
            found("mejl: x+y@exempel.se"),
            vec![(Kind::Email, "x+y@exempel.se")]
        );
        // A form's template of an address is none.
        assert_eq!(
            found("E-post: förnamn.efternamn@kommunen.se i mallen."),
            vec![]
        );
        assert_eq!(
            found("Mejla anna.svensson@gmail,com idag."),
            vec![(Kind::Email, "anna.svensson@gmail,com")]
        );
        assert_eq!(
            found("Mejla ali punkt hassan at gmail punkt com."),
            vec![(Kind::Email, "ali punkt hassan at gmail punkt com")]
        );
        // An @ without a domain is no address.
        assert!(found("Vi ses @ fritidsgården, eller @hemma.").is_empty());
    }

    #[test]
    fn emails_with_the_at_sign_in_brackets() {
        assert_eq!(
            found("Skriv till tarvo.q(@)natpost.example i dag."),
            vec![(Kind::Email, "tarvo.q(@)natpost.example")]
        );
        assert_eq!(
            found("Skriv till tarvo.q[@]natpost.example i dag."),
            vec![(Kind::Email, "tarvo.q[@]natpost.example")]
        );
        // A spelled-out "at" between two hash signs, as between brackets.
        assert_eq!(
            found("Skriv till tarvo.q#at#natpost.example i dag."),
            vec![(Kind::Email, "tarvo.q#at#natpost.example")]
        );
        // A hashtag is no address.
        assert!(found("Vi ses #at #natpost i dag.").is_empty());
    }

    #[test]
    fn emails_with_every_dot_written_out_or_set_apart() {
        // A bracketed "at" and "dot", or "snabel-a", are no ordinary words: any top-level
        // domain will do (a plain " punkt " still needs a common one).
        assert_eq!(
            found("Anmälan till styrelsen(at)ungdomsforum(dot)org.uk senast fredag."),
            vec![(Kind::Email, "styrelsen(at)ungdomsforum(dot)org.uk")]
        );
        assert_eq!(
            found("Adressen var bo_k (snabel-a) natpost (punkt) travel på affischen."),
            vec![(Kind::Email, "bo_k (snabel-a) natpost (punkt) travel")]
        );
        assert_eq!(
            found("Svar till liv{punkt}ek{at}skolverket-test{punkt}museum tack"),
            vec![(Kind::Email, "liv{punkt}ek{at}skolverket-test{punkt}museum")]
        );
        // Spaces around every point, as around the @.
        assert_eq!(
            found("skicka till yusuf . demir @ hotmail . com ikväll"),
            vec![(Kind::Email, "yusuf . demir @ hotmail . com")]
        );
        // A plain "punkt" or "at" is ordinary text unless a common domain ends it.
        assert!(found("Vi satte punkt vid tre at least punkt slut.").is_empty());
        // A spaced point before a capital ends the sentence, not the address.
        assert_eq!(
            found("Skriv till ali @ gmail.com . Sedan ringer vi."),
            vec![(Kind::Email, "ali @ gmail.com")]
        );
    }

    #[test]
    fn emails_after_snabel_a_or_in_english_words() {
        // After "snabel-a" the plain " punkt " joins labels to any top-level domain, in the
        // local part too.
        assert_eq!(
            found("Ny adress: b.lind punkt 77 snabel-a posten punkt test"),
            vec![(Kind::Email, "b.lind punkt 77 snabel-a posten punkt test")]
        );
        // " at " and " dot " together, the domain in lower case.
        assert_eq!(
            found("Mejla kansli at ungbo dot local om lokalen."),
            vec![(Kind::Email, "kansli at ungbo dot local")]
        );
        // Not " at " with a Swedish " punkt ", nor a capital after " dot ".
        assert!(found("Han kom at last punkt slut.").is_empty());
        assert!(found("Vi sa: at noon dot Then we left.")
            .iter()
            .all(|(k, _)| *k != Kind::Email));
    }

    #[test]
    fn emails_with_a_doubled_at_or_snabela() {
        // A doubled @ is a typo that still points at the address.
        assert_eq!(
            found("Skicka till vera.holm@@kansliet.example idag."),
            vec![(Kind::Email, "vera.holm@@kansliet.example")]
        );
        // "snabela" is "snabel-a" without its dash: bracketed, any top-level domain.
        assert_eq!(
            found("mejla pia_dahl (snabela) postlada.test om lokalen"),
            vec![(Kind::Email, "pia_dahl (snabela) postlada.test")]
        );
        // Plain, it needs a common one, as " at " does.
        assert_eq!(
            found("mejla pia_dahl snabela postlada.se"),
            vec![(Kind::Email, "pia_dahl snabela postlada.se")]
        );
        assert!(found("Vi ses @@ gården.").is_empty());
    }

    #[test]
    fn emails_with_an_at_sign_encoded_or_drawn() {
        assert_eq!(
            found("Skriv till idun.kvarn&#64;fritid.example i dag."),
            vec![(Kind::Email, "idun.kvarn&#64;fritid.example")]
        );
        assert_eq!(
            found("Länken var mailto:idun.kvarn%40fritid.example i mejlet."),
            vec![(Kind::Email, "idun.kvarn%40fritid.example")]
        );
        assert_eq!(
            found("adressen är idun.kvarn🐘fritid.example"),
            vec![(Kind::Email, "idun.kvarn🐘fritid.example")]
        );
        // Not a share or an entity set apart from words.
        assert!(found("Rabatt 20%40 kr och &#64; ensamt.").is_empty());
        // "(a)" glued between the local part and the domain; not a list item.
        assert_eq!(
            found("svara till edda.w(a)kören.example snarast"),
            vec![(Kind::Email, "edda.w(a)kören.example")]
        );
        assert!(found("Välj (a) eller (b) i listan.").is_empty());
    }

    #[test]
    fn a_plate_read_aloud_after_a_word_about_vehicles() {
        assert_eq!(
            found("Bilens skylt lästes som KMB fem noll två i radion."),
            vec![(Kind::Plate, "KMB fem noll två")]
        );
        // Without a word about vehicles, or with a fourth digit, it is something else.
        assert!(found("Rum KMB fem noll två.").is_empty());
        assert!(found("bilen KMB fem noll två sex").is_empty());
    }

    #[test]
    fn a_plate_with_a_slash_after_a_word_about_vehicles() {
        assert_eq!(
            found("Bilen, TKV/48O, stod på gästplatsen."),
            vec![(Kind::Plate, "TKV/48O")]
        );
        assert_eq!(found("regnr: RDM/715"), vec![(Kind::Plate, "RDM/715")]);
        // Without such a word, letters and a number by a slash are a registry's.
        assert!(found("Beslut KSN/715 och SDN/2024.").is_empty());
    }

    #[test]
    fn an_address_with_its_at_sign_and_its_points_spelled_or_encoded() {
        // An @ glued between the parts makes " punkt " a point whatever the domain.
        assert_eq!(
            found("skriv till a_hallbom@posten punkt example"),
            vec![(Kind::Email, "a_hallbom@posten punkt example")]
        );
        // A hexadecimal HTML entity for the @.
        assert_eq!(
            found("<a>hulda.r&#x40;skolan.example</a>"),
            vec![(Kind::Email, "hulda.r&#x40;skolan.example")]
        );
        // A reserved top-level domain for examples, after a spelled "at".
        assert_eq!(
            found("mejla hallbom at postlada.example idag"),
            vec![(Kind::Email, "hallbom at postlada.example")]
        );
        // A sentence with a spaced @ and the word "punkt" is no address.
        assert!(found("Vi ses @ torget punkt slut.").is_empty());
    }

    #[test]
    fn road_numbers_are_no_addresses() {
        assert!(found("Olyckan på riksväg 40 och Länsväg 512 stängde vägarna.").is_empty());
        assert_eq!(
            found("Hon bor på Tallvägen 14 nu."),
            vec![(Kind::Address, "Tallvägen 14")]
        );
    }

    #[test]
    fn danish_polish_and_moped_plates_after_a_word_about_vehicles() {
        assert_eq!(
            found("Den danska bilen BK 38 604 stod kvar."),
            vec![(Kind::Plate, "BK 38 604")]
        );
        assert_eq!(
            found("Skylten var polsk: KTA 81R4 på en Skoda."),
            vec![(Kind::Plate, "KTA 81R4")]
        );
        assert_eq!(
            found("En moped, TGL 63, körde på skolgården."),
            vec![(Kind::Plate, "TGL 63")]
        );
        // Without a word about vehicles these shapes are other things.
        assert!(found("Rum BK 38 604 och avsnitt TGL 63.").is_empty());
    }

    #[test]
    fn plates_with_points_between_every_character_or_a_zero_for_o() {
        // After a word about vehicles, points (or middle dots) between every character.
        assert_eq!(
            found("bilen hade D·K·M 3·1·7 på sig"),
            vec![(Kind::Plate, "D·K·M 3·1·7")]
        );
        assert!(found("se t.o.m 123 och o.s.v 1.2.3").is_empty());
        // A zero typed for the letter O among the letters.
        assert_eq!(
            found("Det kan ha varit H0G 25T."),
            vec![(Kind::Plate, "H0G 25T")]
        );
        assert!(found("Papper A0 123 och A0B 12.").is_empty());
    }

    #[test]
    fn foreign_and_diplomatic_plates() {
        // A German plate after a word about vehicles.
        assert_eq!(
            found("Husbilen hade skylten HH-RT 219 i går."),
            vec![(Kind::Plate, "HH-RT 219")]
        );
        // A diplomatic plate: with its prefix, or after a word about vehicles.
        assert_eq!(
            found("En bil med CC 408 F stod kvar."),
            vec![(Kind::Plate, "CC 408 F")]
        );
        assert_eq!(
            found("Ambassadbilen, GW 715 T, stod där."),
            vec![(Kind::Plate, "GW 715 T")]
        );
        // Without a word about vehicles the shapes are other things.
        assert!(found("Se SS-EN 1176 om lekplatser.").is_empty());
        assert!(found("Avsnitt AB 123 C i rapporten.").is_empty());
    }

    #[test]
    fn plates_of_other_countries_scripts_and_shapes() {
        // After a word about vehicles: five digits, or four and a final capital.
        assert_eq!(
            found("Bilen NK 40712 stod vid tullen."),
            vec![(Kind::Plate, "NK 40712")]
        );
        assert_eq!(
            found("Lastbilen hade KRA 5137T bak."),
            vec![(Kind::Plate, "KRA 5137T")]
        );
        // A year, or an amount, after a word about vehicles is neither.
        assert!(found("Bilen köptes för SEK 45000 förra året.").is_empty());
        assert!(found("Bilen från SSP 2025 står kvar.").is_empty());
        // Without a word about vehicles, a code.
        assert!(found("Se rapport NK 40712 om detta.").is_empty());
        // Cyrillic capitals that look like Latin ones.
        assert_eq!(
            found("skylten stod som РТС 593 på bilden"),
            vec![(Kind::Plate, "РТС 593")]
        );
        assert_eq!(found("ТАКС 593 кг"), vec![]);
        // A point glued between letters and digits, after a word about vehicles.
        assert_eq!(found("mopeden: DKW.41F"), vec![(Kind::Plate, "DKW.41F")]);
        assert!(found("Se avsnitt DKW.41 i boken.").is_empty());
        // A personalised plate after "personlig" and a word for a plate.
        assert_eq!(
            found("Han har den personliga skylten LOKE7 på Saaben."),
            vec![(Kind::Plate, "LOKE7")]
        );
        assert_eq!(found("Personlig skylt: FIKA"), vec![(Kind::Plate, "FIKA")]);
        assert!(found("Vi satte upp skylten EXIT vid dörren.").is_empty());
        // After a word for a code or a receipt, a plate's shape is the code.
        assert!(found("Rabattkoden TRX-418 gäller i maj.").is_empty());
        assert!(found("Kvittonummer: MPL 274").is_empty());
        assert_eq!(
            found("Bilen med kod TRX-418 stod kvar."),
            vec![(Kind::Plate, "TRX-418")]
        );
    }

    #[test]
    fn plates_spaced_or_dashed_throughout() {
        // Letters spaced one by one and set apart from the digits by a dash.
        assert_eq!(
            found("Regnr: K L M - 3 0 6"),
            vec![(Kind::Plate, "K L M - 3 0 6")]
        );
        assert_eq!(
            found("Han körde iväg, skylten var T F R - 2 9 1 enligt vittnet."),
            vec![(Kind::Plate, "T F R - 2 9 1")]
        );
        // A dash between every character in lower case, after a word about vehicles.
        assert_eq!(
            found("mopeden hade h-k-r-3-0-1 tror jag"),
            vec![(Kind::Plate, "h-k-r-3-0-1")]
        );
        // Without one, dashed lower-case letters stay letters.
        assert!(found("sa han: a-b-c-1-2-3, som en ramsa").is_empty());
        // An abbreviation in lower case is a plate's letters after a word about vehicles
        // (found by the property test of disguises), and no plate without one.
        assert_eq!(
            found("De körde en röd bil, hvb412, förbi skolan."),
            vec![(Kind::Plate, "hvb412")]
        );
        assert!(found("Placering på hvb 412 dagar i fjol.").is_empty());
    }

    #[test]
    fn plates() {
        for p in [
            "ABC 123",
            "ABC123",
            "ABC 12A",
            "XYZ12D",
            "A B C 123",
            "ABC 1 2 3",
            "A B C 1 2 3",
            "ABC-123",
        ] {
            assert_eq!(
                found(&format!("Bilen {p} stod där.")),
                vec![(Kind::Plate, p)]
            );
        }
        // Spaced one by one in lower case, without a word about vehicles.
        assert_eq!(
            found("kolla r t m 5 0 2 på parkeringen"),
            vec![(Kind::Plate, "r t m 5 0 2")]
        );
        assert!(found("punkt a b c 123").is_empty());
        // A dash between every letter and digit, or the last letter written apart, in
        // capitals.
        assert_eq!(
            found("Skylten löd R-K-T 4-0-9 enligt kameran."),
            vec![(Kind::Plate, "R-K-T 4-0-9")]
        );
        assert_eq!(
            found("Han noterade GYX 71 F vid infarten."),
            vec![(Kind::Plate, "GYX 71 F")]
        );
        assert!(found("se t-o-m 1-2-3 i listan").is_empty());
        assert!(found("Avsnitt ABC 12 A ska läsas.").len() <= 1);
        // Abbreviations followed by a year or a number are registry or law references.
        for t in [
            "Dnr SOF 2024/264",
            "SOL 123",
            "LVU 2 §",
            "HVB 100",
            "BUP 123 besök",
            "SFI 300 timmar",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn addresses() {
        // A street glued to its number.
        assert_eq!(
            found("bor på Fagerstagatan17 sedan i fjol"),
            vec![(Kind::Address, "Fagerstagatan17")]
        );
        for a in [
            "Ringvägen 12B",
            "Götgatan 5 lgh 1102",
            "Storgatan 3, 2 tr",
            "Skolgränd 4",
            "Kvarnbacken 7",
            "Stortorget 2",
            "Ekstigen 11",
            "Solbergaleden 40",
            "Kyrkogata 3",
            "Tallbacksväg 9",
            "Linnégatan 5",
            "Storgatan 12 B",
        ] {
            assert_eq!(
                found(&format!("Hon bor på {a} nu.")),
                vec![(Kind::Address, a)],
                "{a}"
            );
        }
        // A street without a house number is a public place.
        assert!(found("Demonstrationen gick längs Götgatan och Ringvägen.").is_empty());
        assert!(found("De möttes på Sergels torg och Medborgarplatsen.").is_empty());
        // A public building's address, or one called public, is the body's.
        for t in [
            "Rådhuset, Torggatan 4, har stängt i dag.",
            "Polishuset på Stationsvägen 2 tog emot anmälan.",
            "Forsbadet, Vallby strandväg 9, har stängt bassängen.",
            "Enheten flyttar till Bryggvägen 3 (kommunens kontor, offentlig adress).",
            "Ifylld som i mallen: Exempelvägen 8, 765 43 Exempelort.",
            // An administration named by its district before, or after in the sentence.
            "Socialförvaltningen Ekdala, Lärkstigen 9, har öppet i dag.",
            "Tjänsteställe: Tallåsvägen 12, stadsdelsförvaltningen.",
        ] {
            assert!(found(t).is_empty(), "{t}");
        }
        assert_eq!(
            found("Hon bor på Ängsvägen 17 nära badet."),
            vec![(Kind::Address, "Ängsvägen 17")]
        );
        // A street abbreviated with a point before its number.
        assert_eq!(
            found("hon bor på ekbacksv. 4 sedan i vintras"),
            vec![(Kind::Address, "ekbacksv. 4")]
        );
        assert_eq!(
            found("Adress: Lövängsg. 39 B"),
            vec![(Kind::Address, "Lövängsg. 39 B")]
        );
        // Without the point, capitalised, when an entrance's letter follows the number.
        assert_eq!(
            found("Han bor på Ekbacksv 4 C, skrev hon."),
            vec![(Kind::Address, "Ekbacksv 4 C")]
        );
        // A word that ends a sentence before a count is none.
        assert!(found("Vi sågs i helg. 12 kom.").is_empty());
        // A time of day after a square is no house number.
        assert!(found("Vandringen startar vid Kvarnbacka torg 19.30 i kväll.").is_empty());
        assert_eq!(
            found("Hon bor på Kvarnbacka torg 19 nu."),
            vec![(Kind::Address, "Kvarnbacka torg 19")]
        );
    }

    #[test]
    fn house_numbers_in_words_after_nummer_a_genitive_or_in_lower_case() {
        assert_eq!(
            found("Han bor på Slånbärets väg nummer tolv."),
            vec![(Kind::Address, "Slånbärets väg nummer tolv")]
        );
        assert_eq!(
            found("hon bor på krusbärsvägen sextioåtta nu"),
            vec![(Kind::Address, "krusbärsvägen sextioåtta")]
        );
        assert_eq!(
            found("Lämna det på Smultrongatan nr. nittio."),
            vec![(Kind::Address, "Smultrongatan nr. nittio")]
        );
        // A slope's, a path's or a square's street in the definite form too.
        assert_eq!(
            found("Adress Lönnbacken tjugosex"),
            vec![(Kind::Address, "Lönnbacken tjugosex")]
        );
        // A preposition that takes no count after the number.
        assert_eq!(
            found("Adressen var Krusbärsvägen nittiotre enligt mamman."),
            vec![(Kind::Address, "Krusbärsvägen nittiotre")]
        );
        // What was counted along a street, and a pronoun, are no house numbers.
        assert!(found("vi gick längs storgatan tre gånger").is_empty());
        assert!(found("på storgatan vi och de andra").is_empty());
    }

    #[test]
    fn house_numbers_in_words_after_a_street_word_standing_apart() {
        assert_eq!(
            found("De bor på Vällingby allé nummer femtiofyra."),
            vec![(Kind::Address, "Vällingby allé nummer femtiofyra")]
        );
        assert_eq!(
            found("adress: kvarnby gata tolv"),
            vec![(Kind::Address, "kvarnby gata tolv")]
        );
        // What was counted there.
        assert!(found("Vi gick över Ödeby torg tre gånger.").is_empty());
    }

    #[test]
    fn a_street_without_a_street_ending_where_the_text_says_it_is_a_home() {
        assert_eq!(
            found("Familjen bor på Tranbärsmyren 12 sedan i våras."),
            vec![(Kind::Address, "Tranbärsmyren 12")]
        );
        assert_eq!(
            found("Klagomålet gäller Tranbärsmyren 12 B, lgh 1203."),
            vec![(Kind::Address, "Tranbärsmyren 12 B, lgh 1203")]
        );
        // A place with a number that is no home.
        assert!(found("Mötet hölls på Tranbärsmyren 12 gånger i år.").is_empty());
        assert!(found("Vi var på Konserthuset 2 timmar.").is_empty());
    }

    #[test]
    fn a_post_box_capitalised_inside_a_sentence() {
        assert_eq!(
            found("Brevet skickades från Box 31207 i förra veckan."),
            vec![(Kind::Address, "Box 31207")]
        );
        // A box of things opening a sentence, and a short number.
        assert!(found("Box 31207 innehåller pärmar.").is_empty());
        assert!(found("Lägg det i Box 3 på hyllan.").is_empty());
    }

    #[test]
    fn a_number_after_a_street_that_is_a_share_or_a_sum() {
        assert!(found("Andelen vid terminens slut 64 procent.").is_empty());
        assert!(found("Andelen vid terminens slut 64 %.").is_empty());
    }

    #[test]
    fn house_numbers_in_words() {
        assert_eq!(
            found("Hon bor på Tegnérgatan sjuttiotre och trivs."),
            vec![(Kind::Address, "Tegnérgatan sjuttiotre")]
        );
        assert_eq!(
            found("Adress: Björkvägen fem."),
            vec![(Kind::Address, "Björkvägen fem")]
        );
        // Hundreds.
        assert_eq!(
            found("Adressen: Tallmossegatan tvåhundraelva, andra våningen."),
            vec![(Kind::Address, "Tallmossegatan tvåhundraelva")]
        );
        assert_eq!(
            found("Adress: Tallmossegatan trehundrafemton."),
            vec![(Kind::Address, "Tallmossegatan trehundrafemton")]
        );
        // A count after a street is no house number.
        assert!(found("Vi gick längs Ringvägen tre gånger.").is_empty());
        // So are a count or a duration in digits, a second day before a month, and a
        // compound glued by a hyphen.
        for t in [
            "Vakterna gick längs Brännvinsgatan 4 gånger under natten.",
            "Släpet stod på Tallmossevägen 3 dygn innan det hämtades.",
            "Insamlingen pågick på Lönnbacksgatan 5 och 12 mars.",
            "Lönnbacksvägen 75-årsfirande samlade många.",
            "Svar per enhet: Lönnbacksvägen 11/14 och resten 3/9.",
            "Gruppen stod på Tallmossevägen 4 kvällar och 2 nätter i rad.",
            "Mötet hålls i Lillsalen plan 2 och i Konferensrummet plan 4.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        // A number before its street in English, a plus for a space in a link, the
        // number after a comma and "nr".
        for (t, a) in [
            ("She lives at 7 Lönnbacksgatan now.", "7 Lönnbacksgatan"),
            // A property designation after "fastigheten".
            (
                "De äger fastigheten Solna Kvarnlo 3 sedan 2019.",
                "Solna Kvarnlo 3",
            ),
            ("Fastigheten Tallbo 4:12 såldes i maj.", "Tallbo 4:12"),
            // The same order in Swedish after a verb of living and "på" or "till".
            ("Han bor på 42 Kvällsgatan, skrev hon.", "42 Kvällsgatan"),
            ("Hon flyttade till 7 Tallbovägen i maj.", "7 Tallbovägen"),
            (
                "karta: maps.example/?q=Tallmossevägen+9,+Solna",
                "Tallmossevägen+9",
            ),
            ("Gata: Brännvinsgatan, nr 31", "Brännvinsgatan, nr 31"),
        ] {
            assert_eq!(found(t), vec![(Kind::Address, a)], "{t}");
        }
        assert!(found("Vi sågs i 3 Lönnbacksgatan-projekt.").is_empty());
        // A house number stays one before a floor or a small word.
        assert_eq!(
            found("Hon bor på Brännvinsgatan 4 och jobbar i city."),
            vec![(Kind::Address, "Brännvinsgatan 4")]
        );
        assert_eq!(
            found("Adress: Tallmossevägen 12, entré B."),
            vec![(Kind::Address, "Tallmossevägen 12")]
        );
    }

    #[test]
    fn post_office_boxes_spaced_streets_and_broken_lines() {
        // A post-office box with its postal code, or after a word for an address.
        assert_eq!(
            found("Returnera blanketten till Box 5123, 113 55 Stockholm"),
            vec![(Kind::Address, "Box 5123"), (Kind::PostalCode, "113 55")]
        );
        assert_eq!(
            found("Returadress: Box 88"),
            vec![(Kind::Address, "Box 88")]
        );
        // A street spelt out whose suffix is "-svängen", "-slingan" or "-stråket", the
        // number after two spaces.
        assert_eq!(
            found("Hon bor på T a l l s l i n g a n  7 nu."),
            vec![(Kind::Address, "T a l l s l i n g a n  7")]
        );
        assert_eq!(
            found("skrev h a g s v ä n g e n 2 3 i chatten"),
            vec![(Kind::Address, "h a g s v ä n g e n 2 3")]
        );
        // A box of biscuits, or a box as a thing, is none.
        assert!(found("Vi köpte en box 12 st pennor.").is_empty());
        assert!(found("Lägg lappen i Box 3 på hyllan.").is_empty());
        // A street spelt letter by letter, its number digit by digit.
        assert_eq!(
            found("han postade B j ö r k v ä g e n 4 i chatten"),
            vec![(Kind::Address, "B j ö r k v ä g e n 4")]
        );
        assert_eq!(
            found("skrev l i n d g a t a n 2 7 i chatten"),
            vec![(Kind::Address, "l i n d g a t a n 2 7")]
        );
        // Letters of a word that is no street, or a street without a number, are none.
        assert!(found("han skrev h e j d å 2 gånger").is_empty());
        assert!(found("Hon stavade V ä s t e r g a t a n högt.").is_empty());
        // A street at the end of a line and its number alone on the next.
        assert_eq!(
            found("Hon skrev:\nÄngsvägen\n17\nmvh"),
            vec![(Kind::Address, "Ängsvägen\n17")]
        );
        // With a house letter after a space.
        assert_eq!(
            found("Hon skrev Ängsvägen\n17 B, tror jag."),
            vec![(Kind::Address, "Ängsvägen\n17 B")]
        );
        // Not a street before a line that goes on with words.
        assert!(found("Vi gick längs Götgatan\n3 elever följde med.").is_empty());
        // Streets named after a glade or a slope.
        assert_eq!(
            found("Han bor på Tallgläntan 7 nu."),
            vec![(Kind::Address, "Tallgläntan 7")]
        );
    }

    #[test]
    fn streets_named_after_a_field_or_a_valleys_floor() {
        assert_eq!(
            found("De flyttade till Tallängsgärdet 4 i maj."),
            vec![(Kind::Address, "Tallängsgärdet 4")]
        );
        assert_eq!(
            found("Adress: Ekbacksbotten 9, 2 tr"),
            vec![(Kind::Address, "Ekbacksbotten 9, 2 tr")]
        );
    }

    #[test]
    fn names_need_capitals_and_context() {
        assert_eq!(
            found("Mannen Ahmed Yilmaz kom."),
            vec![(Kind::Name, "Ahmed Yilmaz")]
        );
        assert_eq!(
            found("Vi såg Zlatan Andersson."),
            vec![(Kind::Name, "Zlatan Andersson")]
        );
        assert_eq!(
            found("Vårdnadshavaren Okonkwo ringde."),
            vec![(Kind::Name, "Okonkwo")]
        );
        assert_eq!(
            found("Johannas mamma ringde."),
            vec![(Kind::Name, "Johannas")]
        );
        assert_eq!(found("Kim sa nej."), vec![(Kind::Name, "Kim")]);
        assert_eq!(
            found("Dag Hammarskjöld var där."),
            vec![(Kind::Name, "Dag Hammarskjöld")]
        );
        assert_eq!(found("Sedan kom Björn."), vec![(Kind::Name, "Björn")]);
        for t in [
            "Samma dag kom de.",
            "Hon hade en rosa jacka och en ros.",
            "Vi såg en björn och malin.",
            "Dag två var lugnare.",
            "Stig in!",
            "Hans mamma ringde.",
            "Alla kom. Klara kom inte.",
            "Linné besökte parken.",
            "Igår Andersson",
        ] {
            assert!(
                found(t).iter().all(|(_, s)| *s == "Andersson"),
                "{t}: {:?}",
                found(t)
            );
        }
    }

    /// A run of bare at-signs is no address and no work: it was refused as too much work
    /// when every at-sign paid for the look-around an address needs.
    #[test]
    fn a_run_of_bare_at_signs_is_clean() {
        for text in [
            "@".repeat(40),
            "@".repeat(5000),
            vec!["@"; 3000].join(" "),
            format!("Rubrik\n{}\nText", "@".repeat(200)),
        ] {
            let scan = Guard::new().scan(&text);
            assert!(scan.is_clean(), "{:?}", scan.verdict);
        }
        // An address after such a run is still found.
        let text = format!("{} kim.berg@skola.example", "@ ".repeat(2000));
        assert_eq!(found(&text), vec![(Kind::Email, "kim.berg@skola.example")]);
    }

    #[test]
    fn a_bridge_and_a_passage_standing_apart_are_streets() {
        assert_eq!(
            found("Tornets bro 14\n813 27 Ödeby"),
            vec![
                (Kind::Address, "Tornets bro 14"),
                (Kind::PostalCode, "813 27")
            ]
        );
        // After a label the street's first word of position is read with it.
        assert_eq!(
            found("Adress: Smala Ekbackens passagen 3"),
            vec![(Kind::Address, "Smala Ekbackens passagen 3")]
        );
        // "Främre", "bortre" and "mellersta" are words of position, as "västra" is.
        assert_eq!(
            found("hon bor på bortre skogsbacken 4"),
            vec![(Kind::Address, "bortre skogsbacken 4")]
        );
        // A row of a table is numbered, no street.
        assert!(found("Importen stannade på rad 214.").is_empty());
    }
}
