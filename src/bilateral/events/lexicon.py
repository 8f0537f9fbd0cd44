"""Our verb and noun lexicon of CAMEO event types, written from the CAMEO codebook's definitions.

Each act names its CAMEO code when done, and the family it belongs to. A family says how the act
is coded when it is only promised, appealed for, demanded, refused or threatened: "agreed to
release the prisoners" is 0353 (intent to release), "demanded the release" 1053, "refused to
release" 1243. Frame words (agree, urge, demand, refuse, threaten ...) carry those frames.

Trigger syntax, separated by ";":
    "v:meet"                       a verb, in any inflection
    "v:pull out"                   a phrasal verb: the particle must follow the verb
    "v:lift>sanction/embargo/ban"  the verb's object (or the object of its preposition) must be one of these
    "n:meeting"                    a noun, singular or plural
    "n:strike<air/drone/missile"   the noun must be modified by one of these words
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Family:
    """How an act of this family is coded under each frame."""

    intent: str
    appeal: str
    demand: str
    reject: str
    threaten: str


FAMILIES = {
    "statement": Family("030", "020", "100", "120", "130"),
    "consult": Family("036", "026", "108", "125", "134"),
    "support": Family("032", "022", "102", "120", "130"),
    "settle": Family("037", "027", "100", "127", "130"),
    "mediate": Family("039", "028", "105", "126", "135"),
    "cooperate": Family("031", "021", "101", "121", "130"),
    "aid": Family("033", "023", "103", "122", "1311"),
    "reform": Family("034", "024", "104", "123", "130"),
    "leadership": Family("0341", "0241", "1041", "1231", "130"),
    "ease": Family("0351", "0251", "1051", "1241", "130"),
    "release": Family("0353", "0253", "1053", "1243", "130"),
    "ease_sanctions": Family("0354", "0254", "1054", "1244", "1312"),
    "allow": Family("0355", "0255", "1055", "1245", "136"),
    "deescalate": Family("0356", "0256", "1056", "1246", "130"),
    "ceasefire": Family("0356", "0256", "107", "1246", "130"),
    "withdraw": Family("0356", "0256", "106", "1246", "130"),
    "investigate": Family("030", "020", "101", "120", "130"),
    # Conflict acts: an announced intent to do them is a threat.
    "protest": Family("133", "020", "100", "120", "133"),
    "force": Family("130", "020", "100", "120", "130"),
    "reduce": Family("1313", "020", "100", "120", "1313"),
    "cut_aid": Family("1311", "020", "100", "120", "1311"),
    "sanction": Family("1312", "020", "100", "120", "1312"),
    "halt_talks": Family("134", "020", "100", "120", "134"),
    "expel": Family("136", "020", "100", "120", "136"),
    "restrict": Family("132", "020", "100", "120", "132"),
    "repress": Family("137", "020", "100", "120", "137"),
    "attack": Family("138", "020", "100", "120", "138"),
    "blockade": Family("1381", "020", "100", "120", "1381"),
    "occupy": Family("1382", "020", "100", "120", "1382"),
    "terror": Family("1383", "020", "100", "120", "1383"),
    "wmd": Family("1385", "020", "100", "120", "1385"),
}

# Frame words: the act they govern (an infinitive, a that-clause or an object noun) is coded in
# their frame; alone, they are the family's bare code ("demanded" -> 100).
FRAMES: dict[str, str] = {}
_FRAME_WORDS = {
    "intent": "v:agree; v:promise; v:pledge; v:vow; v:offer; v:plan; v:intend; v:commit; v:volunteer;"
    "v:propose; v:aim; v:hope; v:want; v:wish; v:consent; v:accept; v:prepare",
    "appeal": "v:urge; v:appeal; v:call for; v:call on; v:call upon; v:ask; v:request; v:invite; v:encourage; v:implore;"
    "v:plead; v:petition; v:press for; v:push for; v:seek; v:lobby",
    "demand": "v:demand; v:insist; v:order; v:press; v:require; v:pressure; v:pressurize; v:pressurise; v:push; v:force; v:instruct",
    "reject": "v:reject; v:refuse; v:decline; v:rebuff; v:spurn; v:dismiss; v:turn down; v:rule out; v:oppose; v:resist;"
    "v:shun; v:snub; v:disregard; v:ignore; v:defy; v:veto; v:deny; v:renege",
    "threaten": "v:threaten; v:warn",
}
# Nouns that frame the act they govern: "a demand for talks", "a threat of sanctions".
_FRAME_NOUNS = {
    "intent": "n:offer; n:pledge; n:promise; n:commitment; n:plan; n:proposal; n:willingness; n:readiness",
    "appeal": "n:appeal; n:call; n:request; n:invitation; n:plea",
    "demand": "n:demand; n:ultimatum",
    "reject": "n:rejection; n:refusal",
    "threaten": "n:threat; n:warning",
}
# Adjectives that frame an infinitive: "is ready to talk", "is willing to send troops".
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "committed", "determined", "eager", "keen", "open", "happy", "poised", "set"})

_ACTS: list[tuple[str, str, str]] = [
    # 01 statements: only those with a clear target are events.
    ("011", "statement", "v:decline comment"),
    ("012", "statement", "v:express concern; n:concern<grave/serious/deep; v:voice>concern/alarm/disappointment; v:regret; n:disappointment"),
    ("013", "statement", "v:express>optimism/hope/confidence; v:voice>optimism/hope"),
    ("015", "statement", "v:claim>responsibility/credit; v:admit; v:acknowledge>responsibility/role"),
    ("016", "statement", "v:deny>allegation/charge/claim/report/accusation/involvement/responsibility/role/existence; v:refute; v:rebut; n:denial"),
    ("018", "statement", "v:condole; v:sympathize; v:sympathise; v:mourn; v:express>condolence/sympathy/solidarity/grief/sorrow; n:condolence; n:sympathy; v:console"),
    ("019", "statement", "v:share>view/concern/vision/goal/interest; v:concur; n:accord"),
    # 03 intentions to cooperate that are not frames
    ("030", "statement", "v:desire>relation/relationship/tie/peace/friendship/partnership; v:seek>relation/relationship/tie/partnership/friendship/engagement/peace/normalcy;"
     "v:want>relation/relationship/tie/partnership/friendship/peace; v:make>approach/overture; n:overture; n:approach<diplomatic"),
    ("030", "statement", "v:reach>agreement/deal/accord/consensus/understanding/compromise/settlement; v:strike>deal/agreement/bargain; n:agreement; n:deal<trade/peace/nuclear/security/defence/defense/arms"),
    # 04 consult
    ("040", "consult", "v:discuss; v:talk; v:consult; v:confer; n:talk; n:discussion; n:consultation; n:dialogue; n:dialog; v:hold>talk/discussion/consultation/dialogue; v:engage>talk/dialogue;"
     " v:attend>talk/meeting/summit/conference/session/negotiation/dialogue; v:join>talk/negotiation/dialogue; v:take part>talk/negotiation/dialogue/meeting"),
    ("041", "consult", "v:telephone; v:phone; n:call<telephone/phone; n:phone; v:speak by; n:conversation<telephone/phone/telephonic"),
    ("042", "consult", "v:visit; v:travel; v:arrive; v:tour; n:visit; n:trip; n:tour; v:fly to; v:go to; v:come to; v:land in;"
     # beginning or ending a visit is making it: "ended a two-day visit to Chile", "embarked on a tour of Asia"
     "v:end>visit/trip/tour; v:conclude>visit/trip/tour; v:wrap up>visit/trip/tour; v:cut short>visit/trip/tour; v:complete>visit/trip/tour;"
     "v:begin>visit/trip/tour; v:start>visit/trip/tour; v:embark>visit/trip/tour/mission; v:undertake>visit/trip/tour/mission"),
    ("043", "consult", "n:welcome; v:host; v:receive>delegation/president/minister/leader/envoy/ambassador/premier/king/queen/counterpart/visitor/guest/official/chancellor/secretary/prince/emir/sultan/monarch; v:meet; n:meeting; n:summit; v:sit down; n:encounter; n:huddle; n:audience"),
    ("045", "consult", "v:mediate; v:broker; n:mediation; v:facilitate>talk/dialogue/negotiation"),
    ("046", "consult", "v:negotiate; n:negotiation; v:bargain; n:round>talk/negotiation"),
    # 05 diplomatic cooperation
    ("050", "support", "v:support; v:back; n:support; v:side; v:stand by; v:stand with; v:cooperate diplomatically"),
    ("051", "support", "v:praise; v:commend; v:hail; v:laud; v:applaud; v:appreciate; v:endorse; v:welcome; v:thank; v:congratulate; v:compliment;"
     "v:acclaim; v:salute; v:pay>tribute; n:praise; n:appreciation; n:gratitude; n:endorsement; v:express>gratitude/appreciation/thanks; v:extend>thanks/gratitude/congratulation;"
     "n:congratulation; n:tribute; v:admire"),
    ("052", "support", "v:defend; v:justify; v:vouch"),
    ("053", "support", "v:rally>support; v:lobby for; v:champion"),
    ("054", "support", "v:recognize; v:recognise; n:recognition; v:establish>relation/relationship/tie; v:upgrade>relation/relationship/tie; v:restore>relation/relationship/tie"),
    ("055", "support", "v:apologize; v:apologise; n:apology; v:express>regret"),
    ("056", "support", "v:forgive; v:pardon; n:pardon; n:amnesty"),
    ("057", "support", "v:sign; v:ink; v:conclude>agreement/deal/accord/treaty/pact; v:seal>agreement/deal/accord/treaty/pact; v:ratify; n:signing; v:initial>agreement/accord/treaty; n:treaty; n:pact; n:accord; n:mou;"
     "n:memorandum; v:ally"),
    # 06 material cooperation
    ("060", "cooperate", "v:cooperate; v:collaborate; n:cooperation; n:collaboration; v:partner; n:partnership; v:work with; v:work together; v:join hands; n:coordination; v:coordinate"),
    ("061", "cooperate", "v:trade; v:invest; n:investment; n:trade<bilateral; v:export; v:import; n:cooperation<economic/trade/energy/financial"),
    ("062", "cooperate", "n:exercise<joint/military/naval/war; n:drill<joint/military/naval; n:cooperation<military/defence/defense/security/counterterrorism/counter-terrorism;"
     "v:train>troop/soldier/force/officer/army/police; n:training<military"),
    ("063", "cooperate", "v:hand over; v:extradite; n:extradition; v:hand over>suspect/fugitive/national/bomber/militant/accused/criminal; n:cooperation<judicial/legal"),
    ("064", "cooperate", "v:share>information/intelligence/data/evidence/detail/expertise/experience/technology; v:provide>intelligence/photograph/imagery; v:exchange>information/intelligence/data/list; n:intelligence<shared; n:cooperation<intelligence"),
    # 07 aid
    ("070", "aid", "v:aid; v:assist; v:help; n:aid; n:assistance; n:help; v:provide>aid/assistance/support/help/relief; v:give>aid/assistance/grant/money/fund; v:extend>aid/assistance/support;"
     "v:donate; n:donation; v:fund; v:finance; n:funding; n:grant; v:grant>aid/assistance/loan/fund; n:package<aid/bailout/relief; v:supply; v:deliver>aid/supply/food/assistance/good/medicine/relief"),
    ("071", "aid", "n:loan; v:lend; n:bailout; n:aid<economic/financial/development; n:assistance<economic/financial/development; n:debt relief; v:waive>debt/loan"),
    ("072", "aid", "n:aid<military/defence/defense/security; n:assistance<military/security; v:supply>arm/weapon/jet/missile/helicopter/drone/equipment/ammunition; v:provide>arm/weapon/jet/missile/helicopter/drone/equipment/ammunition; v:sell>arm/weapon/jet/missile/helicopter/drone/equipment;"
     "n:sale<arm/weapon; v:arm; v:send>arm/weapon/troop"),
    ("073", "aid", "n:aid<humanitarian/food/emergency/relief/medical/flood; n:assistance<humanitarian/relief; n:relief; v:send>food/medicine/relief/tent/supplies; n:food<emergency"),
    ("074", "aid", "n:peacekeeper; n:peacekeeping; v:protect; n:protection; v:guard; v:contribute>troop/force/soldier/peacekeeper"),
    ("075", "aid", "n:asylum; v:shelter; v:grant>asylum/refuge; v:accept>refugee/migrant/asylum-seeker; v:take in>refugee/migrant; v:admit>refugee/migrant; v:resettle>refugee/migrant"),
    # 08 yield
    ("080", "ease", "v:concede; v:yield; v:give in; v:cave; n:concession; v:compromise; v:relent; v:back down; v:budge; v:soften; v:call off>strike/protest/boycott/march/rally/demonstration/sit-in; v:allow; v:permit"),
    # Easing a curfew or a state of emergency stays 081 (CONCEDE): PLOVER's annotators code it so,
    # though CAMEO's sub-codes 0813 and 0814 would map to RETREAT.
    ("081", "ease", "v:ease>restriction/curb/ban/rule/control/curfew/emergency/measure; v:relax>restriction/curb/ban/rule/control/curfew;"
     "v:lift>restriction/curb/ban/curfew/emergency/siege/rule/law; v:end>curfew/emergency/curb; v:remove>restriction/curb/ban;"
     "v:cancel>restriction/curb/ban/curfew; v:shorten>curfew; v:revoke>emergency/law"),
    ("083", "reform", "v:accept>demand/request/condition; v:accede; v:meet>demand; v:grant>demand/autonomy/independence"),
    ("0831", "leadership", "v:resign; v:step down; n:resignation; v:quit; v:abdicate; v:step aside"),
    ("083", "reform", "v:reform; n:reform; v:democratize; v:democratise; v:hold>election/poll/referendum; n:election; v:amend>constitution/law"),
    ("0841", "release", "v:release; v:free; n:release; v:set free; v:let go; v:repatriate; n:repatriation; v:return>prisoner/hostage/detainee/national/body"),
    ("0842", "release", "v:return>property/territory/land/helicopter/plane/aircraft/ship/vessel/asset/weapon/equipment; v:hand back; v:restore>property/asset; v:unfreeze; v:return"),
    ("085", "ease_sanctions", "v:lift>sanction/embargo/boycott/tariff/blockade; v:ease>sanction/embargo/boycott/tariff; v:remove>sanction/embargo/tariff; v:end>sanction/embargo/boycott; v:waive>sanction"),
    ("086", "allow", "v:allow>inspector/observer/monitor/peacekeeper/aid/access/delivery/convoy/worker/journalist/delegation/team/mission/flight/plane/ship;"
     " v:permit>inspector/observer/monitor/peacekeeper/aid/access/delivery/convoy/worker/journalist/delegation/team/mission/flight/plane/ship;"
     " v:admit>inspector/observer/monitor/peacekeeper/aid; v:receive>inspector/observer/monitor/peacekeeper; v:accept>inspector/observer/monitor/peacekeeper; v:open>border/airspace/port/crossing/route; v:reopen>border/airspace/port/crossing/route/embassy"),
    ("087", "deescalate", "v:de-escalate; v:deescalate; n:de-escalation; v:disengage; n:disengagement; v:scale back>operation/offensive; v:halt>offensive/operation/strike/attack/fighting"),
    ("0871", "ceasefire", "n:ceasefire; n:cease-fire; n:truce; n:armistice; v:declare>truce/ceasefire; n:cessation; n:hostility<cessation"),
    ("0873", "deescalate", "v:demobilize; v:demobilise; v:disarm; n:disarmament; v:decommission; v:lay down>arm/weapon"),
    ("0874", "withdraw", "v:withdraw; v:pull out; v:pull back; n:withdrawal; v:retreat; v:surrender; n:surrender; v:evacuate; v:leave>country/territory/base/region; v:pull>troop/force/soldier; v:remove>troop/force/soldier; v:bring home>troop/force/soldier"),
    # 09 investigate
    ("090", "investigate", "v:investigate; v:probe; n:investigation; n:probe; n:inquiry; n:enquiry; v:inspect; n:inspection; v:examine; v:look into;"
     " v:dispatch>inspector/investigator/monitor/observer; v:send>inspector/investigator/monitor/observer"),
    # 10 demands that are not frames
    ("100", "statement", "v:seek>explanation/clarification/answer/assurance/guarantee; v:summon"),
    # 11 disapprove
    ("110", "statement", "v:disapprove; v:object; v:frown; n:objection; n:disapproval; v:dispute>claim/account/assertion/allegation/figure/version/finding/report"),
    # rejecting or dismissing what someone said disapproves of them ("rejected the minister's remarks on trade")
    ("111", "statement", "v:reject>comment/remark/statement/rhetoric/language/claim; v:dismiss>comment/remark/statement/rhetoric/claim; v:criticize; v:criticise; v:condemn; v:denounce; v:slam; v:blast; v:castigate; v:lambaste; v:censure; v:deplore; v:decry; v:rebuke; v:chide; v:berate;"
     "v:assail; v:attack verbally; v:fault; v:scold; v:reprimand; v:admonish; v:ridicule; v:mock; v:deride; v:lash out; v:hit out; v:take>exception; n:criticism; n:condemnation;"
     "v:question; v:express>displeasure/anger/outrage/dismay/indignation; n:displeasure; n:outrage; v:voice>displeasure/anger/outrage/criticism"),
    ("112", "statement", "v:accuse; v:blame; v:allege; v:charge with; n:accusation; n:allegation; n:charge; n:blame; v:hold>responsible/accountable; v:implicate; v:point>finger"),
    ("113", "statement", "v:rally>opposition; v:mobilize>opposition"),
    ("114", "statement", "v:complain; n:complaint; v:lodge>protest/complaint; v:register>protest/complaint; n:protest<diplomatic/formal/strong/official; n:demarche; v:issue>demarche"),
    ("115", "statement", "v:sue; n:lawsuit; v:file>suit/lawsuit/case/complaint"),
    ("116", "statement", "v:convict; v:find guilty; n:conviction; v:sentence; n:verdict; n:sentence"),
    # 12 rejections that are not frames
    ("128", "statement", "v:violate; n:violation; v:breach; n:breach; v:flout"),
    ("129", "statement", "v:veto; n:veto"),
    # 13 threats that are not frames
    ("139", "statement", "v:issue>ultimatum; n:ultimatum; v:give>ultimatum"),
    # 14 protest
    ("140", "protest", "v:dissent"),
    ("141", "protest", "v:demonstrate; v:rally; v:march; n:demonstration; n:rally; n:march; n:sit-in; n:protest; v:protest; v:picket; n:protester; n:demonstrator"),
    ("142", "protest", "n:strike<hunger; v:fast"),
    ("143", "protest", "n:strike<general/labour/labor/nationwide/workers/open-ended/indefinite/teachers/doctors; v:boycott; n:boycott; n:shutdown; v:go>strike; v:stop>work; v:shun>work; v:walk out; n:walkout"),
    ("144", "protest", "v:block>road/highway/route/passage/entrance/convoy/street/bridge/transport/traffic/railway/access; v:barricade; n:blockade<road; v:obstruct"),
    ("145", "protest", "v:riot; n:riot; v:rampage; n:unrest; v:throw>stone/rock/petrol bomb/molotov"),
    # 15 force posture
    ("150", "force", "v:deploy; n:deployment; v:station; v:amass; v:mass>troop/force; n:build-up; n:buildup; v:parade; v:test>missile/rocket/weapon/bomb"),
    ("152", "force", "v:put>alert; n:alert<high/military/red; v:raise>alert; v:remain>alert; v:stay>alert; v:keep>alert"),
    ("153", "force", "v:beef up>security/police; v:tighten>security; v:strengthen>force/troop/presence/security/defence/defense; v:step up>security/patrol; v:order>patrol"),
    ("154", "force", "v:mobilize; v:mobilise; n:mobilization; n:mobilisation; v:reinforce; v:muster; v:call up>reservist/troop"),
    # 16 reduce relations
    ("160", "reduce", "v:downgrade; v:scale down>relation/tie; v:freeze>relation/tie/talk/asset/account; v:distance;"
     # leaving a union or a treaty: "voted to leave the European Union", "withdrew from the pact"
     " v:leave>union/alliance/bloc/organization/organisation/pact/treaty/accord/coalition/community/commonwealth/nato;"
     " v:quit>union/alliance/bloc/organization/organisation/pact/treaty/accord/coalition/community/commonwealth/nato;"
     " v:withdraw from>union/alliance/bloc/organization/organisation/pact/treaty/accord/agreement/coalition/nato; v:exit>union/bloc/pact/treaty/nato"),
    ("161", "reduce", "v:sever; v:cut>tie/relation/link; v:break>tie/relation; v:break off>tie/relation; v:recall>ambassador/envoy/diplomat/high commissioner; v:expel>diplomat/ambassador/envoy/attache;"
     "v:suspend>tie/relation/link/flight/contact; v:halt>flight/link; n:suspension>tie/relation/link/flight; v:close>embassy/consulate/mission"),
    ("162", "cut_aid", "v:cut>aid/assistance/fund/funding/support; v:suspend>aid/assistance/fund/funding/support/payment; v:halt>aid/assistance/fund/funding/payment; v:freeze>aid/assistance/fund/funding;"
     "v:withhold>aid/assistance/fund/funding/payment; v:stop>aid/assistance/fund/funding/payment; v:block>aid/assistance/fund/funding/loan; v:reduce>aid/assistance/supply/delivery;"
     "v:suspend>delivery/program/programme/shipment; v:prohibit>aid/assistance; n:suspension>aid/assistance/delivery"),
    ("163", "sanction", "v:sanction; n:sanction; v:impose>sanction/embargo/tariff/ban/duty/boycott/penalty; v:embargo; n:embargo; n:tariff; v:blacklist; v:slap>sanction/tariff; n:penalty<trade"),
    ("164", "halt_talks", "v:suspend>talk/negotiation/dialogue; v:halt>talk/negotiation/dialogue; v:stop>talk/negotiation/dialogue; v:break off>talk/negotiation; v:call off>talk/negotiation/meeting/visit/summit; v:cancel>talk/meeting/visit/summit;"
     "v:walk out; v:postpone>talk/meeting/visit/summit; v:abandon>talk/negotiation"),
    ("165", "halt_talks", "v:end>mediation; v:halt>mediation; v:suspend>mediation; v:abandon>mediation"),
    ("166", "expel", "v:expel>inspector/observer/monitor/peacekeeper/agency/worker/mission; v:withdraw>inspector/observer/monitor/peacekeeper;"
     " v:force out>agency/inspector/observer/monitor/peacekeeper/mission/worker; v:pull out>peacekeeper/inspector/observer"),
    # 17 coerce
    ("1711", "restrict", "v:seize; v:confiscate; n:seizure; v:impound; v:expropriate; v:nationalize; v:nationalise"),
    ("1712", "restrict", "v:destroy; v:demolish; v:raze; v:bulldoze; v:torch; v:burn>house/building/village/crop; v:vandalize; v:damage; v:set>fire; v:set ablaze; v:deface"),
    ("1721", "restrict", "v:prevent>demonstration/protest/rally/march/gathering/meeting/strike; v:block>demonstration/protest/rally/march/gathering; v:stop>demonstration/protest/rally/march"),
    ("172", "restrict", "v:ban; n:ban; v:outlaw; v:prohibit; v:restrict; n:restriction; v:curb; v:censor; v:shut down; v:close>border/office/embassy/consulate/newspaper"),
    ("1723", "restrict", "n:curfew; v:impose>curfew"),
    ("1724", "restrict", "n:emergency<state; n:law<martial; v:declare>emergency"),
    ("173", "restrict", "v:arrest; v:detain; v:jail; v:imprison; v:indict; v:prosecute; v:charge; n:arrest; n:detention; v:apprehend; v:round up; v:nab; v:capture; v:take into custody"),
    ("174", "expel", "v:expel; v:deport; n:deportation; n:expulsion; v:exile; v:banish; v:force out; v:drive out; v:evict; n:eviction"),
    ("175", "repress", "v:crack down; n:crackdown; v:suppress; v:repress; n:repression; v:disperse"),
    # 18 assault
    ("181", "terror", "v:abduct; v:kidnap; v:hijack; v:take>hostage; n:abduction; n:kidnapping; n:hijacking"),
    # cyber intrusions coerce (CAMEO has no code of their own; the event gold guidelines use 17)
    ("170", "repress", "v:hack; n:hack; n:hacking; n:cyberattack; n:cyber-attack; v:break into>computer/network/system/server/account/email"),
    ("182", "terror", "v:assault; v:beat; v:lynch; n:assault"),
    ("1821", "terror", "v:rape; n:rape; v:abuse>prisoner/detainee/inmate/immigrant/migrant/refugee/civilian/woman/women/girl/child/children/boy"),
    ("1822", "terror", "v:torture; n:torture"),
    ("183", "terror", "n:bombing<suicide/car/roadside; v:blow up; v:explode>bomb/device/mine/grenade/explosive; v:detonate; n:bomber<suicide; n:blast; n:explosion; n:attack<suicide/terrorist/terror; n:bombing; n:ied"),
    ("184", "terror", "n:shield<human"),
    ("185", "terror", "n:attempt<assassination"),
    ("186", "terror", "v:assassinate; n:assassination"),
    # 19 fight
    ("190", "attack", "v:attack; n:attack; v:strike; n:strike; v:raid; n:raid; v:invade; n:invasion; v:kill; v:fight; n:fighting; n:offensive; v:target; v:hit; n:operation<military;"
     "n:incursion; v:ambush; n:ambush; n:aggression; v:wage>war; n:war; v:retaliate; n:retaliation; v:storm; v:overrun; v:launch>attack/offensive/operation/strike/raid"),
    ("191", "blockade", "v:blockade; n:blockade; v:besiege; n:siege; v:encircle; v:cordon off"),
    ("192", "occupy", "v:occupy; n:occupation; v:annex; n:annexation; v:capture>territory/town/city/village/area/post; v:retake; v:recapture"),
    ("193", "attack", "v:clash; n:clash; v:shoot; n:firefight; n:gunfight; v:open fire; v:fire on; v:fire at; v:fire>shell/rocket/missile/bomb/round/shot; v:wound; v:injure; n:skirmish; v:exchange>fire; n:gunbattle; n:battle<gun; n:fire<gun/machine-gun/sniper/automatic"),
    ("194", "attack", "v:shell; n:shelling; n:artillery; n:mortar; n:fire<artillery/mortar/rocket/tank"),
    ("195", "attack", "n:strike<air/drone/missile/aerial; n:airstrike; n:air-strike; v:bomb; n:bombardment; v:bombard; n:raid<air"),
    ("196", "attack", "v:violate>ceasefire/truce/armistice; n:violation<ceasefire/truce"),
    # 20 mass violence
    ("202", "attack", "v:massacre; n:massacre; n:genocide; n:killing<mass"),
    ("203", "attack", "n:cleansing<ethnic"),
    ("204", "wmd", "n:weapon<nuclear/chemical/biological; v:gas"),
]


@dataclass(frozen=True, slots=True)
class Trigger:
    """One way of saying an act: a word, with what must come with it."""

    code: str
    family: str
    pos: str  # "v" or "n"
    word: str  # base form
    particle: str | None = None  # "out" in "pull out", "on" in "call on"
    objects: frozenset[str] = field(default_factory=frozenset)  # the object must be one of these
    modifiers: frozenset[str] = field(default_factory=frozenset)  # the noun must be modified by one of these
    frame: str | None = None  # intent | appeal | demand | reject | threaten, for frame words

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects or self.modifiers) + bool(self.particle)


def _parse(code: str, family: str, spec: str, frame: str | None = None) -> list[Trigger]:
    out = []
    for item in filter(None, (s.strip() for s in spec.split(";"))):
        pos, _, rest = item.partition(":")
        objects: frozenset[str] = frozenset()
        modifiers: frozenset[str] = frozenset()
        if ">" in rest:
            rest, _, objs = rest.partition(">")
            objects = frozenset(objs.split("/"))
        if "<" in rest:
            rest, _, mods = rest.partition("<")
            modifiers = frozenset(mods.split("/"))
        word, _, particle = rest.strip().partition(" ")
        out.append(Trigger(code, family, pos, word, particle or None, objects, modifiers, frame))
    return out


@lru_cache(maxsize=1)
def triggers_by_form() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """Every inflected form ("met", "meetings") with the triggers it may be, keyed by (pos, form)."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    triggers = [t for code, family, spec in _ACTS for t in _parse(code, family, spec)]
    for frame, spec in (*_FRAME_WORDS.items(), *_FRAME_NOUNS.items()):
        triggers += _parse(getattr(FAMILIES["statement"], frame), "statement", spec, frame)
    for trigger in triggers:
        forms = verb_forms(trigger.word) if trigger.pos == "v" else noun_forms(trigger.word)
        for form in forms:
            table.setdefault((trigger.pos, form), []).append(trigger)
    return {key: tuple(values) for key, values in table.items()}


def object_matches(word: str, allowed: frozenset[str]) -> bool:
    low = word.lower()
    return low in allowed or singular(low) in allowed


def singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


_IRREGULAR = {
    "meet": ("met",), "hold": ("held",), "give": ("gave", "given"), "take": ("took", "taken"),
    "strike": ("struck", "stricken"), "fight": ("fought",), "send": ("sent",), "seek": ("sought",), "make": ("made",),
    "break": ("broke", "broken"), "withdraw": ("withdrew", "withdrawn"), "shoot": ("shot",), "sell": ("sold",), "lead": ("led",),
    "speak": ("spoke", "spoken"), "go": ("went", "gone", "goes"), "come": ("came",), "fly": ("flew", "flown", "flies"),
    "forgive": ("forgave", "forgiven"), "undertake": ("undertook", "undertaken"), "overrun": ("overran",), "lay": ("laid",),
    "stand": ("stood",), "beat": ("beaten",), "blow": ("blew", "blown"), "freeze": ("froze", "frozen"), "find": ("found",),
    "leave": ("left",), "let": ("let",), "set": ("set",), "cut": ("cut",), "hit": ("hit",), "put": ("put",), "quit": ("quit",),
    "lend": ("lent",), "bring": ("brought",), "buy": ("bought",), "sit": ("sat",), "slay": ("slew", "slain"), "land": ("landed",),
    "win": ("won",), "retake": ("retook", "retaken"), "try": ("tried", "tries"), "swear": ("swore", "sworn"), "tell": ("told",), "say": ("said",),
}


@lru_cache(maxsize=4096)
def verb_forms(base: str) -> frozenset[str]:
    """The inflections of a verb: base, -s, -ed, -ing, with doubled and irregular variants."""
    forms = {base, *_IRREGULAR.get(base, ())}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    else:
        plural = base + "es" if re.search(r"(s|sh|ch|x|z)$", base) else base + "s"
        forms |= {plural, base + "ed", base + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):  # ban, plan, admit, commit: doubled before -ed/-ing
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return frozenset(forms)


def noun_forms(base: str) -> frozenset[str]:
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return frozenset({base, base[:-1] + "ies"})
    if re.search(r"(s|sh|ch|x|z)$", base):
        return frozenset({base, base + "es"})
    return frozenset({base, base + "s"})
