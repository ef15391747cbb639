"""What a figure measures and the verb that governs it, read from its clause: the counted noun, a property
word near it ("240 metres long": length), a noun it is "of", a measure's verb or phrase ("killed": deaths),
the event a date belongs to ("lifted off" on a date: launch)."""
from __future__ import annotations

import regex

from ..vocab import Vocabulary
from .frame_acts import ACTED, acted_after, harm_before
from .frame_properties import dimension_of, nearest_property, sum_of
from .frame_subjects import DETERMINER_BEFORE, DETERMINERS, PRONOUNS, built_length
from .frame_verbs import acting_verb, event_verb, last_act
from .nouns import is_plural, lemma, singular
from .wordtest import may_hold, phrases_in

_OF_NOUN = regex.compile(r"\s+of\s+(?:the\s+|its\s+)?+(?:[A-Z][\w'-]*\s+)*(?:(?P<first>[a-z]+)\s+)?(?!(?:had|has|have|was|were|is|are|will|would|could|can)\b)"
                      r"(?P<noun>[a-z]{3,})\b")
_DATED_AFTER = regex.compile(r"\s+(?:on|in)\s+(?:the\s+)?(?:\d|[A-Z][a-z]+\.?\s+\d)")
_GAP_OF = regex.compile(r"(?i)\b(margin|majority|lead|gap|difference|deficit|shortfall|surplus)\s+of\s+$")
"""A figure that is a difference between two others, named before it ("a margin of 400,000 votes")."""
_NOUN_OF = regex.compile(
    r"\b(?i:a|an|the|its|their|his|her|our)\s+(?P<np>(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{2,})\s+of\s+$")
RECORD_WORDS = frozenset("record high low total figure estimate".split())
"""Nouns that name no property of a measurement ("a record of 35.1°C", "Record high: 40.3°C"): its unit does."""
_SUMS = frozenset("total sum amount number tally".split())
_NOT_A_MEASURE = frozenset(
    "total number maximum minimum max min average mean median handful couple series range sum amount figure estimate "
    "record peak high low group lot host dozen score crowd batch set pair total loss gain increase decrease rise "
    "fall drop cut reduction growth jump decline surge slump change difference tally majority minority part "
    "portion fraction share half third quarter percentage rate ratio factor multiple bit piece".split())
"""Words of quantity, grouping or change: "a total of 35 people" counts people, "a loss of 60" is a change."""
_EVENT_OF = regex.compile(r"\b(?:the|a|an|its|their)\s+([a-z]{3,})\s+of\s+$")
"""The event a date is "of" ("the crash of June 1, 2009", "the election of 2019")."""
_NOUN_ON = regex.compile(r"\b(?:after|before|since|following|until|till|during|with|from|by|at)\s+(?:the|a|an|its|"
                      r"their|his|her|this|that|[A-Za-z]+'s)\s+(?:(?!(?:was|were|is|are|has|have|had|been|be|and|or)\b)"
                      r"[a-z'-]+\s+){0,2}?(?P<n>[a-z]{4,}(?:ment|tion|sion|ence|ance))\s+on\s+$")
"""A noun of an act or a statement after a preposition and right before "on" a date ("recovered after the government's
first statement on 18 January"): the date is its own, never that of the figure the clause tells of (but "discovered
the intrusion on July 29" dates the discovery)."""
_AGE_BEFORE = regex.compile(r"(?i)(?:\b(?:aged|age of|at the age of)|\bage\b[^\n.:;]{0,14}:)\s+$")
_AGE_AFTER = regex.compile(r"(?i)(?:\s+|-)years?(?:\s+|-)old\b|\s+when\s+(?:he|she|I|we|they)\b")
_PART_OF_TIME = frozenset("end start beginning middle close turn course rest remainder height depths dawn".split())
_HYPHEN_UNIT = regex.compile(r"\d-([a-z]+)$")
_AGE_QUOTE = regex.compile(r"(?i)[\s-](?:years?|months?|weeks?|days?)[\s-]old\b|\sof\s+age\b")
_OWNER_BEFORE = regex.compile(r"(?i)\b(?:his|her|their|its|my|your|our|one's)\s+$")
_AS_OF = regex.compile(r"(?i)\bas\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?$")
_ANNIVERSARY = regex.compile(r"(?i)\banniversary\b")
_EXTREMES = frozenset("low high peak maximum minimum average mean median".split())
"""Nouns of one extreme or statistic of a measurement ("Overnight lows of -5 °C"): the measure they name themselves."""
_IN_NOUN = regex.compile(r"\s+in\s+(?P<words>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\b(?!\s+(?:of|from)\b)")
"""What a sum is in ("$38 million in prize money"); not a place or time ("in the north", "in 2019")."""
_AS_ADJECTIVE = regex.compile(r"\d-[a-z]+$")
"""A figure written as an adjective: "4,200-foot", "111-metre"."""
_WORDS_AFTER = regex.compile(r"\s+(?P<words>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})")
_PLACES_OF_TIME = (r"underground|below ground|in space|in orbit|at sea|adrift|in captivity|in hiding|in exile|in office"
                   r"|in power|on the run|on strike|in lockdown")
TIME_AT_PLACE = regex.compile(rf"(?i)\s*(?:(?:days|weeks|months|years|hours|time)\s+)?"
                              rf"(?:spent\s+|trapped\s+|stranded\s+)?"
                              rf"({_PLACES_OF_TIME})\b")
"""Where a length of time was spent, after it ("69 days underground", "340 days in space") or in a label ("Days
spent underground"): the measure is the time spent there."""


def time_at_place(text: str, at: int) -> str:
    """"time underground" for a length of time the words at ``at`` say was spent in a place, else ""."""
    place = TIME_AT_PLACE.match(text, at)
    return "time " + " ".join(place.group(1).lower().split()) if place else ""


_GROUP_HOLDS = regex.compile(r"(?i)(?:\b(?:the\s+)?(?P<group>[a-z]+)\s+(?:included|include|includes|comprised|were)"
                             r"|\bamong\s+(?:the\s+)?(?P<group>[a-z]+)\s+(?:were|was|are|is))\s+"
                             r"(?:about\s+|some\s+|at\s+least\s+|nearly\s+|more\s+than\s+)?$")
"""A group a counted noun is a part of, named before it ("The dead included 250 students", "Among the passengers
were 325 students"): the group's measure, the counted noun saying who."""
_GROUP_WORDS = regex.compile(r"(?i)\b(?:includ|compris|were|among)")
_TO_DO = regex.compile(r"\s+(?:to|for\s+\w+\s+to)\s+([a-z]{3,})\b")
"""What a span of time was taken to do ("took two years to find the wreck")."""
_NOT_PAID_IN = DETERMINERS | frozenset("total first second third last full part advance cash".split())
STATISTIC_SYNONYMS = {"peak": "maximum", "highest": "maximum", "lowest": "minimum", "busiest": "maximum",
                      "quietest": "minimum"}
"""Words for a statistic of a distribution, read as the one they name ("peak winds": maximum winds)."""
_SUBJECT_NOUN = regex.compile(r"(?i)\b([a-z][a-z-]{2,})\s+(?:(?:had|has|have)\s+)?(?:of|was|were|is|are|stood at|reached|totalled|totaled|"
                              r"amounted to|came to|hit|rose to|fell to|(?:rose|fell|grew|went|climbed|dropped|"
                              r"increased|decreased|declined|jumped|slipped)\s+from)\s*(?:(?:still|now|currently|already|again|then)\s+)?"
                              r"(?:about\s+|around\s+|some\s+|an estimated\s+)?$")


def agent_measure(noun: str, vocab: Vocabulary) -> str:
    """The measure a noun for who does something names through its verb ("starters" -> start, "voters" ->
    votes), "" when its verb names none."""
    word = singular(noun, vocab)
    for suffix in ("er", "or"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            for verb in (stem, stem + "e"):
                if verb in vocab.frames.verb_measure:
                    return vocab.frames.verb_measure[verb]
    return ""


def _dimension_measure(unit: str, vocab: Vocabulary) -> str:
    """The measure a unit alone names when it can name one thing only: a weight (kg), a temperature; "" for
    lengths, speeds, durations and the rest (a length may be a height, a depth or a distance; a speed may be
    a craft's at launch or at a flyby)."""
    return {"[mass]": "weight", "[temperature]": "temperature"}.get(dimension_of(unit, vocab), "")


def _concept(text: str, at: int, until: int, verbs: list, vocab: Vocabulary, cache: dict,
             before_first: bool = False, nouns: bool = False, since: int = 0, nouns_since: int = 0) -> str:
    """The measure named by the verb or phrase nearest the figure in its clause ("killed 4,922" -> deaths);
    ``before_first``: a verb before the figure wins over one after it (a date follows its event); ``nouns``:
    a measure's noun counts as well ("Attendance in 2022 had reached 7.8 million"); ``since``: where the verb
    nearest before the figure opens (a verb's concept before it is another event's); ``nouns_since``: the same
    for nouns ("The deaths left more than 400 children": the children are no deaths)."""
    fv = vocab.frames
    found = [(s, e, fv.verb_measure[v]) for s, e, v in verbs if v in fv.verb_measure and (s >= since or e > at)]
    phrases, noun_forms = _clause_concepts(text, fv, cache)
    found += phrases
    if nouns:  # (a date's event noun stands before it, one event: "the launch of the Saturn V on July 16")
        found += [f for f in noun_forms if not at <= f[0] < until and f[0] >= nouns_since and not (before_first and (
            f[1] > at or is_plural(text[f[0]:f[1]].lower(), vocab))) and (text[f[1]:f[1] + 1] != "-" or f[1] == at - 1)]
        # ("the magnitude-7.1 quake that hit on Sept. 4": the magnitude is 7.1's, the date the quake's)
    if before_first:  # "left on 16 July and touched down on 20 July": the landing is the later date's
        found = [f for f in found if f[1] <= at or not _DATED_AFTER.match(text, f[1])]
    if not found:
        return ""
    return min(found, key=lambda f: (before_first and f[1] > at, at - f[1] if f[1] <= at else f[0] - until, f[0]))[2]


def _clause_concepts(text: str, fv, cache: dict) -> tuple[list, list]:
    """The measure phrases and measure nouns of a clause as (start, end, measure), found once per clause."""
    key = ("concepts", text)
    found = cache.get(key)
    if found is None:
        cues = fv.cue_phrases.get("phrase_measure")
        phrases = [(m.start(), m.end(), fv.phrase_names[int(m.lastgroup[1:])])
                   for m in phrases_in(fv.phrase_measure, text, cues, cache)] if fv.phrase_measure is not None and (
            may_hold(text, cues, cache)) else []
        nouns = [(m.start(), m.end(), fv.noun_form_measure[m.group().lower()])
                 for m in phrases_in(fv.noun_forms, text, fv.noun_form_measure, cache)] if (
            fv.noun_forms is not None and may_hold(text, fv.noun_form_measure, cache)) else []
        found = cache[key] = (phrases, nouns)
    return found


_CHANGED_SUBJECT = regex.compile(
    r"(?i)\b([a-z][a-z-]{2,})\s+(?:rose|fell|grew|increased|decreased|declined|jumped|dropped|climbed|slipped|slid|"
    r"gained|surged|soared|plunged|tumbled|shrank|contracted|expanded)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|"
    r"nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|just\s+)?$")


def _subject_word(found, text: str, vocab: Vocabulary) -> str:
    """The word in lower case of a subject pattern's first group, when it may name a measure: "" for no match, a
    name inside a sentence ("The Burj Khalifa is 2,717 feet"), a stop word, a verb, a pronoun or a sum."""
    if found is None or (found.group(1)[0].isupper() and text[:found.start(1)].strip(" \"'(-*•\t")):
        return ""
    word = found.group(1).lower()
    return "" if word in vocab.stop_words or word in vocab.verbs or word in PRONOUNS or word in _SUMS else word


def changed_measure(text: str, at: int, vocab: Vocabulary) -> str:
    """The noun a change right after its verb is of ("Revenue rose 5%", "sales fell by 3 percent"), or ""; never
    a name, a pronoun or a word the vocabulary knows as no noun."""
    word = _subject_word(_CHANGED_SUBJECT.search(text, max(0, at - 60), at), text, vocab)
    if not word:
        return ""
    noun, fv = singular(word, vocab), vocab.frames
    return (fv.noun_form_measure.get(word) or fv.property_of.get(word) or fv.property_of.get(noun)
            or fv.noun_measure.get(noun) or noun)


def measure_of(c: dict, text: str, at: int, until: int, verbs: list, vocab: Vocabulary,
             cache: dict) -> tuple[str, str]:
    """What a figure measures, read from its clause (its counted noun, the property or noun near it, or the
    concept or event its verbs name), and the counted noun that only says who, when a verb right after it
    names the measure ("eleven workers lost their lives": deaths, worker)."""
    fv = vocab.frames
    gap = _GAP_OF.search(text, max(0, at - 30), at)
    if gap:  # "a margin of almost 400,000 votes": the margin, not the votes
        return gap.group(1).lower(), ""
    counted = c.get("counted")
    if counted:
        low = " ".join(counted.lower().split())
        unit_word = _HYPHEN_UNIT.search(text, at, until)  # "an 80-seat majority": a majority counted in seats
        if unit_word and " " in low and low.split(" ", 1)[0] == unit_word.group(1).lower():
            low = low.split(" ", 1)[1]
        canon = vocab.synonyms.get(low)
        if canon is None:  # "member states" -> "member country" when "state" means "country"
            words = low.split(" of ", 1)[0].split()
            canon = " ".join(words[:-1] + [vocab.synonyms.get(words[-1], words[-1])]) if words else low
        head = canon.split(" of ", 1)[0].rsplit(" ", 1)[-1]
        if head in fv.generic_heads:  # ("15,854 people had been confirmed dead"; "a team of 35 people": team)
            act = last_act(verbs, at)  # (a verb of no measure before the figure: its subject measures nothing of it)
            own = act[0] if act and act[2] not in fv.verb_measure and act[2] not in fv.neutral_verbs else 0
            return (_noun_of(text, at, vocab) or _concept(text, at, until, verbs, vocab, cache, nouns=True,
                                                          nouns_since=own)
                    or nearest_property(text, at, until, c["kind"], vocab, cache) or _did(text, until, verbs, vocab)
                    or canon), ""
        phrase = _phrase_from(text, at, until, fv)
        if phrase:
            return phrase, ""
        harm = harm_before(text, at, verbs, fv)
        if harm:  # "It killed 301 miners": deaths, of miners (never the miners underground)
            who = singular(head, vocab)  # (not a people named by their nation: "evacuated over 5,200 Chinese")
            return harm, "" if fv.noun_measure.get(who) == harm or counted[:1].isupper() else who
        group = _GROUP_HOLDS.search(text, max(0, at - 50), at) if _GROUP_WORDS.search(
            text, max(0, at - 50), at) else None
        if group and (of_group := fv.noun_measure.get(singular(group.group("group").lower(), vocab))):
            return of_group, singular(head, vocab)  # "The dead included 250 students": deaths, of students
        named = fv.noun_measure.get(canon) or fv.noun_measure.get(head) or agent_measure(head, vocab)
        joined = _COUNTED_AND.match(text, until)
        if joined and is_plural(joined.group(1), vocab):  # "50 states and territories": a sum, never the states
            return sum_of(named or canon, singular(joined.group(1).lower(), vocab)) or named or canon, ""
        if named:
            return named, ""
        acted = acted_after(text, until, verbs, fv)
        return (acted, singular(head, vocab)) if acted else (canon, "")
    if c["kind"] == "number_range" and c.get("unit") == "year" and _OWNER_BEFORE.search(text, max(0, at - 8), at):
        return "age", ""  # "a man in his 40s", "in her late thirties"
    if c["kind"] == "duration" and (_AGE_QUOTE.search(text, at, until) or _AGE_BEFORE.search(text, max(0, at - 20), at)):  # "64 years old"; "a 35-year-old man": the
        whose = _adjective_noun(text, at, until, vocab)  # man's age, never a 52-year-old woman's
        return (f"{whose} age" if whose else "age"), ""
    if c["kind"] == "duration" and (spent := time_at_place(text, until)):
        return spent, ""  # "after 69 days underground", "spent 340 days in space": the time spent there
    if c["kind"] in ("measure", "money", "percent", "duration", "number_range") and (c.get("unit") or c["kind"] == "money"):
        prop = nearest_property(text, at, until, c["kind"], vocab, cache, c.get("unit") or "")
        if prop == "area" and dimension_of(c.get("unit") or "", vocab) == "[length]":
            prop = "distance"  # "covering about 178 km": a distance covered, not an area
        purpose = _TO_DO.match(text, until) if prop == "duration" else None
        if purpose and lemma(purpose.group(1).lower()) not in vocab.stop_words:
            return f"time to {lemma(purpose.group(1).lower())}", ""  # "it took two years to find the wreck"
        if prop:
            return prop, ""
        of = _OF_NOUN.match(text, until)  # "47.5 pounds of lunar samples", "43.6% of votes cast"
        if of:
            noun, first = of.group("noun").lower(), (of.group("first") or "").lower()
            if first and (noun in vocab.stop_words or (is_plural(first, vocab) and not is_plural(noun, vocab))):
                noun = first
            if noun not in vocab.stop_words:
                return singular(noun, vocab), ""
        built = _built_name_after(text, at, until, c, vocab)
        if built:
            return built, ""  # "The 1,035-km (643-mile) China-Laos Railway": its length
        noun = _adjective_noun(text, at, until, vocab) or (_money_in(text, until, vocab) if c["kind"] == "money" else "")
        if noun and c["kind"] == "money" and noun.rsplit(" ", 1)[-1] in fv.built_things:
            return "cost", ""  # "the £15.2 million library": what the library cost
        if noun and c["kind"] == "measure" and dimension_of(c.get("unit") or "", vocab) == "[length]" and (
                built := built_length(noun.split()[0], vocab)):
            return built, ""  # "the 1,053-kilometre railway": its length
        if noun:
            return fv.property_of.get(noun) or fv.noun_measure.get(noun) or noun, ""
        word = _subject_word(_SUBJECT_NOUN.search(text[:at]), text, vocab)
        if word and not (c["kind"] == "measure" and word in RECORD_WORDS):
            # ("set a record of 35.1°C": a temperature; "a total of $400 million": no total)
            noun = singular(word, vocab)  # ("winds of 175 mph": wind; never "they were", "had stood at")
            named = fv.property_of.get(noun) or fv.noun_measure.get(noun)
            if not named and noun not in _EXTREMES and word in text[:at] and _dimension_measure(
                    c.get("unit") or "", vocab) == "temperature":
                return "temperature", ""  # "The water was about 29 °F": its temperature, as "Water temperature:"
                # (not "lows of -5 °C": a low is no high; nor a place's, "Phoenix hit 118 °F", as before)
            return named or noun, ""
        return _dimension_measure(c.get("unit") or "", vocab) or (
            acting_verb(text, at, verbs, vocab, c["kind"] == "duration" and "-" not in text[at:until])
            if c["kind"] in ("measure", "duration") else ""), ""  # (not "for three-month Libor": an adjective)
    if c["kind"] == "count":
        if _AGE_BEFORE.search(text, 0, at) or _AGE_AFTER.match(text, until):
            return "age", ""  # "My father was nine when he watched", "aged 9", "nine years old"
        return (acted_after(text, until, verbs, fv)  # "eleven were killed and 16 were injured": 16 injured
                or _concept(text, at, until, verbs, vocab, cache, nouns=True) or _noun_of(text, at, vocab)
                or nearest_property(text, at, until, "count", vocab, cache)), ""  # ("its population was 12,000")
    if c["kind"] in ("date", "date_range"):  # an event: its concept ("lifted off" -> launch), else its verb
        if _ANNIVERSARY.search(text):
            return "anniversary", ""  # "the anniversary of the opening in 2017": no date of the opening
        if _AS_OF.search(text, max(0, at - 16), at):
            return "", ""  # "totals as of 14 November 2022": the date figures are counted to, no event
        event = _EVENT_OF.search(text, max(0, at - 30), at)
        if event and event.group(1).lower() in _PART_OF_TIME:
            return "", ""  # "by the end of September 2007": a time another figure is of, no event
        if event and event.group(1).lower() not in vocab.stop_words:  # "after the crash of June 1, 2009"
            noun = singular(event.group(1).lower(), vocab)
            return fv.noun_measure.get(noun, noun), ""
        on = _NOUN_ON.search(text, max(0, at - 60), at)
        if on:  # "recovered after the government's first statement on 18 January": the statement's day
            return fv.noun_measure.get(on.group("n"), on.group("n")), ""
        verb = event_verb(text, at, verbs)  # ("reopened on 7 December": the reopening, as a label names it)
        if verb in fv.speech_verbs:
            return "", ""  # "the ministry said on Tuesday that 40 people died": when it spoke, not when they died
        act = last_act(verbs, at)
        return _concept(text, at, until, verbs, vocab, cache, before_first=True, nouns=True,
                        since=act[0] if act else 0) or fv.event_noun.get(verb, verb), ""
        # ("opened in 1990 and closed on 5 May 2001": the closing's date, never the opening's)
    return "", ""


_COUNTED_AND = regex.compile(r"\s+and\s+([a-z]+)\b(?![\w-]|\s*[\d,])")
"""A second counted noun "and" joins to a figure's ("50 states and territories", "2,000 homes and businesses")."""


def _noun_of(text: str, at: int, vocab: Vocabulary) -> str:
    """The noun a bare count is "a ... of" ("with a gross tonnage of 219,079": gross tonnage; "a population
    of 1.4 million"), never a word of quantity or change ("a total of", "a loss of"); "" when none."""
    m = _NOUN_OF.search(text, max(0, at - 48), at)
    if m is None:
        return ""
    words = m.group("np").lower().split()
    if words[-1] in _NOT_A_MEASURE or any(w in vocab.stop_words for w in words):
        return ""
    return " ".join(words[:-1] + [singular(words[-1], vocab)])


def _phrase_from(text: str, at: int, until: int, fv) -> str:
    """The measure a phrase names that opens inside a figure's quote and runs past it ("1,960 passengers and
    crew": people aboard, not passengers)."""
    if fv.phrase_measure is None:
        return ""
    m = fv.phrase_measure.search(text, at, until + 40)
    return fv.phrase_names[int(m.lastgroup[1:])] if m and at < m.start() < until < m.end() else ""


def _money_in(text: str, until: int, vocab: Vocabulary) -> str:
    """What a sum is paid in ("$38 million in prize money", "$2 billion in damages": damage), singular."""
    m = _IN_NOUN.match(text, until)
    if m is None or m.group("words").split()[0] in _NOT_PAID_IN:
        return ""
    return _noun_words(m.group("words").split(), vocab)


def _adjective_noun(text: str, at: int, until: int, vocab: Vocabulary) -> str:
    """The noun a figure written as an adjective measures ("the 4,200-foot main span": main span; "a €15,000
    bonus": bonus), singular; "" when a name follows ("the 111-metre Saturn V") or the figure is no adjective."""
    if not (_AS_ADJECTIVE.search(text, at, until) or DETERMINER_BEFORE.search(text, max(0, at - 8), at)):
        return ""  # ("a €15,000 bonus", "the $3.9 billion budget": a determiner, the figure, its noun)
    after = _WORDS_AFTER.match(text, until)
    return _noun_words(after.group("words").split(), vocab, participles=True) if after else ""


_NOT_IN_NOUN = DETERMINERS | frozenset("it they he she we i you them him us below above beneath behind beyond".split())
"""Words that open a clause or a place of their own after a figure, never part of its noun ("a 70 m gash below
the waterline", "the $16.3 billion the government says it needs")."""


_NAME_AFTER = regex.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:[A-Z][\w'-]*\s+){0,3}(?P<head>[A-Z][a-z]+)\b")


def _built_name_after(text: str, at: int, until: int, c: dict, vocab: Vocabulary) -> str:
    """The length (or height) a length written as an adjective gives a named built thing ("the 1,035-km China-Laos
    Railway", "the 828-metre Burj Khalifa Tower"); "" when no such name follows."""
    if c["kind"] != "measure" or not (_AS_ADJECTIVE.search(text, at, until) or DETERMINER_BEFORE.search(
            text, max(0, at - 8), at)) or dimension_of(c.get("unit") or "", vocab) != "[length]":
        return ""
    m = _NAME_AFTER.match(text, until)
    head = m.group("head").lower() if m else ""
    return built_length(head, vocab)


def _noun_words(words: list, vocab: Vocabulary, participles: bool = False) -> str:
    """The noun phrase that opens ``words``, its head singular: the words up to a stop word or a verb (and
    with ``participles``, a word in "-ed": "the 5,000-tonne ship sank")."""
    kept = []
    for word in words:
        if word in vocab.stop_words or word in vocab.verbs or word in vocab.frames.verbs or (
                participles and word.endswith("ed")) or word in _NOT_IN_NOUN:
            break
        kept.append(word)
    return " ".join(kept[:-1] + [singular(kept[-1], vocab)]) if kept else ""


def _did(text: str, until: int, verbs: list, vocab: Vocabulary) -> str:
    """The verb right after a count of people that says what they did ("twelve men walked on the Moon": walk),
    "" for a verb that only states a level, or a speaker's."""
    m = ACTED.match(text, until)
    verb = next((base for start, _, base in verbs if start == m.end()), "") if m else ""
    fv = vocab.frames
    return "" if verb in fv.neutral_verbs or verb in fv.reporting_verbs or verb in ("be", "have", "do") else verb
