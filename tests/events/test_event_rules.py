"""Precision rules of the event coder and its confidence, on sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.events import find_events
from bilateral.events.confidence import confidence, is_confident, model
from bilateral.records import Event

TEXTS = {
    "stopped": "Pakistan had stopped supporting the Taliban by then.",
    "stopped_supply": "Russia has stopped supplying gas to Ukraine.",
    "want_other": "The United States wants Japan to spend more on defence.",
    "courtesy": '"I wish to convey my thanks to the people of Japan," the Pakistani prime minister said.',
    "deny_clause": "Putin denied that Russian troops were fighting in Ukraine.",
    "deny_request": "Pakistan denied the Indian request for a visit.",
    "speech_attack": "China's foreign minister attacked Japan in a televised speech on Monday.",
    "field_attack": "Russian aircraft attacked rebel positions in Syria on Monday.",
    "drone": "An Iranian drone flew over the Gulf on Monday.",
    "self": "The United States said it would protect the United States.",
    "possessor": "Obama praised Chile's decision to join the trade pact.",
    "out_of": "Obama said he would pull American troops out of Iraq.",
    "meeting": "Obama met leaders from Germany, France and Italy on Monday.",
    "embassy_attack": "The attack on the American embassy in Kabul killed two guards.",
    "unknown_partner": "The Kenyan senator, who grew up in Uganda, discussed the crisis with radio host Peter Mbugua.",
    "mention": "The nuclear agreement with Iran is not good for America.",
    "no_target": "NATO tested new missiles on Sunday.",
    "pressed_by": "Pakistan was pressed by the United States to act against the militants.",
    "shot_down": "Iran shot down an American surveillance drone over the Gulf.",
    "refused": "Pakistan refused to release the Indian pilot.",
    "disclosed": "The Treasury disclosed a payment of $400 million to Iran.",
    "threat_to_aid": "The United States threatened to cut off aid to Pakistan.",
    "make_pay": "The American president vowed to make Canada pay for the new bridge.",
    "called_bully": "Clinton called Putin a bully.",
    "called_friend": "Obama called the Indian prime minister a great friend.",
    "blame_for": "Obama blamed China for the loss of American jobs.",
    "hacked": "Russia hacked the emails of the Democratic Party, officials said.",
    "untagged_surname": "Trump blamed China for the loss of American jobs.",
    "new_state": "New Jersey Governor Chris Christie criticized Mexico.",
    "new_country": "New Zealand criticized Australia.",
    "listed_origins": "The French president held talks with ministers from Brazil, India and Kenya.",
    "rejected_comments": "The Israeli prime minister rejected the American president's remarks on trade.",
    "people_not_countries": "Cameron met Hollande in Paris.",
    "received_goods": "Germany received cheap steel imports from China last year.",
    "talk_topic": "The British minister discussed the war in Syria on Monday.",
    "a_wish": "Voters in Colombia want to know more, the American senator said.",
    "planned_trip": "Biden's planned trip to Serbia was announced on Monday.",
    "failed_to": "Clinton failed to mention Libya in her speech.",
    "domestic_object": "Rubio mocked Trump for his remarks on Cuba.",
    "attack_of": "The bombing of the French consulate in Herat was condemned.",
    "consequence": "The United States lifted sanctions, giving Iran access to frozen funds.",
    "would_sue": "The American president said that Cuba would sue the United States.",
    "able_to": "The senator mocked the governor's claim about being able to negotiate a better deal with Cuba.",
    "meet_bar": "Only four NATO members meet the bar set by the alliance.",
    "people_arriving": "Few of the Syrians arriving in the United States are Christians.",
    "us_town": "At a rally in Manchester, N.H., on Tuesday, the American senator criticized the British government.",
    "georgia_state": "Clinton attacked Trump at a rally in Georgia, courting black voters.",
    "georgia_country": "Russia invaded Georgia in 2008.",
    "dateline": "New York (AFP) – Vice President Joe Biden on Monday accused Russia of meddling in the election.",
    "mixed_pronoun": 'Erdogan said he would go ahead with the Obama dinner, though he tweeted that he "condemns Barack Obama\'s remarks on the coup."',
    "light_verb_partners": "Merkel held private meetings earlier in the day with the top officials from Japan, Brazil and Kenya.",
    "claim_holder": "The State Department disputed Iran's claim that it had launched a satellite.",
    "state_title": "Mike Jensen, the former Nebraska governor, criticized any Syrian refugee program and praised Canada.",
    "nationality_not_home": "Senator Tom Hale urged the president to admit more Syrian refugees.",
    "left_union": "Denmark voted to leave the European Union in a referendum.",
    "venue_treaty": "Canada withdrew from the Lisbon climate treaty.",
    "owner_of_decision": "Obama welcomed Norway's decision to leave the European Union.",
    "judged_bully": "Ohio Senator John Marsh said Putin is a bully.",
    "judged_friend": '"Mexico is a wonderful friend," the American president said.',
    "judged_thing": "Obama said the weather in Paris was terrible.",
    "judged_negated": "Obama said Pakistan is not a terrorist state.",
    "judged_capacity": "Obama said Iran was able to enrich uranium.",
    "namesake": "Husain Haqqani, Pakistan's former ambassador, met American officials on Monday. "
                "Later Haqqani criticised India for its policy in Kashmir.",
}


@pytest.fixture(scope="module")
def coded(analyse_batch) -> dict[str, tuple[Event, ...]]:
    return {name: events for name, (_, events) in analyse_batch(TEXTS, find_events).items()}


def shown(events) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of the events shown by default."""
    return {(e.source.code[:3], e.target.code[:3], e.root) for e in events if e.confident and e.target is not None}


def dyads(events) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO root) of the asserted dyadic events, however sure (the rules
    are tested here; how sure the trained model is of them is its own matter)."""
    return {(e.source.code[:3], e.target.code[:3], e.root) for e in events if e.mood == "asserted" and e.target is not None}


def test_an_act_a_verb_of_ending_governs_is_not_done(coded):
    assert not any(e.mood == "asserted" and e.root == "05" for e in coded["stopped"])
    assert not any(e.mood == "asserted" and e.root == "07" for e in coded["stopped_supply"])


def test_wanting_another_to_act_is_an_appeal_to_them(coded):
    assert ("USA", "JPN", "02") in dyads(coded["want_other"])
    assert not any(e.root == "03" for e in coded["want_other"])


def test_a_courtesy_formula_announces_no_intent(coded):
    assert not any(e.root == "03" for e in coded["courtesy"])


def test_denying_a_clause_is_a_denial_and_denying_a_request_a_rejection(coded):
    assert [e.cameo for e in coded["deny_clause"]] == ["016"]
    assert any(e.root == "12" for e in coded["deny_request"])


def test_force_in_a_speech_is_criticism_and_force_in_the_field_is_force(coded):
    assert ("CHN", "JPN", "11") in dyads(coded["speech_attack"])
    assert not any(int(e.root) >= 18 for e in coded["speech_attack"])
    assert any(e.root == "19" for e in coded["field_attack"])


def test_a_drone_is_a_weapon_not_an_act(coded):
    assert coded["drone"] == ()


def test_one_actor_on_both_sides_is_never_shown(coded):
    assert not shown(coded["self"])


def test_an_object_that_is_no_actor_stands_for_its_owner(coded):
    assert ("USA", "CHL", "05") in dyads(coded["possessor"])


def test_withdrawing_out_of_a_country_acts_on_it(coded):
    assert any(e.target is not None and e.target.code == "IRQ" and e.root == "03" for e in coded["out_of"])


def test_a_meeting_is_mutual_and_reaches_every_conjoined_country(coded):
    found = dyads(coded["meeting"])
    for country in ("DEU", "FRA", "ITA"):
        assert ("USA", country, "04") in found and (country, "USA", "04") in found, found


def test_an_attack_on_a_foreign_embassy_is_by_unidentified_forces_of_the_place(coded):
    assert any(e.source.code == "AFGUAF" and e.target is not None and e.target.code == "USA" and e.root == "18"
               for e in coded["embassy_attack"])


def test_a_named_partner_we_cannot_place_is_not_replaced_by_another_country(coded):
    assert not any(e.target is not None and e.target.code.startswith("UGA") for e in coded["unknown_partner"])


def test_an_act_named_as_the_subject_of_be_is_only_mentioned(coded):
    assert not shown(coded["mention"])
    assert all("act:noun-mention" in e.evidence for e in coded["mention"] if e.trigger == "agreement")


def test_an_event_with_no_one_acted_upon_is_kept_but_never_confident(coded):
    events = coded["no_target"]
    assert events and all(e.target is None and not e.confident and e.confidence == 0.0 for e in events)


def test_every_event_names_its_evidence_and_has_a_confidence_in_range(coded):
    for events in coded.values():
        for event in events:
            assert 0.0 <= event.confidence <= 1.0
            assert any(name.startswith("source:") for name in event.evidence)
            assert any(name.startswith("target:") for name in event.evidence)
            assert event.confident == (event.target is not None and event.mood == "asserted" and is_confident(event.confidence)
                                       and event.confidence > 0.0)


def test_confidence_rises_with_evidence_the_model_weighs_up():
    weights = model()["weights"]
    best = max(weights, key=lambda name: weights[name])
    worst = min(weights, key=lambda name: weights[name])
    assert confidence({best}) > confidence(set()) > confidence({worst})
    assert confidence({"no such evidence"}) == confidence(set())


def test_a_passive_agent_is_the_source(coded):
    assert dyads(coded["pressed_by"]) == {("USA", "PAK", "10")}


def test_who_shoots_down_whose_drone(coded):
    assert ("IRN", "USA", "19") in dyads(coded["shot_down"])
    assert not any(e.source.code.startswith("USA") for e in coded["shot_down"])


def test_a_refusal_turns_the_act_around(coded):
    assert {e.root for e in coded["refused"] if e.mood == "asserted"} == {"12"}


def test_disclosing_a_payment_is_no_act_of_force(coded):
    assert not any(int(e.root) >= 15 for e in coded["disclosed"])


def test_a_threat_to_cut_aid_is_one_threat_and_no_aid(coded):
    assert {e.root for e in coded["threat_to_aid"]} == {"13"}


def test_a_person_named_like_a_group_stays_a_person(coded):
    sources = {e.source.code for e in coded["namesake"]}
    assert "PAKELI" in sources and not any(code.startswith("IMG") for code in sources)
    assert ("PAK", "IND", "11") in dyads(coded["namesake"])


def test_making_someone_act_is_a_demand_on_them(coded):
    assert any(e.target is not None and e.target.code == "CAN" and e.root == "10" and e.mood == "asserted" for e in coded["make_pay"])


def test_naming_someone_by_a_charged_word_is_criticism_or_praise(coded):
    assert ("USA", "RUS", "11") in dyads(coded["called_bully"])
    assert ("USA", "IND", "05") in dyads(coded["called_friend"])


def test_a_for_phrase_gives_the_reason_not_a_target(coded):
    assert dyads(coded["blame_for"]) == {("USA", "CHN", "11")}


def test_hacking_is_coercion(coded):
    assert ("RUS", "USA", "17") in dyads(coded["hacked"])


def test_a_known_surname_the_model_left_untagged_is_the_person(coded):
    assert dyads(coded["untagged_surname"]) == {("USA", "CHN", "11")}


def test_a_country_name_after_new_is_another_place(coded):
    assert not any(e.source.code.startswith(("JEY", "MEX")) for e in coded["new_state"])
    assert ("NZL", "AUS", "11") in dyads(coded["new_country"])


def test_people_from_a_list_of_countries_reach_every_country(coded):
    found = dyads(coded["listed_origins"])
    assert {("FRA", "BRA", "04"), ("FRA", "IND", "04"), ("FRA", "KEN", "04")} <= found


def test_rejecting_what_someone_said_is_criticism(coded):
    assert ("ISR", "USA", "11") in dyads(coded["rejected_comments"])


def test_a_known_persons_name_is_no_misspelt_country(coded):
    assert ("GBR", "FRA", "04") in dyads(coded["people_not_countries"])
    assert not any(e.source.code.startswith(("CMR", "NLD")) for e in coded["people_not_countries"])


def test_receiving_goods_is_no_visit(coded):
    assert not any(e.root == "04" for e in coded["received_goods"])


def test_what_a_talk_is_about_is_no_partner(coded):
    assert not any(e.target is not None and e.target.code.startswith("SYR") for e in coded["talk_topic"])


def test_a_wish_acts_on_no_one(coded):
    assert not any(e.root in ("02", "03") for e in coded["a_wish"])


def test_a_planned_visit_is_an_intent_not_a_visit(coded):
    assert ("USA", "SRB", "03") in dyads(coded["planned_trip"])
    assert not any(e.root == "04" for e in coded["planned_trip"])


def test_failing_to_act_is_neither_the_act_nor_a_rejection(coded):
    assert not dyads(coded["failed_to"])


def test_an_act_on_ones_own_side_is_not_moved_onto_another_country(coded):
    assert not any(e.target is not None and e.target.code.startswith("CUB") for e in coded["domestic_object"])


def test_an_attack_of_a_facility_falls_on_its_holder(coded):
    assert ("AFG", "FRA", "18") in dyads(coded["attack_of"])


def test_a_participle_of_giving_names_who_the_act_falls_on(coded):
    assert ("USA", "IRN", "08") in dyads(coded["consequence"])


def test_an_announced_hostile_act_is_a_threat(coded):
    assert ("CUB", "USA", "13") in dyads(coded["would_sue"])
    assert not any(e.root == "03" for e in coded["would_sue"])


def test_what_one_is_able_to_do_is_not_done(coded):
    assert not dyads(coded["able_to"])


def test_meeting_a_bar_is_no_meeting(coded):
    assert not any(e.root == "04" for e in coded["meet_bar"])


def test_a_people_arriving_is_no_visit(coded):
    assert not any(e.root == "04" for e in coded["people_arriving"])


def test_a_town_followed_by_a_us_state_is_in_the_united_states(coded):
    from bilateral.events.sides import located_country
    from bilateral.nlp import parse

    doc = next(iter(parse([TEXTS["us_town"]])))
    assert located_country(next(t for t in doc if t.text == "Manchester")) == "USA"
    assert ("USA", "GBR", "11") in dyads(coded["us_town"])


def test_georgia_among_us_politics_is_the_state_and_a_rally_is_no_target(coded):
    assert not any(e.target is not None and e.target.code.startswith("GEO") for e in coded["georgia_state"])
    assert ("RUS", "GEO", "19") in dyads(coded["georgia_country"])


def test_a_dateline_and_its_agency_are_not_the_subject(coded):
    assert dyads(coded["dateline"]) == {("USA", "RUS", "11")}


def test_a_pronoun_in_mixed_reported_speech_is_its_speaker(coded):
    assert ("TUR", "USA", "11") in dyads(coded["mixed_pronoun"])
    assert not any(e.source.code.startswith("USA") and e.root == "11" for e in coded["mixed_pronoun"])


def test_a_light_verb_carries_the_partners_of_its_act_noun(coded):
    partners = {e.target.code[:3] for e in coded["light_verb_partners"] if e.root == "04" and e.source.code.startswith("DEU") and e.target}
    assert partners == {"JPN", "BRA", "KEN"}


def test_the_subject_of_a_possessed_claim_is_its_holder(coded):
    assert ("USA", "IRN", "11") in dyads(coded["claim_holder"])
    assert not any(e.source.code.startswith("USA") and e.root != "11" for e in coded["claim_holder"])


def test_an_office_of_a_us_state_is_held_by_an_american(coded):
    assert ("USA", "CAN", "05") in dyads(coded["state_title"])
    assert not any(e.source.code.startswith("SYR") for e in coded["state_title"])


def test_a_nationality_of_people_is_no_home_for_an_official(coded):
    assert not any(e.source.code.startswith("SYR") for e in coded["nationality_not_home"])


def test_leaving_a_union_reduces_relations_with_it(coded):
    assert ("DNK", "IGO", "16") in dyads(coded["left_union"])


def test_a_city_naming_a_treaty_is_no_party(coded):
    assert not any(e.target is not None and e.target.code.startswith("PRT") for e in coded["venue_treaty"])


def test_the_owner_of_a_decision_does_what_it_decides(coded):
    assert ("NOR", "IGO", "16") in dyads(coded["owner_of_decision"])
    assert not any(e.source.code.startswith("USA") and e.root == "16" for e in coded["owner_of_decision"])


def test_saying_what_another_is_in_charged_words_judges_them(coded):
    assert ("USA", "RUS", "11") in dyads(coded["judged_bully"])
    assert ("USA", "MEX", "05") in dyads(coded["judged_friend"])


def test_no_judgement_of_a_thing_a_denial_or_a_capacity(coded):
    for name in ("judged_thing", "judged_negated", "judged_capacity"):
        assert not any(e.root in ("05", "11") for e in coded[name]), name
