"""Hypothesis properties of the Chinese reading: it never raises, offsets stay valid, no made-up values."""
from __future__ import annotations

import math

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.extractor.chinese.numerals import numeral_value

FAST = settings(max_examples=200, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

PIECES = list("零〇一二两三四五六七八九十廿卅百千万亿点多余约近逾第年月日秋个名剂次人国万亿%％１８，。、；：「」“”")
PIECES += [str(d) for d in range(10)] + list("0123456789.,- ") + [
    "超过", "不到", "以上", "左右", "上百", "数十", "国家", "公里", "美元", "亿美元", "人民币", "分之", "百分之",
    "截至", "以来", "十八大", "二十国集团", "一带一路", "热线", "號", "國家", "億", "萬", "餘", "約", "countries",
    " km", "more than ", "G", "\n", "𠀀", "\u00a0",
    "倍", "个半", "小时", "立方米", "时速", "至", "到", "～", "—", "多达", "电话", "拨打", "届", "中全会", "次会议", "十几",
    "每", "〔", "〕", "号", "余", "年多", "第十四个五年规划", "“两个", "”", "-", "运-",
]


def _check(text, claims):
    last = 0
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert c.start >= last and text[c.start:c.end] == c.text
        for x in (c.value, c.low, c.high):
            assert x is None or math.isfinite(x)
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
        last = c.end


@FAST
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@example("一百百个国家万亿多余约近逾")
@example("第第十五届１８１个國家逾22億劑")
def test_chinese_path_never_raises(vocab, text):
    _check(text, factcheck.extract(text, vocab))


@FAST
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=60),
       st.text(alphabet="0123456789", max_size=6))
def test_arbitrary_han_and_digits(vocab, han, digits):
    text = han[: len(han) // 2] + digits + han[len(han) // 2:]
    _check(text, factcheck.extract(text, vocab))


@FAST
@given(st.integers(min_value=1, max_value=99_999_999))
def test_arabic_figures_read_as_written(vocab, n):
    claims = factcheck.extract(f"共有{n}个国家参加。", vocab)
    assert [(c.value, c.counted) for c in claims] == [(float(n), "country")]


_DIGITS = "零一二三四五六七八九"


def _numeral(n: int) -> str:
    """A Chinese numeral for 1 <= n < 10**8, written the standard way (our own writer, for the property)."""
    def below_10k(k: int, lead: bool) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = k // value % 10
            if d:
                if zero and out:
                    out += "零"
                out += ("" if (unit == "十" and d == 1 and not out and lead) else _DIGITS[d]) + unit
                zero = False
            elif out:
                zero = True
        return out
    high, low = divmod(n, 10_000)
    if not high:
        return below_10k(low, True)
    text = below_10k(high, True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + below_10k(low, False)
    return text


@FAST
@given(st.integers(min_value=1, max_value=99_999_999))
@example(1035)
@example(100_010)
def test_chinese_numerals_round_trip(n):
    assert numeral_value(_numeral(n)) == n


@FAST
@given(st.text(alphabet="零〇一二两三四五六七八九十廿卅百千万亿点", min_size=1, max_size=8))
def test_numerals_parse_or_give_none(run):
    value = numeral_value(run)
    assert value is None or (math.isfinite(value) and value >= 0)


@FAST
@given(st.integers(min_value=1, max_value=99_999_998), st.integers(min_value=1, max_value=99_999_999), st.booleans())
@example(1, 3, False)
@example(2, 3, False)
def test_ranges_read_whole(vocab, a, b, words):
    """"A至B个国家" and "一至三个国家" are one range from A to B, never B countries alone."""
    a, b = min(a, b), max(a, b)
    if a == b:
        b += 1
    first, second = (_numeral(a), _numeral(b)) if words else (str(a), str(b))
    claims = factcheck.extract(f"共有{first}至{second}个国家参加。", vocab)
    assert [(c.kind, c.low, c.high, c.counted) for c in claims] == [("number_range", a, b, "country")]


@FAST
@given(st.integers(min_value=1, max_value=8), st.sampled_from(["十", "百", "千", "万", "十万", "百万"]))
def test_neighbouring_digits_are_a_range(vocab, d, scale):
    """"二三十人", "三四百万人": from the first digit's value to the second's."""
    place = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000}[scale]
    claims = factcheck.extract(f"约需{_DIGITS[d]}{_DIGITS[d + 1]}{scale}人。", vocab)
    assert [(c.kind, c.low, c.high) for c in claims] == [("number_range", d * place, (d + 1) * place)]


@FAST
@given(st.integers(min_value=100, max_value=99_999_999_999), st.sampled_from(["举报电话", "热线", "手机号码", "拨打"]))
def test_numbers_to_dial_are_never_counts(vocab, n, word):
    assert [c.kind for c in factcheck.extract(f"请{word}{n}。", vocab)] == ["identifier"]
