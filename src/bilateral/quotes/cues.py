"""Reporting cues: the verbs and phrases that introduce a statement.

Matched on inflected forms, so the NLP stage can skip spaCy's lemmatizer.
"""

from __future__ import annotations


def _forms(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


# Verbs of saying: the content is a clause ("said that ...", '"...," he said').
SPEECH = _forms(
    "say says said saying",
    "tell tells told telling",
    "add adds added adding",
    "state states stated stating",
    "declare declares declared declaring",
    "announce announces announced announcing",
    "claim claims claimed claiming",
    "argue argues argued arguing",
    "assert asserts asserted asserting",
    "insist insists insisted insisting",
    "maintain maintains maintained maintaining",
    "stress stresses stressed stressing",
    "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing",
    "note notes noted noting",
    "observe observes observed observing",
    "remark remarks remarked remarking",
    "explain explains explained explaining",
    "warn warns warned warning",
    "caution cautions cautioned cautioning",
    "acknowledge acknowledges acknowledged acknowledging",
    "admit admits admitted admitting",
    "deny denies denied denying",
    "confirm confirms confirmed confirming",
    "reiterate reiterates reiterated reiterating",
    "recall recalls recalled recalling",
    "suggest suggests suggested suggesting",
    "reply replies replied replying",
    "respond responds responded responding",
    "write writes wrote written writing",
    "tweet tweets tweeted tweeting",
    "post posts posted",
    "allege alleges alleged alleging",
    "assure assures assured assuring",
    "predict predicts predicted predicting",
    "promise promises promised promising",
    "vow vows vowed vowing",
    "pledge pledges pledged pledging",
    "estimate estimates estimated",
    "report reports reported",
    "contend contends contended",
    "complain complains complained complaining",
    "concede concedes conceded",
    "point pointed points",  # "pointed out that"
    "ask asks asked asking",
    "urge urges urged urging",
    "demand demands demanded",
    "quip quips quipped",
    "joke jokes joked",
    "boast boasts boasted",
    "lament laments lamented",
    "opine opines opined",
    "hint hints hinted",
    "mention mentions mentioned",
    "disclose discloses disclosed",
    "reveal reveals revealed",
    "indicate indicates indicated",
    "agree agrees agreed",
    "reckon reckons reckoned",
    "clarify clarifies clarified clarifying",
    "underline underlines underlined underlining",
    "underscore underscores underscored underscoring",
    "express expresses expressed expressing",  # "expressed hope that ..."
    "reaffirm reaffirms reaffirmed reaffirming",
    "assert asserts asserted",
    "tell tells told",
)
# Verbs of belief: statements only with a clause as content ("believes that ...").
BELIEF = _forms(
    "believe believes believed believing",
    "think thinks thought",
    "feel feels felt",
    "hope hopes hoped",
    "fear fears feared",
    "expect expects expected",
    "worry worries worried",
    "know knows knew known",
    "understand understands understood",
    "doubt doubts doubted",
    "suspect suspects suspected",
    "wonder wonders wondered",
    "realize realizes realized realise realises realised",
    "assume assumes assumed",
    "argue argues argued",
    "decide decides decided",
)
# Verbs of evaluating or asking whose content is their object and its complements:
# "praised the wisdom of ...", "described Clinton as a 'disgrace'", "called on police to ...".
COMPLEMENT = _forms(
    "praise praises praised praising",
    "criticize criticizes criticized criticizing criticise criticises criticised criticising",
    "condemn condemns condemned condemning",
    "denounce denounces denounced denouncing",
    "describe describes described describing",
    "call calls called calling",
    "dismiss dismisses dismissed dismissing",
    "hail hails hailed hailing",
    "label labels labeled labelled labeling labelling",
    "brand brands branded branding",
    "blast blasts blasted blasting",
    "slam slams slammed slamming",
    "mock mocks mocked mocking",
    "question questions questioned questioning",
    "reject rejects rejected rejecting",
    "endorse endorses endorsed endorsing",
    "welcome welcomes welcomed welcoming",
    "cite cites cited citing",
    "discuss discusses discussed discussing",
    "talk talks talked talking",
    "speak speaks spoke spoken speaking",
    "comment comments commented commenting",
    "encourage encourages encouraged encouraging",
    "propose proposes proposed proposing",
    "recommend recommends recommended recommending",
    "oppose opposes opposed opposing",
    "defend defends defended defending",
    "dispute disputes disputed disputing",
    "highlight highlights highlighted highlighting",
    "thank thanks thanked thanking",
    "congratulate congratulates congratulated congratulating",
    "press presses pressed pressing",
    "implore implores implored imploring",
    "appeal appeals appealed appealing",
    "attribute attributes attributed attributing",
    "announce announces announced announcing",
    "confirm confirms confirmed confirming",
    "deny denies denied denying",
    "reveal reveals revealed revealing",
    "disclose discloses disclosed disclosing",
    "declare declares declared declaring",
    "unveil unveils unveiled unveiling",
    "express expresses expressed expressing",
    "acknowledge acknowledges acknowledged acknowledging",
    "admit admits admitted admitting",
    "mention mentions mentioned mentioning",
    "support supports supported supporting",
    "back backs backed backing",
    "favor favors favored favoring favour favours favoured favouring",
    "vote votes voted voting",
    "rail rails railed railing",
    "tout touts touted touting",
    "challenge challenges challenged challenging",
    "request requests requested requesting",
    "deem deems deemed deeming",
    "complain complains complained complaining",
    "characterize characterizes characterized characterizing characterise characterises characterised characterising",
    "portray portrays portrayed portraying",
    "dub dubs dubbed dubbing",
    "liken likens likened likening",
    "compare compares compared comparing",
    "refer refers referred referring",
    "echo echoes echoed echoing",
    "repeat repeats repeated repeating",
    "voice voices voiced voicing",
    "applaud applauds applauded applauding",
    "lambaste lambastes lambasted lambasting",
    "ridicule ridicules ridiculed ridiculing",
    "decry decries decried decrying",
    "testify testifies testified testifying",
    "inform informs informed informing",
    "threaten threatens threatened threatening",
    "champion champions championed championing",
    "advocate advocates advocated advocating",
)
# Verbs of finding and showing: statements of polls and studies, only with a clause as content.
EVIDENCE = _forms("show shows showed shown showing", "find finds found", "conclude concludes concluded", "reveal reveals revealed", "indicate indicates indicated")
# Verbs of intention and decision, statements of a position when an infinitive follows:
# "agreed to clean up the mines", "declined to comment on", "refused to release".
INTENT = _forms(
    "decide decides decided deciding",
    "agree agrees agreed agreeing",
    "refuse refuses refused refusing",
    "decline declines declined declining",
    "plan plans planned planning",
    "seek seeks sought seeking",
    "want wants wanted wanting",
    "offer offers offered offering",
    "intend intends intended intending",
    "hope hopes hoped hoping",
    "expect expects expected expecting",
    "threaten threatens threatened threatening",
    "vow vows vowed vowing",
    "pledge pledges pledged pledging",
    "promise promises promised promising",
)
# Verbs whose content is their own predicate: "accused the US of conspiring".
PREDICATE = _forms("accuse accuses accused accusing", "blame blames blamed blaming")
# Verbs whose content may be an infinitive: "urged Washington to reconsider".
INFINITIVE = _forms("urge urges urged urging", "ask asks asked asking", "tell tells told telling", "warn warns warned warning", "promise promises promised", "vow vows vowed", "pledge pledges pledged", "demand demands demanded", "call calls called")
# Nouns that report a statement when a that-clause follows: "Khan's claim that 70,000 died".
NOUN_CUES = _forms(
    "claim claims statement statements assertion assertions allegation allegations argument arguments",
    "suggestion suggestions warning warnings promise promises pledge pledges insistence belief beliefs",
    "view views fear fears hope hopes assessment assessments conclusion conclusions finding findings",
    "charge charges accusation accusations denial denials admission admissions acknowledgment acknowledgement",
    "complaint complaints remark remarks comment comments contention assurance assurances announcement",
    "prediction predictions estimate estimates report reports",
)
# Nouns that report a stance on what their preposition names, when someone holds it:
# "Trump's criticism of the deal", "calls from lawmakers for an inquiry".
STANCE_NOUNS = _forms(
    "criticism criticisms praise support opposition questions concerns concern calls call demands demand",
    "warnings warning accusations accusation claims claim comments comment remarks remark views view",
    "position stance attacks attack complaints complaint objections objection doubts doubt",
    "endorsement condemnation denunciation defense defence skepticism scepticism",
)
STANCE_PREPOSITIONS = frozenset({"of", "about", "on", "for", "to", "against", "over"})
# Cues that are prepositional phrases: "according to X".
ACCORDING = frozenset({"according"})


# Verbs that report speech only when a quotation stands right beside them:
# '"...," Bozell answers', 'Prager continues, "..."', '"Is Obama profiling?" reacted Trump'.
ADJACENT_ONLY = _forms(
    "continue continues continued",
    "answer answers answered",
    "react reacts reacted",
    "shout shouts shouted",
    "yell yells yelled",
    "chant chants chanted",
    "exclaim exclaims exclaimed",
    "scream screams screamed",
    "whisper whispers whispered",
    "laugh laughs laughed",
    "sigh sighs sighed",
    "retort retorts retorted",
    "snap snaps snapped",
    "counter counters countered",
    "interject interjects interjected",
    "muse muses mused",
    "recount recounts recounted",
    "read reads",
    "sing sings sang",
    "cry cries cried",
)
# Forms that are cues whatever tag the tagger gives them ("says" tagged as a plural noun).
ALWAYS = frozenset({"said", "says", "told", "added", "adds", "asked", "asks", "wrote", "writes", "tweeted", "notes", "recalls", "insists", "warns", "explains"})


def is_cue_verb(word: str) -> bool:
    low = word.lower()
    return low in SPEECH or low in BELIEF or low in PREDICATE or low in COMPLEMENT or low in EVIDENCE or low in INTENT
