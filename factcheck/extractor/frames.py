"""Claim frames: what a figure measures, its verb, the names around it, its role and its time.

Read once at extraction from the claim's clause (no later stage reads text
again): ``frame_for`` turns a claim's fields, its spans and its scope phrase
into a ``model.Frame``.  Cheap by design -- a few anchored regexes and
dictionary look-ups per claim; verbs are lemmatised with simplemma.
"""
from __future__ import annotations

from typing import Optional

import regex

from ..model import Frame
from ..vocab import Vocabulary
from .chinese import chinese_frame_words, chinese_measure, chinese_qualifiers, has_perfect_marker
from .dates import WEEKDAYS
from .frame_expectations import earlier_record, expected
from .frame_labels import find_label, in_a_label, label_time, read_label, sheet_names
from .frame_apposed import appositive_measure
from .frame_measures import changed_measure, measure_of
from .frame_names import TOKEN, antecedent_names, clause_names
from .frame_properties import property_after_opener
from .frame_qualifiers import PART_OF_THEM, WHOLE, names_a_day_or_month, narrowings, qualifiers_of, repeat_of_event
from .frame_role import role_of
from .frame_subjects import built_thing_after, clause_subject, previous_subject, works_dated
from .frame_verbs import predicate_of, states_now
from .measures import per_number, unit_at
from .nouns import lemma, singular
from .periods import TimeOf, fiscal_time, gapped_year, named_year, time_of
from .scopes import ScopeMatch, possessive, right_after
from .wordtest import clause_words, in_clause, may_hold, written

_REMAINING_AFTER = regex.compile(r"\s+(?:left|remaining|to go|to play|still to (?:play|come|go))\b")
"""Words after a count that make it what is left of something ("two games left")."""
_NOUN_RIGHT_BEFORE = regex.compile(r"\b(?:a|an|the|its|their)\s+([a-z]{3,})\s+$")
_POSITION_AFTER = regex.compile(r"\s+(?:below|above|beneath|under|underground|deep|high|tall|long|wide|across)\b")
"""A noun, a measurement and where it lies ("a refuge 688 metres below the surface"): the noun is measured."""
_SUCCESSORS = frozenset("replacement successor".split())
"""Subjects that are the new one of their kind."""
_CONTINUATION = regex.compile(r"(?:from|with|including|across|over|after|among)\s")
"""A clause of no verb that goes on with the one before it ("has grossed $1.04 billion so far, from 60 shows"):
its figures are told with that clause's verb, so their cues ("so far", a perfect verb) are read in the sentence
up to them."""
_RUNNING_TO = regex.compile(r"(?i)\b(?:rose|risen|climbed|jumped|increased|grew|mounted|soared|swelled)\s+to\s+"
                         r"(?:(?:about|around|nearly|almost|at\s+least|more\s+than|over)\s+)?$")
"""A count a running total has reached ("the death toll rose to 39"): a count to date, never a final one."""
_RATE_LABEL = regex.compile(r"(?i)\b(?:(?:daily|hourly|weekly|monthly)(?!\s+(?:basis|briefing|newspaper|paper|press|mail|"
                            r"report|update|news)\b)|per (?!cent\b|centum\b)(?P<what>[a-z]+))\b")
"""A rate's word before a figure ("Daily visitor limit: 30,000"), never "per cent" or "its daily report"."""
_CHANGE_VERBS = frozenset("lose gain add cut reduce increase decrease drop fall rise grow shrink decline raise lower "
                          "shed".split())
_APPOSITIVE_OF = regex.compile(
    r"(?i)\s*(?:the|a|an|its|their|this|that)\s+(?:[a-z][a-z-]*\s+)?(?P<head>[a-z][a-z-]*)\s*,\s*$")
"""A sentence opening with a noun phrase and a comma, the figure's clause set off after it ("The canal, 193 km
long,")."""
_PART_OF_YEAR = regex.compile(
    r"(?i)(?<![\w-])(?:quarterly|(?:first|second|third|fourth|final|last|latest|holiday|march|june|september|"
    r"december)[- ]quarter|(?:for|in|during|over|of) the (?:\w+ )?quarter|half-year(?:ly)?|(?:first|second) half "
    r"of the year)(?![\w-])")
"""A clause's figure speaks of a quarter or a half of a year."""
_WHOLE = regex.compile(r"(?i)\s+(?:[a-z]+\s+){0,6}(?:worldwide|globally|nationwide|nationally|in total|overall)\b")
"""A figure stated for the whole ("25,000 employees worldwide") beside one for a part ("in Europe")."""
_THERE = regex.compile(r"\s+(?:\w+\s+)?(?:there\b(?!\s+(?:is|are|was|were|will|have|has|had)\b)|(?:on|in|across)\s+the\s+"
                       r"(?:island|islands|country|city|town|state|territory|region|province|capital|archipelago)\b)")
"""A figure placed "there": in the place its sentence named before it."""
_PASSIVE = regex.compile(r"(?i)\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b")
_PLACE_NAMED = regex.compile(r"\b(?:in|at|near|off|across|into|over|struck|hit|battered|reached)\s+(?:the\s+)?"
                             r"(?:[a-z]+\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")
_PER_WHAT = regex.compile(r"(?i)\s*(?:per|a|an|each|every)\s+(?P<what>(?:square\s+|sq\.?\s*|cubic\s+)?[^\W\d][\w²³]*(?:-[^\W\d]+)?)")
"""What a rate is per ("per square kilometre", "a day")."""
_PER_PERIOD_CLUES = ("day", "wee", "month", "hour", "ght", "ly")
_WHOLE_CLUES = ("world", "global", "nat", "total", "overall", "ogether", "ombined")
_TOGETHER = regex.compile(r"(?i)\b(?:together|combined|worldwide|global)\b")
_PER_PERIOD = regex.compile(
    r"(?i)(?:\b(?:each|every|per)\s+|(?<=\d)\s*/\s*|(?<!\b(?:in|within|for|over|than|about|only|just|on)\s+)\ban?\s+)"
    r"(?P<p>day|week|month|hour|night)\b"
    r"(?!\s+(?:after|before|later|earlier|ago|or|and|of|to)\b)|\b(?P<adj>daily|weekly|monthly|hourly|nightly)\b(?!\s+(?:basis|briefing|newspaper|paper|press|mail|report|update)\b)")
"""A clause's figures counted per day, week, month or hour ("112,000 vehicles cross it each day", "$15/hour",
"£9 an hour")."""
_BARE_DATE_CLAUSE = regex.compile(r"(?i)\s*(?:on|by|until)\s+")
"""A clause that holds nothing but "on" and its date ("..., on 22 August 2010, ..."): the sentence tells the
event (a dateline, "BERLIN, Sept. 16, 2018 (Wire)", has no "on" and dates no event)."""
_EVENT_BEFORE = regex.compile(r"(?i)\s*(?:(?:on|in|during)\s+)?(?:the|its|their|this)\s+(?:(first|second|third|last|"
                              r"final|maiden|opening)\s+)?([a-z]+)\s*,\s*$")
"""A sentence opening with the event a date in commas dates ("The sinking, on 7 May 1916, ...", "On its first
flight, on April 19, ...")."""
_PER_ADJECTIVE = {"daily": "per day", "weekly": "per week", "monthly": "per month", "hourly": "per hour",
                  "yearly": "per year", "annual": "per year", "nightly": "per day"}
_ONE_NARROWING = {**_PER_ADJECTIVE, "at peak": "maximum", "at the peak": "maximum", "at height": "maximum",
                  "at the height": "maximum"}
"""Narrowings written two ways, as one ("daily": "per day"; "Evacuees at the peak:", "At the peak, ...": maximum)."""
_SHARE_NOUN = regex.compile(r"(?i)\bshare\s+of\s+(?:the\s+|all\s+)?(?P<noun>[a-z]{3,})\b")
"""What a share before a figure is of ("its share of the vote slipped to 32%")."""
_NTH_EVENT_BEFORE = regex.compile(r"(?i)\b(?:on|in|during)\s+(?:the|its|their|his|her)\s+(\d+(?:st|nd|rd|th)|second|"
                                  r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+([a-z]+)\s+"
                                  r"(?:on|in)\s+$")
"""One occurrence of a series of events right before its date ("on its 72nd flight on Jan. 18")."""
_CALLED_OFF = regex.compile(r"(?i),?\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:later\s+|then\s+|eventually\s+)?"
                            r"(?:called\s+off|cancell?ed|postponed|scrapped|abandoned|delayed|put\s+off|pushed\s+back)")
"""An event its date's sentence says did not happen then ("the opening of June 3, 2012 was called off")."""
_WHICH_EVENT_BEFORE = regex.compile(r"(?i)\b(planned|proposed|original|scheduled|expected|former|previous)\s+"
                                   r"[a-z]+\s+(?:date\s+)?(?:in|on|for|of|by)\s+$|\b[a-z]+\s+(?:originally\s+|first\s+)?"
                                   r"(planned|scheduled|expected|proposed|set)\s+(?:for|in|on|by)\s+$"
                                   r"|\b(?:(postponed|delayed|rescheduled|moved|pushed\s+back)\s+(?:un)?to)\s+$")
"""Which one of its kind an event a date follows is ("a planned opening in the summer of 2017", "an opening
planned for October 2011", "postponed to 3 June 2012": planned)."""
_GAPPED_AT_START = regex.compile(r"\s*(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+")
_GAPPED_NEXT = regex.compile(r"(?:\s*\([^()]{0,30}\))?(?:\s+(?:on|in|at)\s+[\w ]{1,20}?)?\s*,?\s+and\s+"
                             r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+(?:[$€£]\s?)?\d")
"""A name and a figure right after a figure ("... 116F on Monday and Seattle 108F"): the next figure's name."""
_GAPPED = regex.compile(r"(?:,|\band|\bby|\bthen)\s+(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+(?:with\s+)?$")


def frame_for(norm: str, c: dict, clause: tuple[int, int], sentence: tuple[int, int],
              scope: Optional[ScopeMatch], vocab: Vocabulary, cache: Optional[dict] = None) -> Frame:
    """The frame of one claim (``c``: the claim's fields as the extractor holds them; ``cache``: what one
    text's claims share, such as the verbs and cues of a clause)."""
    fv = vocab.frames
    if fv is None or c["kind"] == "identifier":
        return Frame()
    start, end = c["start"], c["end"]
    text = norm[clause[0]:clause[1]]
    at, until = start - clause[0], end - clause[0]
    cache = {} if cache is None else cache
    predicate, verbs = predicate_of(text, at, until, vocab, cache)
    found = find_label(norm, sentence[0], start)
    label = read_label(found.group("label"), c["kind"], c.get("counted") or "", vocab, c.get("unit") or "") if found else None
    measure, who = measure_of(c, text, at, until, verbs, vocab, cache)
    if not measure and c.get("unit") == "year" and norm[start - 2:start] == ", " and norm.startswith(",", end):
        measure = "age"  # "Jane Smith, 45, was arrested": the clause is the bare number
    bare = not (measure or label) and c["kind"] == "date" and _BARE_DATE_CLAUSE.fullmatch(text, 0, at)
    if bare:
        whole = norm[sentence[0]:sentence[1]]  # "The miners were found alive 17 days later, on 22 August 2010, when"
        w_at, w_until = start - sentence[0], end - sentence[0]
        verb, verbs = predicate_of(whole, w_at, w_until, vocab, cache)
        event, who = measure_of(c, whole, w_at, w_until, verbs, vocab, cache)
        named = _EVENT_BEFORE.fullmatch(norm, sentence[0], clause[0])  # "The sinking, on 7 May 1916, helped ..."
        named = named and (vocab.frames.noun_measure.get(singular(named.group(2).lower(), vocab))
                           or vocab.frames.verb_measure.get(lemma(named.group(2).lower()))
                           or (named.group(1)
                               and f"{named.group(1).lower()} {singular(named.group(2).lower(), vocab)}"))
        # ("On its first flight, on April 19, it climbed ... and set down": the first flight's day)
        bare = not named and (event in (verb, vocab.frames.verb_measure.get(verb))  # its own verb, not a noun
                              or bool(event) and event == _verb_phrase_event(whole, vocab))  # ("Maria came ashore")
        if bare or named:  # ("fireworks at the opening ceremony of the bridge, taken in Komarna, on July 26": none)
            predicate, measure = verb, named or event  # (the sentence's names are the event's only through its verb)
    if c["kind"] in ("date", "date_range") and (works := works_dated(text, at, vocab)):
        measure = works  # "a refurbishment completed in 2016": the refurbishment's date, not the tower's completion
    apposed = -1  # where the noun phrase a figure in commas gives the value of opens (-1: none)
    if not (measure or label):  # "At 57.1 kilometres, it is the longest railway tunnel": length
        measure = property_after_opener(norm, sentence, c, vocab, cache)
        if not measure:  # "the cost of the rebuild, about NZ$40 billion, was ...": cost
            measure, apposed = appositive_measure(norm, c, clause, sentence, vocab, cache)
    measure = (label and label.measure) or measure
    predicate = (label and label.predicate) or predicate
    time = cache.get(("time", scope))
    if time is None:  # (the claims of a sentence share its scope)
        time = cache[("time", scope)] = time_of(scope, vocab)
    fiscal = fiscal_time(text, at, until) if scope is None and not (found and label.year) else None
    if found and scope is None and label.year:  # "Total net sales, fiscal 2022: ...", "CPI, October 2022: ..."
        time, scope_text = label_time(label), label.day or str(label.year)
    elif fiscal:  # "revenue of $394.3 billion in fiscal 2022"
        time, scope_text = fiscal
    elif (scope is None or scope.end <= clause[0]) and c["kind"] not in ("date", "date_range") and (
            named := named_year(norm, text, at, until, start, (apposed, clause[0]), scope is None)):
        time, scope_text = named  # "The 2023 edition drew 1.5 million visitors"
    else:
        scope_text = scope.text if scope else ""
    before = norm[max(clause[0], start - 48):start]
    after = norm[end:min(clause[1], end + 48)]
    role = role_of(c, norm[start:end], before, after, vocab)
    if role == "previous" and scope and scope_text == scope.text and not right_after(norm, end, scope):
        time, scope_text = TimeOf(), ""  # "In 2018 visitors rose 25% from 8.1 million": 2018 is the new figure's
    if not measure and role == "change" and (time.period or (
            time.relative and time.relative[0] not in ("per_year", "now"))):
        # "Revenue rose 5% in 2023": revenue's change that year
        measure = changed_measure(text, at, vocab)  # (with no period, a change of any day: "shares fell 3%")
    if label and label.predicate in _CHANGE_VERBS and role == "level":
        role = "change"  # "Height lost: 1,314 ft", "Seats gained: 48": a change, not a level
    if c["kind"] == "percent" and measure == "share":
        share = _SHARE_NOUN.search(text, 0, at)
        if share and share.group("noun").lower() not in vocab.stop_words:  # "its share of the vote slipped to 32%"
            measure, role = singular(share.group("noun").lower(), vocab), "share"
    last = cache.get("last")
    if not measure and last and last[0] == sentence and last[4] == c["kind"] and (
            role in ("change", "previous") or (role == "level" and last[5] == "previous" and start - last[1] < 40)
            or (role == "level" and gapped_year(before))):
        measure = last[2]  # "won 365 seats, a net gain of 48", "Turnout was 68.7%, up from 62.6%": the figure before
        # ("Its population grew from 5,000 to 12,000": the new value is of what the earlier one was)
    rate_word = _rate_label(found.group("label") if found else before)
    if role == "level" and rate_word and (found or rate_word.group()[0].islower()) and c["kind"] not in (
            "date", "date_range"):  # (not "The Daily Mail"; a date is never a rate)
        role = "rate"  # "Daily visitor limit: 30,000", "Earnings per share for the quarter were $1.46"
    aggregation = time.aggregation
    continued = not predicate and clause[0] > sentence[0] and _CONTINUATION.match(text)
    perfect, yearly, cumulative = _clause_cues(norm[sentence[0]:clause[1]] if continued else text, vocab, cache)
    if yearly:
        aggregation = "flow"
        if scope is None:  # "80,000 a year": a flow over any one year
            time = TimeOf(relative=("per_year", 1.0), aggregation="flow")
    elif aggregation == "flow" and perfect and time.relative and time.relative[0] == "years_back":
        aggregation = "cumulative"  # "in the past nine years, 140 countries have signed": a level as of now
    elif aggregation == "flow" and (perfect or cumulative) and time.relative == ("year_offset", 0.0):
        aggregation = "cumulative"  # "so far this year, 120 people have died": a count of the year to date
    elif aggregation == "" and not (scope and scope.kind == "vague") and (cumulative or perfect):
        # ("in recent years ... has handled": a count over a vague span, not a level)
        aggregation = "cumulative"
    elif aggregation == "" and c["kind"] == "count" and measure and "to " in before[-24:] and _RUNNING_TO.search(
            before):
        aggregation = "cumulative"  # "the death toll rose to 39 on Tuesday": a running count, as of then
    elif aggregation == "" and scope is None and measure and c["kind"] in ("count", "money", "percent") and (
            states_now(text, at, predicate)):  # (not a measurement: "The tower is 828 m tall" stays one height)
        aggregation = "level"  # "The company has 10,000 employees": a level as of the document's date
    state = measure.rsplit(" ", 1)[-1] in vocab.frames.states  # (of a part too: "the urban population")
    if aggregation == "cumulative" and (state or c["kind"] == "percent"):
        aggregation = time.aggregation and "level"  # a state is never a running total ("since 1957, 330 m tall")
    names_key = ("names", sentence if bare else clause, sentence)
    entities = cache.get(names_key)
    if entities is None:  # every claim of a clause has its names (a date alone in its clause, its sentence's)
        entities = cache[names_key] = clause_names(norm, names_key[1], sentence, vocab)
    there = _there(norm, c, clause, sentence)
    narrowed = narrowings(norm, clause, sentence, cache) if c["kind"] not in ("date", "date_range") else []
    qualifiers = qualifiers_of(norm, c, before, clause, sentence, there, narrowed, vocab) + chinese_qualifiers(
        norm, start, clause[0], vocab)
    if aggregation == "cumulative" or time.period or state or (
            predicate in vocab.frames.reporting_verbs):  # "so far ... on Saturday", "reported … on Thursday",
        # "in 2023 ... on Wednesday", "approved a budget of $4.2 billion on Tuesday": the day it was reported or
        # decided, not the day of an event (a state has no day of its own)
        qualifiers = tuple(q for q in qualifiers if q.split()[-1] not in WEEKDAYS)
    if possessive(scope_text) or (time.period and time.period[0][:7] == time.period[1][:7]):
        # "April's peak of 14.7% ... the 3.6% recorded in February", "... 4.25% in December 2022": its own month
        qualifiers = tuple(q for q in qualifiers if not names_a_day_or_month(q))
    if who and not label:
        qualifiers += (who,)  # "eleven workers lost their lives": deaths, of workers
    if last and last[0] == sentence and last[4] == "count" and not c.get("counted") and PART_OF_THEM.match(
            norm, end, clause[1]):  # "Health workers: 881 were infected and 315 of them died": of the health
        qualifiers += tuple(q for q in last[6] if q.split()[0] not in vocab.frames.place_prepositions)  # workers
    if c["kind"] not in ("date", "date_range") and earlier_record(norm, sentence[0], start, before):
        qualifiers += ("previous",)  # "breaking the league's record of 34 goals": the record before, not his tally
    if _REMAINING_AFTER.match(norm, end):
        qualifiers += ("remaining",)  # "on 77 points with two games left": not the games played or won
    if expected(norm, sentence[0], start, text, at, until, predicate, cache):
        qualifiers += ("forecast",)  # "the exit poll had projected a majority of 86": not the majority won
    if c["kind"] not in ("date", "date_range") and in_clause(_PART_OF_YEAR, text, cache, ("quarter", "half")):
        qualifiers += ("part of a year",)  # "fourth-quarter revenue", "for the quarter": not the year's figure
    if c["kind"] == "date" and (again := repeat_of_event(text)):
        qualifiers += (again,)  # "Harvey came ashore for a second time ... on Wednesday": not its first landfall
    if c["kind"] in ("count", "money", "measure", "percent") and in_a_label(norm, start, end):
        qualifiers += ("threshold",)  # "Year the population falls below 100 million: 2056": no population's level
    gapped = None
    if c["kind"] == "count" and not c.get("counted"):  # (a clause may open with the name: ", Sierra Leone 3,956")
        gapped = _GAPPED.search(before) or (_GAPPED_AT_START.fullmatch(before) if clause[0] >= start - 48 else None)
    if gapped and gapped.group("name").split()[0].lower() not in vocab.frames.not_entities:
        entities = (gapped.group("name").lower(),)  # "Liberia recorded 4,809 deaths, Sierra Leone 3,956"
        if not measure and last and last[0] == sentence and start - last[1] < 40 and last[4] == "count":
            measure, predicate = last[2], last[3]  # (the figure before it in the list)
    else:
        gapped = None
    next_one = _GAPPED_NEXT.match(norm, end, clause[1]) if entities else None
    if next_one:  # "Portland reached 116F (46.7C) on Monday and Seattle 108F": Seattle is the next figure's
        entities = tuple(e for e in entities if e != next_one.group("name").lower())
    if "part of a stated total" in qualifiers and not label:  # "The Conservatives took 365 of the 650 seats
        entities = clause_names(norm, (clause[0], start), sentence, vocab)  # in the House of Commons": the whole's
    if label:
        entities, qualifiers = label.entities, (label.qualifiers if label.measure or label.record else qualifiers)
    elif not entities and not gapped:
        entities = sheet_names(norm, sentence[0], vocab) or antecedent_names(norm, clause, sentence, vocab)
    daily = in_clause(_PER_PERIOD, text, cache, _PER_PERIOD_CLUES) if role == "level" and c["kind"] in (
        "count", "money", "measure") else None  # (a price per unit of measure is a rate already: see role_of)
    if daily:  # "About 112,000 vehicles cross it each day": so many per day
        role = "rate"
        qualifiers += ("per " + (daily.group("p") or _PER_ADJECTIVE[daily.group("adj").lower()][4:]).lower(),)
    denominator = per_number(after, vocab.scales) if role == "rate" else ""
    if denominator:  # "5.3 per 100,000 people" is not "53 per million"
        qualifiers += (denominator,)
    per = _PER_WHAT.match(after) if role == "rate" and not denominator else None
    per_label = rate_word if found and role == "rate" and not per else None  # (read from the label when found)
    if per_label and per_label.group("what"):  # "Passengers per train: 1,500"
        qualifiers += ("per " + singular(per_label.group("what").lower(), vocab),)
    if per:  # "382 people per square kilometre" is not "990 people per square mile"
        what = per.group("what").lower()
        found_unit = unit_at(what.replace("-", "_"), 0, vocab) if "-" in what else None
        found_unit = found_unit if found_unit and found_unit[2] == len(what) else unit_at(what, 0, vocab)
        qualifiers += ("per " + (found_unit[0] if found_unit else singular(what.split()[0], vocab)),)
    qualifiers = tuple(dict.fromkeys(_ONE_NARROWING.get(q, q) for q in qualifiers))  # "daily": "per day"
    if not entities and there:
        entities = (there,)  # "Maria struck Dominica, killing 65 people on the island"
    if c["kind"] not in ("date", "date_range") and WHOLE not in qualifiers and written(text, _WHOLE_CLUES, cache) and (_WHOLE.match(
            norm, end, min(clause[1], end + 50)) or _TOGETHER.search(text, 0, at)):
        qualifiers += (WHOLE,)  # "25,000 employees worldwide", "$400 million in total", "Together the two ... fly"
    if not (predicate and entities):  # a Chinese clause: its verb and names through the glossary
        zh_predicate, zh_names = chinese_frame_words(norm, start, end, clause, vocab)
        predicate, entities = predicate or zh_predicate, entities or zh_names
        if not measure or measure in vocab.frames.generic_heads:  # 120人死亡: deaths, not a count of people;
            measure = vocab.frames.verb_measure.get(zh_predicate) or chinese_measure(  # 全长55公里: a length
                norm, start, end, clause[0], c["kind"], vocab) or measure
    if c["kind"] not in ("date", "date_range") and measure:
        cache["last"] = (sentence, end, measure, predicate, c["kind"], role, qualifiers)
    subject, which = clause_subject(text, at, c.get("counted") or "", entities, vocab, cache,
                                    norm[sentence[0]:clause[0]]) if not label else (label.subject, "")
    if not label and measure in ("length", "height") and (built := built_thing_after(norm, start, end, vocab)):
        subject = built  # "a 4-km tunnel and a 300-metre bridge": the tunnel's length, then the bridge's
    if not subject and not label and c["kind"] == "measure":  # "a refuge 688 metres below the surface"
        placed = _NOUN_RIGHT_BEFORE.search(norm, max(clause[0], start - 40), start)
        if placed and _POSITION_AFTER.match(norm, end) and placed.group(1).lower() not in vocab.stop_words:
            subject = vocab.frames.noun_class.get(placed.group(1).lower(), placed.group(1).lower())
    if not subject and not label and c["kind"] == "measure" and at < 3:  # "The canal, 193 km long, earned ...":
        aside = _APPOSITIVE_OF.match(norm, sentence[0], clause[0])  # an aside on the noun that opens the sentence
        if aside and aside.group("head").lower() not in vocab.stop_words:
            head = singular(aside.group("head").lower(), vocab)
            subject = cache[("aside", clause)] = vocab.frames.noun_class.get(head, head)
    if not subject and not label and c["kind"] == "measure":  # "A sunshield, 21.2 m long and 14.2 m wide,": both
        subject = cache.get(("aside", clause), "")  # figures of the aside are the sunshield's
    if not subject and not label:  # "Built in 1967, it had a total length of 1,182 m": what "it" is
        subject = previous_subject(norm, sentence, text, at, vocab, cache)
    if subject in _SUCCESSORS:
        which = which or "new"  # "A replacement ... It opened on 3 August 2020": the new one, not the old
    if not which and c["kind"] in ("date", "date_range") and _CALLED_OFF.match(norm, end, sentence[1]):
        which = "planned"  # "the grand opening of June 3, 2012 was called off": an opening that never came
    if not which and c["kind"] in ("date", "date_range") and (event := _WHICH_EVENT_BEFORE.search(text, 0, at)):
        which = "planned" if event.group(3) else (event.group(1) or event.group(2)).lower()  # "a planned opening
        # in the summer of 2017", "postponed to 3 June 2012": not the opening that came
    if c["kind"] in ("date", "date_range") and (nth := _NTH_EVENT_BEFORE.search(text, max(0, at - 40), at)):
        measure = f"{nth.group(1).lower()} {singular(nth.group(2).lower(), vocab)}"  # "a landing on its 72nd
        # flight on Jan. 18": the day of that flight, not of the landing the mission is known for
    if which:
        qualifiers += (which,)  # "the old stadium held 45,000" beside "the new stadium holds 60,000"
    if vocab.frames.alias_of:
        entities = _canonical_names(entities, vocab.frames.alias_of)
    if not measure and subject and c["kind"] in ("money", "percent", "measure", "duration") and (
            predicate in vocab.frames.neutral_verbs or _PASSIVE.search(text, 0, at)):
        measure = subject  # "Insured losses were estimated at $10 billion" (never "Organisers expected ...")
    return Frame(
        measure=measure, predicate=predicate, entities=entities, qualifiers=qualifiers, role=role,
        aggregation=aggregation, time=scope_text or yearly,
        period=time.period, as_of=time.as_of, relative=time.relative, subject=subject,
    )


def _canonical_names(names: tuple, alias_of: dict) -> tuple:
    """Names with each word that stands for another read as that word ("french federation" -> "france
    federation", "tories" -> "conservative")."""
    if not any(w in alias_of for n in names for w in n.split()):
        return names
    return tuple(" ".join(alias_of.get(w, w) for w in n.split()) for n in names)


def _rate_label(text: str):
    """``_RATE_LABEL.search(text)``, after a test for "ly" (daily ... monthly) or "per "."""
    low = text.lower()
    return _RATE_LABEL.search(text) if "ly" in low or "per " in low else None


def _clause_cues(text: str, vocab: Vocabulary, cache: dict) -> tuple[bool, str, bool]:
    """(present perfect?, the yearly cue as written or "", a cumulative cue?) of a clause, read once per clause."""
    key = ("cues", text)
    found = cache.get(key)
    if found is None:
        fv = vocab.frames
        yearly = fv.flow_cues.search(text) if fv.flow_cues and may_hold(text, fv.cue_phrases.get("flow_cues"),
                                                                         cache) else None
        words = clause_words(text, cache)  # (no perfect auxiliary among the clause's words: no present perfect)
        perfect = (words is None or not words.isdisjoint(fv.perfect_auxiliaries)) and _perfect(text, fv)
        found = cache[key] = (
            perfect or has_perfect_marker(text, vocab), yearly.group() if yearly else "",
            bool(fv.cumulative_cues and may_hold(text, fv.cue_phrases.get("cumulative_cues"), cache)
                 and fv.cumulative_cues.search(text)))
    return found


def _perfect(clause: str, fv) -> bool:
    """A present-perfect verb in the clause ("has established relations with 181", "140 have signed")."""
    tokens = [t.lower() for t in TOKEN.findall(clause)]
    for i, t in enumerate(tokens[:-1]):
        if t in fv.perfect_auxiliaries:
            nxt = tokens[i + 1] if tokens[i + 1] not in ("now", "already", "so", "far", "since") else (
                tokens[i + 2] if i + 2 < len(tokens) else "")
            if nxt.endswith(("ed", "en")) or (nxt and lemma(nxt) != nxt and not nxt.endswith("s")):
                return True
    return False


def _verb_phrase_event(sentence: str, vocab: Vocabulary) -> str:
    """The event a verb phrase of a sentence names ("came ashore", "made landfall": landfall), "" for none or a
    phrase that opens with no verb."""
    fv = vocab.frames
    m = fv.phrase_measure.search(sentence) if fv.phrase_measure is not None else None
    return fv.phrase_names[int(m.lastgroup[1:])] if m and m.group().split()[0].lower() in vocab.verbs else ""


def _there(norm: str, c: dict, clause: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The place a figure placed "there" or "on the island" is in: the last its sentence named before it
    ("struck western Cuba ..., killing 3 people there": cuba), else ""."""
    if not _THERE.match(norm, c["end"], clause[1]):
        return ""
    places = list(_PLACE_NAMED.finditer(norm, sentence[0], c["start"]))
    return places[-1].group("place").lower() if places else ""
