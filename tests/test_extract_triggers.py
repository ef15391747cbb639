"""Trigger words (factcheck.triggers): a pattern ruled out of a text never matches in it."""
from __future__ import annotations

import random
import sys

import regex
from hypothesis import given, strategies as st

from factcheck.triggers import CASE_ODDITIES, TextProbe, edge_of, trigger_of
from conftest import SEEDS


def test_case_oddities_are_every_non_ascii_match_of_an_ascii_letter():
    """The characters the regex module matches to an ASCII letter when ignoring case are exactly CASE_ODDITIES."""
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert "".join(regex.findall(r"(?i)[a-z]", every)) == CASE_ODDITIES


def test_python_blanks_hold_the_regex_modules():
    """Edge.may_match looks past str.isspace() blanks: every blank of the regex module's \\s must be one."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert all(ch.isspace() for ch in regex.findall(r"\s", every))


def test_edges_never_rule_out_a_match(vocab):
    """Every Edge of the vocabulary: where it rules an offset out, its pattern finds nothing there."""
    texts = _texts(vocab) + ["about 12 - million", "12 more than\n", "US$ 5", "5 \u212aM", "5  -  bn", "5 \u017fome"]
    checked = 0
    for name, edge in vocab.compiled["edges"].items():
        if edge is None:
            continue
        pattern = vocab.pattern(name)
        for text in texts:
            for at in range(len(text) + 1):
                if not edge.may_match(text, at):
                    found = pattern.search(text, max(0, at - 24), at) if edge.closing else pattern.match(text, at)
                    assert found is None or (edge.closing and found.end() != at and not text[found.end():at].isspace()), (
                        name, text, at)
                    checked += 1
    assert checked > 10000


def test_edge_of_phrases():
    edge = edge_of(["more than", "over"], folded=True, closing=False)
    assert edge.may_match("x  Over 5", 1) and edge.may_match("x \u2009more", 1) and not edge.may_match("x less", 1)
    assert edge_of([" odd"], folded=True) is None and edge_of(["\u00e9t\u00e9"], folded=True) is None
    closing = edge_of(["US$", "Rs"], folded=False, closing=True)
    assert closing.may_match("paid US$ ", 9) and not closing.may_match("paid usd", 8)
    hedges = edge_of(["more than", "about", "approx.", "less"], folded=True, closing=True)  # a last word is there
    for text in ("rose to More Than 5", "(approx. -5", "other than 5", "LEſſ 5"):  # (ſ: lower case cannot tell)
        assert hedges.may_match(text, text.index("5")), text
    assert not hedges.may_match("rose by 5", 8) and not hedges.may_match("lesson 5", 7)


def test_closing_edge_rules_out_no_hedge(vocab):
    """Where the hedge Edge rules an offset out, the hedge pattern finds nothing ending there."""
    edge, pattern = vocab.compiled["edges"]["hedge_before"], vocab.pattern("hedge_before")
    rng = random.Random(3)
    words = [*vocab.hedges, "reported", "of", "Over", "ABOUT", "ſome", "\u212a", "-", "(", "$", "\t"]
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 5))) + rng.choice(["", " ", "  ", "-"])
        if not edge.may_match(text, len(text)):
            assert pattern.search(text, max(0, len(text) - 24)) is None, text


def test_opening_patterns_search_only_windows_that_can_start_them():
    marker = trigger_of(regex.compile(r"(?m)^[ \t]*(\d{1,3})[.)](?=\s)"))
    probe = TextProbe("ab 1. x\n2. y z 3. w")
    assert marker.opening == "line" and probe.hinted(marker, [(0, 5), (3, 9), (9, 19)]) == [(0, 5), (3, 9)]
    today = trigger_of(regex.compile(r"^\s*(?:today|now)\b"))
    assert today.opening == "text" and TextProbe("now or now").hinted(today, [(0, 3), (4, 10)]) == [(0, 3)]
    assert trigger_of(regex.compile(r"a^b")).opening == ""


def _may_match(trigger, text: str) -> bool:
    probe = TextProbe(text)
    return probe.has_needs(trigger) and probe.hinted(trigger, None) != []


def test_literals_a_match_consumes():
    t = trigger_of(regex.compile(r"since (?P<from>(?:18|19|20)\d\d)", regex.I))
    assert _may_match(t, "Up 5% SINCE 2001")
    assert not _may_match(t, "Up 5% in 2001")
    assert _may_match(t, "SİNCE 2001")  # lower case cannot tell: the pattern runs
    assert not _may_match(trigger_of(regex.compile(r"\bSuite\s+\d+")), "suite 12")


def test_hint_reads_character_classes():
    t = trigger_of(regex.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"))
    assert t.hint is not None
    assert _may_match(t, "on 3/4/2020") and not _may_match(t, "on 3/4 of 12 and 1820")
    assert t.hint.search("12/2021") is None  # digit, separator, digit, the same separator, a year
    probe = TextProbe("1/12/2021 and 3 more")
    assert probe.hinted(t, [(0, 9), (10, 20)]) == [(0, 9)]


def test_unreadable_patterns_have_no_trigger():
    assert trigger_of(regex.compile(r"(?:since){e<=1} \d+")) is None  # fuzzy: "sinse 2001" matches
    assert trigger_of(regex.compile(r"[[:alpha:]]+:\d")) is None  # a POSIX class
    assert trigger_of(regex.compile(r"\p{Han}+\d")) is None
    assert trigger_of(regex.compile(r"(?f)strasse \d")) is None  # full case folding: "straße"
    assert trigger_of(regex.compile(r"(?=since)\w+\d+")) is None  # a lookahead consumes nothing
    assert trigger_of(regex.compile(r"\d+(?:st)?")) is None


def test_hint_keeps_ascii_rules():
    for pattern in (regex.compile(r"(?a)x\Dy\d\d"), regex.compile(r"x\Dy\d\d", regex.ASCII), regex.compile(r"x(?a:\D)y\d\d")):
        assert _may_match(trigger_of(pattern), "x\u0663y12") and pattern.search("x\u0663y12")


def _texts(vocab) -> list[str]:
    rng = random.Random(5)
    lines = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    words = ["since", "Since", "SINCE", "as of", "As Of", "by", "the end of", "past", "last", "year", "years",
             "Suite", "suite", "No.", "Street", "Tel", "ISBN", "pm", "P.M.", "to date", "recently", "ſince",
             "\u212aM", "İn", "quarter", "Q3", "half", "dozens", "1st", "24/7", "3/4", "-", "–", ":", "+", ".", ")"]
    for _ in range(400):
        lines.append(" ".join(rng.choice(words + [str(rng.randint(0, 2100))]) for _ in range(rng.randint(1, 12))))
    return lines


def test_no_match_where_ruled_out(vocab):
    """Every vocabulary pattern with a trigger: where the trigger rules a text out, the pattern finds nothing."""
    checked = 0
    texts = _texts(vocab)
    for pattern, trigger in vocab.compiled["triggers"].items():
        for text in texts:
            if not _may_match(trigger, text):
                assert pattern.search(text) is None, (pattern.pattern, text)
                checked += 1
    assert checked > 1000


@given(st.text(alphabet="sinceSINCEtheT endof1920 ſİ\u212a-–.:", max_size=30))
def test_ruled_out_text_has_no_match(text):
    for source, flags in ((r"since (?:the )?(?P<y>(?:19|20)\d\d)", regex.I), (r"(?i:The) end[- ]of \d", 0),
                          (r"\bSince\s+\d", 0), (r"(?:end|since)\b.*-\d", regex.I)):
        pattern = regex.compile(source, flags)
        trigger = trigger_of(pattern)
        if trigger is not None and not _may_match(trigger, text):
            assert pattern.search(text) is None


_ATOMS = st.sampled_from(["a", "b", "A", "K", "s", "1", "-", r"\.", "/", " ", "[ab]", "[^a]", r"\d", r"\D", r"\s", r"\w",
                          "[0-3]", "(?:ab|b1)", "(?:a|1|-)", r"\b", "(?=a)", "(?<!b)", "(?i:ab)", "(?-i:A)", "(?>a1)"])


@st.composite
def _patterns(draw):
    parts = []
    for _ in range(draw(st.integers(1, 7))):
        atom = draw(_ATOMS)
        quantifier = draw(st.sampled_from(["", "", "", "?", "+", "*", "{2}", "{1,3}", "??", "++"]))
        if atom.startswith(("(?=", "(?<!", r"\b")):
            quantifier = ""
        parts.append(atom + quantifier)
    if draw(st.booleans()):
        at = draw(st.integers(0, len(parts)))
        parts[at:at] = ["(?P<g>[-/.])"]
        parts.append("(?P=g)")
    return "".join(parts), draw(st.sampled_from([0, regex.I, regex.A, regex.I | regex.A]))


@given(_patterns(), st.text(alphabet="aAbBsS1 -./\u017f\u212a\u0663\u0130", max_size=24))
def test_random_patterns_never_skip_a_match(source_and_flags, text):
    """Needs and hints of random small patterns: a text they rule out holds no match."""
    pattern = regex.compile(*source_and_flags)
    trigger = trigger_of(pattern)
    if trigger is not None and pattern.search(text) is not None:
        assert _may_match(trigger, text), (pattern.pattern, trigger, text)
