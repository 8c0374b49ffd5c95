"""Pinyin search keys for personal names (full spelling and initials, surname-aware) and the
query normalisation shared by every search path. Pure: pypinyin is imported on first use."""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["COMPOUND_SURNAMES", "SURNAME_READINGS", "name_keys", "normalise_query"]

# Two-character surnames, one toneless syllable per character. pypinyin reads 万俟 as "mo qi"
# only via its phrase table and gets 长孙/尉迟 right only in context, so we fix them here.
# fmt: off
COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "欧阳": ("ou", "yang"), "司马": ("si", "ma"), "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"), "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"),
    "长孙": ("zhang", "sun"), "东方": ("dong", "fang"), "夏侯": ("xia", "hou"),
    "皇甫": ("huang", "fu"), "慕容": ("mu", "rong"), "令狐": ("ling", "hu"),
    "公孙": ("gong", "sun"), "宇文": ("yu", "wen"), "司徒": ("si", "tu"),
    "司空": ("si", "kong"), "澹台": ("tan", "tai"), "公冶": ("gong", "ye"),
    "宗政": ("zong", "zheng"), "濮阳": ("pu", "yang"), "淳于": ("chun", "yu"),
    "太叔": ("tai", "shu"), "申屠": ("shen", "tu"), "轩辕": ("xuan", "yuan"),
    "钟离": ("zhong", "li"), "闾丘": ("lv", "qiu"), "呼延": ("hu", "yan"),
    "端木": ("duan", "mu"), "百里": ("bai", "li"), "东郭": ("dong", "guo"),
    "南宫": ("nan", "gong"), "西门": ("xi", "men"), "赫连": ("he", "lian"),
    "拓跋": ("tuo", "ba"), "第五": ("di", "wu"), "公羊": ("gong", "yang"),
    "亓官": ("qi", "guan"), "司寇": ("si", "kou"), "颛孙": ("zhuan", "sun"),
    "漆雕": ("qi", "diao"), "左丘": ("zuo", "qiu"), "梁丘": ("liang", "qiu"),
    "乐正": ("yue", "zheng"), "独孤": ("du", "gu"), "段干": ("duan", "gan"),
}

# Single-character surnames whose surname reading is not pypinyin's first (most common)
# reading. Listed readings go first; the character's other readings follow as variants.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan",), "曾": ("zeng",), "解": ("xie",), "仇": ("qiu",), "朴": ("piao",),
    "查": ("zha",), "区": ("ou",), "盖": ("ge",), "乐": ("yue", "le"), "覃": ("qin", "tan"),
    "缪": ("miao",), "翟": ("zhai", "di"), "尉": ("wei",), "秘": ("bi",), "种": ("chong",),
    "繁": ("po",), "句": ("gou",), "员": ("yun",), "能": ("nai",), "宓": ("fu", "mi"),
    "召": ("shao",), "长": ("chang",), "重": ("chong",), "柏": ("bai",), "薄": ("bo",),
    "莘": ("shen",), "隗": ("wei", "kui"), "洗": ("xian",), "折": ("she",), "阚": ("kan",),
    "粘": ("nian",), "蔚": ("yu", "wei"), "褚": ("chu",), "郇": ("huan",), "藏": ("zang",),
    "卜": ("bu",), "便": ("pian",), "祭": ("zhai",), "都": ("du",), "角": ("jue",),
    "贲": ("ben",), "沈": ("shen",), "任": ("ren",), "车": ("che",), "万": ("wan",),
}
# fmt: on

_SYLLABLE = re.compile(r"[a-z]+")


def normalise_query(q: str) -> str:
    """NFKC (full-width letters/digits become ASCII), case-folded, stripped."""
    return unicodedata.normalize("NFKC", q).casefold().strip()


@lru_cache(maxsize=1)
def _pinyin_api() -> tuple[Callable[..., list[list[str]]], object]:
    # Imported lazily: pypinyin reads its multi-megabyte dictionaries when it is imported.
    from pypinyin import Style, pinyin

    return pinyin, Style.NORMAL


def _ascii_syllable(reading: str) -> str | None:
    # Style.NORMAL already writes ü as "v"; this folds the odd "ê" (欸) to "e" and drops
    # anything that still is not plain a–z.
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", reading) if not unicodedata.combining(c)
    ).lower()
    return plain if _SYLLABLE.fullmatch(plain) else None


@lru_cache(maxsize=8192)
def char_readings(ch: str) -> tuple[str, ...]:
    """All toneless readings of one character, most common first; () if pypinyin lacks it."""
    pinyin, normal = _pinyin_api()
    # One character at a time on purpose: phrase lookup would hide a given name's other
    # readings, and names are not phrases anyway.
    groups = pinyin(ch, style=normal, heteronym=True, errors="ignore")
    out: list[str] = []
    for group in groups:
        for reading in group:
            syllable = _ascii_syllable(reading)
            if syllable and syllable not in out:
                out.append(syllable)
    return tuple(out)


def _units(name: str) -> list[tuple[str, ...]]:
    """Split a name into positions, each with its candidate syllables (best first).

    A run of ASCII letters/digits is one position spelled as itself; other characters that
    pypinyin does not know (𠮷, most of Ext-B, punctuation, the 间隔号 in 阿依·买买提) are
    skipped, so the keys spell the rest of the name rather than nothing at all."""
    units: list[tuple[str, ...]] = []
    i = 0
    if name[:2] in COMPOUND_SURNAMES:
        for ch, fixed in zip(name[:2], COMPOUND_SURNAMES[name[:2]], strict=True):
            units.append(_with_preferred(fixed, char_readings(ch)))
        i = 2
    elif name[:1] in SURNAME_READINGS:
        units.append(_with_preferred(SURNAME_READINGS[name[0]], char_readings(name[0])))
        i = 1
    while i < len(name):
        ch = name[i]
        if ch.isascii() and ch.isalnum():
            j = i
            while j < len(name) and name[j].isascii() and name[j].isalnum():
                j += 1
            units.append((name[i:j].lower(),))
            i = j
            continue
        if not ch.isascii():
            readings = char_readings(ch)
            if readings:
                units.append(readings)
        i += 1
    return units


def _with_preferred(preferred: str | tuple[str, ...], others: tuple[str, ...]) -> tuple[str, ...]:
    first = (preferred,) if isinstance(preferred, str) else preferred
    return first + tuple(r for r in others if r not in first)


def _best_combinations(units: list[tuple[str, ...]], limit: int) -> list[tuple[int, ...]]:
    """The `limit` reading combinations with the smallest total rank, best first.

    Best-first search instead of itertools.product: product would exhaust the last
    position's readings before varying the surname, and can be huge for long names."""
    start = (0,) * len(units)
    # Heap key (total rank, negated combo): among equal totals, combinations that vary an
    # earlier position (the surname) come out first.
    heap: list[tuple[int, tuple[int, ...]]] = [(0, start)]
    seen = {start}
    out: list[tuple[int, ...]] = []
    while heap and len(out) < limit:
        total, negated = heapq.heappop(heap)
        combo = tuple(-n for n in negated)
        out.append(combo)
        for pos, n in enumerate(combo):
            if n + 1 < len(units[pos]):
                nxt = combo[:pos] + (n + 1,) + combo[pos + 1 :]
                if nxt not in seen:
                    seen.add(nxt)
                    heapq.heappush(heap, (total + 1, tuple(-k for k in nxt)))
    return out


@lru_cache(maxsize=16384)  # the same parties recur across cases; re-indexing hits the cache
def name_keys(name: str, *, max_variants: int = 8) -> tuple[str, ...]:
    """Lowercase ASCII pinyin keys for a person's name, best reading first.

    For every reading combination (at most `max_variants` of them) the keys are the full
    spelling and the initials, e.g. 张三 → ("zhangsan", "zs"). The first character (or the
    first two for a compound surname) uses its surname reading first, then its ordinary
    readings as lower-ranked variants: 单雄信 → "shanxiongxin", "sxx", "danxiongxin", "dxx"
    …, because a clerk who does not know the surname reading will type the ordinary one.
    Characters pypinyin does not know are skipped (𠮷三 → ("san", "s")); a name with no
    known character gives ()."""
    if max_variants < 1:
        raise ValueError("max_variants must be at least 1")
    name = unicodedata.normalize("NFKC", name).strip()
    units = _units(name)
    if not units:
        return ()
    keys: dict[str, None] = {}  # ordered set
    for combo in _best_combinations(units, max_variants):
        syllables = [units[pos][n] for pos, n in enumerate(combo)]
        keys.setdefault("".join(syllables))
        keys.setdefault("".join(s[0] for s in syllables))
    return tuple(keys)
