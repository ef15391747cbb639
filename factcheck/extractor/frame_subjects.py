"""Who or what a figure belongs to: the subject of its clause, of the sentence before, or of a label's "of"."""
from __future__ import annotations

import regex

from ..vocab import Vocabulary
from .frame_names import TOKEN
from .frame_verbs import clause_verbs
from .nouns import is_plural, singular

_SUBJECT_PHRASE = regex.compile(r"(?P<np>[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*)*)\s*$")
"""The run of words right before a clause's first verb (no figure, comma or other mark inside)."""
_NOT_IN_PHRASE = regex.compile(r"(?r)[^A-Za-z'\-\s]")
"""The last character a match of _SUBJECT_PHRASE cannot hold: the search starts after it."""
_AFTER_ASIDE = regex.compile(r"(?:^|;)\s*(?P<np>[^,;:]{1,60}?)\s*,[^,;:]{1,60},\s*$")
"""A sentence's opening noun phrase and a phrase set off by commas after it, up to a clause that opens with
its verb ("the shaft, known as Plan B, | was 624 metres deep")."""
_RELATIVE_SUBJECT = regex.compile(
    r"(?i)\b(?:the|a|an|its|their|this|that)\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)"
    r"(?:\s+(?:in|of|on|at|near)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?\s*,?\s+(?:that|which|who)\s+$")
"""A noun phrase and the relative word that opens the clause of a figure ("a mountain in Iceland that is")."""
_WHO = regex.compile(r"(?i)\b(?:who|that|which)\s+$")
_OPENS = regex.compile(r"[\s\"'(\[*•-]*")
DETERMINERS = frozenset("the a an its their his her our this that these those some all both each every".split())
DETERMINER_BEFORE = regex.compile(r"(?i)\b(?:a|an|the|its|their|his|her|our|this|that)\s+$")
"""A determiner ending a text: what follows it is a noun phrase ("the 6.7km tunnel", "a 35-year-old")."""
_ADVERBS = frozenset("now also already still currently only just recently reportedly then today once alone itself "
                     "finally eventually later initially originally officially nearly almost roughly "
                     "together altogether even ever never".split())
WHICH_ONES = frozenset("new old former original previous current existing planned proposed temporary permanent "
                       "additional extra further remaining".split())
"""Words that tell which ones of their kind a subject or a counted thing are ("the old stadium", "10 new
stations"): a narrowing, never the whole."""
EARLIER_ONES = frozenset({"old", "original", "former", "previous"})
"""Of ``WHICH_ONES``, those that set a named thing apart from its successor ("the old Wembley Stadium") where
"new" often only praises it ("the new Gotthard Base Tunnel" is the tunnel)."""
_CONJUNCTIONS = frozenset("and but or yet so while whereas".split())
_OPENING_WORDS = DETERMINERS | _CONJUNCTIONS
"""Words a noun phrase's head never is, passed over where the phrase opens."""
_NOT_SUBJECTS = frozenset("ago later earlier less more fewer first second third last next before after "
                          "hundred thousand million billion trillion m bn k".split())
"""Words that close a phrase before a verb without naming a thing ("A fortnight ago, ...")."""
_ANYONE = frozenset("people person individual".split())
PRONOUNS = frozenset("it they he she we i you which who whom that this these those one others other there here what "
                     "many most some none few several both either neither everyone everybody someone anyone nobody "
                     "all another".split())


_TRAILING = regex.compile(r"\s*(?P<np>[^,;:]{1,60}?)\s*(?:,[^,;:]{1,60},)?\s+(?P<main>(?:is|are|was|were|stands|stood|"
                          r"lies|lay|remains|remained)\b[^,;:]*),\s*$")
"""A sentence's opening noun phrase (an aside set off by commas after it) and its main clause of "to be" ending in a
comma, the figure's clause trailing after it."""
_A_NAME = regex.compile(r"(?>(?:(?i:the|a|an)\s+)?)[A-Z]")
"""A noun phrase that opens with a name ("Liberia", "The Burj Khalifa"): an entity, never a subject."""


def clause_subject(text: str, at: int, counted: str, names: tuple, vocab: Vocabulary, cache: dict,
                   lead: str = "") -> tuple[str, str]:
    """The common noun a figure belongs to: the head of the noun phrase before the clause's first verb
    ("The main dam is 185 metres tall": dam; "Floods killed 100": flood; "The bridge's repairs cost $12
    million": repair; "Membership of the organisation has grown": organisation), read as its noun class
    ("the liner" -> ship).  "" when the figure comes first, the phrase is a name, a pronoun or the measure
    itself ("The death toll rose to 50"), or its verb reports who speaks ("Officials said 50 people died").
    ``names``: the clause's names (lower case); ``lead``: its sentence before it.  Second: a word that tells
    which one of its kind it is ("the old stadium": old), or ""."""
    verbs = clause_verbs(text, vocab, cache)
    first = next((v for v in verbs if v[1] <= at), None)
    trailing = _TRAILING.match(lead) if first is None and not verbs and 0 < len(lead) <= 160 else None
    if trailing and not any(ch.isdigit() for ch in trailing.group("main")) and not _A_NAME.match(trailing.group("np")):
        # a clause of no verb trailing a sentence's clause that states no figure of its own: "The old tunnel,
        # opened in 1882, is still there, nine miles long" is the old tunnel's length
        main = f"{trailing.group('np')} {trailing.group('main')}"
        return clause_subject(main, len(main), counted, (), vocab, cache)
    if first is None or first[2] in vocab.frames.reporting_verbs or (_WHO.search(text, 0, first[0]) and any(
            v[2] in vocab.frames.reporting_verbs for v in verbs if first[1] < v[1] <= at)):
        return "", ""  # ("Officials who visited the site said 50 people died": who speaks)
    key = ("subject", text, first, counted, tuple(names), lead)  # the same for the claims after one verb
    if key not in cache:
        cache[key] = _subject_before(text, first, counted, names, vocab, lead)
    return cache[key]


def _subject_before(text: str, first: tuple, counted: str, names: tuple, vocab: Vocabulary,
                    lead: str) -> tuple[str, str]:
    """``clause_subject`` once its clause's ``first`` verb before the figure is known."""
    aside = _AFTER_ASIDE.search(lead) if lead and not text[:first[0]].strip() else None
    if aside:  # "The bridge, which opened in 1937, is 2.7 km long": the clause before the aside holds the subject
        text = aside.group("np")
        first = (len(text), len(text), first[2], first[3])
    before = lead[-80:] + text[:first[0]]
    relative = _RELATIVE_SUBJECT.search(before) if _ends_with_relative_word(before) else None
    if relative:  # "a mountain in Iceland that is 5,417 feet tall": the mountain
        head, _ = _noun_phrase_head(relative.group("np").split(), counted, vocab, opening=False)
        return head or "", ""
    mark = _NOT_IN_PHRASE.search(text, 0, first[0])
    phrase = _SUBJECT_PHRASE.search(text, mark.end() if mark else 0, first[0])
    if phrase is None:
        return "", ""
    words = phrase.group("np").split()
    if words[0][0].isupper() and (not _OPENS.fullmatch(text, 0, phrase.start("np"))
                                  or words[0].lower() in {w for n in names for w in n.split()}):
        return "", ""  # a name ("China has established ...") is an entity, not a subject
    head, rest = _noun_phrase_head(words, counted, vocab)
    if head is None and rest and rest[0].lower() == "of":  # "Membership of the organisation": of what
        head, _ = _noun_phrase_head(rest[1:], counted, vocab, opening=False)
    if head == "":  # a name: only a lower-case word that sets an older one apart still tells which
        return "", next((w for w in words[:4] if w in EARLIER_ONES), "")  # ("the original Gotthard tunnel")
    if head is None:  # the measure itself: an older one is still told apart ("The original budget was ...")
        return "", next((w.lower() for w in words[:4] if w.lower() in EARLIER_ONES), "")
    return head, next((w.lower() for w in words[:4] if w.lower() in WHICH_ONES), "")


def _ends_with_relative_word(text: str) -> bool:
    """False when ``text`` cannot end with "that", "which" or "who" and blanks, as every match of
    _RELATIVE_SUBJECT does (True when lower case cannot tell: a character outside ASCII)."""
    if not text[-1:].isspace():
        return False
    word = text.rstrip()[-5:]
    return not word.isascii() or word.lower().endswith(("that", "which", "who"))


_IT_SUBJECT = regex.compile(r"(?i)(?:^\s*|[,;]\s+|\band\s+)it\s+(?![^,;]*\b(?:it|they|he|she)\b)[^,;]{0,60}$")
"""A clause whose subject is "it" ("Built in 1967, it had a total length of 1,182 m")."""
_SENTENCE_END = regex.compile(r"[.!?][\"')\]]*\s+(?=\S)|\n\s*\n")


def previous_subject(norm: str, sentence: tuple[int, int], clause_text: str, at: int, vocab: Vocabulary,
                     cache: dict) -> str:
    """For a figure whose clause speaks of "it": the common noun the sentence before opens with, as its
    class ("The Polcevera viaduct, commonly called ..., was a bridge. ... it had a length of 1,182 m":
    viaduct); "" when the clause has another subject or that sentence opens with none."""
    if "it" not in clause_text[:at].lower() or not _IT_SUBJECT.search(clause_text, 0, at):
        return ""
    lo = max(0, sentence[0] - 400)
    ends = list(_SENTENCE_END.finditer(norm, lo, max(lo, sentence[0] - 1)))
    start = ends[-1].end() if ends else (0 if lo == 0 else -1)
    if start < 0 or start >= sentence[0]:
        return ""
    first = norm[start:sentence[0]].split(",", 1)[0]
    verbs = clause_verbs(first, vocab, cache)
    words = TOKEN.findall(first[:verbs[0][0]] if verbs else first)
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    words = [w for w in words if not w[0].isupper()]  # ("The Polcevera viaduct": a name, then the thing)
    if not words or len(words) > 3:
        return ""
    head, _ = _noun_phrase_head(words, "", vocab, opening=False)
    return head or ""


def of_subject(words: list, counted: str, vocab: Vocabulary) -> str:
    """The class of the thing a phrase "of the X" measures ("Depth of the rescue shaft": shaft; "Visitors to pre-sale
    exhibitions": exhibition), "" when X is a name, a measure or a general noun ("Number of deaths", "Population of
    India")."""
    if len(words) < 2 or words[0].lower() not in ("of", "to"):
        return ""
    words = words[1:]
    low = [w.lower() for w in words]
    joined = low.index("and") if "and" in low[1:-1] else None
    if joined is not None and not is_plural(low[joined - 1], vocab):
        words = words[joined + 1:]  # "Start of passenger and freight services": the services'
    return _noun_phrase_head(words, counted, vocab, opening=False)[0] or ""


def _noun_phrase_head(words: list, counted: str, vocab: Vocabulary, opening: bool = True) -> tuple:
    """The class of a noun phrase's head ("" for a name or a pronoun, None for a word that names no thing
    of its own: a measure, a property, a general noun) and the words from its first preposition on
    (``opening``: the phrase opens its clause, so a capital there is no sign of a name)."""
    fv = vocab.frames
    while words and words[0].lower() in _OPENING_WORDS:
        words, opening = words[1:], False  # ("The Greens won 14 seats": a capital after "the" is a name)
    kept = []
    for i, word in enumerate(words):
        if word.lower() in vocab.stop_words or (kept and word.lower().endswith("ing") and is_plural(kept[-1].lower(), vocab)):
            words = words[i:]  # "Revenue for the year was ...": the phrase's head comes before its preposition
            break  # ("Recovery teams working in the area found ...": teams)
        kept.append(word)
    else:
        words = []
    while kept and kept[-1].lower() in _ADVERBS:
        kept.pop()  # "The union now has 193 member states"
    if not kept or len(kept) > 4 or any(w[0].isupper() for w in kept[1:]) or (kept[0][0].isupper() and not opening):
        return "", words
    head = kept[-1].lower().removesuffix("'s").removesuffix("'")
    noun = singular(head, vocab)
    if head in vocab.stop_words or head in PRONOUNS or head in _NOT_SUBJECTS or head in vocab.verbs:
        return "", words  # (vocab.verbs: "the 6.3 was centred ...": "was" is no thing)
    if (noun in fv.general_subjects or noun in _ANYONE or head in fv.noun_form_measure
            or head in fv.property_of or noun in fv.property_of
            or (counted and noun == singular(counted.split()[-1].lower(), vocab))):
        return None, words
    return fv.noun_class.get(noun, noun), words


_TALL_THINGS = frozenset("tower building skyscraper spire statue dam mast mountain peak volcano".split())
"""Things whose length, written as an adjective, is their height ("the 828-metre tower")."""
_BUILT_AFTER = regex.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")


def built_length(word: str, vocab: Vocabulary) -> str:
    """The property a length written as an adjective before ``word`` measures: "height" for a tall thing ("the
    828-metre tower"), "length" for another built thing ("the 1,053-kilometre railway"), "" for any other word."""
    return "height" if word in _TALL_THINGS else "length" if word in vocab.frames.built_things else ""


def built_thing_after(norm: str, start: int, end: int, vocab: Vocabulary) -> str:
    """The built thing a length written as an adjective is of ("the 1,053-kilometre railway", "a 4-km tunnel",
    "the 6.7km tunnel"),
    read as its noun class; "" when the figure is no such adjective."""
    if "-" not in norm[start:end] and not DETERMINER_BEFORE.search(norm, max(0, start - 8), start):
        return ""  # (with no hyphen, only after a determiner: "the 6.7km tunnel", "a 55 km bridge")
    m = _BUILT_AFTER.match(norm, end)  # (the first word or the second: "a 30-metre control tower")
    word = next((w for w in (m.groups() if m else ()) if w and built_length(w, vocab)), "")
    return vocab.frames.noun_class.get(word, word)


_WORKS_BEFORE = regex.compile(r"(?i)\b(?P<noun>refurbishments?|renovations?|restorations?|redevelopments?|"
                              r"moderni[sz]ations?|reconstructions?|expansions?|extensions?|conversions?|retrofits?|"
                              r"upgrades?|rebuild|repairs?|overhaul|refit|makeover|remodell?ing)\s+"
                              r"(?:(?:was|were|had\s+been|has\s+been|is|are)\s+)?"
                              r"(?:completed|finished|begun|started|launched|carried\s+out|done)\s+"
                              r"(?:in|on|by|during|at\s+the\s+end\s+of)?\s*$")
"""Works done to a thing, and the verb that dates them, right before a date ("a £10 million refurbishment completed
in 2016", "The restoration was finished in 2024"): the works' date, never the thing's own completion."""


def works_dated(text: str, at: int, vocab: Vocabulary) -> str:
    """The works a date right after them dates, singular ("refurbishment"), or ""."""
    m = _WORKS_BEFORE.search(text, max(0, at - 60), at)
    return singular(m.group("noun").lower(), vocab) if m else ""
