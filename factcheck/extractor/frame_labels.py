"""Fact-sheet labels ("Deaths in Liberia: 4,809", "Conservative: 365 seats"): what a label says of its figure.

A label names a measure ("Goals scored" -> goal, scored), narrows it ("Tower height" -> height of the
tower; "Attendance at the final"), names what it is about ("Deaths in Liberia"), or is itself a name whose
figure carries its own noun ("Labour: 202 seats").  Cheap: a few regexes and look-ups per label.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..vocab import Vocabulary
from .dates import MONTHS
from .frame_measures import RECORD_WORDS, STATISTIC_SYNONYMS, TIME_AT_PLACE, agent_measure, time_at_place
from .frame_names import NAME, TOKEN
from .frame_properties import dimension_of, fits_unit, sum_of, sum_part
from .frame_qualifiers import THRESHOLD_WORDS, WHOLE
from .frame_subjects import DETERMINERS, EARLIER_ONES, WHICH_ONES, built_length, of_subject
from .nouns import is_plural, known_word, lemma, singular, verb_lemma
from .periods import TimeOf, month_end, year_span

LABEL = regex.compile(r"[ \t]*(?:[-*•][ \t]*)?(?P<label>(?:[A-Za-z]|[0-3]?\d[ \t]+(?=[A-Z][a-z]{2,8}\.?[ \t]+\d{4}\b))"
                      r"[^:;\n]{0,60}?)[ \t]*:[ \t]*$")
"""A label that ends right before a figure (matched from a line's start or from its last ';'); a day's date opens
one ("7 December 2022: 4.25%")."""
_BRACKETED = regex.compile(r"[ \t]*(?:[-*•][ \t]*)?(?P<label>[A-Za-z][^:;\n]{0,60}?)[ \t]*:[ \t]*[^:;()\n]{1,30}\([ \t]*$")
"""A label, a figure and an opening bracket right before a figure: the bracket restates the labelled thing."""
SHEET_LINE = regex.compile(r"[ \t]*[-*•][ \t]*(?P<label>[A-Z][^:;\n]{0,40}?)[ \t]*:")
"""A fact-sheet line's own label, wherever on the line the figure stands."""
_PLAIN_SHEET_LINE = regex.compile(r"[ \t]*(?P<label>[A-Z][^:;\n]{0,40}?)[ \t]*:[ \t]*[a-z]")
"""A fact-sheet line with no bullet whose label is followed by a word, then the figure ("Earlier Darfield
earthquake: magnitude 7.1")."""
_EXPECTATION_WORDS = frozenset("requirement required target targeted goal aim objective forecast projection projected "
                               "expected planned".split())
"""Label words that make its figure what was asked for or expected, never what came to be."""
_NAME_LINE = regex.compile(r"[ \t]*(?P<label>\p{Lu}[^:;\n]{0,40}?)[ \t]*:[ \t]*\d")
"""A line opening with a label and a figure ("Sergio Pérez: 2 wins, 285 points"): of what the label names."""
_CLAUSE_VERB = regex.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would)\b")
_YEAR = regex.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,])")
_MONTH_YEAR = regex.compile(
    rf"(?i)\b(?:(?P<day>[0-3]?\d)\s+)?(?P<month>{'|'.join(MONTHS)})\.?\s+(?:(?P<day2>[0-3]?\d),?\s+)?"
    r"(?P<year>1[89]\d\d|20\d\d)(?![\d.,])")
"""A month or a day a label names with its year ("CPI inflation, October 2022", "Policy rate on 1 January 2022")."""
_PART_YEAR = regex.compile(r"(?i)\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q|(?P<qw>first|second|third|fourth)\s+quarter"
                           r"(?:\s+of)?|H(?P<h>[12])|(?P<hw>first|second)\s+half(?:\s+of)?)\s*"
                           r"(?P<year>1[89]\d\d|20\d\d)(?![\d.,])")
"""A quarter or a half a label names with its year ("Revenue (Q3 2023)", "Sales, first half of 2024")."""
_PART_WORD = regex.compile(r"(?i)\b(?:Q[1-4]|[1-4]Q|H[12]|quarter|half)\b")
"""A part of a year a label names without its calendar months ("Q3 FY2024"): the label gives no year's time."""
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PARENTHESES = regex.compile(r"\([^)]*\)")
_PLACE = regex.compile(r"\b(?P<prep>in|across|outside)\s+(?:the\s+)?(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
_TAIL = frozenset("of in at on above below by for from to including excluding per during with within across outside "
                  "under over after before since between among into near beyond abroad overseas nationwide worldwide "
                  "when while where until because".split())  # ("Vessels queued when the canal reopened")
_NARROWING = frozenset("at on in above below by during within outside under over including excluding before "
                       "after".split())
_THRESHOLD = regex.compile(rf"(?i)\b(?:{'|'.join(THRESHOLD_WORDS)})\s+[^\s\d]{{0,2}}\d[^:;()\n]{{0,24}}")
"""A threshold in a label's tail ("at 40°C or above", "over 65"): the figure counts those past it."""
_COMMA = regex.compile(r",(?!\d{3}(?!\d))")
"""A comma that parts a label ("Deaths, Liberia"), not one inside a figure ("above 1,000 m")."""
_TIME_WORDS = frozenset("season year month week day quarter period fiscal date spring summer autumn fall winter "
                        "today now far".split())
_ARMS = frozenset("group arm cohort bracket".split())
"""Nouns that name one part of those counted ("in the vaccine group"): a narrowing that is a part, as in prose."""
_WHOLE = frozenset("total overall net gross all combined cumulative annual average mean official estimated "
                   "reported approximate whole entire".split())


@dataclass(frozen=True)
class LabelFrame:
    """What a label says: the measure (empty when the label is a name), a verb, names and narrowings."""

    measure: str
    predicate: str
    entities: tuple[str, ...]
    qualifiers: tuple[str, ...]
    year: int = 0
    """The one year the label names ("Deaths in the 2023 season"), else 0."""
    day: str = ""
    """The one month, day, quarter or half the label names with its year, in ISO ("2022-10", "2022-01-01",
    "2023-07/2023-09"), else ""."""
    subject: str = ""
    """The thing measured, when the label says of what ("Depth of the rescue shaft": shaft)."""
    record: bool = False
    """The label names only a record or a total of a measurement ("Previous UK record: 38.7°C"): its unit says
    what is measured, the label still which one."""


def find_label(norm: str, line_start: int, start: int):
    """The label right before a figure: from the line's start, else from its last ';' ("Host cities: 11;
    stadiums: 12"), or the label of the figure a bracket holding this one follows ("SPD: 25.7% (206 seats)");
    None when there is none."""
    m = LABEL.match(norm, line_start, start) or _BRACKETED.match(norm, line_start, start)
    if m is None:
        semi = norm.rfind(";", line_start, start)
        if semi >= 0:
            m = LABEL.match(norm, semi + 1, start)
    if m is not None and _CLAUSE_VERB.search(m.group("label")):
        return None  # "Health workers were among the hardest hit: 881 ...": a clause, not a label
    return m


def read_label(label: str, kind: str, counted: str, vocab: Vocabulary, unit: str = "") -> LabelFrame:
    """A label's measure, verb, names and narrowings (``counted``: the noun the figure counts, if any; ``unit``:
    its unit).  A label of a measurement that names only a record, a total or an estimate names no measure
    ("Scotland record: 35.1°C" measures a temperature, as prose does)."""
    fv = vocab.frames
    days = list(_MONTH_YEAR.finditer(label)) or list(_PART_YEAR.finditer(label))  # a month, day, quarter or half
    said = _PART_YEAR.sub(" ", _MONTH_YEAR.sub(" ", label)) if days else label  # with its year: the label's time
    text, *after = _COMMA.split(_PARENTHESES.sub(" ", said), 1)
    words = TOKEN.findall(text)
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _TAIL), len(words))
    head, tail = words[:cut], words[cut:]
    if counted and _is_name(head, kind, vocab) and singular(counted.split()[-1].lower(), vocab) not in {
            singular(w.lower(), vocab) for w in head}:
        return LabelFrame("", "", (" ".join(w.lower() for w in words),), ())  # "Labour: 202 seats"
    opening = _opening_name(head, vocab) or _opening_place(head, vocab)
    head = head[len(opening):] or head  # "Belt and Road partners": a name, then what is counted
    lower = [w.lower() for w in head]
    predicate = ""
    phrase = fv.phrase_measure.search(" ".join(lower)) if fv.phrase_measure is not None else None
    if len(lower) > 1 and _participle(lower[-1], vocab) and phrase is None:
        predicate = verb_lemma(lower[-1])
        if predicate not in fv.verb_measure:
            lower = lower[:-1]  # "Goals scored": goals, by the verb score
    measure, at = _measure(lower, kind, vocab, unit)
    built = ""  # the built thing whose length the label gives ("Undersea tunnel: 6.7 km": the tunnel)
    if lower and kind in ("measure", "number_range") and unit and not any(w.endswith("est") for w in lower) and (
            length := built_length(lower[-1], vocab)) and dimension_of(unit, vocab) == "[length]":
        measure, at = length, len(lower) - 1  # (not "Tallest pier (P2): 245 m", a superlative's own property)
        built = vocab.frames.noun_class.get(lower[-1], lower[-1])
    of_phrase = _up_to_preposition(tail)  # "of the refuge" in "Depth of the refuge below the surface"
    if kind in ("date", "date_range") and measure in ("date", "day") and len(lower) == 1:  # "Date of the theft"
        event = [w.lower() for w in of_phrase[1:] if w.lower() not in vocab.stop_words] if of_phrase[:1] == ["of"] else []
        if event:
            measure = fv.noun_measure.get(singular(event[-1], vocab), event[-1])
    qualifiers = []
    modifier = [STATISTIC_SYNONYMS.get(w, w) for w in lower[:at]  # (never a possessor: "Captain's sentence")
                if w not in _WHOLE and w not in vocab.stop_words and w not in DETERMINERS
                and not w.endswith(("'", "'s"))]  # (the text is normalised: every apostrophe is "'")
    if modifier:
        if is_plural(modifier[-1], vocab):
            modifier[-1] = singular(modifier[-1], vocab)
        qualifiers.append(" ".join(modifier))
    if "combined" in lower[:at]:
        qualifiers.append(WHOLE)  # "Combined employees: 20,300": the sum of named parts, none of them alone
    if _EXPECTATION_WORDS & {w.lower() for w in words}:
        qualifiers.append("forecast")  # "Sample mass requirement: 60 g", "Visitor target: 25 million": no outcome
    names = tuple(n.lower().rstrip("'") for n in NAME.findall(" ".join(words))[1:] if n.lower() not in fv.not_entities)
    if opening and len(head) < cut:
        names = (" ".join(w.lower() for w in opening),) + names
    place = _PLACE.search(" ".join(tail))
    if place:
        qualifiers.append(f"{place.group('prep').lower()} {place.group('place').lower()}")
        names = names or (place.group("place").lower(),)
    elif tail and tail[0].lower() in _NARROWING and not _YEAR.search(label) and (
            threshold := _THRESHOLD.search(text)):  # "Stations at 40°C or above: 7": those past a threshold
        qualifiers.append(" ".join(threshold.group().lower().split()))
    elif tail and tail[0].lower() in _NARROWING and not regex.search(r"[0-9]", label) and not any(
            w[0].isupper() for w in tail):  # "Attendance at the final"; not "Countries with relations with China"
        rest = [w.lower() for w in tail[1:] if w.lower() not in vocab.stop_words and w.lower() not in fv.not_entities]
        if rest and not set(rest) & _TIME_WORDS and tail[0].lower() != "during":  # ("Workers killed during
            # construction: 9" is the construction's toll, as prose writes it with no narrowing)
            words = [singular(w, vocab) for w in rest]
            arm = tail[0].lower() == "in" and words[-1] in _ARMS  # "Cases in vaccine group": one arm, as prose says
            qualifiers.append(" ".join(["among" if arm else tail[0].lower()] + words))
    after_comma = TOKEN.findall(after[0]) if after else []
    rest = " ".join(w.lower() for w in after_comma if w.lower() not in vocab.stop_words)
    if rest and all(w[0].isupper() for w in after_comma):
        names = names or (" ".join(w.lower() for w in after_comma),)  # "Deaths, Liberia: 4,809"
    elif rest and not _YEAR.search(label) and not set(rest.split()) & _TIME_WORDS:
        qualifiers.append(f"among {rest}")  # "Efficacy, adults 65 and over: 94%": a group, not everyone
    years = {int(y) for y in _YEAR.findall(label)} if days or not _PART_WORD.search(label) else set()
    subject = built or of_subject(of_phrase, counted, vocab) if measure and (of_phrase[:1] != ["to"] or (
        kind == "count" and not {w.lower() for w in of_phrase} & (_TIME_WORDS | {"date", "now"}))) else ""
    # ("Visitors to pre-sale exhibitions": of the exhibitions; not "Opened to traffic", "Confirmed deaths to date")
    if subject and kind not in ("date", "date_range"):
        qualifiers.append(f"of {subject}")  # "Height of observation deck": a part, not the whole building
    elif measure and of_phrase[:1] == ["of"] and "and" in (w.lower() for w in of_phrase) and kind not in (
            "date", "date_range"):  # "Cost of development and launch": the sum of those parts, not of all of them
        qualifiers.append(" ".join(w.lower() for w in of_phrase if w.lower() not in DETERMINERS))
    record = kind == "measure" and measure.rsplit(" ", 1)[-1] in RECORD_WORDS
    return LabelFrame("" if record else measure, predicate, names, tuple(dict.fromkeys(qualifiers)),
                      years.pop() if len(years) == 1 else 0, _iso_day(days[0]) if len(days) == 1 else "",
                      subject, record)


def _iso_day(m) -> str:
    """The ISO month or day a label's match names ("2022-10", "2022-01-01"), or the months of its quarter or half
    ("2023-07/2023-09")."""
    if "q" in m.groupdict():
        quarter = m.group("q") or m.group("q2") or _ORDINALS.get((m.group("qw") or "").lower())
        half = m.group("h") or _ORDINALS.get((m.group("hw") or "").lower())
        first, length = ((int(quarter) - 1) * 3 + 1, 3) if quarter else ((int(half) - 1) * 6 + 1, 6)
        return f"{m.group('year')}-{first:02d}/{m.group('year')}-{first + length - 1:02d}"
    month = MONTHS.index(m.group("month").lower()) + 1
    day = m.group("day") or m.group("day2")
    return f"{m.group('year')}-{month:02d}" + (f"-{int(day):02d}" if day and 1 <= int(day) <= 31 else "")


def _opening_name(head: list, vocab: Vocabulary) -> list:
    """The words of a name a label opens with, two or more capitalised ("Belt and Road partners", "Hong Kong
    visitors"; "and"/"of"/"the" may stand inside), or one no dictionary knows ("Verstappen points"), else none (a
    label's own capital is no name, nor a first word of the label's own: "Confirmed COVID-19 cases", "Total Apollo
    crew", "Annual revenue")."""
    run = []
    for i, w in enumerate(head):
        if i == 0 and (w.lower() in _LABEL_OPENERS or w.lower() in WHICH_ONES or _participle(w.lower(), vocab)):
            return []
        if w[0].isupper() or (run and w.lower() in ("and", "of", "the", "de")):
            run.append(w)
        else:
            break
    while run and not run[-1][0].isupper():
        run.pop()
    if len(run) == 1 and len(head) > 1 and "-" not in run[0] and not known_word(run[0]):
        return run  # "Verstappen points": a word no dictionary knows, then what is counted
    return run if sum(w[0].isupper() for w in run) >= 2 else []


def _opening_place(head: list, vocab: Vocabulary) -> list:
    """A label's first word when it is a place the vocabulary knows and a measure follows ("Wales record",
    "Scotland record"): the name the figure is of (one capital alone is otherwise the label's own)."""
    alias_of = vocab.frames.alias_of
    if len(head) < 2 or not head[0][:1].isupper():
        return []
    word = head[0].lower()
    return head[:1] if word in alias_of or word in alias_of.values() else []


_LABEL_OPENERS = frozenset("total average mean median annual daily weekly monthly yearly estimated official new first "
                           "final last maximum minimum peak net gross overall number".split())
"""Words a label opens with that tell which figure it is, never part of a name."""


def _up_to_preposition(words: list) -> list:
    """Words up to the second preposition ("of the refuge below the surface" -> "of the refuge")."""
    return words[:next((i for i, w in enumerate(words) if i and w.lower() in _TAIL), len(words))]


def sheet_names(norm: str, line_start: int, vocab: Vocabulary) -> tuple[str, ...]:
    """The name a fact-sheet line is about, for its figures after the first ("- Conservative: 365 seats,
    43.6% of votes cast", a line of its own: "Sergio Pérez: 2 wins, 285 points"): its label, when the label is a
    name and names no measure; else the names inside a
    label that a line's measure word follows ("Earlier Darfield earthquake: magnitude 7.1": Darfield)."""
    m = SHEET_LINE.match(norm, line_start)
    if m is not None:
        words = TOKEN.findall(m.group("label"))
        return (" ".join(w.lower() for w in words),) if _is_name(words, "", vocab) else ()
    m = _NAME_LINE.match(norm, line_start) if line_start == 0 or norm[line_start - 1] == "\n" else None
    if m is not None:  # "Sergio Pérez: 2 wins, 285 points, second in the championship"
        words = TOKEN.findall(m.group("label"))
        if not _is_name(words, "", vocab):
            return ()
        low = words[0].lower()
        if len(words) == 1 and (is_plural(low, vocab) or low in vocab.frames.common_nouns or singular(low, vocab) in (
                norm[m.end("label"):m.end("label") + 200].split("\n", 1)[0].lower())):
            return ()  # "Dose: 30 micrograms, two doses", "Growth: 7%": a common noun, no name
        return (" ".join(w.lower() for w in words),)
    m = _PLAIN_SHEET_LINE.match(norm, line_start)
    if m is None:
        return ()
    names = [n.lower() for n in NAME.findall(" ".join(TOKEN.findall(m.group("label"))[1:]))]
    return tuple(n for n in names if n not in vocab.frames.not_entities)


def _is_name(words: list, kind: str, vocab: Vocabulary) -> bool:
    """Label words that only name something: every one capitalised, none a measure or a time."""
    return bool(words) and all(w[0].isupper() for w in words) and not _names_measure(words, kind, vocab) and not (
        {singular(w.lower(), vocab) for w in words} & (_TIME_WORDS | vocab.frames.not_entities))  # ("Dates: ...")


def _participle(word: str, vocab: Vocabulary) -> bool:
    """A past participle closing a label ("scored", "killed", "issued", "returned")."""
    return (word.endswith("ed") and len(word) > 4 and lemma(word) != word) or (
        word in vocab.frames.verbs and lemma(word) != word)


def _names_measure(words: list, kind: str, vocab: Vocabulary) -> bool:
    fv = vocab.frames
    return any(w.lower() in fv.property_of or singular(w.lower(), vocab) in fv.noun_measure
               or lemma(w) in fv.verb_measure for w in words)


def _measure(words: list, kind: str, vocab: Vocabulary, unit: str = "") -> tuple[str, int]:
    """The measure a label's head names, and the index of the word that names it ("Launch vehicle height"
    -> height, 2)."""
    fv = vocab.frames
    kept = [(i, w) for i, w in enumerate(words) if w not in vocab.stop_words and w not in DETERMINERS]
    if not kept:
        return "", 0
    if kind == "duration" and (spent := time_at_place(" ".join(words), 0)) and TIME_AT_PLACE.fullmatch(" ".join(words)):
        return spent, 0  # "Days spent underground: 69", "Time in orbit: 340 days"
    if fv.phrase_measure is not None:
        m = fv.phrase_measure.search(" ".join(w for _, w in kept)) or fv.phrase_measure.search(" ".join(words))
        if m:  # ("Passengers and crew": the people aboard, a phrase with its "and")
            return fv.phrase_names[int(m.lastgroup[1:])], kept[0][0]
    if len(words) >= 3 and words[-2] == "and" and (
            total := sum_of(sum_part(words[-3], vocab), sum_part(words[-1], vocab))):
        return total, len(words) - 3  # "Total damage and losses": a sum of two
    joined = " ".join(w for _, w in kept)
    phrases = [m for m in fv.property_words.finditer(joined) if " " in m.group()] if fv.property_words else []
    if phrases:  # "Net income"
        prop = fv.property_of.get(" ".join(phrases[-1].group().lower().split()), "")
        if prop and kind in fv.property_kinds.get(prop, (kind,)):
            return prop, kept[len(joined[:phrases[-1].start()].split())][0]
    plural_head = is_plural(kept[-1][1], vocab)
    for i, w in reversed(kept):
        if i != kept[-1][0] and plural_head and lemma(w) not in fv.verb_measure:
            continue  # "Targeted cost savings" counts savings, whatever "cost" names ("Evacuated residents": evacuees)
        prop = fv.property_of.get(w) if not w.endswith("est") else None  # ("Highest daily minimum": a minimum)
        if prop == "length" and kind == "duration":
            prop = "duration"  # "Length of the drought: 108 years": a length of time
        if prop and kind in fv.property_kinds.get(prop, (kind,)) and fits_unit(prop, unit, vocab):  # ("Record high")
            return prop, i
        base = singular(w, vocab)
        acted = lemma(w) in fv.verb_measure and kind not in ("money", "measure", "percent", "duration")
        if base in fv.noun_measure or acted:  # ("Initial compensation claim: $916 million": no deaths)
            return fv.noun_measure.get(base) or fv.verb_measure[lemma(w)], i
        if agent := agent_measure(w, vocab):  # "Starters: 44,389" beside "44,000 runners had started"
            return agent, i
    i, last = kept[-1]
    head = singular(last, vocab)
    canon = vocab.synonyms.get(head, head)  # "Vessels queued: 422" as prose reads "422 vessels": ships
    if len(kept) > 1 and kept[-2][0] == i - 1 and kept[-2][1] not in EARLIER_ONES:  # ("Phone calls": phone
        # conversation, as in prose; "Previous record": a record, the previous one, as prose says)
        return vocab.synonyms.get(f"{kept[-2][1]} {head}") or f"{kept[-2][1]} {canon}", i - 1
    return canon, i


def label_time(label: LabelFrame) -> TimeOf:
    """The time a label names: a day's level ("Policy rate on 1 January 2022: 0.25%"), a quarter's, a month's or
    a year's figure ("Revenue (Q3 2023)", "CPI inflation, October 2022: 6.9%", "Total net sales, fiscal 2022")."""
    if len(label.day) == 10:
        return TimeOf(as_of=label.day, aggregation="level")
    if "/" in label.day:  # a quarter or a half ("Revenue (Q3 2023)")
        first, last = label.day.split("/")
        return TimeOf(period=(f"{first}-01", month_end(int(last[:4]), int(last[5:7]))), aggregation="flow")
    if label.day:
        year, month = int(label.day[:4]), int(label.day[5:7])
        return TimeOf(period=(f"{label.day}-01", month_end(year, month)), aggregation="flow")
    return TimeOf(period=year_span(label.year, label.year), aggregation="flow")


_PROSE_VERB = regex.compile(r"\b(?:is|are|was|were|has|have|had)\b")
_LABEL_GOES_ON = regex.compile(r"(?m)[^:;\n\d.]{0,50}:[ \t]+[-+−(]?[$€£¥]?\d[^\n]{0,30}$")
"""The rest of a label after a figure inside it: up to its colon, then the short value it labels, to the line's end."""


def in_a_label(norm: str, start: int, end: int) -> bool:
    """Whether a figure at ``start``..``end`` stands inside a fact-sheet label, naming a threshold the labelled
    figure is of ("Year the population falls below 100 million: 2056", "Stations at 40°C or above: 7"), not in
    prose ("killing all 228 people on board: 216 passengers and ...")."""
    line = norm.rfind("\n", 0, start) + 1
    return (start - line <= 60 and ". " not in norm[line:start] and not _PROSE_VERB.search(norm, line, start)
            and norm[start - 1:start] != "("  # ("Gross at the end of 2023 (60 shows): ...": a count said aside)
            and _LABEL_GOES_ON.match(norm, end) is not None)
