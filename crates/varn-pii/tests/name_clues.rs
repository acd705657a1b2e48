//! The name model's clues, one test per rule: where a name written without capitals is
//! found, and which capitalised words and capitals are no names. The sentences are written
//! for these tests, not taken from a corpus.

use varn_pii::{Guard, Kind};

fn names(text: &str) -> Vec<&str> {
    Guard::new()
        .scan(text)
        .findings
        .iter()
        .filter(|f| f.kind == Kind::Name)
        .map(|f| &text[f.start..f.end])
        .collect()
}

fn has(text: &str, name: &str) {
    let found = names(text);
    assert!(
        found.iter().any(|f| f.contains(name) || name.contains(f)),
        "{name} not found in {text:?}: {found:?}"
    );
}

fn none(text: &str) {
    assert!(names(text).is_empty(), "{text:?}: {:?}", names(text));
}

#[test]
fn the_subject_of_a_clause() {
    has(
        "Vi vet inte eftersom rozerin som hade koll har slutat.",
        "rozerin",
    );
    has("nguyen van thanh som driver kiosken blev hotad.", "nguyen");
    has("hej. dilara i 8c sa att hon var rädd.", "dilara");
    has("att aynur har slutat vet alla.", "aynur");
}

#[test]
fn labels_numbers_and_lists() {
    has(
        "Skärmdump: \"kerem yıldız: vi ses vid torget\".",
        "kerem yıldız",
    );
    has(
        "Lista: 1. Tove Ek 060118-2249 2. ramin sadeghi 060730 4151.",
        "ramin sadeghi",
    );
    has("Kontaktperson: nasra farah, 070-123 45 67.", "nasra farah");
    has("Närvarande: linnea, soran och behrouz.", "soran");
    has("såg warsame o ilyas abdi vid torget", "ilyas abdi");
}

#[test]
fn greetings_topics_roles_and_reported_speech() {
    has("Hälsningar,\nmirela", "mirela");
    has("mvh gulnaz", "gulnaz");
    has(
        "hej igen, angående dunja (inte samma som förra året)",
        "dunja",
    );
    has("hennes storebror baran har skrivit hot.", "baran");
    has("Han sover hemma hos delal numera.", "delal");
    has("– Det var inte jag, säger tahir.", "tahir");
    has(
        "I chatten skriver kasper att han har skaffat grejer.",
        "kasper",
    );
    has("serwas mamma ringde i morse.", "serwas");
    has("grannen birgitta sa att det luktade rök.", "birgitta");
    // "bad" after a name is the verb, not a bath named after a person.
    has("läraren torsten bad eleverna gå ut.", "torsten");
    none("Mannen presenterade sig som hans kusin.");
    has("igår kom milad och två andra killar till gården.", "milad");
    has("jag tror att kevin och noah har skrivit det.", "noah");
    has("det var rebecka som såg det först.", "rebecka");
    has("mamman (leila) vill inte att vi ringer.", "leila");
    for t in [
        "igår kom polisen och snackade med ungdomarna om snus och vape.",
        "eleverna pratade om fortnite och roblox hela rasten.",
        "vi pratade om adhd och autism på apt.",
        "wallah bror det var inte jag sa han.",
        "igår kom ambulansen till skolan.",
    ] {
        none(t);
    }
}

#[test]
fn surnames_kunyas_and_user_names() {
    has(
        "en anställd, aleksi korhonen, har delat inlägg.",
        "aleksi korhonen",
    );
    has("hon pratar ofta om umm khadija.", "umm khadija");
    has(
        "Kontot ella.lindqvist#0451 har delat bilder.",
        "ella.lindqvist",
    );
    has("Användaren dilan.aksoy_09 skrev hotet.", "dilan.aksoy_09");
    has(
        "Han skriver som oscar.hellberg04 på Discord.",
        "oscar.hellberg04",
    );
    none("Se rapport_final.docx och www.flashback.org.");
    none("Look at this.example please.");
}

#[test]
fn abbreviations_and_code_are_no_names() {
    none("Vi har pratat med IT om filter och råd från HR.");
    none("Vi rapporterar till KS och SSPF.");
    none("Reg.nr enligt vittnet var oklart.");
    none("Formeln =SUMMA(A1:A3) och HYPERLINK \"https://exempel.se\" i dokumentet.");
    has("Han umgås med CEM numera.", "CEM");
    has("Eleven MERT i 8B har ritat symboler.", "MERT");
    // A parameter's key between ";" and "=" in a vCard.
    none("Raden i kortet: ADR;LABEL=HEM:;;;");
}

#[test]
fn things_named_quoted_and_foreign() {
    none("En elev visade en Discordserver som heter \"Nordvind Rising\".");
    none("Gruppen heter \"Södra Lejonen\" på Telegram.");
    none("Hoten kom från ett konto med namnet \"Kara Kartal\".");
    none("Klotter med texten \"Free Tibet\" på muren.");
    none("Tatueringen \"Unsere Ehre ist Treue\" syntes.");
    none("Klotter: \"Kill all the fascists\" vid skolan.");
    none("Bilen var en grön Berlingo med skåp.");
    none("Hon hade skrivit \"Landsförrädare\" på dörren.");
    has(
        "Det står \"Viva Ernesto el comandante\" på muren.",
        "Ernesto",
    );
    has("Hon kallas \"Lillan\" av de andra.", "Lillan");
    has("dom kallar honom lillen och han är typ 15.", "lillen");
    none("Han ska ta en lärare som kallat honom terrorist.");
    none("Han kallas in på samtal.");
}

#[test]
fn festivals_countries_and_common_words_are_no_names() {
    none("Punkt 2: planering inför Lucia.");
    none("Vi firade Lucia i aulan.");
    none("Han ska göra som i Nya Zeeland.");
    none("Storm i natt gjorde att bussen var sen.");
    none("Fred är viktigt för oss alla.");
    none("Under Järvaveckan och Almedalsveckan hölls seminarier.");
    has("Lucia Andersson ringde.", "Lucia");
}

/// Rules added after the second held-out file became development data (eval/HISTORY.md);
/// the sentences are new, not the corpus's.
#[test]
fn a_possessive_and_a_noun_point_at_a_person() {
    has("jag tror min arbetskamrat nurcan vet mer", "nurcan");
    has("hennes morbror dawit kom och hämtade henne", "dawit");
    none("min mobil laddar inte och hans jacka är kvar");
}

#[test]
fn a_role_in_brackets_or_after_a_comma() {
    has(
        "zehra aksoy (skolsköterska) hörde av sig i morse",
        "zehra aksoy",
    );
    has(
        "enligt anteckningen ringde birtukan, kuratorn, två gånger",
        "birtukan",
    );
    none("mötet (kurator och rektor) flyttas till fredag");
}

#[test]
fn a_signature_after_a_slash() {
    has("ring om ni undrar något.\n/mateus", "mateus");
    has("Tack för i dag //ilona", "ilona");
    none("gäller SoL /LVU och bilagan");
    none(r#"=hyperlink("http://okand.example/?d="&A2,"Klicka här")"#);
    none("se /mallar.docx i mappen");
}

#[test]
fn a_word_before_och_and_a_name() {
    has("hon sa att tigist och Mehret Tesfaye bråkat", "tigist");
    has("de e rahel o senait som skriver där varje natt", "rahel");
    none("svart och Vit tröja, sa vakten");
}

#[test]
fn a_capitalised_word_after_an_initial() {
    has("Lappen på dörren sa bara K. Lax.", "Lax");
    none("Se bilaga B. Sammanfattningen följer.");
}

#[test]
fn a_subject_with_its_place_after_a_possessive() {
    has("vesna i min klass brukar sitta längst bak", "vesna");
    has("bilal på vår fritidsgård pratar om resan", "bilal");
}

#[test]
fn words_in_text_all_in_capitals() {
    has("NI SKA FÅ SE ATT VI HITTAR DIG TEMESGEN", "TEMESGEN");
    none("SIEG HEIL STOD DET PÅ VÄGGEN");
}

#[test]
fn an_institution_word_ends_a_name_and_makes_a_place() {
    none("Ansökan kom från Dar Salam Kulturcenter i går.");
    has("Ansökan kom från Sana Idris i går.", "Sana Idris");
}

#[test]
fn a_word_written_with_an_accent_by_choice_is_the_word() {
    none("Muséet har stängt. Kaféet också.");
}

#[test]
fn a_word_before_pa_and_an_address() {
    has("grannen under biniam på tornvägen 14 klagade", "biniam");
    none("vi ses utanför affären på Storgatan 12");
}

// Added when the third held-out file became development data: each rule on sentences
// written for it.

#[test]
fn a_name_spaced_letter_by_letter() {
    has(
        "hon skrev att k a t a r i n a tog bilden",
        "k a t a r i n a",
    );
    has("M i l o š kom inte till träffen", "M i l o š");
    // A run of the alphabet, a word and too few letters are no names.
    none("Svara a b c d eller e på frågan.");
    none("Rubriken skrevs s t o r t på affischen.");
    none("Välj x y z i menyn.");
}

#[test]
fn a_name_found_once_is_found_again() {
    // A listed name that is also a word opens a sentence: found when named before.
    has(
        "Vi ringde Sten Berglund i morse. Sten vill inte ses.",
        "Sten",
    );
    // A word that is no Swedish word, without a cue, after the same name with one.
    let found = names("Mentorn träffade dawit i går. Sedan gick dawit hem tidigt.");
    assert_eq!(found.len(), 2, "{found:?}");
    // Not the word itself when no name came first.
    none("Sten och grus låg på vägen.");
}

#[test]
fn chat_forms_of_med_och_and_the_verb() {
    has("satt å snackade m jonatan hela rasten", "jonatan");
    has(
        "efter skolan: rahel + miriam bråkade vid busshållplatsen",
        "miriam",
    );
    has(
        "efter skolan: rahel + miriam bråkade vid busshållplatsen",
        "rahel",
    );
    has("senast i fredags: tesfaye e skitsur på alla", "tesfaye");
    // "+" between numbers or words is no name.
    none("Det blev 3 + 4 platser, mat + dryck ingår.");
}

#[test]
fn subjects_joined_by_och_with_an_ordinary_word() {
    has("kidane o mamma va hemma hela kvällen", "kidane");
    none("kaffe o bulle va gott");
}

#[test]
fn contact_verbs_and_the_owner_of_a_number() {
    has("ring tomasz om du vill veta mer", "tomasz");
    has("prata med ljiljana innan mötet", "ljiljana");
    has("mobilnumret till afewerki: 073-661 20 48", "afewerki");
    has("kontakta gunnel på 08-612 33 90 efter lunch", "gunnel");
    none("ring polisen om det händer igen");
}

#[test]
fn a_short_name_as_the_subject_of_a_verb() {
    has("sen: ky sa att han inte ville", "ky");
    // Abbreviations without vowels stay words.
    none("kbt har hjälpt honom mycket.");
}

#[test]
fn a_first_name_with_an_initial() {
    has("igår kom sara k. till fritids", "sara");
    none("hon bor i hus b.");
}

#[test]
fn a_user_name_of_one_word_an_underscore_and_digits() {
    has("Hen kallar sig dilnaz_09 på Snapchat.", "dilnaz_09");
    none("Filen heter rapport_2024 i mappen.");
}

#[test]
fn verbs_shared_compounds_definite_makes_and_rooms_are_no_names() {
    // A modal verb after a role word is the verb.
    none("Anmälaren ville inte uppge mer.");
    // The first part of a compound whose tail is shared.
    none("Vi pratade om Bygg- och anläggningsprogrammet på skolan.");
    // A make in the definite form.
    none("Den röda Volvon och den svarta Passaten stod kvar.");
    // A room's name.
    none("Samrådet hölls i sal Trädgården och i rummet Oden.");
    // A place after an article glued by a hyphen.
    none("Hon har en bror i al-Raqqa sedan 2019.");
    // A field's label before a number is no speaker.
    none("regnr: KLM 442");
    // An ordinary word opening a quotation after a role word and a colon.
    none("Kuratorn skrev till rektorn: \"Läs bifogat intyg\".");
    // A noun between "en" and a capitalised word, but not across "där".
    has(
        "Vi såg en film där Marisol hotade en annan elev.",
        "Marisol",
    );
}

#[test]
fn abbreviations_with_a_point_open_no_name() {
    none("Ordf. och sekr. närvarade.");
    none("Org. nr finns i bilagan.");
}

#[test]
fn places_after_vid_and_after_a_noun_and_pa() {
    none("Under utflykten vid Hjälmsta badade alla.");
    none("Konserten på Tyrolen samlade många unga.");
    // After a verb "på" may still point at a person.
    has("Hon väntade på Zerihun utanför skolan.", "Zerihun");
    // An adjective of a people before a hyphen.
    none("Föreningen Eritreansk-Svenska vänner söker lokal.");
}

#[test]
fn the_listener_of_a_verb_of_saying_and_the_agent_of_a_passive() {
    has(
        "Pojken sa till yohannes att han skulle akta sig.",
        "yohannes",
    );
    has("Hon berättade för marjatta om hoten.", "marjatta");
    has("Han hotades av kerim vid busshållplatsen.", "kerim");
    has("Eleven blev knuffad av zoran i trappan.", "zoran");
    none("Han berättade för första gången om hoten.");
    none("Skolan påverkades av oron i området.");
}

#[test]
fn a_name_in_apposition_after_a_role_word() {
    has("Min kusin, faduma, har sett klistermärkena.", "faduma");
    none("Eleven, som är ny, har inte sagt något.");
}

#[test]
fn a_listed_first_name_in_the_genitive_before_a_noun() {
    has("vi hittade emmas mobil i korridoren", "emmas");
    // A name that is a word stays a word ("hans", "mars").
    none("vi hittade hans mobil i korridoren");
}

#[test]
fn more_place_words_end_a_place() {
    none("Lägret låg på Grönholmen och vid Talludden.");
    none("Vi åkte till Kvarnberget och Björkåsen med gruppen.");
}

#[test]
fn more_chat_forms() {
    has("hängde me gezim hela kvällen", "gezim");
    has("ardit å gezim kmr imorgon", "ardit");
    none("kaffe å kaka va gott");
}

#[test]
fn more_verbs_about_a_person() {
    has("fråga kristóf om du inte tror mig", "kristóf");
    has("de retade ermina hela rasten", "ermina");
    has("han satt bredvid teodor på bussen", "teodor");
    none("fråga skolsköterskan om det");
}

#[test]
fn a_capitalised_word_found_as_a_name_before() {
    // "Musse" is a word of the list; after a cue it is a name, and so it stays.
    let found = names("Fritidsledaren såg Musse vid kiosken. Musse sprang därifrån.");
    assert_eq!(found, ["Musse", "Musse"]);
    none("Vi drack kaffe. Kaffe är gott.");
}

#[test]
fn placeholders_and_capitalised_words_after_a_role_word_and_a_comma() {
    none("Ange datum som ÅÅÅÅ-MM-DD.");
    none("Kolumnerna är Namn, Typ och Kontaktroll.");
    none("Välj Kontaktat samordnaren, Pratat med chefen eller ingen.");
}

#[test]
fn subjects_with_an_adverb_or_a_possessive_after_och_and_nouns_that_take_a_person() {
    has("vi ringde eftersom gulnara aldrig kom tillbaka", "gulnara");
    has("jag tror att omid och hans kusin är inblandade", "omid");
    has("skolan har fått klagomål på bogdana", "bogdana");
    has("någon la upp en bild på fevzi i chatten", "fevzi");
    none("eftersom det inte kom någon");
    none("vi har fått klagomål på ventilationen");
}

#[test]
fn a_family_word_short_names_with_two_vowels_and_more_finite_verbs() {
    has("vi bokar ett möte med familjen abdikarim", "abdikarim");
    has("ada och hennes kusin var där", "ada");
    has("det är oklart om rukiya vet om det", "rukiya");
    none("kbt och dbt var ämnet");
}

#[test]
fn user_names_after_a_platform_label_or_a_mention() {
    has("snap: nellie_xo", "nellie_xo");
    has("han taggade @dardan i inlägget", "dardan");
    has("användarnamn: vargen.88", "vargen.88");
    none("Skicka till info@kommunen.se eller ring.");
    none("snap: ja");
}

#[test]
fn a_listed_name_that_is_a_word_before_a_verb_of_saying() {
    has("Viking sa att han inte var med.", "Viking");
    none("Alla sa att det var lugnt.");
    none("Inga såg något.");
}

#[test]
fn quarrels_take_a_person_through_med() {
    has("det blev bråk med ilirjan efter matchen", "ilirjan");
    none("det blev bråk med grannarna efter matchen");
}

/// Issue 10, the fifth round: a predicate that only a person takes supports a word
/// opening a sentence that is a listed name and also a word, or an ordinary word.
#[test]
fn a_class_and_a_finite_verb_after_a_listed_name_that_is_a_word() {
    has("Sten i 8B har bytt skola efter jullovet.", "Sten");
    // An ordinary word or a quantifier before a class is no name.
    none("Matte i 9A har prov på fredag.");
    has("Ros i 7A grät hela lektionen.", "Ros");
    none("Många i 7C har varit sjuka.");
}

#[test]
fn a_place_and_a_verb_of_saying_after_a_listed_name_that_is_a_word() {
    has(
        "Klara från fritidsgården berättade att det var stökigt.",
        "Klara",
    );
    none("Alla från gården berättade samma sak.");
}

#[test]
fn har_and_a_verb_of_saying_after_a_listed_name_that_is_a_word() {
    has("Max har sagt att han vill byta grupp.", "Max");
    has("Per har frågat efter blanketten två gånger.", "Per");
    none("Alla har sagt att det var lugnt.");
    none("Dag har blivit natt när vi stänger.");
}

#[test]
fn ar_and_a_word_for_a_person_after_two_subjects_or_a_possessive() {
    has("Rönn och Hassel är bröder och går på samma skola.", "Rönn");
    has(
        "Rönn och Hassel är bröder och går på samma skola.",
        "Hassel",
    );
    has("Måne är min kompis sedan lågstadiet.", "Måne");
    none("Sol och vind är bra för odlingen.");
    none("Fokus är elever i årskurs nio.");
    none("Skolan och hemmet är viktiga för elever.");
}

#[test]
fn a_listed_name_in_lower_case_before_a_verb_of_saying() {
    has("saga berättade att hon blivit hotad på bussen", "saga");
    has("eftersom max har sagt att han såg det", "max");
    none("alla säger att det är lugnt nu");
    none("hans sa att det var lugnt");
}

#[test]
fn a_listed_name_in_lower_case_pointed_out_by_a_cleft() {
    has("nej det var inte emil, det var hans kusin", "emil");
    has("det är hanna som vet mest om det", "hanna");
    none("det var inte bra, det var dåligt");
    none("det var juni som var värst");
}

#[test]
fn a_name_found_before_is_found_again_in_the_genitive() {
    let text = "Killen kallas Kungen på gården. Kungens kompisar är äldre.";
    assert_eq!(names(text).len(), 2, "{:?}", names(text));
}

#[test]
fn fa_tag_pa_takes_a_person() {
    has("vi försöker få tag på amira innan mötet", "amira");
    none("hon fick tag på en kniv");
}

#[test]
fn an_age_in_apposition_marks_a_person() {
    has("Ask, 14 år, har slutat komma på kvällarna.", "Ask");
    has("Sten, 15, har slutat komma.", "Sten");
    has("Vide (12) sa att han var rädd.", "Vide");
    has("vi såg att kerstin, 16 år, var där", "kerstin");
    none("Barn, 6 år, får vara med i gruppen.");
    none("Lördag, 14 juni, har vi öppet hus.");
}

#[test]
fn the_genitive_of_a_listed_name_before_a_word_for_a_person() {
    has("Björns mamma ringde i morse.", "Björns");
    has("Stigs storebror hämtade honom.", "Stigs");
    none("Hans mamma ringde i morse.");
}

#[test]
fn no_relative_clause_makes_a_name_after_an_article() {
    none("vi pratade om en influencer som sprider hat");
    none("det fanns en youtuber som hade många följare");
    has("vi pratade om tamar som sprider hat", "tamar");
}

#[test]
fn a_bare_word_as_the_subject_of_a_verb_of_saying_and_att() {
    has("Lejon säger att hon blivit hotad på bussen.", "Lejon");
    has("hon ville inte men örn sa att hon skulle komma", "örn");
    none("Folk säger att det är lugnt i området.");
    none("Unga säger att de känner sig otrygga.");
    none("Polis uppger att ingen skadades.");
    none("Personal berättade att det var stökigt.");
    none("nej sa att jag inte ville");
    none("dom sa att det var lugnt");
    none("nån sa att han va där");
    none("Instagram säger att kontot är låst.");
    none("Rapport uppger att läget är lugnt.");
}

#[test]
fn har_and_any_supine_after_a_listed_name_that_is_no_abstract_noun() {
    has("Rut har slutat svara på sms.", "Rut");
    has("Vide har varit borta i två veckor.", "Vide");
    none("Fred har rått i landet länge.");
    none("Dag har blivit natt när vi stänger.");
    // A verb's infinitive cannot be a subject: "Rita" is the name here.
    has("Rita har mycket att göra.", "Rita");
}

#[test]
fn kallar_sig_names_its_subject() {
    has("Killen kallar sig Vargen på nätet.", "Vargen");
    has("han kallade sig för lejonet i chatten", "lejonet");
    none("Gruppen kallar sig Nordfront.");
    none("Han kallar sig muslim.");
}

#[test]
fn a_group_named_across_a_place() {
    none("Det finns ett gäng i Skärholmen som kallar sig \"Södra Vargarna\".");
    none("En gruppering på Järvafältet som kallar sig Nordstorm har synts.");
}

#[test]
fn a_relative_clause_after_a_comma_or_och_and_a_person_after_a_listed_name() {
    has("Stig, som går i 8A, har slutat komma.", "Stig");
    has("Saga och hennes mamma kom på mötet.", "Saga");
    has("Klara och jag pratade efter lektionen.", "Klara");
    none("Fred, som är viktigt, kräver arbete.");
    none("Liv och hälsa är viktigast.");
}

#[test]
fn a_listed_name_that_is_a_word_in_lower_case_after_a_social_verb() {
    has("snackade med vide igår kväll", "vide");
    has("hodan och lina var där", "lina");
    none("vi såg eleven rita på bänken");
    none("vi pratade med klara besked");
    none("umgås med max två kompisar");
    none("pratade med per telefon");
    none("han pratade med mina föräldrar");
}

#[test]
fn chat_openers_questions_and_med_before_a_listed_name() {
    has("asså melker sa att han ska ta med kniv", "melker");
    has("såg du vad viggo skrev i gruppen", "viggo");
    has("vi e på gården me wilma nu", "wilma");
    has("hälsa till gunilla från oss", "gunilla");
    none("asså det var sjukt");
    none("såg du vad folk skrev");
}

#[test]
fn a_listed_name_that_is_a_concrete_noun_or_a_verb_before_a_finite_verb() {
    has("Björn kom inte till skolan idag.", "Björn");
    has("Lova gick hem efter lunch.", "Lova");
    none("Rosa är fint.");
    none("Fred råder i området.");
    none("Storm i natt gjorde att bussen var sen.");
}

/// A bug found by the fifth held-out file (fixed after its first run): a name given by
/// "kallar sig" was dropped when written in mixed case.
#[test]
fn a_name_given_by_kallar_sig_in_mixed_case() {
    has("någon som kallar sig StålOrm skrev till henne", "StålOrm");
    none("hon har en iPhone och TikTok");
}

#[test]
fn a_place_in_s_after_a_place_preposition_a_saint_and_an_organisations_name() {
    // A word in -s after "i" is a genitive only before the noun it owns.
    none("Kusinen bor i Wiggins sedan i våras.");
    has("Hon satt i Amiras rum hela kvällen.", "Amiras");
    // A saint's name names a church or a hospital.
    none("Mötet hölls vid S:t Görans kyrka.");
    none("Hon fick vård på Sankt Lukas mottagning.");
    // The words after an organisation word are its name, even a person's.
    none("Bidrag söks av idrottsföreningen Zlatan Ibrahimović för hösten.");
    none("Lokalen hyrs av föreningen Al-Amal i två år.");
}

#[test]
fn chat_abbreviations_of_pronouns_are_no_names() {
    none("vet ngn vem som satte upp lappen?");
    none("såg ngt konstigt vid busshållplatsen igår");
}

#[test]
fn words_joined_by_underscores_are_an_account() {
    // A person's account: digits, or no place among its parts.
    has("Kontot hette baltic_henrik77 på Tiktok.", "baltic_henrik77");
    has(
        "HAN KALLAR SIG NORDISK_KRIGARE_1312 I CHATTEN.",
        "NORDISK_KRIGARE_1312",
    );
    has("pappa_till_nova skrev i tråden igår", "pappa_till_nova");
    // A group's account: a place part and no digits.
    none("Bilderna låg på kontot @aktiv_sthlm i en vecka.");
}

#[test]
fn a_name_before_a_case_word_and_an_organisation_word_in_english() {
    // A person's case names the person.
    has(
        "Efter Tove Sandell-ärendet ändrades rutinen.",
        "Tove Sandell",
    );
    has("Vi diskuterade Jonas-fallet på mötet.", "Jonas");
    // A name qualifying another noun is still no person.
    none("Hon bar en tröja med Tyr-runan på.");
    // An organisation word in English ends an organisation's name.
    none("Lokalen hyrs ut till Iron Brotherhood Club på torsdagar.");
}

#[test]
fn a_signature_a_name_given_by_heter_and_an_aside_before_a_verb_of_saying() {
    // A signature after a slash: a listed first name that is a word, or initials.
    has("kan inte komma på fredag /stig", "stig");
    has("tack för idag /LK (Lina K)", "LK");
    none("frågor om schemat skickas till /HR");
    // "heter" after a personal pronoun names a person, even by an ordinary word; the
    // word is the person again before a verb.
    has("hon heter sten, inte stina", "sten");
    assert_eq!(
        names("han heter björn. björn har varit borta länge.").len(),
        2
    );
    none("vi vet inte vad han heter men han bor i Tensta.");
    // A bracketed aside between the subject and a verb of saying.
    has(
        "björn (fritidsledare på gården) berättade att det var lugnt",
        "björn",
    );
}

#[test]
fn initials_a_surname_that_is_a_word_and_predicates_of_the_courts() {
    has("Eleven som kallas \"M.T.\" har slutat.", "M.T");
    none("P.S. vi ses imorgon.");
    // A listed first name and a capitalised ordinary word: a surname that is a word.
    has("Stig Vinter är ny vaktmästare.", "Stig Vinter");
    // Only a person "har dömts".
    has("Holm har tidigare gripits för rån.", "Holm");
    // A word talked about, an organisation's members.
    none("Salaam betyder fred på arabiska.");
    none("Qalbi har 120 medlemmar i Järva.");
}

#[test]
fn a_list_of_names_in_capitals_english_plurals_and_english_passages() {
    // Words in capitals joined by commas and OCH before a finite verb, one a listed
    // first name: all are names, short ones too.
    let found = names("AS, STIG OCH TUVA HAR RINGT HEM. MÖTE PÅ MÅNDAG.");
    assert_eq!(found.len(), 3, "{found:?}");
    none("POLISEN OCH SOCIALTJÄNSTEN HAR FÅTT INFO.");
    // An English plural in -ers is no name; an English passage has no names by
    // position alone.
    none("eleverna följer streamers som hånar tjejer");
    let found = names("the mum, Nadia Holm, only reads Arabic, call her after 5 pm");
    assert!(!found.iter().any(|n| n.contains("only")), "{found:?}");
}

#[test]
fn a_name_that_is_a_word_before_a_change_of_habit() {
    has(
        "Saga har slutat komma till träningen sedan i höstas.",
        "Saga",
    );
    has("asså stig i parken har börjat snacka om raskrig", "stig");
    // A thing's change is no person's.
    none("Snö har börjat falla över gården.");
}

#[test]
fn the_object_of_a_verb_that_takes_no_person_before_som_is_a_thing() {
    none("han säljer vapes som smakar mint till yngre elever");
    has("igår träffade vi zerin som hade glömt nycklarna", "zerin");
}

#[test]
fn two_persons_at_a_unit() {
    has("Kopia till Dag och Stina på expeditionen.", "Dag");
    none("Kopia till Ekonomi och Personal på förvaltningen.");
}

#[test]
fn a_clause_after_a_verb_of_belief_without_att() {
    // Swedish may drop "att" after "tror", "tycker": the clause, and its subject, opens
    // right after the verb.
    has("jag tror nasrin och tuva har slutat på fritids", "nasrin");
    has("vi tycker timur borde få en kontaktperson", "timur");
    // Not without a pronoun as the verb's subject, and not an ordinary word.
    none("jag tror inte det stämmer, vi tycker olika");
    none("de tror kriget har börjat");
}

#[test]
fn a_user_name_with_a_first_name_beside_a_group_or_a_place() {
    // A listed first name in an account's name makes it a person's, even beside a group
    // or a place; single letters are decoration; "abu" makes a name of the next part.
    has(
        "Hans konto heter @tuva_soldiers och han postar varje dag.",
        "tuva_soldiers",
    );
    has("Hennes konto är q_lovisa_q på tiktok.", "q_lovisa_q");
    has(
        "kolla t.me/abu_dujana_goteborg innan mötet",
        "abu_dujana_goteborg",
    );
    // A group's or a place's account without a person stays no name.
    none("Gruppen postar som vitvarg_sthlm på Telegram.");
}

#[test]
fn abbreviations_of_nummer_and_words_without_a_vowel() {
    // "…nr" abbreviates "nummer"; no name is written without a vowel.
    none("Kundnr 4471 gäller bara abonnemanget.");
    none("Lghnr: se kontraktet.");
    none("Tfn till växeln står i pärmen.");
    none("Fd lokalen ligger nu i källaren.");
    // A listed name or initials still are names.
    has("Mvh\nK. Sandström\nSamordnare", "Sandström");
    has("Kontakt: Nils Ståhl, samordnare.", "Nils");
}

#[test]
fn holidays_weekdays_in_english_and_airports_are_no_names() {
    // Gazetteer kinds that were lacking: the observances of Muharram, English weekdays
    // and holidays in English passages, Swedish airports and visitor sites.
    none("Inför Muharram och Ashura ökar polisen närvaron vid moskén.");
    none("The workshop is moved to Thursday, skrev arrangören.");
    none("Vi har Christmas lunch med volontärerna i år.");
    none("Planet från Landvetter landade sent och mötet sköts upp.");
    none("Klassen åkte till Kolmården på studiedagen.");
}

#[test]
fn an_english_pronoun_or_article_opening_a_sentence() {
    none("They will meet the youth workers next week – skrev samordnaren.");
    none("The meeting was cancelled. Vi tar det i höst.");
    // A name that is also an English word stays a name where a person stands.
    has("Vi skickade Will ett sms igår.", "Will");
}

#[test]
fn a_swedish_word_in_capitals_is_no_name() {
    // Capitals as emphasis or a text all in capitals: a word of the word list that no
    // list holds as a name stays a word, after a preposition too.
    none("TACK FÖR HJÄLPEN MED FLYTTEN!");
    none("ANGE BARA KLASS OCH SKOLA.");
    none("Vi pratade om det VIKTIGASTE med mentorn.");
    // A name in capitals is still one.
    has("Eleven umgås med DAVUD på rasterna.", "DAVUD");
    has("PRATADE MED MARYAN IGÅR.", "MARYAN");
}

#[test]
fn a_name_put_first_before_heter_and_a_pronoun() {
    has("Höst heter han i förnamn, och han går i 7B.", "Höst");
    has("Saga hette hon innan hon bytte namn.", "Saga");
    // Not a thing: "heter" and a pronoun must follow.
    none("Höst heter årstiden efter sommaren.");
}

#[test]
fn a_first_name_introducing_the_writer() {
    has("bengt här, jag är sjuk i dag, ring mig i morgon", "bengt");
    has("Klara här! Vi ses på mötet.", "Klara");
    has("hej alla\namina här, skickar protokollet nu", "amina");
    // Not a word that is no first name, nor "här" inside a sentence.
    none("kaffe här, te där.");
    none("vi var här, sen gick vi hem");
}

#[test]
fn names_in_lower_case_joined_by_plus() {
    // A list of persons joined by "+" or "&": one a listed first name that is no word,
    // none an ordinary word.
    has("idag: amina + sagal + nasrin i köket", "sagal");
    has("idag: amina + sagal + nasrin i köket", "amina");
    has("rahel & nasteho tar fikat", "nasteho");
    // Ordinary words joined by "+" stay words.
    none("kaffe + bulle = 20 kr");
    none("mjölk & socker finns i skåpet");
}

#[test]
fn a_first_name_addressed_in_a_chat_line() {
    has("haha tyra du glömde nyckeln igen", "tyra");
    has("ok saga du får ta mötet", "saga");
    // Not without "du" and a verb, nor an abstract noun.
    none("haha sant du vet hur det är");
}

#[test]
fn the_person_one_heard_it_from() {
    has("hörde av gunvor att det var bråk i korridoren", "gunvor");
    // Not an ordinary word.
    none("hörde av grannarna att det var bråk");
}

#[test]
fn a_word_that_is_no_word_before_a_verb_of_saying_and_att() {
    // Only a person "sa att", wherever the clause opens: after a comma too.
    has("vi satt i matsalen, gulnaz sa att hon var rädd", "gulnaz");
    has(
        "på fritids i går skrev dilnaz att killarna bråkade",
        "dilnaz",
    );
    // An ordinary word there stays a word.
    none("vi satt i matsalen, rektorn sa att det var lugnt");
    none("i går, chatten sa att mötet var flyttat");
}

// Added when the seventh held-out file became development data (the round after the
// seventh): sentences written for these tests, in shapes other than that file's, with
// names, streets and numbers that do not occur in it (but for the three months that are
// names).

#[test]
fn signatures_after_a_slash_with_a_space_a_date_or_one_letter() {
    has("SKICKA LAPPEN TILL MIG / GUNNEL", "GUNNEL");
    has("Vi hörs. // KT 2027-02-09", "KT");
    has("bra jobbat med listan. /m", "m");
    // A slash inside a phrase, or an abbreviation, is no signature.
    none("Gäller för elever och/eller vårdnadshavare.");
    none("Frågor till kansliet / HR");
}

#[test]
fn initials_listed_after_a_label_for_those_present() {
    has("Deltog: KL, MN samt TS.", "KL");
    has("Deltog: KL, MN samt TS.", "TS");
    has("Närvarande: BO, LM.", "LM");
    // Abbreviations after other labels are no initials.
    none("Ämnen: IT, HR och SFI.");
}

#[test]
fn an_initial_and_a_surname_in_brackets() {
    has(
        "Frågan gick till ansvarig handläggare (K. Lindh) i fredags.",
        "K. Lindh",
    );
    none("Se sidan 4 (s. Bilagor) för mer.");
}

#[test]
fn capitals_after_a_preposition_of_place_in_text_all_in_capitals() {
    none("TRE RUTOR KROSSADE VID KORPSTA I NATT.");
    has("JAG SÅG YONAS VID BUSSEN IGÅR", "YONAS");
}

#[test]
fn products_loanwords_and_english_phrases_are_no_names() {
    none("Vi köpte kort från Com4 till projektet.");
    none("Mailen kom sent i går.");
    none("Deadline för ansökan är 3 maj. Hotlinen är öppen dygnet runt.");
    none("Join our workshop i maj, anmälan senast 3 april.");
    none("kolla regnr på bilen, kundnr står på kvittot");
    none("Vid larm kontaktas TIB direkt.");
    // A listed name glued to digits is still a user name.
    has("Han heter Omar92 på Discord.", "Omar92");
}

#[test]
fn organisation_words_of_other_languages_and_diaconal_foundations() {
    none("Bräcke diakoni och Guovdageainnu Searvi deltog i samrådet.");
}

#[test]
fn a_title_before_a_listed_surname_that_is_an_authority() {
    has(
        "Anmälan togs emot i går. Polisen Lind hörde av sig i morse.",
        "Lind",
    );
    none("Polisen Lokalpolisområde Järva har fått in anmälan.");
}

#[test]
fn hans_before_a_finite_verb_is_the_name() {
    has("Hans ringde i morse och bad om ett nytt möte.", "Hans");
    none("Hans syster har sagt till oss att hon är orolig.");
    none("Hans nummer är hemligt.");
}

#[test]
fn a_word_in_apposition_with_a_role_word_between_commas() {
    has("Asp, kuratorn, berättade om samtalet efteråt.", "Asp");
    none("Kaffe, te och saft, serverades efteråt.");
}

#[test]
fn a_month_that_is_a_name_after_a_closing_or_inside_a_sentence() {
    // Only three months are names (April, Maj, Juni); the sentences are new.
    has("Tack för hjälpen med listan.\nHälsningar April", "April");
    has("Mötet blev kort när Maj kom sent.", "Maj");
    none("Vi ses i Maj 2027 på gården.");
    none("Rapporten kom i Juni.");
}

#[test]
fn persons_at_a_unit_or_in_a_class_written_out() {
    has(
        "Rita från personalenheten svarar på mejl om schemat.",
        "Rita",
    );
    has(
        "Det finns en vilja. Viola i årskurs 3 har skrivit dikten.",
        "Viola",
    );
    // An ordinary word in a class with a verb things take is none.
    none("Matte i klass 5 har prov på fredag.");
}

#[test]
fn two_subjects_in_a_cleft_and_a_surname_before_a_verb_of_going() {
    has("Saga och Tyra var de som hittade lappen.", "Tyra");
    has(
        "Lägret låg vid sjön. Asp gick före gruppen hela vägen.",
        "Asp",
    );
    none("Snö föll. Grus åkte ner i brunnen.");
}

#[test]
fn chat_names_before_a_verb_in_a_question_or_an_imperative() {
    has("vet du vem dino är? han skickade en konstig bild", "dino");
    has("vi ses inte idag, säg till dino", "dino");
    has("zorana svara mig snälla, det är viktigt", "zorana");
    has("ska driton och fatos med till lägret?", "driton");
    none("kan någon eller några komma på mötet?");
    none("ring mig när du ser detta");
}

#[test]
fn a_role_word_and_a_copula_name_the_person() {
    has("kanalens admin e kemal, typ", "kemal");
    has("kontaktpersonen är zerihun", "zerihun");
    none("kontaktpersonen är sjuk idag");
}

#[test]
fn a_listed_name_in_lower_case_at_a_unit_before_a_verb_of_saying_or_perception() {
    has(
        "lina på fritids har hört att det blir bråk i helgen",
        "lina",
    );
    none("rosa i köket har blivit populärt");
}

#[test]
fn the_genitive_of_a_listed_first_name_before_namn_or_mobil() {
    has("på lappen stod malvas namn med rött", "malvas");
}

#[test]
fn user_names_of_an_initial_and_a_surname_or_after_kallar_sig() {
    has(
        "Loggen visar att jbergkvist loggade in 21:04.",
        "jbergkvist",
    );
    has("Inloggad: klindqvist", "klindqvist");
    has(
        "Hoten skrevs av en användare som kallar sig ulv_nordisk.",
        "ulv_nordisk",
    );
    none("Ett gäng i Hjulsta som kallar sig vitulv_sthlm syns ofta.");
    none("vi köpte en bergkvist");
}

#[test]
fn one_rings_a_person_not_a_place() {
    has("kan du ringa sofia efter lunch?", "sofia");
}

#[test]
fn words_talked_about_greeted_with_or_said_twice_are_no_names() {
    none("Hon hälsade med shalom och gick vidare.");
    assert_eq!(
        names("Ayla kom i tid, och \"ayla\" betyder månsken."),
        vec!["Ayla"]
    );
    assert_eq!(names("Will will come back, he promised."), vec!["Will"]);
}

#[test]
fn a_group_named_after_a_platform_in_lower_case() {
    none("han startade en chatt på discord som heter \"tunnelgänget\"");
}

#[test]
fn a_listed_name_that_is_a_word_at_a_unit_before_a_verb_a_person_does() {
    has(
        "undrar om mats på socialtjänsten fortfarande arbetar där",
        "mats",
    );
    none("sten på gården ligger kvar");
}

#[test]
fn a_name_that_is_a_place_owned_by_another() {
    none("Lind & Lönn är bibliotekets mötesplats för unga.");
    has("Lind och Sara är mina kollegor.", "Sara");
}

#[test]
fn a_name_spelt_with_points_or_dashes_between_its_letters() {
    has("Hon kallar sig E.s.t.e.r i gruppen.", "E.s.t.e.r");
    has("vi såg att m-a-t-t-e-o hade skrivit det", "m-a-t-t-e-o");
    has("Signaturen var O.M.A.R och inget mer.", "O.M.A.R");
    // Three letters only as a listed first name with a capital.
    has("Det var E.V.A som skickade länken.", "E.V.A");
    // Abbreviations stay words.
    none("Mötet flyttas t.o.m. fredag p.g.a. sjukdom, o.s.v.");
    none("Vi ses fr.o.m. måndag, d.v.s. efter lovet.");
    none("Listan: a-b-c-d är ordningen.");
}

#[test]
fn a_name_with_digits_or_signs_typed_for_letters() {
    has("Kontot heter N1na och lägger upp bilder.", "N1na");
    has("i chatten skrev h@nna först", "h@nna");
    has("profilen r3za_99 delade flygbladet", "r3za_99");
    // An unlisted name with a sign in it, capitalised.
    has("Meddelandet undertecknades P@rwiz.", "P@rwiz");
    // Products and roads with digits stay words.
    none("Köp A4-papper, två MP3-spelare och en Windows10-licens.");
    none("Kön på E4:an var lång, och H2O står på flaskan.");
}

#[test]
fn the_fields_and_greetings_of_an_e_mail_in_english() {
    none("Subject: Worries about a pupil in year 8");
    none("Subject: Re: Bullying after school");
    none("Hi, this is the head of the English unit.");
    none("Dear colleagues, thanks for the meeting.");
    // A listed name still counts on the subject line and after the greeting.
    has("Subject: Ruth in class 7", "Ruth");
    has("Hello Ruth, thanks!", "Ruth");
}

#[test]
fn a_festival_after_because_of_is_no_name() {
    none("Träningen ställs in pga Lucia.");
    has("Boken lånades ut till Valborg i förra veckan.", "Valborg");
}

#[test]
fn lower_case_first_names_in_chat_openings() {
    // A note opening the line, then the subject and a verb.
    has("btw gunilla börjar på måndag igen", "gunilla");
    // A clause after a comma.
    has("hinner inte idag, jonatan tar mötet", "jonatan");
    // The writer introducing themself after a greeting.
    has("hallå, sune här. funderar på en sak", "sune");
    // A person addressed with a question.
    has("annelie, har du nyckeln till förrådet?", "annelie");
    has("tja rebecka, kan du ringa efter lunch", "rebecka");
    // Words after a comma stay words.
    none("glas, papper och plast, allt tar plats i förrådet");
    none("hej, jag här. kan ni hjälpa till?");
}

#[test]
fn a_board_role_before_a_name_and_a_title_in_english() {
    has("Kassör Mirela Hodžić har nycklarna.", "Mirela");
    has("STYRELSEN: SEKRETERARE NAWAL RASHID", "NAWAL RASHID");
    assert_eq!(
        names("Han kallar honom \"Saint Kowalski\" i chatten."),
        vec!["Kowalski"]
    );
}

#[test]
fn compounds_that_drop_a_third_like_consonant() {
    // "skott|tid", "natt|tåg": three like consonants written as two.
    none("Skottid var kort, enligt rapporten.");
    none("Nattåg avgår sent från centralen.");
}

#[test]
fn an_adjective_of_a_people_before_an_association() {
    none("Möte med Eritreanska kulturföreningen på torsdag.");
    none("Bosniska förbundet har sökt bidrag.");
    has("Vi pratade med Fernanda Lundska föreningen.", "Fernanda");
}

#[test]
fn a_noun_after_a_possessive_or_a_month_after_a_word_of_time() {
    // The same word was a name before; in lower case after a possessive it is a noun.
    assert_eq!(
        names("Noor sa att hennes noor, hennes ljus, var dottern."),
        vec!["Noor"]
    );
    assert_eq!(names("Mar ringde om avtalet i slutet av mar."), vec!["Mar"]);
    none("Bokat till 14 dec och sedan okt.");
}

#[test]
fn museums_theme_parks_and_institutions_named_after_a_person() {
    // A museum or a theme park in a person's genitive, an adjective of an institution
    // between.
    none("Vi besökte Elsa Beskows värld i somras.");
    none("Ture Rangströms museum har öppet på söndagar.");
    none("Bergwallska museet har en ny utställning.");
    none("Dag Hammarskjölds internationella center ordnade en kurs.");
    // A person's own world stays a person: "i Annas värld" has a preposition of place,
    // and a person before a verb is found.
    has("Ingegerd Lövkvist ringde om mötet.", "Ingegerd Lövkvist");
}

#[test]
fn initials_after_roles_or_days_in_a_list_and_an_adjuster() {
    let text = "Närvarande: Ordf. LN, sekr. TB, ledamöter UH, JR.";
    for i in ["LN", "TB", "UH", "JR"] {
        has(text, i);
    }
    let roster = "Jourlista vecka: mån JR, tis. EF.";
    has(roster, "JR");
    has(roster, "EF");
    // Initials found in the list are the person again after "Justeras av".
    let minutes = "Närvarande: JR, EF. § 1 Läget. Justeras av EF.";
    assert_eq!(names(minutes), vec!["JR", "EF", "EF"]);
    // Not capitals after a day without a label.
    none("Leverans mån UH och tis JR enligt schemat.");
}

#[test]
fn a_letter_of_a_door_and_caretakers_are_no_names() {
    // The letter of a door before a new sentence is no initial of a name.
    none("Klotter i trapphuset på Ekvägen 5, port C. Fastighetsskötaren har tvättat bort det.");
    // A compound ending in a word for caretakers or guards is a role.
    none("Händelsen sågs av Ordningsvärdarna vid entrén.");
    none("Anmälan bekräftad av Ordningsvärdarna.");
    none("Det hela bekräftades av Idrottsledarna.");
    none("Parkskötaren ringde in det.");
}

#[test]
fn a_modal_verb_that_is_a_name_before_inte_or_in_a_long_question() {
    none("Ringde från skyddat nummer. Ville inte säga mer.");
    none("Ville hon verkligen skada kompisen, eller var det bara prat?");
    has("Ville kom inte till lektionen.", "Ville");
}

#[test]
fn cinemas_networks_of_cities_numbers_and_a_workplace_meeting() {
    none("Vi ses utanför Bio Fenix klockan sju.");
    none("Rapport från nätverket (Bright Cities) i Bergen.");
    none("Medlemsnummer 4471 gäller i år.");
    none("sitter på apt till tre");
}

#[test]
fn a_capitalised_word_greeted_in_lower_case_and_a_nickname_given_in_the_past() {
    // After a greeting in lower case, a capitalised word is the person spoken to, even a
    // word ("tuvan" is no word, "Murad" no listed name needed).
    has("hej Lagrad, kan du ringa mig?", "Lagrad");
    // Not a place greeted.
    none("hej Göteborg, vi ses i helgen");
    // "kallades" gives a nickname as "kallas" does.
    has("Den andra kallades Tjotte av de andra.", "Tjotte");
}

#[test]
fn a_listed_first_name_in_mixed_case() {
    has("LiNnEa skrev i chatten igen", "LiNnEa");
    has("hon skriver JoNNa överallt", "JoNNa");
    // A brand with one or two changes of case is none.
    none("vi pratade om TikTok och iPhone");
}

#[test]
fn a_name_with_its_vowels_left_out() {
    has("Inlägget var signerat Tmms Brgqvst i går.", "Tmms Brgqvst");
    // One short word without vowels is an abbreviation.
    none("Tfn och Fd ska stå i rutan.");
}

#[test]
fn a_name_glued_to_a_word_in_the_definite_form_is_a_thing() {
    none("Bellmanvisorna sjöngs på avslutningen.");
    none("Vi pratade om Ragnvaldfesten och Taubevisorna i klassen.");
    // A surname whose last part is a short word is still a name.
    has("Mötet leddes av Rosenqvist i går.", "Rosenqvist");
}

#[test]
fn a_title_played_or_shown_and_the_stage_it_is_on() {
    none("Greta Holger spelades på Vasateatern för sjätteklassarna.");
    none("Wilmer-Otto visades i aulan för mellanstadiet.");
    none("Pjäsen spelas på Lilla Greta i höst.");
    // A person plays; a title is played.
    has("Wilmer spelade på gården hela eftermiddagen.", "Wilmer");
}

#[test]
fn a_shop_named_after_its_owner_an_item_in_minutes_and_office_words() {
    none("Leilas pizzeria vid torget hade stängt i två dagar.");
    none("§ 5 Inga synpunkter från gruppen.");
    // After the item's number a listed name still opens a sentence as a name.
    has("§ 6 Evert Majvorsson redovisade budgeten.", "Evert");
    none("Kontot anges som IBAN på fakturan.");
    none("Journalen i Give Care var fel.");
}

#[test]
fn initials_responsible_for_a_numbered_item_and_a_husband_named() {
    has("Ansvarig för ärende 7: JN. Klart till fredag.", "JN");
    has("Vi träffade Sevgi och hennes man Ask i går.", "Ask");
    has("Vi träffade Sevgi och hennes man Orsa.", "Orsa");
}

#[test]
fn localities_of_the_dictionary_are_places_but_names_stay_names() {
    none("Familjen flyttade från Skultuna till Tenhult förra våren.");
    none("Lastbilen stod parkerad mellan Bankeryd och Ursvik hela natten.");
    none("Hon pendlar varje dag till Skivarp.");
    // A first name that is also a locality stays a name (fail closed).
    has(
        "Igår berättade Vilhelmina att hon blivit hotad.",
        "Vilhelmina",
    );
}

#[test]
fn places_named_after_people_systems_blocks_and_titles_performed_by() {
    // A genitive name before a building, an entrance, a workshop or a grocer's.
    none("Biblioteket i Tessins byggnad håller stängt i juli.");
    none("Använd Wachtmeisterska entrén på baksidan.");
    none("Yngves bilverkstad vid rondellen har bytt ägare.");
    none("Halvdans Livs vid torget har fått en ny skylt.");
    none("Magnhild Rydqvists Värld har inget med saken att göra.");
    // A room named by an adjective, an old grammar school, a system, a city block.
    none("Mötet hålls i Stadshuset, Gröna rummet, klockan tio.");
    none("Jag undervisar på Östra Real sedan i höstas.");
    none("Exporten från lönesystemet Palvo saknar tre rader.");
    none("Kvarteret Hägern är avspärrat under natten.");
    // A title played by a theatre.
    none("Melker Tjerneld spelades av en amatörteater i våras.");
    // A person stays a person.
    has("Agda Plan kom till mötet i tid.", "Agda");
    has(
        "Hamlet spelades av Leopold Sandén i våras.",
        "Leopold Sandén",
    );
}

#[test]
fn names_that_are_words_with_an_age_work_a_real_name_or_a_pronoun_naming_them() {
    has("Modig är 16 år och går i nian.", "Modig");
    has("Blixt har jobbat i köket sedan i våras.", "Blixt");
    has("Malva är hennes riktiga namn.", "Malva");
    has("Hon heter Lupp i smeknamn.", "Lupp");
    // A thing's age is of three digits or its word is no name; a place is no pronoun's.
    none("Huset är 15 år gammalt.");
    none("Området heter Farsta.");
}

#[test]
fn a_congregation_an_imperative_and_a_quoted_title_shown() {
    none("Grace Church har hyrt salen på lördag.");
    none("Maila oss: info@exempel.se");
    none("Filmen \"Mörkrets Hjärta\" visades för årskurs 8.");
}

#[test]
fn initials_after_a_label_with_a_remark_in_brackets() {
    has("Närvarande (enligt gammal vana): VÖ, HU, YD.", "VÖ");
    has("Närvarande (enligt gammal vana): VÖ, HU, YD.", "YD");
}

#[test]
fn things_named_like_people_by_a_noun_of_their_kind() {
    // A storm, a ferry, a dog, an exercise, an operation and a law named after a case.
    none("Stormen Tilda fällde träd över hela Gotland.");
    none("Vi tog färjan Meja över till Vaxholm.");
    none("Terapihunden Halvar och läshunden Bamse kom på besök.");
    none("Försvarsövningen Nordvind och polisens insats Tornado nämndes.");
    none("Operation Tornado avslutades i mars.");
    none("Utredningen gjordes enligt lex Tova och skickades vidare.");
    // A law or a syndrome named after a person, in the genitive.
    none("Murphys lag gäller även här.");
    none("Downs syndrom nämndes i remissen.");
    // Systems by their product names.
    none("Tiderna förs in i Personec och frånvaron i Treserva.");
    // Chains, a food brand and a computer by their public names.
    none("Klottret satt på KappAhl och Dressmann vid torget.");
    none("Det fanns Kalles kaviar i kylen.");
    none("Jag skrev anteckningen på min Mac i går.");
    // The same first names stay names without a noun of kind.
    has("Igår berättade Tilda att hon blivit hotad.", "Tilda");
    has("Halvar har vid flera tillfällen hotat en elev.", "Halvar");
}

#[test]
fn ships_by_their_prefix_and_bodies_that_read() {
    // A ship's prefix: the capitalised words after it are the ship's name.
    none("M/S Gunnvor Brattö låg vid kajen hela veckan.");
    none("Vi tog S/S Torgny ut till ön.");
    // A body of the gazetteer reads as a person does.
    none("Polisen läste upp beslutet i går.");
    // A name before the same verb stays a name.
    has("Torgny läste en saga för gruppen.", "Torgny");
}

#[test]
fn initials_opening_a_sentence_before_a_verb_of_a_person() {
    has("VJ ringde i morse om nycklarna.", "VJ");
    has("ZT och VJ ringde i går.", "ZT");
    has("ZT och VJ ringde i går.", "VJ");
    // One of two coordinated may be a company form.
    has("AB och VJ ringde i går.", "VJ");
    // A body's abbreviation, or a verb things take too, makes no person.
    none("SL ringde i morse om kortet.");
    none("VJ är stängt i dag.");
}

#[test]
fn things_named_like_people_round_seventeen() {
    // A frog, a magazine, a series, a play, a police area, a system, a feast's day.
    none("Dekalen visade grodan Fridolf med solglasögon.");
    none("I lådan låg tidskriften Gryningsljus och tidskrifterna Vägvisaren.");
    none("Serien Sigvor Ekorrbo spelades in i Visby.");
    none("Föreställningen Lilla Gottfrid i skogen ställdes in.");
    none("Kommunpolisen i Polisområde Tuvalund deltog i mötet.");
    none("Låssystem Nyckelbo loggar alla besök.");
    none("Granen åker ut på tjugondag Gottfrid i år.");
    // A theory, a principle or a paradox named after the one who put it forward.
    none("Gottfrids teori och Sigvards princip gicks igenom.");
    none("Ottilias paradox och Sigvors behovstrappa nämndes i modulen.");
    // Public systems, services and companies by their product names.
    none("Fakturan bokades i Agresso och beställdes från Lyreco.");
    none("Länken gick till Ratsit och en till Merinfo.");
    none("Vi frågade Copilot om en översättning.");
    none("Vi drack kaffe på Waynes Coffee efter mötet.");
    // The same first names stay names without a noun of kind.
    has(
        "Gottfrid har vid flera tillfällen hotat en elev.",
        "Gottfrid",
    );
    has("Enligt läraren har Sigvor delat bilder.", "Sigvor");
}

#[test]
fn pet_forms_where_the_sentence_puts_a_person_in_chat() {
    // Laughter of any length opens a chat line as an interjection does.
    has("hehehe tuvis har bakat igen", "tuvis");
    // The subject of a question after an auxiliary, with the ending of a pet form.
    has("har lollan skickat protokollet?", "lollan");
    has("kan jeppa ta nyhetsbrevet denna gång", "jeppa");
    // Before "och hans kompisar".
    has("det var bara giffe och hans kompisar som ritade", "giffe");
    // Words of the language stay words in the same places.
    none("har ni skickat protokollet?");
    none("kan bilen ta fem personer?");
}

#[test]
fn a_name_given_by_kallar_sig_själv_and_things_by_their_kind() {
    has("Han kallar sig själv Grävlingen i forumet.", "Grävlingen");
    // A café, Swish's verb, identifiers of a phone or a terminal.
    none("Vi möttes på Café Kaffestugan Tallbo i går.");
    none("Swisha 50 kr till föreningen.");
    none("IMEI 012345678901234 stod på lådan.");
}

#[test]
fn a_brand_before_its_product_and_a_name_with_a_plus() {
    none("Tallbo ketchup och Lönnvik chips skänktes till festen.");
    none("Projektet finansieras av Vandrix+ och arvsfonden.");
    // A person given the product, or eating it, stays a person.
    has("Mamma gav Gottfrid chips.", "Gottfrid");
    has("Gottfrid har ätit chips.", "Gottfrid");
}

#[test]
fn a_brand_or_a_place_as_the_name_of_a_person_named() {
    has("Tjejen heter Volvo, hon är 16.", "Volvo");
    has("Hon heter Paris och går i 8B.", "Paris");
    // A thing named so stays the thing.
    none("Bilen heter Volvo.");
    none("Skolan heter Paris.");
}

#[test]
fn a_name_with_digits_for_letters() {
    has("Hon heter Gu5tava i spelet.", "Gu5tava");
    has("Hans namn är Sv3ja Bj0rkvall i spelet.", "Sv3ja Bj0rkvall");
    none("Vi köpte abonnemang från Tele2 och filer i Mp3.");
}

#[test]
fn a_name_in_capitals_that_is_also_a_word() {
    // Where the sentence puts a person, or a name found before: capitals do not make a
    // word of it.
    has("Kuratorn såg LAGOM sätta upp lappar.", "LAGOM");
    has("Vi har pratat med LAGOM om rasten.", "LAGOM");
    has(
        "Eleven Tuvi Lagom kom sent. LAGOM har ritat i boken.",
        "LAGOM",
    );
    // A noun in the definite form, or a word in capitals where no person stands.
    none("Vi har pratat med SKOLAN om rasten.");
    none("Det var LAGOM varmt i salen.");
}

#[test]
fn things_named_like_people_by_their_kind() {
    none("Stormen Signhild drog in över kusten.");
    none("Orkanen Signhild nämns i planen.");
    none("Vet någon om Lex Signhild gäller här?");
    none("Mötet hölls i Hörsal Castor med tio deltagare.");
    none("Rummen Castor, Signhild, Ragnfrid och Vanadis på plan 3 är bokade.");
    none("Norrbottens hovrätt och Gotlands tingsrätt avgjorde målen.");
    none("Dala tingsrätt dömde i oktober.");
    // A person after the same words stays one.
    has("Signhild, Ragnfrid och Vanadis bokade salen.", "Ragnfrid");
}

#[test]
fn a_sentence_opening_word_read_as_a_verb_or_a_pronoun() {
    none("Mojna ut gör oron först i maj.");
    none("Hans och hennes syskon kallades till mötet.");
    none("Hans sms-konto var låst.");
    has("Hans kom sent till mötet.", "Hans");
    has("Signhild ut ur rummet, sa läraren.", "Signhild");
}

#[test]
fn a_date_template_in_capitals_is_a_placeholder() {
    none("Fyll i personnummer som ÅÅMMDD-XXXX i fältet.");
    none("Skriv inte ÅÅÅÅMMDD-NNNN i fritexten.");
}

#[test]
fn aliases_named_by_a_naming_verb_with_its_subject_after_it_and_in_a_list() {
    has(
        "På servern kallar de sig Räven, Gråsparven och Haren.",
        "Räven",
    );
    has(
        "På servern kallar de sig Räven, Gråsparven och Haren.",
        "Gråsparven",
    );
    has(
        "På servern kallar de sig Räven, Gråsparven och Haren.",
        "Haren",
    );
    has("I forumet kallar han sig Solvinden.", "Solvinden");
    // The list ends where a word in lower case follows the comma.
    let found = names("Han kallar sig Solvinden, vilket är ett smeknamn.");
    assert!(!found.contains(&"vilket"), "{found:?}");
    // A group named so stays the group's name.
    none("Gruppen i chatten kallar sig Vita Vargarna.");
}

#[test]
fn a_festival_named_like_a_person_in_a_wish() {
    none("Vi på kontoret önskar er alla en Glad Valborg i kväll.");
}

#[test]
fn an_english_title_of_capitalised_words_joined_by_of() {
    none("Bilderna var från Age of Empires och Lord of the Rings.");
}

#[test]
fn names_talked_about_as_names_or_slang() {
    none("Signhild, Ragnfrid och Vanadis är namn på stormar förra vintern.");
    none("Castor och Vanadis är slangnamn för två droger.");
    has("Signhild och Ragnfrid är kuratorer på skolan.", "Signhild");
}

#[test]
fn surnames_said_to_be_surnames_stay_names() {
    has(
        "Castorsson och Vanadisdotter är efternamn i släkten.",
        "Castorsson",
    );
}

#[test]
fn departments_figures_and_chatbots_named_like_people() {
    none("Avdelningen Ragnfrid har stängt för sjukdom i dag.");
    none("Avdelningarna Signhild, Ragnfrid och Valdemar har haft föräldramöte.");
    none("Serie-figuren Vanadis har klottrats på väggen i hallen.");
    none("Vi har frågat chattboten Torgny om öppettiderna.");
    has(
        "Ragnfrid på avdelningen har pratat med föräldern.",
        "Ragnfrid",
    );
}

#[test]
fn names_talked_about_as_slang_after_a_colon() {
    none("Torgny och Farbror Valdemar: ungdomsslang som eleverna använder.");
    none("Signhild, Vanadis: kodnamn i gruppens chatt.");
    has(
        "Torgny och Valdemar: båda har pratat med kuratorn.",
        "Torgny",
    );
}

#[test]
fn a_form_s_placeholders_are_no_names() {
    none("I mallen står Förnamn Namnsdotter, Exempelvägen 8, 765 43 Exempelort.");
    has("Ragnfrid Namnér har ringt om mallen.", "Ragnfrid Namnér");
}

#[test]
fn parishes_and_churches_named_after_saints_in_a_list() {
    none("Brevet gick till Ragnfrid, Signhild och Vanadis församlingar i fredags.");
    none("Signhild Valdemar, Norrbyskyrkan och Åsbykyrkan har fått samma brev.");
    has(
        "Ragnfrid och Signhild har fått samma brev från kyrkan.",
        "Ragnfrid",
    );
}

#[test]
fn a_name_typed_with_caps_lock_on() {
    has(
        "Kollegan skrev: rAGNFRID vALDEMARSSON kom i dag.",
        "rAGNFRID vALDEMARSSON",
    );
}

#[test]
fn a_name_in_capitals_with_a_genitive_s() {
    has("JALMARIs kusin har hotat en lärare.", "JALMARI");
    has("Vi har pratat om VUOKKOs mamma på mötet.", "VUOKKO");
    // An abbreviation's genitive is decided as the abbreviation is.
    none("SFIs lärare och NATOs möte nämndes.");
}

#[test]
fn a_user_name_in_camel_case_with_a_first_name_where_a_user_name_stands() {
    has("Hotet kom från @SkogsAlgot i går.", "SkogsAlgot");
    has(
        "Kontot StarkeValdemar skriver hatiska inlägg.",
        "StarkeValdemar",
    );
    has(
        "Han spelar som xXRimvargGottfridXx på Discord.",
        "xXRimvargGottfridXx",
    );
    // Camel case elsewhere is a brand or a product.
    none("Presentationen låg i PowerPoint och mötet i FaceTime.");
}

#[test]
fn an_account_named_by_a_parent_and_a_first_name() {
    has(
        "Kontot mormor_gunvor_kalmar skrev hatkommentarer.",
        "mormor_gunvor_kalmar",
    );
}

#[test]
fn keys_of_data_formats_and_sql_keywords_are_no_names() {
    none("Mötet i kalendern: SUMMARY:Planering LOCATION:Rum tre");
    none("Felet kom i frågan SELECT namn FROM kurs WHERE datum = 'idag';");
}

#[test]
fn a_thing_used_is_no_name() {
    none("Vi använder Kvartix för uppföljningen.");
    none("Tolkio, Skrivra och Planvy används av olika skolor.");
    none("Skrivra och Planvy får inte användas för elevernas uppgifter.");
    // A person is used as something; a cover name is used too.
    has("Vi använder Gottfrid som tolk.", "Gottfrid");
    has("Pseudonymen Gunvor används i ärendet.", "Gunvor");
}

#[test]
fn a_pet_form_between_a_verb_of_reaching_and_a_phone_number() {
    has("sms:a tussan på 0701234599 innan fyra", "tussan");
    has("ok ring sassa på 0731234598 hon vet", "sassa");
    none("ring tillbaka på 0701234599 om du kan");
}

#[test]
fn a_quoted_name_after_a_room_or_an_organisation_word_names_the_thing() {
    none("Rummet \"Algot\" är bokat för mötet.");
    none("Kommunens chattbot \"Gunvor\" svarade fel på frågan.");
    has("Eleven \"Algot\" svarade fel på frågan.", "Algot");
}

#[test]
fn initials_in_a_roster_of_days() {
    let text = "Jour påsk: 3/4 QZ, 4/4 XW, 5/4 QZ.";
    has(text, "QZ");
    has(text, "XW");
    // One date and an abbreviation is no roster.
    none("Rapporten 3/4 VB lämnas in.");
    // A date at the very start of the text, with nothing before it to look back at: the
    // look for a pair before it must not step past the start (the fuzz target found an
    // underflow there, which a panic turned into a failed scan). So must the look for a
    // week's word before a number that opens the text ("12 VB": no "v" or "vecka" can
    // stand before it; the fuzz target found that one too).
    for text in ["3/4 VB", "3/4 VB[", "mån VB, ", "12 VB", "0 VB05"] {
        let scan = Guard::new().scan(text);
        assert_eq!(scan.verdict, varn_pii::Verdict::Clean, "{text:?}: {scan:?}");
    }
}

#[test]
fn eller_after_a_name_joins_another_as_och_does() {
    has("Skriv till Algot eller Lärka om schemat.", "Lärka");
}

#[test]
fn a_campus_a_terrace_and_a_foundation_named_after_someone() {
    none("Salen på Campus Ödeby är bokad för utbildningsdagen.");
    none("Sigvard Hjertströms terrass vid vattnet är samlingsplats.");
    none("Vi fick bidrag från Ödebygdens Kulturstiftelse för affischer.");
    // A person's genitive before an ordinary noun is still the person's.
    has(
        "Sigvard Hjertströms bror har hotat en elev.",
        "Sigvard Hjertström",
    );
}

#[test]
fn a_quoted_word_after_ordet_is_the_word() {
    none("Lappen i skåpet hade ordet \"Ragnvalla\" skrivet med tusch.");
    // A quoted text may name a person.
    has("Lappen hade texten \"Algot ska bort\" på sig.", "Algot");
}

#[test]
fn the_name_field_of_a_contact_card_and_a_passport_line() {
    has("Kortet i mobilen: N:Hjertström;Ester;;; och mer", "Ester");
    has("QR-koden: MECARD:N:Bredmark,Ester;;", "Bredmark");
    let mrz = "Raden: P<SWEBREDMARK<<ESTER<URBAN<<<<<<<<";
    has(mrz, "ESTER");
    has(mrz, "URBAN");
}

#[test]
fn a_bank_and_an_office_loanword_are_no_names() {
    none("Kontot 8327-9 (Nordmarksbank) tillhör föreningen.");
    none("Pengarna sattes in på Ödebybanken i går.");
    none("Reminder: mötet flyttas till torsdag.");
    // An office loanword is a word in lower case too.
    none("Kassören bad medlemmarna att swisha pengar till föreningen.");
}

#[test]
fn a_listed_name_among_places_only_is_a_place() {
    none("Tierp, Heby och Bodin nämns i föreläsningen som exempel.");
    // One place beside it is not enough.
    has("Tierp och Bodin nämns i föreläsningen.", "Bodin");
}

#[test]
fn a_brand_of_a_name_and_a_letter_before_a_hyphen_and_a_noun() {
    none("Ester L-butiken på torget hade klotter på fönstret.");
}

/// The forward list walkers (words talked about, parishes and churches) step through
/// "A, B och C" alike: a two-word member is one member, a lower-case member or a comma
/// without a space ends the list, and at most eight steps are taken.
#[test]
fn the_forward_list_walkers_stop_where_the_list_stops() {
    for tail in ["är namn på stormar.", "församlingar."] {
        none(&format!(
            "Till Signhild, Gottfrid Algot och Ragnfrid {tail}"
        ));
        has(&format!("Till Algot,Gottfrid och Ragnfrid {tail}"), "Algot");
        let long = format!(
            "Till Algot, Gottfrid, Gunvor, Valdemar, Ragnfrid, Signhild, Sigvard, Castor, \
             Ester och Urban {tail}"
        );
        has(&long, "Algot");
        has(&long, "Gottfrid");
        assert!(!names(&long).contains(&"Gunvor"), "{long}");
    }
    has("Algot, gunvor och Gottfrid är namn på stormar.", "Algot");
    none("Brevet gick till Algot, Gottfrid och Norrbyskyrkan.");
    none("Algot och Gottfrid: slangnamn i chatten.");
}

#[test]
fn initials_a_task_is_given_to_in_minutes() {
    has("Beslut: uppdra åt TQ att boka lokalen.", "TQ");
    let both = "Uppdrag till TQ och ZB: skriva inbjudan.";
    has(both, "TQ");
    has(both, "ZB");
    // A body's abbreviation, three capitals, or no word for the task before "till".
    none("Beslut: uppdra åt HR att boka lokalen.");
    none("Förvaltningen uppdrar åt SLK att utreda frågan.");
    none("Vi skickade lappen till TQ och ZB.");
}

#[test]
fn a_sign_off_cut_short_is_no_name() {
    let t = "Hälsn.\nMajvor, kurator";
    let n = names(t);
    assert_eq!(n, vec!["Majvor"], "{t}: {n:?}");
}

#[test]
fn a_listed_first_name_in_lower_case_after_a_preposition_that_takes_a_person() {
    has("ersättare för majvor var en vikarie", "majvor");
    has("flera fick inbjudan av majvor.", "majvor");
    has("vi fick lappen från majvor i går", "majvor");
    // A name that is also a word stays a word there.
    none("vi köpte en present för maj.");
}

#[test]
fn a_statute_books_abbreviation_before_its_number_is_no_name() {
    none("Enligt TRÄFS 2019:3 ska skolan ha en plan.");
    none("Läs de allmänna råden (BARNFS 2011:12) först.");
}

#[test]
fn a_gazetteer_name_glued_to_a_definite_noun_is_a_compound() {
    none("Jag klistrade in Excelraden i ärendet.");
    none("Vi läste Discordtråden tillsammans i går.");
}

#[test]
fn a_listed_first_name_addressed_before_du_and_a_verb() {
    has("majvor du är bäst!", "majvor");
    has("ok. majvor du har rätt", "majvor");
    none("tack du är bäst!");
}

#[test]
fn a_cover_name_or_an_alias_is_a_name_given() {
    has(
        "På forumet skriver hon under täcknamnet \"Gräsanden\".",
        "Gräsanden",
    );
    has("I forumet skriver hon under aliaset Räven.", "Räven");
    none("Han har haft flera täcknamn genom åren.");
}

#[test]
fn a_definite_noun_opening_a_sentence_is_the_thing_whatever_its_predicate() {
    // Words the guard keeps as never names by themselves: in the definite form they are
    // the thing, even before a predicate only a person takes.
    none("Blanketten kom in med posten i morse.");
    none("Klassen kom hem från lägret sent.");
    none("Skolan kom in med en ny anmälan.");
    // The bare word still names a person where the predicate says so.
    has("Sol kom in och satte sig.", "Sol");
}

#[test]
fn initials_the_minutes_say_were_present_or_took_the_minutes() {
    let text = "Styrgruppen 3/9: TB, GN och UF närvarande, PY anmält förhinder.";
    for n in ["TB", "GN", "UF", "PY"] {
        has(text, n);
    }
    has("Antecknat: RO / Justerat: VL.", "RO");
    has("Antecknat: RO / Justerat: VL.", "VL");
    // An abbreviation before another predicate is none.
    none("Styrgruppen 3/9: HR och IT har svarat.");
}

#[test]
fn a_word_that_is_no_word_addressed_before_du_and_a_verb() {
    has("jasmeet du glömde laddaren i bilen", "jasmeet");
    has("jasmeet du har nyckeln va?", "jasmeet");
    // An interjection or an ordinary word there is none.
    none("asså du glömde laddaren i bilen");
    none("hahaha du har rätt");
    none("okej du har rätt");
}

#[test]
fn a_name_in_hangul_is_a_name() {
    has("Lappen hade namnet 박서연 skrivet på baksidan.", "박서연");
}

#[test]
fn two_words_that_are_no_words_where_a_person_stands_are_a_full_name() {
    for text in [
        "Vid protokollet: ardesh tulvikka.",
        "Brevet var adresserat till ardesh tulvikka, i Kiruna.",
        "Kursen som ardesh tulvikka höll var bra.",
        "Hälsar ardesh tulvikka, enhetschef.",
    ] {
        has(text, "ardesh tulvikka");
    }
    // A topic in another language, and a run of it, are no name.
    none("Han pratade om deep fakes och annat.");
    none("Hon skrev på finska: hyvää huomenta kaikille ystäville.");
}

#[test]
fn a_word_joined_to_a_name_or_first_in_a_list_of_names_is_a_name() {
    has("Tack till Fläder och Ardesh på gården.", "Fläder");
    has(
        "Boken nämner Fläder, Ardesh och Nadira som ledare.",
        "Fläder",
    );
    has("Vi pratade om Ardesh och Fläder i går.", "Fläder");
    // Part of a longer proper noun, or a compound in the definite form, it is none.
    none("Operation Fläder och Operation Ardesh pågår.");
    none("Förra året: Kulturpriset, Miljöpriset och Idrottspriset delades ut.");
}

#[test]
fn the_town_after_a_postal_code_and_a_municipality_before_its_kind_are_no_names() {
    none("Skicka det till Box 17, 762 91 Fläderby.");
    none("Adress: Tallmoravägen 4, 76291 Tallmora.");
    none("Tallmora kommun och Fläderby stad har en samordnare.");
}

#[test]
fn a_latin_noun_in_the_definite_form_and_an_abbreviation_of_the_words_before_are_no_names() {
    none("Planetariet om rymden har 40 anmälda.");
    none("Påminnelse: webbinariet börjar klockan tio.");
    none("Den regionala samordningsgruppen (Rs) har träffats två gånger.");
    // Brackets after words that do not spell it are an aside, as before.
    has("Vi pratade med Ardesh (Tulvikka) igen.", "Tulvikka");
}

#[test]
fn a_word_that_is_no_word_joined_to_a_name_where_a_person_stands() {
    has("Varken ardesh eller Algot ville svara.", "ardesh");
    has("Jag pratade med ardesh och Algot.", "ardesh");
    has("ardesh och nadira har gått hem", "nadira");
    // A topic before "och" and a holiday is none.
    none("Han läste om tahara och Påsken i boken.");
}

#[test]
fn a_place_as_a_first_name_before_a_surname_where_a_person_stands() {
    has("Kuratorn Sala Tulvikka har haft samtal.", "Sala Tulvikka");
    has(
        "Utbildningen som Sala Tulvikka höll var bra.",
        "Sala Tulvikka",
    );
    has(
        "I bilen satt Algot Ardesh och Sala Tulvikka.",
        "Sala Tulvikka",
    );
    // A place and a word after it name a place or a body.
    none("Sala Stadsmission har öppet.");
}

#[test]
fn a_word_in_the_genitive_before_a_relative_is_a_name() {
    has("Jag tror att Fläders pappa är med i gruppen.", "Fläders");
    has("Vi vet att Tallmoras mamma ringde i går.", "Tallmoras");
    none("Kommunens pappa ringde.");
}

#[test]
fn a_word_greeted_by_a_capitalised_greeting_before_a_comma_or_an_exclamation_mark() {
    has("Hej Ljuva, kan du ringa mig?", "Ljuva");
    has("Hallå Ljuva!", "Ljuva");
    // A group greeted is none.
    none("Hej Alla!");
    none("Hej Kollegor, se nedan.");
}

#[test]
fn a_word_signing_off_after_a_slash_or_owning_a_relative_at_a_sentences_start() {
    has("Tack på förhand!\n//Ljuva", "Ljuva");
    has("Ljuvas storebror har rest utomlands.", "Ljuvas");
    // A relative's relative, a possessive pronoun, a noun in the definite form.
    none("Mammas pappa har dött.");
    none("Hennes pappa har ringt.");
    none("Pojkens mamma har ringt.");
}

#[test]
fn a_listed_name_after_the_imperative_that_sends_a_greeting() {
    has("hälsa algot att vi fixat det", "algot");
    none("Vi pratade om psykisk hälsa bland unga.");
}

#[test]
fn an_items_heading_in_minutes_is_no_name() {
    none("§ 5 Tulvikka: två nya ärenden sedan förra mötet.");
    // A person opening the item is one.
    has("§ 5 Ardesh informerade om läget.", "Ardesh");
}

#[test]
fn a_verb_of_belief_opening_a_message_without_its_pronoun() {
    has("tror ardesh bor på gatan numera", "ardesh");
    none("tror det blir bra i morgon");
}

#[test]
fn a_name_after_a_garment_and_fran_is_a_make() {
    none("Mössan var från Torvald Hultkvist, sa eleven.");
    none("Eleven hade en munkjacka från Torvald Hultkvist.");
    none("Skjortorna från Torvald Hultkvist syntes på bilderna.");
    // Not a garment: the person it came from.
    has("Brevet var från Torvald Hultkvist.", "Torvald Hultkvist");
}

#[test]
fn a_word_after_jag_och_goes_with_the_writer() {
    has("jag och tuvhild går till fritids efter lunch", "tuvhild");
    none("jag och mamma går till fritids efter lunch");
}

#[test]
fn a_word_after_hort_om_or_ta_det_med() {
    has("har ni hört om oyunna? hon slutar i vår", "oyunna");
    has("jag tar det med ormhild på fredag", "ormhild");
    none("har ni hört om bränderna? det var nära");
    none("jag tar det med rektorn på fredag");
}

#[test]
fn a_latin_noun_in_arium_or_orium_is_a_word() {
    none("Inbjudan: Kreatorium om hållbarhet, tisdag kl 10.");
    none("Inbjudan: Skrivarium för personalen, onsdag kl 13.");
}

#[test]
fn a_word_after_snackade_om() {
    has("vi snackade om jovanka hela kvällen", "jovanka");
    has("dom snackar om tiberiu igen", "tiberiu");
    none("vi snackade om matchen hela kvällen");
}

#[test]
fn a_word_after_kolla_med() {
    has("vet inte, kolla med radovan", "radovan");
    has("kollade med radovan i går, han visste inget", "radovan");
    none("kolla med skolan först");
}

#[test]
fn a_word_after_snalla_as_after_a_greeting() {
    has("snälla zdenka ta bort bilden", "zdenka");
    none("snälla hjälp mig med blanketten");
    none("Snälla, kan ni ringa tillbaka?");
    none("snälla du, skicka den igen");
}

#[test]
fn a_pronoun_said_to_be_a_name_points_back() {
    // The pronoun after a quoted name is none.
    let found = names("De sa \"ottilia\" om henne flera gånger. Det är hennes förnamn.");
    assert!(!found.iter().any(|f| f.contains("Det")), "{found:?}");
    none("Han skrev \"Gråskägget\" i chatten. Den är hans smeknamn där.");
}

#[test]
fn initials_after_weekdays_in_a_roster() {
    let found = names("Jourlista vecka 9: mån QX, tis ZJ, onsdag QX.");
    assert_eq!(found, vec!["QX", "ZJ", "QX"]);
    // A single weekday and capitals is no roster; a body's abbreviation is none.
    none("Vi ses ons QX.");
    none("Möten: mån HR, tis IT.");
}

#[test]
fn vowels_with_marks_are_vowels_in_a_lower_case_name() {
    has("jag och ánnjá tar kvällspasset", "ánnjá");
    has("hej thủy, ses i morgon", "thủy");
    none("jag och kbt-gruppen tar kvällspasset");
}

#[test]
fn an_unlisted_word_after_a_clause_comma_before_a_verb() {
    has("jag tar morgonen, zlatka är ledig", "zlatka");
    has("orkar inte idag, vuokko tar över", "vuokko");
    none("jag tar morgonen, resten är ledigt");
    none("vi var där, ok är det");
}

#[test]
fn a_genitive_before_a_spoken_sibling() {
    has("jag tror gvozdens syrra går där också", "gvozdens");
    has("tror gvozdens brorsa var med", "gvozdens");
    none("jag tror hennes syrra går där också");
}

#[test]
fn a_cleft_asked_points_out_a_person() {
    has("är det gvozden som har skrivit det?", "gvozden");
    none("är det skolan som bestämmer det?");
    none("Var det bussen som var sen?");
}

#[test]
fn a_denied_cleft_before_utan() {
    has("nej det var inte gvozden utan hans kusin", "gvozden");
    none("nej det var inte bussen utan tåget");
}

#[test]
fn a_word_opening_a_sentence_with_a_role_after_an_abbreviation_in_brackets() {
    has("Urban (LVU-koordinator) slutar i mars.", "Urban");
    has("Urban (SSP-samordnare) slutar i mars.", "Urban");
    none("Urban (LVU-koordinator) i mars.");
}

#[test]
fn an_article_phrase_ends_before_a_preposition_that_takes_a_person() {
    has("Vi köpte en tårta åt Gvozden i går.", "Gvozden");
    has("Hon lämnade ett kort till Zdenka.", "Zdenka");
    // A make after an article and adjectives is still a thing.
    none("Han körde en grön Qorvexa hem.");
}

#[test]
fn a_speaker_after_a_time_in_brackets_opening_a_chat_line() {
    has("[13.35] tulikki: sågs vid kiosken nyss", "tulikki");
    has("ok\n[07:50] zorbek: sågs vid kiosken", "zorbek");
    // An ordinary word as the label stays a word.
    none("[13.35] info: sågs vid kiosken nyss");
}

#[test]
fn a_word_whose_case_alternates_is_read_as_capitalised() {
    has(
        "Förra veckan kom tUrKaN vAlLgReN in på kontoret.",
        "tUrKaN vAlLgReN",
    );
    has("Vi pratade med vEnDlA om saken.", "vEnDlA");
    // One capital after small letters is a brand's or an abbreviation's camel case.
    none("Hon filmade det med sin iPhone och lade upp det på TikTok.");
}

#[test]
fn a_word_typed_with_caps_lock_on_is_read_as_capitalised() {
    has("Förra veckan kom qUOLBERG in på kontoret.", "qUOLBERG");
    has("Vi pratade med tARVONEN om saken.", "tARVONEN");
    // A small letter before two capitals is an abbreviation's shape.
    none("Hon loggade in med sitt eID på sidan.");
}

#[test]
fn a_unit_the_reader_is_told_to_contact_is_no_person() {
    none("Vid frågor, kontakta Tolkförmedlingen via växeln.");
    none("Kontakta Skolhälsovården om du är osäker.");
    // A name that is no word is still a person.
    has("Kontakta Quolberg om du är osäker.", "Quolberg");
}

#[test]
fn a_message_or_a_call_from_a_word_that_is_no_swedish_word() {
    has("fick ett sms från ulvhild nyss, hon är orolig", "ulvhild");
    has("det kom ett mejl från borghild i morse", "borghild");
    // An ordinary word after "från" stays a word.
    none("fick ett brev från kommunen i går");
}

#[test]
fn a_questions_subject_between_a_verb_and_the_person() {
    has("såg nån ulvhild igår? hon skulle komma", "ulvhild");
    has("träffade du borghild på mötet?", "borghild");
    // An ordinary word after the subject stays a word.
    none("såg nån kompisen igår?");
}

#[test]
fn a_cleft_ends_at_a_line_or_after_a_surname_that_is_no_swedish_word() {
    has(
        "vet inte men tror det va borghild vallgren",
        "borghild vallgren",
    );
    has("tror det var ulvhild\nsåg henne igår", "ulvhild");
    // An ordinary word after the first stays outside the cleft.
    none("jag tror det var kompisen igen");
}

#[test]
fn the_subject_of_a_question_whether_a_person_comes_along() {
    has("är ulvhild med på fikat sen?", "ulvhild");
    has("ok\nÄr borghild med imorgon", "borghild");
    // An ordinary word stays a word.
    none("är maten med på listan?");
}

#[test]
fn a_titles_abbreviation_with_its_point_ends_no_sentence() {
    has(
        "Mötet började. Dr. Vallgren från kliniken talade.",
        "Vallgren",
    );
    has("Vi ringde till prof. Vallgren igår.", "Vallgren");
    // A point after an ordinary word still ends the sentence.
    none("Vi ringde. Torget var tomt.");
}

#[test]
fn a_listed_first_name_in_lower_case_that_is_no_word_is_a_name_anywhere() {
    has("hej melker! kul att ses", "melker");
    has("tack till ottilia för hjälpen", "ottilia");
    has("catrin och sonia kommer imorgon", "catrin");
    has("catrin och sonia kommer imorgon", "sonia");
    has("vi väntar på claudia", "claudia");
    // Part of another token, a quotation ending on it, a room, a firm, English.
    none("skicka filen claudia.pdf till mig");
    none("se #melker på bilden");
    none("bokade rum sonia till mötet");
    none("vi handlar på rafael & söner");
    none("ordet ”melker” hörs ofta");
    none("we met claudia and the others at the station");
}

#[test]
fn a_double_first_name_joined_by_a_hyphen_is_no_compound() {
    has("hörde urban-melker säga att de ska samlas", "melker");
    has("vi väntar på urban-ottilia", "ottilia");
}

#[test]
fn greetings_and_sign_offs_of_other_languages_are_no_names() {
    for text in [
        "Kiitos\nHälsningar från oss alla",
        "Dzięki, vi ses på mötet.",
        "Saludos och tack för i dag.",
        "Hvala! Vi hörs.",
    ] {
        none(text);
    }
    // The name under the sign-off is still found.
    let text = "Terveisin\nRagnvi Ersmark";
    assert_eq!(names(text), vec!["Ragnvi Ersmark"], "{text:?}");
}

#[test]
fn two_pairs_of_initials_after_av_are_the_agents() {
    let text = "Anteckningarna signerade av QV och RX i går.";
    assert_eq!(names(text), vec!["QV", "RX"], "{text:?}");
    // A body's abbreviation among them, or one pair alone, says nothing of a person.
    none("Beslutet fattat av KF och KS i går.");
    none("Rapporten skickad av QV i går.");
}

#[test]
fn the_nordic_capitals_in_their_own_languages_are_places() {
    none("Resan går via København och Helsinki till Nuuk.");
    none("Konferensen hölls i Reykjavík och sedan i Tórshavn.");
}

#[test]
fn a_pet_form_in_lower_case_that_is_no_word() {
    has("kan ni be tocke ringa mig", "tocke");
    has("okej fibbe jag fixar", "fibbe");
    // Words of the same shape are words.
    none("vi tog en kaffe och en bulle");
    // Part of an e-mail or a file name it is no name of its own.
    none("filen heter tocke.txt");
}

#[test]
fn a_genitive_after_a_colon_in_lower_case() {
    has("ketuwa:s bror e där nu", "ketuwa");
    has("vi hämtar osvalda:s cykel", "osvalda");
    // An abbreviation's genitive is no name.
    none("vi läste sms:s och pdf:s innehåll");
}

#[test]
fn the_object_of_an_e_mail_verb() {
    has("mejla ketuwa om schemat", "ketuwa");
    has("jag mailade osvalda igår", "osvalda");
    // An ordinary word after the verb is no name.
    none("mejla skolan om schemat");
}

#[test]
fn the_subject_of_a_question_opened_by_an_auxiliary() {
    has("kan ketuwa ta över mina ärenden nästa vecka?", "ketuwa");
    has("har osvalda skickat blanketten?", "osvalda");
    // A word of the language there is no name.
    none("kan någon ta över mina ärenden nästa vecka?");
}

#[test]
fn a_welcome_greets_a_person() {
    has("välkommen ketuwa!!", "ketuwa");
    // A word of the language after it is no name.
    none("välkommen tillbaka efter semestern!");
    none("Välkomna in till mötet.");
}

#[test]
fn initials_in_a_list_past_an_abbreviated_role_and_those_absent() {
    // A role cut short with a point in brackets keeps the list going.
    let text = "Närvarande: QX, WZ, YV (sekr.), GQ. Förhinder: VX.";
    assert_eq!(names(text), vec!["QX", "WZ", "YV", "GQ", "VX"]);
    // Those absent named in the same list as those present.
    let text = "Närvarande: QX, YV (ordf.), frånvarande GQ.";
    assert_eq!(names(text), vec!["QX", "YV", "GQ"]);
    // Who adjusts the minutes, as a label.
    assert_eq!(names("Justeras: QX och GY."), vec!["QX", "GY"]);
    // Bodies in brackets with a role are no list of those present.
    none("Möte med KS (ordf.) och IT.");
}

#[test]
fn initials_with_swedish_capitals_act_and_are_given_tasks() {
    assert_eq!(
        names("GQ bokar lokal. ÅV skickar kallelse."),
        vec!["GQ", "ÅV"]
    );
    assert_eq!(names("Uppdra åt ÄQ att ringa."), vec!["ÄQ"]);
    assert_eq!(names("WQ och ÖV kompletterade."), vec!["WQ", "ÖV"]);
    // A board's abbreviation with a Swedish letter acts too.
    none("ÄN beslutade att skjuta upp ärendet.");
}

#[test]
fn initials_on_a_roster_of_weeks_ranges_of_days_and_the_weekend() {
    let text = "Jourlista: v12 QX, v13 WZ, v14 GQV, v15 YV.";
    assert_eq!(names(text), vec!["QX", "WZ", "GQV", "YV"]);
    let text = "Schema v. 12: mån–ons QX, tors–fre WZ, helg YV.";
    assert_eq!(names(text), vec!["QX", "WZ", "YV"]);
    assert_eq!(names("Jour vecka 12 QX, vecka 13 WZ."), vec!["QX", "WZ"]);
    // Bodies on a roster of weeks are no initials.
    none("Vi ses v12 KS, v13 IT.");
    // One week and one pair is no roster.
    none("Leverans v12 QX enligt avtal.");
}

#[test]
fn initials_that_end_a_clause_after_a_participle_and_av_or_a_role() {
    has("Rättat manuellt av QX.", "QX");
    has("Kallelse skickas av QX.", "QX");
    has("Ändrad av QX 2025-01-02 kl. 10.", "QX");
    has("Punkt 2: boka lokal, ansvarig QX. Punkt 3: ingen.", "QX");
    // Bodies and systems sign and answer so too.
    none("Beslutat av KS.");
    none("Antaget av KF 2024-05-01.");
    none("Dubblett av IA 2026-0001.");
    none("Punkt 4: rutinen, ansvarig IFO.");
    // Initials that go on into the clause are left to the other rules.
    none("Texten skrevs av QX och hon.");
}

#[test]
fn initials_acting_after_a_clock_time_in_a_log() {
    let text = "Logg: 14.10 QX ringde polisen, 14.20 WZ kvitterade.";
    assert_eq!(names(text), vec!["QX", "WZ"]);
    // A body acts after a time too.
    none("Kl. 10.30 HR bokar lokal.");
}

#[test]
fn initials_of_who_wrote_a_note() {
    has("Anteckning QX: ringt skolan.", "QX");
    has("Notering från WZ: inget nytt.", "WZ");
    // A unit's note.
    none("Kommentar från HR: klart.");
    // Capitals before a colon after other words.
    none("Fråga QX: vad gäller?");
}

#[test]
fn initials_in_a_list_each_with_a_place_in_brackets() {
    let text = "Nätverket: QX (Norrby), WZ (Tallby-Ängsvik), YV (SLX).";
    for i in ["QX", "WZ", "YV"] {
        has(text, i);
    }
    // An abbreviation's expansion opens with its first letter.
    none("Lagarna: LVX (Lagen om vård), OSX (Offentlighetslagen).");
}

#[test]
fn initials_of_a_group_in_brackets() {
    let text = "Beslut: arbetsgruppen (QX, WZ och YV) lämnar förslag.";
    assert_eq!(names(text), vec!["QX", "WZ", "YV"]);
    // Bodies, or one pair alone, are no members listed.
    none("Styrgruppen (KS, KF) beslutar.");
    none("Gruppen (QX) träffas.");
}

#[test]
fn a_note_with_a_name_is_no_named_thing() {
    // "lapp" ends as "app" does, but a first part of one letter makes no compound: the
    // note holds a person's name.
    has(
        "Vaktmästaren hittade en lapp med namnet Zelmira Qvarnlöf på bänken.",
        "Zelmira Qvarnlöf",
    );
    // An app, a group or a compound ending in one is still a thing given a name.
    none("Vi laddade ner en app med namnet Fixarn.");
    none("Hoten kom från en chattgrupp med namnet Vitvargarna.");
}

#[test]
fn the_subject_of_a_question_after_a_negation_or_a_copula() {
    has("var inte ylvina med på mötet?", "ylvina");
    has("har inte brynolf svarat än?", "brynolf");
    has("är sigvor hemma nu?", "sigvor");
    // Without a question mark a copula opens no question: "var" may be an imperative.
    none("var sigvor med oss i fjol.");
}

#[test]
fn the_subject_of_a_subordinate_clause_before_a_supine() {
    // Swedish leaves out "har" in a subordinate clause: the word before the supine is
    // its subject.
    has("hon sa att ylvina hotat honom", "ylvina");
    has("han berättade att brynolf slagit sönder rutan", "brynolf");
    has("vi vet inte eftersom sigvor slutat svara", "sigvor");
    none("hon sa att det hotat honom");
}

#[test]
fn authorities_by_their_full_names_are_no_persons() {
    // Heads of an authority's name end a compound whose first part is no word of its own.
    none("Rektorn kontaktade Legitiombudsmannen för råd.");
    none("Frågan gick vidare till Konsultidepartementet i våras.");
    none("Ärendet granskas av Rehabiliinspektionen.");
}

#[test]
fn initials_after_full_names_among_those_present() {
    let text = "Närvarande: Zelmira Qvarnlöf (ordf.), Gudrid-Ingrun af Tallmo, QX, WZ.";
    for i in ["QX", "WZ"] {
        has(text, i);
    }
    // The minute-taker's label in the plural.
    has("Anteckningar: QX. Justerat: WZ.", "QX");
    // A body's abbreviation in such a list is still the body.
    assert!(!names("Närvarande: Zelmira Qvarnlöf, HR.").contains(&"HR"));
}

#[test]
fn two_who_wrote_a_note_together() {
    let text = "Notering QX/WZ: gemensam bedömning, följs upp.";
    for i in ["QX", "WZ"] {
        has(text, i);
    }
    assert!(!names("Notering HR/IT: klart.").contains(&"HR"));
}

#[test]
fn initials_before_a_strong_verb_of_reporting() {
    has("§ 4 Läget. QX redogjorde för läget.", "QX");
    has("Mötet 4/6. WZ föredrog ärendet.", "WZ");
    none("§ 4 Läget. HR redogjorde för läget.");
}

#[test]
fn a_family_name_after_the_arabic_article_in_lower_case() {
    has(
        "mötet leddes av brynolf och al-tanwiri tog anteckningar",
        "al-tanwiri",
    );
    has(
        "tre har inte gått kursen: Qvarnlöf, Tallmo och el-tanwiri.",
        "el-tanwiri",
    );
    // A known organisation, or a town after a preposition of place.
    none("de pratade om al-qaida på lektionen");
    none("familjen kom från al-tanwiri i fjol");
}

#[test]
fn the_subject_of_a_relative_clause_before_a_supine() {
    // "har" left out in the relative clause: the word before "som" is a person.
    has(
        "skolsköterskan är orolig för ylvina som slutat äta",
        "ylvina",
    );
    // Not after a determiner: "en influencer som …" is a thing or a role.
    none("vi pratade om en tanwiri som slutat gälla");
}

#[test]
fn a_name_broken_at_a_lines_end_by_a_hyphen() {
    // Each half alone is a word ("Sig") or ends as a place does ("-stan"); whole, the
    // word is a name.
    has("Kontaktperson: Sig-\nvor, fältgruppen.", "Sig-\nvor");
    has("Vi ringde Zelmira Kon-\nstanqvist igår.", "Kon-\nstanqvist");
    // A known body or a shared tail stays none.
    none("Vi pratade med Social-\ntjänsten igår.");
    none("El-\noch energiprogrammet är populärt.");
}

#[test]
fn a_group_named_after_a_person_by_a_hyphen() {
    // A noun for a group of people glued after a name: the name is a person's, in lower
    // case too when it is no Swedish word.
    has(
        "Tarvandić-gänget har börjat synas vid kiosken.",
        "Tarvandić",
    );
    has("vi såg Quolberg-bröderna vid torget", "Quolberg");
    has("var det inte ostrowiak-killarna som ropade?", "ostrowiak");
    // A listed name that is also a word, opening a sentence.
    has("Ek-familjen har flyttat till en annan stadsdel.", "Ek");
    // A place or an ordinary word before the hyphen stays none.
    none("Järva-gänget har börjat synas vid kiosken.");
    none("var det inte fotbolls-killarna som ropade?");
}

#[test]
fn a_meeting_place_or_a_unit_named_by_a_word() {
    // A word for a unit or a meeting place opening its capitalised name is no person, and
    // the word after it is the place's name.
    none("Ring Träffpunkt Ekorren om du vill boka.");
    none("Hör av dig till Mötesplats Gläntan före fredag.");
    none("Kontakta Hemtjänst Norr via växeln.");
    // A person after the unit, in lower case, is still read.
    has(
        "Kontakta Hemtjänst Norr och fråga efter kuratorn Tarvandić.",
        "Tarvandić",
    );
}

#[test]
fn a_bare_age_between_the_subject_and_its_verb() {
    // A chat's "x 16 var där": the word opening the sentence is the subject, the number
    // its age.
    has("tarvo 16 var där igen igår", "tarvo");
    has("okej. kvarnlöf 14 har slutat komma", "kvarnlöf");
    // An ordinary word, or no finite verb after the number, stays none.
    none("buss 16 var sen igen");
}

#[test]
fn a_person_with_a_person_found_before() {
    // "med" right after a word found as a name: the company is a person too.
    has("såg tarvo med quelmira vid kiosken igår", "quelmira");
    // Not an ordinary word after it. (A word that is no word ending its clause after
    // "med" is a name since 3 December 2026, found before or not: see
    // `a_word_that_is_no_word_ending_its_clause_after_a_preposition_for_persons`.)
    none("kom hit med cykel");
    has("såg tarvo med cykel vid kiosken", "tarvo");
    assert!(!names("såg tarvo med cykel vid kiosken").contains(&"cykel"));
}

#[test]
fn the_emphatic_pronoun_of_one_person() {
    // "själv" after a word marks it as a person: "x själv säger".
    has("quelmira själv säger att det var ett skämt.", "quelmira");
    has("Det var kusinen, inte quelmira själv.", "quelmira");
    // An ordinary word stays none.
    none("kommunen själv säger att det var ett skämt.");
}

#[test]
fn a_subject_and_igen_alone() {
    // A chat's "x igen.": someone did it again, the verb left out.
    has("quelmira igen. orkar inte", "quelmira");
    has("hej\nkvarnlöf igen!", "kvarnlöf");
    // An ordinary word, or more after "igen", stays none.
    none("regn igen. orkar inte");
    none("quelmira igen och igen");
}

#[test]
fn the_next_initial_and_surname_of_a_list() {
    // After "A. Surname," an initial and a surname that is also a word are a person too.
    has("Närvarande: S. Tarvonen, K. Stam.", "Stam");
    // A word after an initial with no such list before stays none.
    none("Se punkt B. Stam och mossa växer där.");
}

#[test]
fn a_listed_first_name_signing_on_the_line_after_a_closing() {
    // Alone on its line after "Hälsningar", "Mvh" or "Tack på förhand!": the writer,
    // even when the name is also a word.
    has(
        "Kan ni ringa mig?\nTack på förhand!\nRita\n\nSkickat från mobilen",
        "Rita",
    );
    has("Vi ses på mötet.\nMvh\nRita", "Rita");
    // Not after another line, nor a body after the closing.
    none("Vi ses på mötet.\nRita");
    none("Hälsningar\nSocialtjänsten");
}

#[test]
fn a_body_signing_in_the_definite_form_after_a_slash() {
    // A team or a body signs as a noun in the definite form: no person.
    none("Hej,\nprotokollet är klart.\n/Redaktionen");
    none("Hej,\nprotokollet är klart.\n//Styrelsen");
    // A person's name after the slash is still one, also a short one ending as a
    // definite form does.
    has("Hej,\nprotokollet är klart.\n/Tarvo", "Tarvo");
}

#[test]
fn an_office_loanword_for_a_timeline() {
    // "Timeline" opening a field of minutes is an English office word, no name.
    none("Timeline 2026-03-02: 08.10 larm; 08.40 krisgrupp samlas.");
}

#[test]
fn the_person_asked_to_do_something() {
    // A verb of asking takes a person as its object: "har bett x att …".
    has(
        "Personalen har bett quelmira att inte ta med sig flaggor.",
        "quelmira",
    );
    has("Vi bad tarvo om hjälp med nycklarna.", "tarvo");
    // Not an ordinary word after it.
    none("Vi bad personalen om hjälp med nycklarna.");
}

#[test]
fn two_words_in_lower_case_after_a_label_without_its_colon() {
    // "Kontakt" or "Ansvarig" names the person to turn to, a colon left out.
    has(
        "Lokalen: Ekvägen 9. Kontakt tarvo kvarnmo.",
        "tarvo kvarnmo",
    );
    has(
        "Samling vid torget. Ansvarig quelmira ostrowiak.",
        "quelmira ostrowiak",
    );
    // Ordinary words after them stay none.
    none("Vi har kontakt med dem varje vecka.");
}

#[test]
fn a_relative_clause_set_off_by_a_comma() {
    // "x, som arbetar …": the clause is about a person, as without the comma.
    has(
        "Hotet riktades mot quelmira, som arbetar i kassan.",
        "quelmira",
    );
    // Not after a determiner, nor an ordinary word.
    none("Hotet riktades mot en tanwiri, som arbetar i kassan.");
    none("Vi läste om fotosyntes, som är viktig.");
}

#[test]
fn initials_after_a_verb_of_taking_part() {
    // "deltog XY, ZW samt …": those who took part, no label's colon.
    has(
        "Möte om läget: deltog QX, ZV samt en representant från polisen.",
        "QX",
    );
    has(
        "Möte om läget: deltog QX, ZV samt en representant från polisen.",
        "ZV",
    );
    // Abbreviations of units stay none.
    none("Från kommunen deltog IT och HR.");
}

#[test]
fn hans_opening_a_sentence_before_a_preposition() {
    // A possessive pronoun needs a noun after it: before a preposition "Hans" is the name.
    has("Hans på kontoret svarade inte.", "Hans");
    has("Hans vid kassan såg honom.", "Hans");
    // Before a noun it is the pronoun.
    none("Hans kusin svarade inte.");
}

#[test]
fn a_person_the_writer_names_as_a_certain_one() {
    has(
        "Det var en viss Quolberg som stod för inbjudan.",
        "Quolberg",
    );
    // A make after an article and an adjective stays a thing.
    none("Han körde en grön Berlingo till skolan.");
}

#[test]
fn a_word_glossed_in_a_language_is_no_person() {
    none("Quolbe är tigrinska för morgon och stod på skylten.");
    none("Quolbe är persiska för fönster, sa mentorn.");
    // A person who teaches a language is still a person.
    has("Quolberg är lärare i persiska för nybörjare.", "Quolberg");
}

/// A first name of the world's list (data/world_first_names.txt) in lower case is a
/// listed first name: found where no cue stands around it, as the Swedish list's are.
#[test]
fn the_worlds_first_names_in_lower_case() {
    has("vi hade samtal idag, arben verkade ledsen efteråt", "arben");
    has("skickar hälsningar från shpresa", "shpresa");
    has("fick sms av valon igår kväll", "valon");
}

/// Capitalised, a name only the world's list knows is an unknown proper noun: the rules'
/// knowledge of associations, accounts and things named like persons still holds.
#[test]
fn the_worlds_first_names_capitalised_keep_the_rules_negatives() {
    none("Föreningen Nermin har fått bidrag för läxhjälp.");
    none("Ett konto med namnet \"Jasna Stjärna\" delade bilden.");
    // And a name the city's texts use as a word of another language is no name there.
    none("Ordet shahid förekommer i flera inlägg.");
}

/// An ending glued by a colon to a number or an abbreviation is an inflection.
#[test]
fn an_ending_after_a_colon_is_no_word() {
    none("I 9:orna pratar man om det.");
    none("Alla 8:orna och KS:erna fick brevet.");
}

#[test]
fn a_surname_built_like_a_place_after_a_first_name() {
    has("Jag pratade med Åke Linnstrand i går.", "Åke Linnstrand");
    has("Agne Hällgård ringde om nyckeln.", "Agne Hällgård");
    has("Mötet leddes av Asta Granbacke.", "Asta Granbacke");
    // A farm, a beach or a slope keeps the definite form or a genitive.
    none("Eleverna badade vid Långstranden i våras.");
    none("Eleverna åkte pulka i Bodins backe.");
}

#[test]
fn the_value_of_a_field_for_a_name_even_a_word() {
    has("förnamn: Fläder\nefternamn: Tjärn", "Fläder");
    has("förnamn: Fläder\nefternamn: Tjärn", "Tjärn");
    has("FÖRNAMN: LÄRKA", "LÄRKA");
    has("https://boka.example/?namn=Ljuva&typ=lokal", "Ljuva");
    has("kontakt:\n  fornamn: Asta", "Asta");
    // The key written without its "ö" is no name, nor is a value that says none is given,
    // nor another thing's name after a bare "namn".
    assert!(!names("fornamn: Asta").contains(&"fornamn"));
    none("Namn: Anonym");
    none("Föreningens namn: Gröna Tankar");
}

#[test]
fn a_first_name_of_the_worlds_list_is_no_compound_of_swedish_words() {
    // However it splits or ends: a word and a word, a quay ("-kaj"), a town ("-stan"),
    // a definite form, or an accent Swedish writes by choice.
    for name in [
        "Gudbrand",
        "Hallbjörn",
        "Pankaj",
        "Arystan",
        "Octavian",
        "Rémi",
        "Léna",
    ] {
        has(&format!("Tack till {name} för hjälpen."), name);
    }
    // A compound of the language stays a thing, a café its word.
    none("Tack till Jobbtorg för hjälpen.");
    none("Vi träffades på muséet.");
}

#[test]
fn a_name_found_before_is_the_person_in_an_associations_name_too() {
    let text = "Kontakt: Gudbrand Hällkvist.\nFöreningen Hällkvists vänner söker bidrag.";
    assert!(
        names(text).contains(&"Hällkvists"),
        "{text:?}: {:?}",
        names(text)
    );
    // The town after a postal code and a court keep their readings.
    let town = "Kontakt: Asta Tallbo.\nAdress: Ekvägen 3, 917 99 Tallbo.";
    assert_eq!(names(town), vec!["Asta Tallbo"]);
    let court = "Kontakt: Asta Svea.\nSvea hovrätt avgjorde målet.";
    assert_eq!(names(court), vec!["Asta Svea"]);
}

#[test]
fn a_capitalised_word_where_a_person_stands_inside_a_sentence() {
    // The subject of a clause before its verb, the focus of a cleft, a preposition's
    // object put first: the capital marks a proper noun, even of an ordinary word.
    has("Jag hörde att Fläder är ledsen efter rasten.", "Fläder");
    has("Det var Ljuva som larmade.", "Ljuva");
    has("Utan Tjärn hade vi aldrig fått veta.", "Tjärn");
    has("Enligt Lärka var det lugnt i helgen.", "Lärka");
    // An institution in the definite form, and a noun before "och".
    none("Vi hörde att Polisen har varit där.");
    none("Eleverna läste om Vikingar och skrev en dikt.");
}

#[test]
fn a_word_of_the_gazetteer_that_is_also_a_first_name_before_a_surname() {
    // A creed, a holiday or a town that the world's list knows as a first name, then a
    // word no list knows, before a verb: a person's full name.
    has(
        "Ivo Brankovšek är ordförande i föreningen.",
        "Ivo Brankovšek",
    );
    has("Salem Qarawi har ringt två gånger.", "Salem Qarawi");
    // Not a car's make and its model, nor a maker's product.
    none("Nissan Qashqai är ny.");
    none("Google Assistant är bra.");
}

#[test]
fn a_name_given_by_a_naming_verb_to_a_person() {
    // The leader of a group, not the group, is named; a person as the object is named.
    has(
        "Ledaren för gänget kallas Gamle Ragvald och är äldre.",
        "Gamle Ragvald",
    );
    has(
        "Gänget kallar ledaren för Kråkfar, ingen vet vad han heter.",
        "Kråkfar",
    );
    // In a relative clause about a person, and a nickname that reads as a compound.
    has("Killen som alla kallar Kolvis har slutat komma.", "Kolvis");
    has("Han kallar sig Asgårdssonen på nätet.", "Asgårdssonen");
    // A thing named in a relative clause, and a title's abbreviation, stay what they are.
    none("Barnen lekte med en sten som de kallade \"turstenen\".");
    assert!(!names("Han presenterade sig som \"Dr. Nasri\" i telefon.").contains(&"Dr"));
}

#[test]
fn a_word_in_apposition_with_a_role_and_its_place() {
    has(
        "Tjärn, samordnaren i Söderort, har fått samma uppgift.",
        "Tjärn",
    );
    none("Skolan, rektorn i Söderort, har fått samma uppgift.");
}

#[test]
fn the_genitive_of_an_unknown_word_before_a_relative_or_a_persons_thing() {
    has(
        "Vi fick zewdineshs nummer men hen hade slutat.",
        "zewdinesh",
    );
    has("pengarna gick till ardeshirs konto", "ardeshir");
    has("fråga qorxoobs mamma om hon kan komma", "qorxoob");
    // A word of the language, or a thing's genitive, is no owner.
    none("vi fick skolans nummer och bilens konto");
}

#[test]
fn a_child_of_a_kind_and_an_interpreter_are_roles() {
    has("Hon oroar sig för grannpojken zewdinesh.", "zewdinesh");
    has("Konsultation med tolk (qorxoob).", "qorxoob");
    // An interpreter's preposition takes a language.
    none("Hon var tolk på kirundi och franska.");
}

#[test]
fn a_first_name_of_the_world_that_is_a_rare_swedish_word() {
    // Capitalised inside a sentence, or after a role word: the name.
    has("Förälder: Halvor. Barn: 2.", "Halvor");
    has("Jag pratade med Snorre om saken.", "Snorre");
    // In lower case without a cue the word, and a common word is never such a name.
    none("han stod vid rodret och snorre var inget ord");
    none("Alla var där, och saken var klar.");
}

#[test]
fn initials_found_before_as_a_speakers_label_in_minutes() {
    let text = "Deltagare: GH, TW och polisen.\nGH: Inget nytt.\nTW: Klotter vid skolan.";
    let found = names(text);
    assert_eq!(found.iter().filter(|n| **n == "GH").count(), 2, "{found:?}");
    assert_eq!(found.iter().filter(|n| **n == "TW").count(), 2, "{found:?}");
    // A label in capitals that was never a name stays a label.
    none("OBS: Inget nytt.\nOBS: Klotter vid skolan.");
}

#[test]
fn a_person_joined_to_a_pronoun_or_followed_by_an_age() {
    // "och" after a personal pronoun joins a person, even a listed name that is a word.
    has("jag och gorm tar helgpasset", "gorm");
    // An age in brackets after the name, at a sentence's start or after a topic.
    has("en anmälan gällande Salvia (14 år) har skickats.", "Salvia");
    // Not a body or a place with a number in brackets.
    none("Vi var på Fritidsgården (12) i går.");
}

#[test]
fn a_word_of_the_gazetteer_that_is_a_first_name_ending_a_field() {
    has("Bokare: Salem Qarawi, 0611-27 40 93.", "Salem Qarawi");
    none("Vi åkte till Oslo, Rom och Kairo.");
}

#[test]
fn a_field_under_a_column_headed_for_names_even_a_word() {
    let text = "förnamn;efternamn;enhet\nFläder;Tjärn;Fritid Väst";
    assert_eq!(names(text), vec!["Fläder", "Tjärn"]);
    // A body in such a column, and a column headed for something else.
    none("\"Namn\",\"Telefon\"\n\"Socialjouren\",\"08-508 400 00\"");
    none("enhet;status\nFritid Väst;Klar");
}

#[test]
fn a_word_that_is_no_word_ending_its_clause_after_a_preposition_for_persons() {
    has("tack, åker dit med tharvon", "tharvon");
    has("har någon hört av qorxoob?", "qorxoob");
    // A compound on a Swedish word, a word of the language, a short one: no names.
    none("de ritade med odalrunan.");
    none("hon fikade med mormor.");
    none("vi åkte med bil.");
}

#[test]
fn a_listed_first_name_before_a_nordic_surname_in_lower_case() {
    // Both may be words ("sten", and a surname the word list holds as a proper noun).
    has("ring sten hallqvist om nyckeln.", "sten hallqvist");
    has("kontakt: tim holmgren, fältgruppen", "tim holmgren");
    // "bo", a first name the gazetteer also holds, is read with the surname.
    assert_eq!(names("mejla bo edman i morgon"), vec!["bo edman"]);
    // A word before such a surname, and such an ending alone, make no name.
    none("han klättrade på ett isberg i går.");
    none("vi åkte förbi en lund med ek.");
}

#[test]
fn a_listed_first_name_that_is_a_word_joined_to_one_that_is_none() {
    has("samtal mellan liv och yasir om läget.", "liv");
    has("efter lektionen kom farid, idris och malva.", "malva");
    // Joined to a word, or to a capitalised name as a verb, it stays a word.
    none("det handlar om liv och hälsa.");
    assert!(!names("Vi ringde Gunvor och ville veta mer.").contains(&"ville"));
}

#[test]
fn a_listed_first_name_that_is_a_word_where_only_a_person_is_named() {
    // Between a role word and a finite verb.
    has("kuratorn dag svarade att det var lugnt.", "dag");
    has("fritidsledaren saga berättade om klottret.", "saga");
    // An infinitive after a role word is the verb's ("låter eleven bo hos …").
    none("de låter eleven bo hos mormor.");
    // A by-line, the one heard from, the writer introducing themself.
    has(
        "anteckning från kvällen, skrivet av linnea: lugnt.",
        "linnea",
    );
    has("har ni hört av iris?", "iris");
    has("hej, det är ester på skolan. ring mig.", "ester");
    // A by-line's "av" before a word, and "hört av sig".
    none("skrivet av hand: lugnt.");
    none("har hon hört av sig?");
}

#[test]
fn initials_after_a_shortened_label_in_minutes() {
    let found = names("SSP Närv: KV, LJ, RLT (polis)");
    assert_eq!(found, vec!["KV", "LJ", "RLT"]);
    assert_eq!(names("Handl: RLT"), vec!["RLT"]);
}

#[test]
fn an_initial_and_a_word_first_after_a_labels_colon() {
    let found = names("Närvarande: K. Ek, T. Sten.");
    assert!(
        found.contains(&"Ek") && found.contains(&"Sten"),
        "{found:?}"
    );
    // A point after a single capital inside a sentence, and a section's letter, stay.
    none("Se bilaga: A. Rapporten kommer senare.");
}

#[test]
fn the_value_of_a_field_named_by_a_role_in_minutes() {
    assert_eq!(names("Protokollförare: Iris\nDatum: 3/12"), vec!["Iris"]);
    assert_eq!(names("Ordförande: Vide"), vec!["Vide"]);
    // A body in the definite form, and a title's abbreviation before the name.
    none("Ansvarig: Fältgruppen");
    assert!(!names("Föredragande: Dr. Halvar Tjärn, BUP.").contains(&"Dr"));
}

#[test]
fn a_word_with_a_relative_clause_giving_an_age() {
    has("Vide som är 81 år bor ensam.", "Vide");
    // A person's noun so is no name.
    none("Mannen som är 81 år bor ensam.");
}

#[test]
fn a_listed_surname_that_is_no_word_after_a_first_name_or_with() {
    has("handläggare linnea brolin.", "linnea brolin");
    has("hon bokar in det med brolin.", "brolin");
    // A word after "med" stays a word.
    none("hon bokar in det med lind.");
}

#[test]
fn a_word_that_is_no_word_in_a_by_line_or_before_och_hans() {
    has("anteckning av tahlil: lugnt i kväll.", "tahlil");
    has("i parken satt tahlil och hans bror hela kvällen.", "tahlil");
    // A word of the language before "och hans".
    none("bilen och hans cykel stod kvar.");
}

#[test]
fn a_listed_name_that_is_a_word_after_a_closing_in_apposition_or_joined_to_first_names() {
    has("hälsningar malva, fritids", "malva");
    // Between commas after a role word.
    has("eleven, malva, sa att hon var trött.", "malva");
    has("efter lektionen kom farid, idris och lilja.", "lilja");
    none("hälsningar från oss alla");
}

#[test]
fn a_listed_name_or_a_pet_form_that_is_a_word_opening_a_chats_line() {
    has("stig tar kvällen\nok bra", "stig");
    has("ok\nmackan ska till skolan idag", "mackan");
    // After another word on the line, or before another verb, it stays a word.
    none("ta en macka, mackan har jag redan ätit");
    none("stig in och sätt dig");
}

#[test]
fn a_name_of_fakers_world_lists_in_lower_case() {
    // Names of the families the form meets that nam_dict.txt lacks (Somali, Luo).
    has("tack till abdinoor för hjälpen i går", "abdinoor");
    has("vi pratade länge med achieng efter mötet", "achieng");
}

#[test]
fn a_listed_name_that_is_a_word_at_a_library_a_company_or_a_bare_department() {
    has("Viola på stadsbiblioteket ringde om lappen.", "Viola");
    has("Stig på bostadsbolaget svarade snabbt.", "Stig");
    has("Rut på ekonomi skickar listan.", "Rut");
    // A thing at a place does nothing a person does.
    none("Sten på biblioteket ligger kvar.");
}

#[test]
fn a_gazetteer_word_that_is_a_first_name_in_a_school_class_before_a_verb() {
    has("Salem i 7B har bytt skola.", "Salem");
    has("Paris i sjuan ritade en karta.", "Paris");
    // The town in a month, and a town in a class's trip.
    none("Paris i juni är vackert.");
    none("Resan till Paris i 8A blev inställd.");
}

/// A text that ends on "i" after a capitalised word (found by fuzzing: the look for a
/// school class after it stepped past the text's end).
#[test]
fn a_text_ending_on_i_after_a_capitalised_word() {
    for text in ["zAbSLx i", "Salem i", "Salem i "] {
        let verdict = Guard::new().scan(text).verdict;
        assert!(
            !matches!(verdict, varn_pii::Verdict::Failed(_)),
            "{text:?}: {verdict:?}"
        );
    }
}

#[test]
fn the_one_greeted_at_the_start_of_a_message() {
    // A listed first name that is a word or a place, or a word that is no word.
    has("hej rut! kan du ta mötet i morgon", "rut");
    has("hejsan nora, har du fått blanketten", "nora");
    has("hej hawariat, jag skickar listan nu", "hawariat");
    has("qorsheel! du lämnade nycklarna kvar", "qorsheel");
    // After the one greeted, the writer introducing themself.
    has("hej lena, gidewon här, ringer senare", "gidewon");
    // A group is greeted with words.
    none("hej alla, mötet flyttas till fredag");
    none("hej igen! jag glömde bilagan");
    none("hej kollegor, ny rutin från i dag");
}

#[test]
fn the_one_from_a_body_who_did_something_and_the_one_to_call() {
    has("stig från polisen ringde om klottret", "stig");
    has(
        "fahima från den nya föreningen berättade om hoten",
        "fahima",
    );
    has("ring tillbaka zerihunet, hon väntar", "zerihunet");
    has("kontakta haylemaryam på fritids i morgon", "haylemaryam");
    // A thing from a body, and a body to call.
    none("svar från skolan kom i dag");
    none("ring polisen om det händer igen");
}

#[test]
fn a_double_first_name_in_lower_case_whose_first_part_is_a_word() {
    has("kuratorn sten-ove tycker att det lugnat sig", "sten-ove");
    none("det var maj-juni i fjol");
}

#[test]
fn a_first_name_after_a_role_ending_in_varden() {
    has("nattvärden ali såg dem vid tunneln", "ali");
}

#[test]
fn initials_opening_a_sentence_before_a_surname_and_a_verb() {
    has("B. Lindbeck har skrivit under.", "Lindbeck");
    has("B. L. Lindbeck har skrivit under.", "Lindbeck");
    // An appendix's letter ends a sentence.
    none("Se bilaga B. Tabellen visar läget.");
}

#[test]
fn a_role_word_ends_a_things_name_given_after_heter() {
    has(
        "Gruppen heter Somaliska kvinnor och ledaren är Ubaxa Qorsheelle.",
        "Ubaxa Qorsheelle",
    );
}

#[test]
fn a_tab_parts_the_cells_of_a_pasted_table() {
    let text = "Kalle Wedin\tFältgruppen\tklar\nNevra Özkurt\tSkolan\tej klar";
    let found = names(text);
    assert!(found.contains(&"Kalle Wedin"), "{found:?}");
    assert!(found.contains(&"Nevra Özkurt"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains('\t')), "{found:?}");
}

#[test]
fn a_header_row_pasted_with_tabs_holds_titles_not_names() {
    // The titles after "Namn" or a role word's cell are words of the language.
    let text = "Namn\tEnhet\tStatus\nRagnvi Ölmedal\tFritid Öst\tKlar";
    assert_eq!(names(text), vec!["Ragnvi Ölmedal"]);
    none("Deltagare\tEnhet\tKlass\tStatus");
    // A name in a row of two cells, or beside a number, is a value, even a word.
    has("Namn\tFläder", "Fläder");
    has("Namn\tFläder\t070-174 06 12", "Fläder");
    // A row of data: its first name is no title.
    has("Kontakt\tHaldis\tEnhet", "Haldis");
}

#[test]
fn a_column_headed_for_names_in_a_table_pasted_with_tabs() {
    // Under "Efternamn" and "Förnamn" a word is the name, as under "efternamn;förnamn";
    // the row of data is no header for its capitalised words.
    let text = "Efternamn\tFörnamn\tStatus\nFläder\tTjärn\tKlar";
    assert_eq!(names(text), vec!["Fläder", "Tjärn"]);
    // Under another title a word stays a word.
    none("Enhet\tStatus\nFritid\tKlar");
}

#[test]
fn abbreviations_written_without_points_are_no_names() {
    assert_eq!(
        names("mamma till feyrouz ringde, hon är orolig för sonen pga nya vänner"),
        vec!["feyrouz"]
    );
}

#[test]
fn an_item_of_a_list_after_a_label_another_item_a_name() {
    let found = names("deltog i dag: sanna, beshir (fältet), rut, ester (skolan)");
    for n in ["sanna", "beshir", "rut", "ester"] {
        assert!(found.contains(&n), "{n}: {found:?}");
    }
    // A list of things.
    none("att köpa: papper, pennor, lim, tejp");
}

#[test]
fn a_listed_first_name_after_genom_is_the_person_learnt_through() {
    has(
        "Skolan fick veta det genom Torbjörn, som jobbar kvällar.",
        "Torbjörn",
    );
    // A place one passes through.
    none("Vi åkte genom Kista och Husby.");
}

#[test]
fn a_full_name_in_lower_case_from_a_body_who_can_or_shall() {
    has(
        "angelika condori från peruanska föreningen kan hjälpa till.",
        "angelika condori",
    );
    none("info från skolan kan dröja");
}

#[test]
fn a_user_name_of_a_first_name_glued_to_more_letters_and_digits() {
    has(
        "någon loggade in som yousefkarimi09 i går",
        "yousefkarimi09",
    );
    // A code or a file's name.
    none("koden abc123 gäller till fredag");
    none("filen rapport2026 ligger i mappen");
}

#[test]
fn a_listed_name_that_is_a_word_from_a_body_or_in_the_kitchen() {
    has("Lind från skolan deltog i mötet.", "Lind");
    has("Inga i receptionen såg dem gå förbi.", "Inga");
    none("Sol från söder värmde fasaden.");
}

#[test]
fn the_alias_a_text_was_signed_with() {
    has(
        "Hotbrevet var undertecknat med \"Tallkungen\".",
        "Tallkungen",
    );
    has("Lappen var signerad \"Er vän Sten\".", "Sten");
    has("Han skriver under med \"kcirtap\" på nätet.", "kcirtap");
    // A body, a group, and an ordinary phrase.
    none("Brevet var undertecknat \"Styrelsen\".");
    none("Brevet var undertecknat \"Stormarna\".");
    none("Undertecknat \"en granne\".");
}

#[test]
fn initials_opening_a_clause_of_minutes_before_a_members_verb() {
    let found = names("Punkt 4. TW redogjorde för enkäten, JN för skolornas svar.");
    assert!(found.contains(&"TW") && found.contains(&"JN"), "{found:?}");
    has("Närvarande: fem samordnare; PL förde protokoll.", "PL");
    // A party or a body.
    none("SD rapporterar om fler hot än i fjol.");
}

#[test]
fn a_name_given_first_and_its_bearer_after_heter() {
    has("Blixt heter killen som delar ut lappar.", "Blixt");
    has("Sälg heter vaktmästaren som ringde.", "Sälg");
    // A thing named, and a body.
    none("Projektet heter Trygga skolan.");
    none("Gruppen heter mentorn.");
}

#[test]
fn what_a_person_is_called_after_kallas_or_kallar_honom() {
    has("Pojken kallas Kaptenen av de äldre.", "Kaptenen");
    has("de kallar henne bara för Drottningen", "Drottningen");
    has("tjejen som kallas lillsnäckan har slutat", "lillsnäckan");
    has(
        "besökaren kallas \"professorn\" av stamgästerna",
        "professorn",
    );
    // A label or an insult in lower case, a method, a phrase.
    none("de kallade honom \"förrädare\" i korridoren");
    none("Metoden kallas samtal.");
    none("han kallas en idiot av dem");
}

#[test]
fn characters_of_childrens_books_and_ships_are_no_persons() {
    none("På förskolan läste vi Alfons Åberg och Pettson och Findus.");
    none("Klassen åkte med Silja Serenade till Helsingfors.");
    // A person who bears a character's first name stays a person.
    has(
        "Ronja Lindqvist har börjat som barnskötare.",
        "Ronja Lindqvist",
    );
}

#[test]
fn a_first_name_that_is_also_a_place_in_lower_case_where_a_person_stands() {
    // In lower case a place is rarely written; where a person stands (after a social
    // verb and its preposition) a listed first name that the gazetteer also holds is the
    // person.
    has("jag pratade med bo igår", "bo");
    has("hon umgås mycket med bo på fritids", "bo");
    has("snackade med bo efter passet", "bo");
    // A law named after a case is none, in lower case too.
    none("det gäller lex mehriban, inte oss");
}

#[test]
fn an_account_named_by_a_first_name_is_its_holder_s_handle() {
    // A first name of the world's list as an account's or a profile's name.
    has("Kontot heter Mehriban.", "Mehriban");
    has("Profilen heter Zarifa, med en sol som bild.", "Zarifa");
    // A group's account named otherwise stays a thing's name, and a compound of a
    // platform and a noun opening a sentence is no name.
    none("Kontot heter NordicFront.");
    none("Instagramkontot delade bilder på symboler.");
}

#[test]
fn a_listed_first_name_that_is_a_word_as_a_chat_log_s_speaker_after_the_time() {
    // After the time, in brackets or bare, opening a line, before a glued colon.
    has("[23.50] enar: ok vi ses vid porten", "enar");
    has("22:15 andres: såg dom igen", "andres");
    // A word of a log's entry there is none, and a time after other words is no stamp.
    none("[10.02] samtal: inget nytt");
    none("Kl 10.02 enar: ja");
}

#[test]
fn a_foreign_surname_the_compound_rules_read_as_swedish_opens_a_sentence_as_a_name() {
    // "hamna|kis", "konstanta|kis": such splits made these Swedish words at the start of
    // a sentence.
    has("Mötet började. Hamnakis informerade om läget.", "Hamnakis");
    has("Konstantakis har tagit emot larmet.", "Konstantakis");
    // A Swedish compound opening a sentence stays a word.
    none("Fältpersonal informerade om läget.");
    none("Kvällsvandringen gick lugnt.");
}

#[test]
fn what_a_person_is_called() {
    // A person named by "heter", "kallas" or "kallar sig" is named, even with a word or
    // a place: after "som" and a word for a person, a pronoun, a person in the
    // definite form, or "den ena".
    has(
        "Vid porten stod en lång kvinna som heter Gran, sa vakten.",
        "Gran",
    );
    has("Killen säger att han kallar sig Arvika på nätet.", "Arvika");
    has("Vi vet bara att pojken heter Gran.", "Gran");
    has(
        "de var två. den ena kallas zimbo och den andra heter ek.",
        "zimbo",
    );
    has(
        "de var två. den ena kallas zimbo och den andra heter ek.",
        "ek",
    );
    // Not a thing named so, nor an adverb after the verb, nor a summons.
    none("Vi har en förening som heter Arvika i området.");
    none("Flickan kallas här för A i anteckningen.");
    none("Han kallades till samtal med rektorn i går.");
}

#[test]
fn a_user_name_given_by_a_naming_word() {
    // Words of the language with digits or an underscore are an account's name after a
    // naming verb or an account's word.
    has(
        "Hotet kom från ett konto som heter gråsparven_47.",
        "gråsparven_47",
    );
    has(
        "Barnen härmar en streamer som heter VitaBjörnen77.",
        "VitaBjörnen77",
    );
    has(
        "På Discord heter han ErikJarl91 och har många följare.",
        "ErikJarl91",
    );
    has(
        "Han bytte namn på kontot till gråsparven_47 i går.",
        "gråsparven_47",
    );
    // A document's name or a group's account bound to a place is none.
    none("Filen heter lägesbild_v2.docx och ligger i mappen.");
    none("Gruppen heter lugnt_i_tensta och träffas på torsdagar.");
}

#[test]
fn a_listed_name_that_is_a_word_joined_to_jag() {
    // The writer's fellow subject is a person: "jag och X" or "X och jag" before a
    // finite verb, even where X is also a word.
    has("jag och frans hämtade lådorna efteråt.", "frans");
    has("tuva o jag öppnade gården vid nio.", "tuva");
    // A relative, a colleague or a thing is no name there.
    none("jag och mamma hämtade lådorna efteråt.");
    none("jag och kollegan hämtade lådorna efteråt.");
    none("jag och bilen stod kvar vid planen.");
}

#[test]
fn a_name_in_apposition_to_an_introduced_person() {
    // "en äldre granne, X.": the apposition names the person, even with a place or a
    // word.
    has("Hon fick hjälp av en äldre granne, Arvika.", "Arvika");
    has("En ny deltagare, Gran, skrev i gästboken.", "Gran");
    // A body in the definite form is no person's name.
    none("Jag pratade med en handläggare, Socialtjänsten.");
}
