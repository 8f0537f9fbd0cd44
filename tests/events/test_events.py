"""CAMEO event coding on short texts written for these tests, and the CAMEO code table."""

from __future__ import annotations

import pytest

from bilateral.events import cameo, find_events
from bilateral.records import Article, Event

TEXTS = {
    "accuse": "Pakistan accused India of sponsoring militants.",
    "sanction": "The United States imposed sanctions on Iran.",
    "sign": "Pakistan and China signed an agreement on trade.",
    "refuse": "India said it would not attend the talks with Pakistan.",
    "condition": "If Pakistan attacks, India will respond.",
    "negated": "The US did not criticise Pakistan.",
    "demand": "India demanded that Pakistan release the fishermen.",
    "reported": "Pakistan's foreign minister said India was behind the attack.",
    "surname": "Putin offered to negotiate with Armenia following the invasions of Dagestan.",
    "group": "Fijian rebels said they will release the hostages held in the capital.",
    "hunger_strike": "Algerian landowners began a hunger strike outside parliament on Monday.",
    "offer_if": "Afghan rebel leaders said they would meet the envoy from Norway if he gave them a veto.",
    "threat_unless": "Iran said it would attack Iraq unless the border was reopened.",
    "igo_head": "Kofi Annan said he would withdraw the inspectors from Iraq unless the searches resumed.",
    "willing": "Syria says it is willing to withdraw its troops from Lebanon.",
    "agreed_unlisted": "The opposition coalition in Azerbaijan agreed to postpone the march.",
    "called_off": "The Nigerian teachers' union called off its strike on Thursday.",
    "disperse": "Kenyan police dispersed the demonstrators with tear gas on Monday.",
    "ethnic": "Ethnic Serbs in Croatia demanded autonomy from the government in Zagreb.",
    "secretary_general": "UN Secretary-General Kofi Annan said he would withdraw the inspectors from Iraq unless the searches resumed.",
    "compound_country": "Sri Lanka has established diplomatic ties with Iran.",
    "group_in_sentence": "Hundreds of students staged a hunger strike to demand the resignation of the Algerian president.",
    "rebels_in": "Rebels in the Ivory Coast blocked the main road into the capital.",
    "curfew_lifted": "Sudan's government lifted the curfew in Khartoum on Sunday.",
    "demands_accepted": "The Kenyan government accepted the demands of the opposition for electoral reform.",
    "suspend_links": "Italy announced the suspension of air links with Serbia on Wednesday.",
    "mediation_ended": "Syrian officers ended mediation efforts between the rival militias in Lebanon.",
    "people_of_a_country": "Bosnian Serbs demanded a truce with the government in Sarajevo.",
    "ethnic_clause": "Ethnic Albanian guerrillas operating in Macedonia attacked a police station.",
    "located": "Israeli tanks fired shells at targets in Jericho on Monday.",
    "purpose_clause": "Liberian police used tear gas to disperse the demonstrators in Monrovia.",
    "province": "The government of Sindh province has ordered patrols by the police after violent protests.",
    "members_of_party": "Angry activists from the Muttahida Qaumi Movement staged rallies against the government.",
    "misspelt": "Pakistan rejected a fresh offer from Afganistan for direct talks.",
    "unattributed_blast": "A roadside bomb near the city of Kandahar killed two Canadian soldiers on Sunday.",
    "unattributed_passive": "Four Iraqi policemen were killed in an ambush in central Baghdad.",
    "arrested_in": "A Canadian aid worker was arrested in Lebanon on Monday.",
    "attacker_named": "Four Iraqi policemen were killed by Syrian gunmen.",
    "war_mentioned": "The war in Afghanistan has lasted two decades.",
    "reimposed": "Israel reimposed a blockade on Gaza on Friday.",
    "threat_if": "Russia threatened to stop the negotiations if the United States deploys new missiles in Europe.",
    "purpose": "The United Nations sent experts to Bosnia to investigate the killings.",
    "stateless_group": "Al-Qaeda has threatened to attack the United States.",
    "group_in_place": "Thousands of students marched in Hong Kong in defiance of Chinese officials.",
    "engaged_in": "Serb forces were engaged in fighting with Albanian guerrillas in Kosovo.",
    "threat_domestic": "Iraq's interim government said it is prepared to impose martial law.",
    "attitude": "An anti-Syria journalist was killed in a car bomb explosion in Beirut.",
    "border": "Burmese troops captured a rebel stronghold on the Thai border, Thai police said.",
    "currency": "Haitian officials accused the former president of stealing US $50 million.",
    "part_of_body": "Activists from the Fatah Party staged rallies against the government.",
    "people_of_place": "The Albanians of southern Serbia demanded autonomy from the government.",
    "subject_not_target": "Vietnamese-led forces launched rocket fire against Kampuchean guerrilla camps.",
    "demand_addressee": "Greece demanded that its European Union partners refuse to recognize Macedonia.",
    "urge_addressee": "China urged Pakistan to release the Indian fishermen.",
    "refuse_to_allow": "The rebels in Angola refused to allow United Nations planes to land.",
    "conjoined_nouns": "Israeli forces launched artillery, mortar and rocket fire against Palestinian camps.",
    "noun_frame_clause": "The United Nations reiterated its demand today that Israel ease restrictions on Palestinian workers.",
    "with_help": "NATO said it would tighten the blockade of Serbia with Albania's help.",
    "provide_intelligence": "The United States is providing military intelligence to Macedonia.",
    "fundamentalists": "Islamic fundamentalists continued their hunger strike to demand the resignation of the Algerian president.",
    "exploded": "Afghan rebels exploded a series of bombs in the capital Kabul.",
    "acl_place": "Afghan guerrillas blew up three power lines leading into Kabul.",
    "event_noun_agent": "Turkish police prevented a demonstration staged by students.",
    "ethnic_victims": "Serb forces killed three ethnic Albanians in a gunbattle in southern Serbia.",
    "observers_received": "The Kyrgyz government received a mission of observers from the OSCE.",
    "reneged": "The Zambian president has reneged on his commitment to hold elections.",
    "forced_out": "The Israeli army forced out more than 1,000 Palestinian refugees from their homes.",
    "inspectors_sent": "The IAEA has dispatched inspectors to Iran to monitor the enrichment plant.",
    "gerund": "Palestinian protesters resorted to throwing stones at Israeli troops.",
    "asked_if": "Asked if Pakistan will stay close to the US, the Chinese foreign minister said he did not know.",
    "stateless_people": "Baloch separatists attacked an army convoy near Quetta.",
    "people_one_country": "Karen rebels clashed with Burmese troops.",
    "people_with_demonym": "Some 800,000 Iraqi Kurds sought refuge in Germany last month.",
    "people_word_as_name": "Karen Bass met Pakistani officials.",
    "paragraph": (
        "Tensions rose along the border this week. Pakistan condemned India over the shelling of villages. "
        "China urged both sides to show restraint."
    ),
}


@pytest.fixture(scope="module")
def coded(analyse_batch) -> dict[str, tuple[Article, tuple[Event, ...]]]:
    """Every text parsed once, in one batch, and run through actors, quotes and events."""
    return analyse_batch(TEXTS, find_events)


def events_of(coded, name: str) -> tuple[Event, ...]:
    return coded[name][1]


def asserted(events) -> list[Event]:
    return [e for e in events if e.mood == "asserted"]


def dyad(event: Event) -> tuple[str, str | None]:
    return event.source.code[:3], event.target.code[:3] if event.target else None


def describe(events) -> list[tuple]:
    return [(e.source.code, e.target.code if e.target else None, e.cameo, e.trigger, e.mood) for e in events]


# --- find_events -----------------------------------------------------------------------------------


def test_accusation_is_root_11(coded):
    events = events_of(coded, "accuse")
    found = [e for e in asserted(events) if e.source.code.startswith("PAK") and e.target and e.target.code.startswith("IND")]
    assert found, describe(events)
    assert all(e.root == "11" and e.plover == "ACCUSE" for e in found), describe(found)


def test_sanctions_are_material_conflict(coded):
    events = events_of(coded, "sanction")
    found = [e for e in asserted(events) if dyad(e) == ("USA", "IRN")]
    assert found, describe(events)
    for event in found:
        assert event.root == "16"
        assert event.quad_class == 4
        assert event.goldstein < 0


def test_joint_signing_gives_one_event_each_way(coded):
    events = events_of(coded, "sign")
    signed = [e for e in asserted(events) if e.cameo == "057"]
    assert {dyad(e) for e in signed} == {("PAK", "CHN"), ("CHN", "PAK")}, describe(events)
    assert all(e.root == "05" for e in signed)


def test_refusal_to_attend_talks_is_no_consultation(coded):
    events = events_of(coded, "refuse")
    assert not [e for e in asserted(events) if e.root == "04"], describe(events)


def test_refusal_to_attend_talks_is_a_rejection(coded):
    events = events_of(coded, "refuse")
    found = [e for e in asserted(events) if dyad(e) == ("IND", "PAK") and e.root == "12"]
    assert found, describe(events)


def test_act_under_if_is_hypothetical(coded):
    # spaCy parses "attacks" as a noun, the subject of "respond": the opening "If ... ," still marks it
    events = events_of(coded, "condition")
    attacks = [e for e in events if e.trigger == "attacks"]
    assert attacks and all(e.mood == "hypothetical" for e in attacks), describe(events)
    assert not [e for e in asserted(events) if e.root in ("18", "19", "20")], describe(events)


def test_negated_criticism_is_not_asserted(coded):
    events = events_of(coded, "negated")
    assert not [e for e in asserted(events) if e.root == "11"], describe(events)
    assert all(e.mood == "negated" for e in events if e.root == "11"), describe(events)


def test_demand_that_another_act(coded):
    events = events_of(coded, "demand")
    found = [e for e in asserted(events) if dyad(e) == ("IND", "PAK") and e.root == "10"]
    assert found, describe(events)


def test_reported_blame_is_the_speakers_accusation(coded):
    events = events_of(coded, "reported")
    found = [e for e in asserted(events) if dyad(e) == ("PAK", "IND") and e.root == "11"]
    assert found, describe(events)
    assert all(e.quote_id is not None for e in found)


def test_event_offsets_point_into_the_body(coded):
    checked = 0
    for article, events in coded.values():
        for event in events:
            assert article.body[event.start : event.end] == event.sentence
            assert article.body[event.trigger_start : event.trigger_end] == event.trigger
            assert event.start <= event.trigger_start < event.trigger_end <= event.end
            checked += 1
    assert checked >= 8
    later = [e for e in events_of(coded, "paragraph") if e.start > 0]
    assert later, "the paragraph's second sentence should give an event past offset 0"
    assert later[0].sentence == "Pakistan condemned India over the shelling of villages."


def test_events_are_deterministic(coded, analyse_batch):
    article, events = coded["sign"]
    again = analyse_batch({"sign": article.body}, find_events)["sign"][1]
    assert again == events


# --- cameo -----------------------------------------------------------------------------------------


def test_cameo_signing_agreement():
    code = cameo("057")
    assert (code.code, code.root, code.goldstein, code.quad_class, code.plover) == ("057", "05", 8.0, 1, "SUPPORT")


def test_cameo_follows_the_plover_table_where_it_moves_codes():
    # The CAMEO-to-PLOVER table files embargoes and sanctions (163) under COERCE, and other root-16 codes under SANCTION.
    assert cameo("163").plover == "COERCE"
    assert cameo("161").plover == "SANCTION"


def test_cameo_four_digit_retreat():
    code = cameo("0874")
    assert code.plover == "RETREAT"
    assert code.root == "08"


def test_cameo_appeal_has_no_plover_event():
    assert cameo("020").plover is None


@pytest.mark.parametrize(("root", "quad"), [("04", 1), ("06", 2), ("11", 3), ("19", 4)])
def test_cameo_quad_classes(root: str, quad: int):
    assert cameo(root).quad_class == quad


def test_cameo_unknown_code_raises():
    with pytest.raises(KeyError):
        cameo("999")


def test_a_lone_surname_of_a_known_leader_gives_the_country(coded):
    events = asserted(events_of(coded, "surname"))
    assert [(dyad(e), e.root) for e in events] == [(("RUS", "ARM"), "03")], describe(events)


def test_a_noun_after_a_preposition_of_time_is_not_the_light_verbs_object(coded):
    # "offered ... following the invasions": the invasions are not Russia's act
    assert not [e for e in events_of(coded, "surname") if e.root == "19"], describe(events_of(coded, "surname"))


def test_a_group_named_by_its_demonym_takes_the_country(coded):
    events = asserted(events_of(coded, "group"))
    assert any(e.source.code.startswith("FJI") and e.root == "03" for e in events), describe(events)


def test_a_protest_naming_no_one_acts_upon_the_protesters_own_country(coded):
    events = asserted(events_of(coded, "hunger_strike"))
    assert [(e.source.code[:3], e.target.code if e.target else None, e.cameo) for e in events] == [("DZA", "DZA", "142")], describe(events)


def test_a_group_with_no_country_of_its_own_belongs_to_the_actors_country(coded):
    events = asserted(events_of(coded, "disperse"))
    assert any(e.source.code.startswith("KEN") and e.target and e.target.code == "KENCVL" and e.root == "17" for e in events), describe(events)


def test_if_makes_a_conditional_offer_and_unless_a_threat(coded):
    offer = asserted(events_of(coded, "offer_if"))
    assert any(e.source.code.startswith("AFG") and e.root == "03" for e in offer), describe(offer)
    assert not any(e.root == "13" for e in offer), describe(offer)
    threat = asserted(events_of(coded, "threat_unless"))
    assert any(dyad(e) == ("IRN", "IRQ") and e.root == "13" for e in threat), describe(threat)


def test_the_head_of_an_international_body_acts_for_the_body(coded):
    events = asserted(events_of(coded, "igo_head"))
    assert any(dyad(e) == ("IGO", "IRQ") and e.root == "13" for e in events), describe(events)


def test_the_subject_of_is_willing_to_is_the_source(coded):
    events = asserted(events_of(coded, "willing"))
    assert any(dyad(e) == ("SYR", "LBN") and e.root == "03" for e in events), describe(events)


def test_a_frame_word_with_a_complement_is_an_event_even_when_the_act_is_not_listed(coded):
    events = asserted(events_of(coded, "agreed_unlisted"))
    assert [(e.source.code[:3], e.cameo) for e in events] == [("AZE", "030")], describe(events)


def test_calling_off_a_strike_is_a_concession(coded):
    events = asserted(events_of(coded, "called_off"))
    assert any(e.source.code.startswith("NGA") and e.cameo == "080" for e in events), describe(events)


def test_an_ethnic_group_is_coded_by_the_country_it_lives_in(coded):
    events = asserted(events_of(coded, "ethnic"))
    assert any(e.source.code.startswith("HRV") and e.root == "10" for e in events), describe(events)


def test_a_hyphenated_title_is_one_title(coded):
    events = asserted(events_of(coded, "secretary_general"))
    assert any(dyad(e) == ("IGO", "IRQ") for e in events), describe(events)


def test_a_country_named_in_two_words_is_found_where_the_actors_stage_missed_it(coded):
    events = asserted(events_of(coded, "compound_country"))
    assert any(dyad(e) == ("LKA", "IRN") and e.root == "05" for e in events), describe(events)


def test_a_group_with_no_country_takes_the_one_country_its_sentence_names(coded):
    events = asserted(events_of(coded, "group_in_sentence"))
    assert any(e.source.code.startswith("DZA") and e.root == "14" for e in events), describe(events)


def test_a_group_in_a_country_named_with_the_article_is_of_that_country(coded):
    events = asserted(events_of(coded, "rebels_in"))
    assert any(e.source.code == "CIVREB" and e.root == "14" for e in events), describe(events)


def test_easing_a_curfew_is_a_concession(coded):
    events = asserted(events_of(coded, "curfew_lifted"))
    assert any(e.source.code.startswith("SDN") and e.cameo == "081" and e.plover == "CONCEDE" for e in events), describe(events)


def test_accepting_demands_is_acceding_not_agreeing(coded):
    events = asserted(events_of(coded, "demands_accepted"))
    assert any(e.source.code.startswith("KEN") and e.cameo == "083" for e in events), describe(events)


def test_suspending_links_reduces_relations(coded):
    events = asserted(events_of(coded, "suspend_links"))
    assert any(dyad(e) == ("ITA", "SRB") and e.cameo == "161" for e in events), describe(events)


def test_the_compound_of_an_object_counts_as_the_object(coded):
    events = asserted(events_of(coded, "mediation_ended"))
    assert any(e.source.code.startswith("SYR") and e.cameo == "165" for e in events), describe(events)


def test_a_countrys_demonym_before_a_peoples_names_where_they_live(coded):
    events = asserted(events_of(coded, "people_of_a_country"))
    assert any(e.source.code.startswith("BIH") and e.root == "10" for e in events), describe(events)


def test_an_ethnic_group_acting_in_a_country_is_of_that_country(coded):
    events = asserted(events_of(coded, "ethnic_clause"))
    assert any(e.source.code.startswith("MKD") and e.root == "19" for e in events), describe(events)


def test_force_used_in_a_place_acts_upon_the_places_country(coded):
    events = asserted(events_of(coded, "located"))
    assert any(dyad(e) == ("ISR", "PSE") and e.root == "19" for e in events), describe(events)


def test_an_instrument_is_not_the_agent_of_a_purpose_clause(coded):
    events = asserted(events_of(coded, "purpose_clause"))
    assert any(e.source.code.startswith("LBR") and e.cameo == "175" for e in events), describe(events)


def test_a_province_names_its_country(coded):
    events = asserted(events_of(coded, "province"))
    assert any(e.source.code.startswith("PAK") for e in events), describe(events)


def test_a_group_from_a_national_party_is_of_the_partys_country(coded):
    events = asserted(events_of(coded, "members_of_party"))
    assert any(e.source.code.startswith("PAK") and e.root == "14" for e in events), describe(events)


def test_a_country_name_misspelt_by_one_letter_is_still_that_country(coded):
    events = asserted(events_of(coded, "misspelt"))
    assert any(dyad(e) == ("PAK", "AFG") and e.root == "12" for e in events), describe(events)


def test_violence_by_no_one_named_is_by_unidentified_forces_of_the_place(coded):
    events = asserted(events_of(coded, "unattributed_blast"))
    assert any(e.source.code == "AFGUAF" and e.target is not None and e.target.code.startswith("CAN") for e in events), describe(events)
    events = asserted(events_of(coded, "unattributed_passive"))
    # unidentified attackers use no conventional military force: CAMEO's assault (18), not fight (19)
    assert any(e.source.code == "IRQUAF" and e.target is not None and e.target.code.startswith("IRQ") and e.root == "18" for e in events), describe(events)


def test_an_arrest_by_no_one_named_is_by_the_state_where_it_happened(coded):
    events = asserted(events_of(coded, "arrested_in"))
    assert any(e.source.code == "LBNGOV" and e.cameo == "173" for e in events), describe(events)


def test_a_passive_victim_is_never_the_attacker(coded):
    events = events_of(coded, "attacker_named")
    assert any(dyad(e) == ("SYR", "IRQ") for e in events), describe(events)
    assert not any(e.source.code.startswith("IRQ") for e in events), describe(events)


def test_a_war_merely_mentioned_is_no_event(coded):
    assert events_of(coded, "war_mentioned") == (), describe(events_of(coded, "war_mentioned"))


def test_an_act_done_again_is_coded_like_the_act(coded):
    events = asserted(events_of(coded, "reimposed"))
    assert any(dyad(e) == ("ISR", "PSE") and e.root == "19" for e in events), describe(events)


def test_a_threat_is_made_to_the_one_its_condition_is_about(coded):
    events = asserted(events_of(coded, "threat_if"))
    assert any(dyad(e) == ("RUS", "USA") and e.cameo == "134" for e in events), describe(events)


def test_a_purpose_clause_acts_upon_the_recipient_of_its_main_verb(coded):
    events = asserted(events_of(coded, "purpose"))
    assert any(dyad(e) == ("IGO", "BIH") and e.root == "09" for e in events), describe(events)


def test_an_armed_group_of_no_country_is_an_international_militarised_group(coded):
    events = asserted(events_of(coded, "stateless_group"))
    assert any(dyad(e) == ("IMG", "USA") and e.root == "13" for e in events), describe(events)


def test_a_group_is_of_the_place_its_clause_names(coded):
    events = asserted(events_of(coded, "group_in_place"))
    assert any(e.source.code.startswith("HKG") and e.root == "14" for e in events), describe(events)


def test_a_passive_light_verb_keeps_its_subject_as_agent(coded):
    events = asserted(events_of(coded, "engaged_in"))
    assert any(e.source.code.startswith("SRB") and e.root == "19" for e in events), describe(events)
    assert not any(e.source.code.endswith("UAF") for e in events), describe(events)


def test_threatening_a_domestic_act_acts_upon_ones_own_country(coded):
    events = asserted(events_of(coded, "threat_domestic"))
    assert any(dyad(e) == ("IRQ", "IRQ") and e.root == "13" for e in events), describe(events)


def test_a_country_one_is_for_or_against_is_not_ones_nationality(coded):
    events = asserted(events_of(coded, "attitude"))
    assert events and not any("SYR" in (e.source.code[:3], e.target.code[:3] if e.target else "") for e in events), describe(events)


def test_a_border_names_neither_side_and_the_reporter_is_not_the_place(coded):
    events = asserted(events_of(coded, "border"))
    assert any(dyad(e) == ("MMR", "MMR") for e in events), describe(events)
    assert not any(e.target is not None and e.target.code.startswith("THA") for e in events), describe(events)


def test_a_country_word_before_a_currency_is_no_actor(coded):
    events = events_of(coded, "currency")
    assert events and not any(e.target is not None and e.target.code.startswith("USA") for e in events), describe(events)


def test_a_body_inside_a_longer_name_gives_its_country(coded):
    events = asserted(events_of(coded, "part_of_body"))
    assert any(e.source.code.startswith("PSE") and e.root == "14" for e in events), describe(events)


def test_a_people_of_a_place_in_another_country_is_of_that_country(coded):
    events = asserted(events_of(coded, "people_of_place"))
    assert any(e.source.code.startswith("SRB") and e.root == "10" for e in events), describe(events)


def test_the_subjects_own_words_are_never_its_target(coded):
    events = asserted(events_of(coded, "subject_not_target"))
    assert any(dyad(e) == ("VNM", "KHM") and e.root == "19" for e in events), describe(events)
    assert not any(e.target is not None and e.target.code.startswith("VNM") for e in events), describe(events)


def test_a_demand_is_made_of_the_one_addressed_not_of_the_act_it_asks_for(coded):
    events = asserted(events_of(coded, "demand_addressee"))
    assert any(dyad(e) == ("GRC", "IGO") and e.root == "10" for e in events), describe(events)
    assert not any(e.target is not None and e.target.code.startswith("MKD") for e in events), describe(events)
    events = asserted(events_of(coded, "urge_addressee"))
    assert any(dyad(e) == ("CHN", "PAK") for e in events), describe(events)
    assert not any(e.target is not None and e.target.code.startswith("IND") for e in events), describe(events)


def test_refusing_to_let_others_act_is_directed_at_them(coded):
    events = asserted(events_of(coded, "refuse_to_allow"))
    assert any(dyad(e) == ("AGO", "IGO") and e.root == "12" for e in events), describe(events)


def test_every_conjoined_act_noun_shares_the_light_verbs_subject(coded):
    events = asserted(events_of(coded, "conjoined_nouns"))
    assert any(dyad(e) == ("ISR", "PSE") and e.root == "19" for e in events), describe(events)


def test_a_demanded_clause_hung_on_the_verb_is_still_demanded(coded):
    events = events_of(coded, "noun_frame_clause")
    assert any(dyad(e) == ("IGO", "ISR") and e.root == "10" for e in events), describe(events)
    assert not any(e.source.code.startswith("ISR") and e.mood == "asserted" for e in events), describe(events)


def test_a_helper_is_not_acted_upon_and_the_subject_tightens_the_blockade(coded):
    events = events_of(coded, "with_help")
    assert any(dyad(e) == ("IGO", "SRB") for e in events), describe(events)
    assert not any(e.target is not None and e.target.code.startswith("ALB") for e in events), describe(events)


def test_providing_intelligence_is_sharing_it(coded):
    events = asserted(events_of(coded, "provide_intelligence"))
    assert any(dyad(e) == ("USA", "MKD") and e.cameo == "064" for e in events), describe(events)


def test_fundamentalists_are_a_group_of_the_country_their_sentence_names(coded):
    events = asserted(events_of(coded, "fundamentalists"))
    assert any(e.source.code.startswith("DZA") and e.root == "14" for e in events), describe(events)


def test_bombs_exploded_in_a_place_act_upon_its_country(coded):
    events = asserted(events_of(coded, "exploded"))
    assert any(dyad(e) == ("AFG", "AFG") and e.cameo == "183" for e in events), describe(events)
    events = asserted(events_of(coded, "acl_place"))
    assert any(dyad(e) == ("AFG", "AFG") and e.root == "18" for e in events), describe(events)


def test_an_act_on_an_event_acts_on_those_who_held_it(coded):
    events = asserted(events_of(coded, "event_noun_agent"))
    assert any(e.source.code.startswith("TUR") and e.target is not None and e.target.code == "TUREDU" and e.root == "17" for e in events), describe(events)


def test_an_ethnic_minority_is_a_people_of_the_country_it_lives_in(coded):
    events = asserted(events_of(coded, "ethnic_victims"))
    assert any(e.source.code.startswith("SRB") and e.target is not None and e.target.code == "SRBCVL" for e in events), describe(events)


def test_receiving_observers_allows_international_involvement(coded):
    events = asserted(events_of(coded, "observers_received"))
    assert any(dyad(e) == ("KGZ", "IGO") and e.cameo == "086" and e.plover == "RETREAT" for e in events), describe(events)


def test_reneging_on_a_commitment_is_a_rejection(coded):
    events = asserted(events_of(coded, "reneged"))
    assert any(e.source.code.startswith("ZMB") and e.root == "12" for e in events), describe(events)
    assert not any(e.root == "03" for e in events), describe(events)


def test_forcing_people_out_is_an_expulsion(coded):
    events = asserted(events_of(coded, "forced_out"))
    assert any(dyad(e) == ("ISR", "PSE") and e.cameo == "174" for e in events), describe(events)


def test_sending_inspectors_is_an_investigation_of_the_host(coded):
    events = asserted(events_of(coded, "inspectors_sent"))
    assert any(dyad(e) == ("IGO", "IRN") and e.root == "09" for e in events), describe(events)


def test_a_gerund_after_a_preposition_is_done_by_its_verbs_subject(coded):
    events = asserted(events_of(coded, "gerund"))
    assert any(dyad(e) == ("PSE", "ISR") and e.cameo == "145" for e in events), describe(events)
    events = asserted(events_of(coded, "accuse"))
    assert all(dyad(e) != ("PAK", "PAK") for e in events), describe(events)


def test_an_embedded_question_is_no_condition(coded):
    events = events_of(coded, "asked_if")
    assert not any(e.target is not None and e.target.code.startswith("PAK") for e in events), describe(events)


def test_a_people_without_a_state_lives_where_its_sentence_says(coded):
    events = asserted(events_of(coded, "stateless_people"))
    assert any(e.source.code == "PAKSEP" and e.root == "19" for e in events), describe(events)
    events = asserted(events_of(coded, "people_one_country"))
    assert any(e.source.code == "MMRREB" and e.root == "19" for e in events), describe(events)


def test_a_peoples_country_demonym_outranks_where_it_went(coded):
    events = events_of(coded, "people_with_demonym")
    assert any(e.source.code.startswith("IRQ") for e in events), describe(events)


def test_a_persons_name_is_no_people(coded):
    events = events_of(coded, "people_word_as_name")
    assert not any("MMR" in (e.source.code[:3], e.target.code[:3] if e.target else "") for e in events), describe(events)
