"""Cheap tests before slow patterns (speed round 3): each rules a text out only where the pattern finds nothing."""
from __future__ import annotations

import random

import regex
from hypothesis import given, strategies as st

from factcheck.extractor import passes
from factcheck.extractor.wordtest import may_hold
from factcheck.framevocab import _anywhere
from factcheck.triggers import TextProbe, Trigger

_WORDS = ["one", "One", "ONE", "two", "seven", "ſeven", "1", "12", "3", "in", "In", "IN", "out", "of", "every", "a",
          "hundred", "thousand", "million", "five", "ten-fold", "2.5-fold", "fold", "twenty", "2019", "word", "\t",
          "\n", ",", "."]


class _Line(passes.SimplePasses):
    def __init__(self, norm: str):
        self.norm = norm
        self.probe = TextProbe(norm)


def test_ratio_pattern_runs_where_it_could_match():
    """Where ``_may_hold_ratio`` says no ratio of numbers can match, ``_RATIO`` finds what ``_FOLD`` finds."""
    rng = random.Random(7)
    for _ in range(20_000):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 10)))
        if rng.random() < 0.3:
            text = text.replace(" ", "", rng.randint(0, 3))
        if not _Line(text)._may_hold_ratio():
            assert [m.span() for m in passes._RATIO.finditer(text)] == [
                m.span() for m in passes._FOLD.finditer(text)], text


_PHRASES = ("death toll", "deaths", "crew-members", "in length", "height", "o'clock", "half-year", "x2 rating")


@given(st.text(alphabet="deathtolsDEATHcrewmbrinlgHIGH-'2x \nſİ\u212aé", max_size=40))
def test_word_test_never_rules_out_a_match(text):
    pattern = _anywhere(_PHRASES)
    if not may_hold(text, _PHRASES, {}):
        assert pattern.search(text) is None


def test_word_test_rules_out_clauses_without_the_words():
    assert not may_hold("The tower rose 300 metres", _PHRASES, {})
    assert may_hold("a death toll of 300", _PHRASES, {})
    assert may_hold("ſomething", _PHRASES, {})  # cannot tell: the regex module reads ſ as s
    assert may_hold("anything", None, {})


def test_needs_answer_as_in_tests():
    """Every need answered at once (``literalscan.NeedIndex``) holds exactly where one of its literals is in the
    text, for needs of one literal and of many, case-insensitive or not, with characters lower case cannot tell."""
    literals = [(w, folded) for folded in (True, False) for w in ("Apt", "box", "Suite", "ninth", "ſ", "-", "in", "x")]
    rng = random.Random(3)
    for _ in range(800):  # (each round registers three triggers more: 2,000 rounds took 17 s of the suite)
        triggers = [Trigger(tuple(tuple(rng.sample(literals, rng.randint(1, 14))) for _ in range(rng.randint(1, 3))))
                    for _ in range(3)]
        text = "".join(rng.choice(["apt", "BOX", "suite", "Ninth", "x", " ", "-", "İ", "ſ", "In"]) for _ in range(6))
        probe = TextProbe(text)
        for trigger in triggers:
            expected = all(any((probe.lowered is None or lit in probe.lowered) if folded else lit in text
                               for lit, folded in need) for need in trigger.needs)
            assert probe.has_needs(trigger) == expected, (trigger.needs, text)
            assert (trigger.mask & probe.held() == trigger.mask) == expected, (trigger.needs, text)


def test_needs_of_a_trigger_made_after_the_probe_answered():
    """A trigger whose needs are new to the index, asked of a probe that already answered others, is answered."""
    probe = TextProbe("the quarterly zyxwvut figures")
    assert probe.has_needs(Trigger(((("quarterly", True),),)))
    assert probe.has_needs(Trigger(((("zyxwvut", True),),)))
    assert not probe.has_needs(Trigger(((("zyxwvu2", True),),)))
    later = Trigger(((("quarterl", True),),))
    assert later.mask & probe.held() == later.mask


def test_pickled_trigger_takes_the_bits_of_its_process():
    """A trigger travels without its mask: unpickled, it takes its needs' bits from the index it lands in."""
    import pickle

    trigger = Trigger(((("tuvwxyz", True), ("ZYX", False)),))
    copy = pickle.loads(pickle.dumps(trigger))
    assert copy == trigger and copy.mask == trigger.mask and TextProbe("a ZYX b").has_needs(copy)


def test_measure_phrases_bounded_by_word_characters():
    """The measure-phrase pattern's bounds are ``(?<!\\w)``/``(?!\\w)``: a hyphen beside a phrase does not hide it."""
    pattern = regex.compile(r"(?i)(?<!\w)(?:(?P<p0>lifted\s+off))(?!\w)")
    text = "pre-lifted off-site"
    assert pattern.search(text) and may_hold(text, ("lifted off",), {})


def test_clue_lists_hold_every_match():
    """Each frame pattern tested by clues first (``wordtest.written``) never matches where none is written."""
    from factcheck.extractor import frame_qualifiers, frames
    from factcheck.extractor.wordtest import written

    pairs = [(frames._PER_PERIOD, frames._PER_PERIOD_CLUES), (frames._WHOLE, frames._WHOLE_CLUES),
             (frame_qualifiers._STATISTIC, frame_qualifiers._STATISTIC_CLUES), (frames._PART_OF_YEAR, ("quarter", "half")),
             (frames._RATE_LABEL, ("ly", "per "))]
    words = ["each", "EVERY", "per", "a", "day", "WEEK", "month", "hour", "night", "daily", "Weekly", "nightly",
             "worldwide", "GLOBALLY", "nationwide", "in total", "overall", "average", "Median", "mean", "minimum",
             "maximum", "typical", "starting", "first quarter", "half-year", "quarterly", "the", "of", "ſ", "İ",
             "\u212a", "in", "for", "people", "40"]
    rng = random.Random(11)
    for _ in range(20_000):
        text = " " + " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        for pattern, clues in pairs:
            if pattern.search(text):
                assert written(text, clues, {}), (pattern.pattern, text)


def test_backward_search_finds_what_the_forward_one_finds():
    """``wordtest.ends_with`` (a ``$``-anchored pattern searched backwards) answers as ``search`` does."""
    import factcheck
    from factcheck.extractor.wordtest import ends_with

    pattern = factcheck.load_vocabulary().frames.change_before
    words = ["increased", "by", "an", "increase", "of", "up", "down", "rose", "fell", "a", "net", "gain", "loss",
             "$", "US$", "€", "£", " ", "  ", "-", "pre", "ſ", "İ", "\u212a", "UP", "Dropped", "x", "2"]
    rng = random.Random(5)
    for _ in range(30_000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", "\n"]) for _ in range(rng.randint(0, 8)))
        assert ends_with(pattern, text) == (pattern.search(text) is not None), text


def test_day_or_month_clues_and_edges():
    """A weekday or month phrase always holds a clue; a phrase after a figure opens with an Edge character."""
    import factcheck
    from factcheck.extractor import frame_qualifiers
    from factcheck.extractor.wordtest import may_open

    for text in ("on Monday", "in January", "on  Sunday", "in\tDecember"):
        assert frame_qualifiers._DAY_OR_MONTH.search(text) and any(
            w in text for w in frame_qualifiers._DAY_OR_MONTH_CLUES)
    fv = factcheck.load_vocabulary().frames
    rng = random.Random(9)
    for name in ("rate_after", "change_after", "share_after"):
        phrases, pattern = fv.cue_phrases[name], getattr(fv, name)
        for _ in range(3_000):
            text = rng.choice(["", " ", "  -", "\n"]) + rng.choice(phrases + ("x", "ſ", "İ", "\u212a")).upper() * \
                rng.randint(0, 1) + rng.choice(["", " of", "s", "-x"])
            if pattern.match(text):
                assert may_open(text, phrases), (name, text)


def test_fast_hints_find_what_their_hints_find(vocab):
    """A hint's ``re`` form (``triggerhints.fast_form``), searched in the lower-cased text, finds a match wherever
    the hint does, on every text the probe lets it read (speed round 6)."""
    from factcheck.extractor.dates import find_dates

    list(find_dates("in May 2019", vocab))  # (the date patterns' triggers are built at their first use)
    triggers = [t for t in vocab.compiled["triggers"].values() if t is not None and t.fast_hint is not None]
    triggers += [t for _, _, t, _ in vocab.compiled["dates"].patterns if t is not None and t.fast_hint is not None]
    words = ["January", "may", "SEPT", "first", "Twenty", "third", "quarter", "hundreds", "of", "thousands", "in",
             "during", "the", "H1", "q3", "from", "between", "to", "and", "2019", "1995", "12", "3rd", "\u00e9t\u00e9",
             "\u2013", "-", "\u017f", "\u0130", "\u212a", "\x1c", "\U0001d7d8", "\u0663", ",", "."]
    rng = random.Random(17)
    checked = 0
    for _ in range(4_000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", "\t", "", "-"]) for _ in range(rng.randint(1, 8)))
        probe = TextProbe(text)
        for trigger in triggers:
            if trigger.hint.search(text):
                checked += 1
                assert probe.fast_text is None or trigger.fast_hint.search(probe.fast_text), (trigger.hint.pattern,
                                                                                              text)
    assert len(triggers) > 20 and checked > 1_000


def test_date_window_hints_hold_every_match(vocab):
    """Every match of a date pattern holds its window hints (``dates._window_hints``, ``dates._HINTS``) and, where
    the pattern needs one, a month name."""
    from factcheck.extractor import dates

    hints = dates._window_hints(vocab)
    month_names = regex.compile(f"(?i:{dates._month_names(vocab)})")
    words = ["May", "may", "MARCH", "Dec.", "Sept", "1st", "22nd", "3", "31", "the", "of", "twenty-first", "second",
             "Monday,", "to", "-", "2019", "1793", "in", "Q3", "2q", "H1", "quarter", "half", "and", "2020/21",
             "2015-3", "3/2015", "2019.12", "\u017f", "\u0130", "\u212a", ","]
    rng = random.Random(23)
    for _ in range(6_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 7)))
        for name, pattern in dates._patterns(vocab):
            for m in pattern.finditer(text, overlapped=True):
                if name in hints:
                    assert hints[name][0].search(text, m.start(), m.end()), (name, text)
                if name in dates._NEEDS_MONTH:
                    assert month_names.search(text, m.start(), m.end()), (name, text)
                if name in dates._HINTS:
                    assert dates._HINTS[name].search(text, m.start(), m.end()), (name, text)


def test_phrases_in_finds_what_finditer_finds(vocab):
    """``wordtest.phrases_in`` (matching only where a phrase's first word starts) finds the matches ``finditer``
    finds, for the frame patterns it serves."""
    from factcheck.extractor.wordtest import phrases_in

    fv = vocab.frames
    cases = [(fv.property_words, fv.property_of), (fv.noun_forms, fv.noun_form_measure),
             (fv.phrase_measure, fv.cue_phrases["phrase_measure"])]
    rng = random.Random(29)
    for pattern, phrases in cases:
        words = [str(p) for p in list(phrases)[:40]] + ["the", "x", "-", "'s", "2", "\u017f", "\u212a", "\u00e9"]
        for _ in range(2_000):
            text = "".join(rng.choice(words) + rng.choice([" ", "", "-", ", "]) for _ in range(rng.randint(1, 6)))
            text = text.upper() if rng.random() < 0.2 else text
            assert [m.span() for m in phrases_in(pattern, text, phrases, {})] == [
                m.span() for m in pattern.finditer(text)], text


def test_edges_answer_alike_with_shared_openings(vocab):
    """An opening Edge answers the same whether it reads the text itself or the ``openings`` the Edges asked at
    an offset share (``triggers.opening_at``)."""
    edges = [e for e in vocab.compiled["edges"].values() if e is not None and not e.closing]
    words = ["million", "bn", "k", "M", "or more", "-odd", "+", "dollars", "\u20ac", "km", "kg", "mph", "x", "-",
             " ", "  ", "\t", "\u017f", "\u212a", "\u00e9t\u00e9", "5", ",", "US"]
    rng = random.Random(31)
    for _ in range(3_000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        openings: dict = {}
        for at in range(len(text) + 1):
            for edge in edges:
                assert edge.may_match(text, at, openings) == edge.may_match(text, at), (text, at)


def test_number_words_tried_only_where_they_can_start(vocab):
    """``windows.scan_at`` at ``number_word_starts`` finds what ``scan`` finds for the number-word pattern, windows
    cut inside words, articles, blanks and hyphens included (speed round 7)."""
    from factcheck.extractor.windows import number_word_starts, scan, scan_at, windows_around, word_hits

    pattern, plain = vocab.pattern("number_words"), vocab.compiled["plain_number_words"]
    words = ["a", "A", "an", "AN", "the", "one", "Two", "seven", "SEVENTEEN", "sevenfold", "hundred", "Thousand",
             "millions", "dozen", "and", "point", "five", "ten", "tenth", "x", "_", "9", "ba", "\u00e9", "several",
             "quarter", "half"]
    rng = random.Random(31)
    checked = 0
    for _ in range(3_000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", "\n", "", "-", " - ", ", ", "\u00a0"])
                       for _ in range(rng.randint(1, 40)))
        probe, hits = TextProbe(text), word_hits(text, vocab)
        if probe.lowered is None or hits is None:
            continue
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 2 * rng.randint(1, 4))))
        for windows in (windows_around(hits, len(text)), list(zip(cuts[::2], cuts[1::2]))):
            expected = [m.span() for m in scan(pattern, text, windows)]
            assert [m.span() for m in scan_at(pattern, text, windows, number_word_starts(
                probe.lowered, hits, windows, plain))] == expected, (text, windows)
            checked += bool(expected)
    assert checked > 1_000


def test_scientific_windows_hold_every_match():
    """``measures.scientific_windows`` keeps every digit window SCIENTIFIC finds a match in (speed round 7)."""
    from factcheck.extractor.measures import SCIENTIFIC, scientific_windows
    from factcheck.extractor.windows import digit_windows, scan

    parts = ["1.5", "e", "E", "-", "+", "3", "x", "X", "10", "^", "*", "**", "(", ")", "×", "·", "⁻", "³", " ", "  ",
             "a", "\u0663", "word", "\n", "y" * 50]
    rng = random.Random(37)
    held = 0
    for _ in range(20_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 14)))
        windows = digit_windows(text)
        found = [m.span() for m in scan(SCIENTIFIC, text, windows)]
        held += bool(found)
        assert [m.span() for m in scan(SCIENTIFIC, text, scientific_windows(text, windows))] == found, text
    assert held > 100


def test_whole_line_character_tests():
    """The vulgar-fraction class holds no ASCII character (a line of ASCII skips its search), and the any-digit class
    reads every character of the Basic Multilingual Plane alike in Python's re and the regex module."""
    from factcheck.extractor import core, document

    assert not any(core._VULGAR_CHAR.match(chr(i)) for i in range(128))
    alike = regex.compile(document._ANY_DIGIT.pattern)
    assert all(bool(document._ANY_DIGIT.match(chr(i))) == bool(alike.match(chr(i))) for i in range(0x10000))
