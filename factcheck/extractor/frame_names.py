"""Names a figure's clause speaks of: proper nouns and acronyms in the clause, or, for a clause that names
nothing, the name its relative word points back to, a fact-sheet line's name, or the sentence's subject.

Part of the frame reader (see ``frames``); cheap: a few regexes per clause.
"""
from __future__ import annotations

from typing import Optional

import regex

from ..vocab import Vocabulary
from .dates import MONTHS, WEEKDAYS
from .nouns import verb_lemma

TOKEN = regex.compile(r"\p{L}[\p{L}'-]*")
"""A word of prose (letters of any alphabet, inner apostrophes and hyphens: "Pérez")."""
_NOT_A_NAME = r"(?!(?:Q[1-4]|H[12])\b|FY\d|R\d)"
"""A quarter, a half-year, a fiscal year or a rand sum ("Q3", "H1", "FY2023", "R450"): capitals and digits, no name."""
NAME = regex.compile(rf"\b(?:{_NOT_A_NAME}[A-Z]{{1,3}}-?\d{{1,4}}[A-Za-z]?\b"
                     r"(?!\s*(?:thousand|million|billion|trillion|bn|mn)\b)|[A-Z]{2,}|\p{Lu}\p{Ll}[\w&'-]*)"
                     rf"(?:\s+(?:of\s+|the\s+|de\s+|and\s+)?{_NOT_A_NAME}\p{{Lu}}[\w&'-]*)*")
"""A run of capitalised words or acronyms, with "of", "the", "de", "and" between them; a name of capitals and
digits opens one too ("K2", "A380", "MH370"; not "Q3", "H1", "FY2023", a rand sum "R450" or "K2 million"); letters of any
alphabet ("Sergio Pérez", "Ōtsuki")."""
_AFTER_NAME = regex.compile(r"(?:\s+(?:under|led by|of|with)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
                             r"|\s+\((?P<short>[A-Z][A-Z/&-]*[A-Z])\))?")
"""What may stand between a sentence's opening name and its verb ("The Labour Party under Jeremy Corbyn won",
"The Social Democratic Party (SPD) became": the short name in brackets is a name of its own)."""
_ADVERB = regex.compile(r"[A-Z][a-z]{3,}ly")
_RELATIVE = regex.compile(r"\s*(?:where|which|who|whom|whose)\b", regex.I)


_OWNER = regex.compile(r"[A-Z][a-z]+'s")
_NOT_OWNERS = frozenset("today yesterday tomorrow everyone everybody nobody someone somebody one this year".split())
"""Possessives opening a sentence that own no figure: "Today's figure", "Everyone's share"."""
_LOOK_BACK = 600
"""How far back (characters) a clause that names nothing looks for the name it points to."""
_THEN_ASIDE = regex.compile(r"(?:\s+[a-z]{3,}){0,2},")
"""What may follow the name opening a joined clause before an aside: its common noun ("..., and Heathrow airport,
west of London, reached 40.2C"; not "Five weeks ago, on March 20, Disney closed ...", which opens a sentence)."""
_JOINED_CLAUSE = regex.compile(r"(?:,|;)\s+(?:and|but|while|whereas)\s+(?=\p{Lu})")


_PLACE_OPENER = regex.compile(r"\s*(?:In|Across|Throughout|Within|Inside)\s+(?:the\s+)?(?P<name>\p{Lu}[\w'-]*"
                              r"(?:\s+(?:of\s+)?\p{Lu}[\w'-]*)*)(?:\s+alone)?\s*,")
"""A sentence opening with the place its figures are of ("In Sierra Leone, where ..., 1,200 people have died")."""
_PLACE_AND_REGION = regex.compile(r"(?:^|,\s+|\bof\s+)(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*),\s+[A-Z][\w'-]*"
                                  r"(?:\s+[A-Z][\w'-]*)*,\s*$")
"""A place and its region in commas right before a clause ("Portland, Oregon, reached ..."): the place."""
_THEY = regex.compile(r"\s*They\s+[a-z]+(?:ed|ew|ought|ook|ode|ove|ent|ept|ilt)\b")
"""A sentence opening with "They" and a verb in the past: what the sentence before counted, where it counted it."""
_IN_PLACE = regex.compile(r"\b(?:in|across|throughout)\s+(?P<place>\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+)*)")
_SENTENCE_END = regex.compile(r"(?:[.!?][\"'”’)]?\s+|\n)", regex.REVERSE)
_TIME_WORDS = frozenset(MONTHS + WEEKDAYS + tuple("spring summer autumn fall winter total all addition general "
                                                   "particular short contrast fact turn response".split()))


_DATELINE = regex.compile(r"\s*\p{Lu}[\p{Lu}.'-]+(?:\s+\p{Lu}[\p{Lu}.'-]+){0,4}(?:,[^\n—–]{1,60}?)?\s*(?:\([^)\n]{1,40}\)\s*)?"
                       r"(?:—|–|--?)\s")
"""A wire report's dateline ("ADDIS ABABA, March 10, 2019 (Wire) — ", "GENEVA (Reuters) - "): where the report was
filed, never a name of what its figures are of."""


def dateline_end(norm: str, sentence: tuple[int, int]) -> int:
    """Where a dateline opening a paragraph's first sentence ends (the sentence's start when it opens with none)."""
    at = sentence[0]
    while at > 0 and norm[at - 1] in " \t":  # (a few characters back at most: linear on a line of any length)
        at -= 1
    m = _DATELINE.match(norm, sentence[0], sentence[1]) if at == 0 or norm[at - 1] == "\n" else None
    return m.end() if m else sentence[0]


def antecedent_names(norm: str, clause: tuple[int, int], sentence: tuple[int, int],
                      vocab: Vocabulary) -> tuple[str, ...]:
    """For a clause that names nothing: the name its relative word points back to ("Liberia, where about 4,800
    people died"), or the name the sentence opens with ("Guinea, where it began, counted 2,536 deaths")."""
    lo = max(sentence[0], clause[0] - _LOOK_BACK)  # (a sentence of a thousand clauses stays linear)
    if lo == sentence[0] and _THEY.match(norm, sentence[0], clause[1]):
        before = previous_sentence(norm, sentence[0])  # "Fires burned 1.2 million acres in Oregon in 2020. They
        place = _IN_PLACE.search(norm, *before) if before else None  # killed nine people.": Oregon's deaths
        if place and place.group("place").split()[0].lower() not in vocab.frames.not_entities | _TIME_WORDS:
            return (place.group("place").lower(),)
    head = norm[lo:clause[0]]
    if not head.strip():
        return ()
    place = _PLACE_OPENER.match(norm, sentence[0], clause[0]) if lo == sentence[0] else None
    if place and place.group("name").split()[0].lower() not in vocab.frames.not_entities | _TIME_WORDS:
        return (place.group("name").lower(),)  # "In Liberia, 4,809 people died": Liberia's deaths
    region = _PLACE_AND_REGION.search(head) if head.rstrip().endswith(",") else None
    if region and region.group("name").split()[0].lower() not in vocab.frames.not_entities | _TIME_WORDS:
        return (region.group("name").lower(),)  # "Portland, Oregon, reached 116F": Portland's
    if _RELATIVE.match(norm, clause[0], clause[1]):
        names = clause_names(norm, (lo, clause[0]), sentence, vocab)
        if names:
            return names[-1:]
    colon = head.rfind(":") if lo == sentence[0] else -1
    if colon >= 0 and head[:colon].lstrip(" -*•\t")[:1].isupper():  # "- Top scorer: Harry Kane (England), 6 goals"
        names = clause_names(norm, (lo + colon + 1, clause[0]), (lo + colon + 1, clause[1]), vocab)
        if names:
            return names[:1]
    joined = None
    for joined in _JOINED_CLAUSE.finditer(head):
        pass  # "..., and Uttar Pradesh, my own state, has 200 million people": the name opening the last clause
    if joined is None and lo > sentence[0]:
        return ()  # (the sentence opened too far back to speak for this clause)
    opening = lo + (joined.end() if joined else len(head) - len(head.lstrip()))
    if not joined and lo == sentence[0]:
        opening = max(opening, dateline_end(norm, sentence))  # (the dateline's place filed the report)
    article = _ARTICLE.match(norm, opening, clause[0])  # "A Lion Air jet of the same model plunged ...": the name
    first = NAME.match(norm, article.end() if article else opening, clause[0])  # of what the sentence tells of
    words = first.group().split() if first else []
    the = bool(words) and words[0].lower() == "the"
    if the:  # "The Conservative Party, led by ..., won 365 seats"
        words = words[1:]
    after = _AFTER_NAME.match(norm, first.end(), clause[0]) if first else None
    if words and not {words[0].lower()} & (vocab.frames.not_entities | vocab.stop_words) and not (
            len(words) == 1 and words[0].lower() in vocab.frames.common_nouns) and not speaker(
            norm, words, first.end() - len(" ".join(words)), first.end(), vocab) and (  # ("Turnout was 68.7%, up from")
            norm[first.end():first.end() + 1] == "," or (joined and _THEN_ASIDE.match(norm, first.end(), clause[0]))
            or (article and _NOUN_AFTER_NAME.match(norm, first.end(), clause[0]))
            or name_verb(norm, first.end(), clause[0], vocab, the)
            or name_verb(norm, after.end(), clause[0], vocab, the)):
        short = after.group("short") if after.end() > first.end() else None
        return (" ".join(words).lower(),) + ((short.lower(),) if short else ())
    return ()


def previous_sentence(norm: str, start: int) -> Optional[tuple[int, int]]:
    """The span of the sentence right before the one opening at ``start`` in the same paragraph, else None."""
    end = len(norm[:start].rstrip())
    if end == 0 or norm[end - 1] not in ".!?\"'”’)" or "\n" in norm[end:start]:
        return None
    boundary = _SENTENCE_END.search(norm, max(0, end - _LOOK_BACK), end - 1)
    return (boundary.end() if boundary else max(0, end - _LOOK_BACK), end)


def clause_names(norm: str, clause: tuple[int, int], sentence: tuple[int, int], vocab: Vocabulary) -> tuple[str, ...]:
    """Names in the clause, lower case: proper nouns, acronyms; a sentence's first word only before a verb."""
    fv = vocab.frames
    out = []
    for m in NAME.finditer(norm, max(clause[0], dateline_end(norm, sentence)), clause[1]):
        if _COMPARED_WITH.search(norm, max(clause[0], m.start() - 12), m.start()):
            continue  # "won 72 seats with a smaller share of the vote than Reform": Reform's is another figure
        words = m.group().split()
        while words and (_bare(words[0]) in fv.not_entities or words[0].lower() in vocab.stop_words or (
                m.start() + m.group().index(words[0]) == sentence[0] and _ADVERB.fullmatch(words[0]))):
            words = words[1:]  # (and an adverb opening a sentence: "Nationally the Tories won ...")
        if not words:
            continue
        first_at = m.start() + m.group().index(words[0])
        if speaker(norm, words, first_at, m.end(), vocab):
            continue  # "Chief executive Lena Voss called the €842 million a record": who spoke, not whose
        lead = norm[sentence[0]:first_at]
        if ":" in norm[m.end():min(m.end() + 2, clause[1])] or (":" in norm[first_at:clause[1]] and
                                                                 norm[first_at:clause[1]].index(":") < 60
                                                                 and lead.strip(" -*•\t") == ""):
            continue  # a fact-sheet label ("Launch: 16 July 1969") names a measure, not a thing
        if lead.strip(" \"'([-*•\t") == "" and len(words) == 1 and not words[0].isupper() and (
                not name_verb(norm, m.end(), clause[1], vocab) or words[0].lower() in fv.common_nouns) and not (
                _OWNER.fullmatch(words[0]) and _bare(words[0]) not in fv.common_nouns | _NOT_OWNERS):
            continue  # "Rescuers saved ...", "Construction starts ...": a capital that only starts the sentence
            # (but "Cleveland's own drought is now 68 years": a possessive opening a sentence names its owner)
        run: list = []  # a possessive ends a name: "Boris Johnson's Conservatives" names two
        for i, w in enumerate(words, 1):
            run.append(_bare(w))
            if w.lower().endswith(("'s", "'")) or i == len(words):
                name = " ".join(run)
                if name not in out and name not in fv.not_entities and not _currency_code(name, vocab):
                    out.append(name)
                run = []
    return tuple(out)


_POST_AFTER = regex.compile(r",\s+(?:the\s+|its\s+|a\s+)?(?P<post>(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)"
                            r"(?:\s+(?:of|at|for)\s+[^,]{1,60})?,")
"""A person's post in commas after their name ("Lena Voss, the chief executive of Northwind, said")."""


def speaker(norm: str, words: list, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether a name (its ``words``, written from ``start`` to ``end``) is a person who speaks: a post before
    it or in it and a reporting verb right after it ("Chief executive Lena Voss said", "Foreign Minister Qin Gang
    told"), or the post in commas after it ("Lena Voss, the chief executive, said"): who said a figure, never
    what it is of.  An organisation that reports ("Boeing said it delivered 528 jets") stays a name."""
    fv = vocab.frames
    post = _POST_AFTER.match(norm, end)
    after = post.end() if post and fv.speaker_titles & set(post.group("post").lower().split()) else end
    verb = TOKEN.match(norm, after + 1) if norm[after:after + 1] == " " else None
    if verb is None or verb_lemma(verb.group()) not in fv.speaker_verbs:
        return False
    if after > end:
        return True
    before = _WORD_BEFORE.search(norm, max(0, start - 40), start)
    return any(w.lower() in fv.speaker_titles for w in words[:-1]) or bool(
        before and before.group(1).lower() in fv.speaker_titles)


_WORD_BEFORE = regex.compile(r"([A-Za-z]+)\s+$")


def _currency_code(name: str, vocab: Vocabulary) -> bool:
    """Whether a name is only a currency's code ("CHF 12.2 billion" names no Switzerland)."""
    return len(name) == 3 and (name.upper() in vocab.currency_before.values() or name.upper() in vocab.currency_after.values())


def _bare(word: str) -> str:
    """A name's word in lower case without its possessive ("Thursday's": thursday; "Paris's": paris; "the Cubs'":
    cubs)."""
    low = word.lower()
    return low[:-2] if low.endswith("'s") else low.rstrip("'")


_COMPARED_WITH = regex.compile(r"\bthan\s+(?:the\s+)?$")
"""What a name another figure is compared with follows ("a smaller share than Reform")."""
_ARTICLE = regex.compile(r"An? (?=[A-Z])")
_NOUN_AFTER_NAME = regex.compile(r" (?!(?:is|are|was|were|has|have|had|and|or|of|in|on|at|to|for)\b)[a-z]{3,}\b")
"""The common noun a name before it qualifies ("A Lion Air jet", "An Air France flight")."""
_NOUN_THEN_VERB = regex.compile(r"\s+[a-z]+\s+(?:is|are|was|were|will|would|has|have|had|can|could|must)\b")
"""A noun and a verb after a word in -ed: the word qualifies the noun ("timetabled service is")."""


def name_verb(norm: str, end: int, stop: int, vocab: Vocabulary, plural: bool = False) -> bool:
    """Whether a sentence's first word is a name: a verb follows it ("Liberia recorded 4,809 deaths");
    ``plural``: a name may end in "s" ("The Conservatives took ..."; not "Rescuers saved ...")."""
    nxt = TOKEN.match(norm, end + 1, stop) if end < stop and norm[end] == " " else None
    if nxt is None or (norm[end - 1] == "s" and not plural):
        return False
    word = nxt.group().lower()
    return word in vocab.verbs or word in vocab.frames.verbs or (
        word.endswith("ed") and len(word) > 4 and not _NOUN_THEN_VERB.match(norm, nxt.end(), stop))
    # ("Full timetabled service is due": an adjective before its noun, so "Full" opens no name)
