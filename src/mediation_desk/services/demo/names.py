"""Chinese personal names: surnames weighted by their frequency in the population, given names
that follow the fashion of the birth decade, and a small share of rare characters."""

from __future__ import annotations

from itertools import accumulate
from random import Random

from mediation_desk.services.demo.rand import pick, wpick

# Frequencies in per-mille, rounded from national surname statistics (2020 census report).
# 曾 is frequent and also one of the surnames with a special reading (zēng), so it sits here.
_COMMON_SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 71.2), ("李", 70.0), ("张", 67.4), ("刘", 51.0), ("陈", 46.1), ("杨", 32.2),
    ("黄", 24.5), ("赵", 22.9), ("吴", 20.5), ("周", 20.4), ("徐", 16.3), ("孙", 15.4),
    ("马", 14.8), ("朱", 14.0), ("胡", 13.4), ("郭", 12.2), ("何", 11.8), ("林", 11.5),
    ("高", 11.2), ("罗", 10.8), ("郑", 10.7), ("梁", 9.6), ("谢", 8.8), ("宋", 8.4),
    ("唐", 8.2), ("许", 7.8), ("韩", 7.7), ("冯", 7.4), ("邓", 7.4), ("曹", 7.3),
    ("彭", 7.1), ("曾", 6.9), ("肖", 6.5), ("田", 6.3), ("董", 6.2), ("袁", 5.8),
    ("潘", 5.7), ("于", 5.6), ("蒋", 5.5), ("蔡", 5.4), ("余", 5.3), ("杜", 5.2),
    ("叶", 5.1), ("程", 5.0), ("苏", 4.9), ("魏", 4.8), ("吕", 4.7), ("丁", 4.6),
    ("任", 4.4), ("沈", 4.3), ("姚", 4.2), ("卢", 4.1), ("姜", 4.0), ("崔", 3.9),
    ("钟", 3.8), ("谭", 3.7), ("陆", 3.6), ("汪", 3.5), ("范", 3.4), ("金", 3.3),
    ("石", 3.2), ("廖", 3.1), ("贾", 3.0), ("夏", 2.9), ("韦", 2.8), ("付", 2.7),
    ("方", 2.6), ("白", 2.5), ("邹", 2.4), ("孟", 2.3), ("熊", 2.2), ("秦", 2.1),
    ("邱", 2.0), ("江", 2.0), ("尹", 1.9), ("薛", 1.8), ("闫", 1.7), ("段", 1.6),
    ("雷", 1.6), ("侯", 1.5), ("龙", 1.5), ("史", 1.4), ("陶", 1.4), ("黎", 1.3),
    ("贺", 1.3), ("顾", 1.2), ("毛", 1.2), ("郝", 1.2), ("龚", 1.1), ("邵", 1.1),
    ("万", 1.1), ("钱", 1.0), ("严", 1.0), ("覃", 1.0), ("武", 1.0), ("戴", 0.9),
    ("莫", 0.9), ("孔", 0.9), ("向", 0.9), ("汤", 0.9),
)
# Surnames read differently from the ordinary character (单 shàn, 解 xiè, 仇 qiú, 朴 piáo,
# 查 zhā, 区 ōu): they exercise pinyin sorting and search.
SPECIAL_READING_SURNAMES: tuple[str, ...] = ("单", "曾", "解", "仇", "朴", "查", "区")
_SPECIAL_SURNAMES: tuple[tuple[str, float], ...] = (
    ("单", 0.6), ("解", 0.5), ("仇", 0.3), ("朴", 0.3), ("查", 0.4), ("区", 0.3),
)
COMPOUND_SURNAMES: tuple[str, ...] = ("欧阳", "司马", "诸葛", "上官")
_COMPOUND: tuple[tuple[str, float], ...] = (
    ("欧阳", 0.8), ("司马", 0.3), ("诸葛", 0.2), ("上官", 0.3),
)
_ALL_SURNAMES = _COMMON_SURNAMES + _SPECIAL_SURNAMES + _COMPOUND
_SURNAMES: tuple[str, ...] = tuple(s for s, _ in _ALL_SURNAMES)
_SURNAME_CUM: tuple[float, ...] = tuple(accumulate(w for _, w in _ALL_SURNAMES))

# Given-name characters by generation: (first characters, second characters, single names).
# Born before 1970: 建国/秀英 style; 1970–1994: 志刚/丽娟; from 1995: 浩然/欣怡.
_MALE_POOLS: tuple[tuple[str, str, str], ...] = (
    ("建国德金永福长树忠振志新卫保庆文明", "国华民军林生明山贵才富成平强荣发祥", "福贵生林明军华山"),
    ("志海建永晓小国俊明文伟红立卫军宏", "刚强伟军勇斌峰涛辉波明杰龙平鹏东", "伟强军勇杰涛斌超辉刚平峰磊健波"),
    ("浩子梓宇俊一思博家嘉天明昊文皓锦", "轩然宇泽航辰博豪阳睿杰涵晨铭浩凯", "浩鑫凯俊帅昊宇航睿杰"),
)
_FEMALE_POOLS: tuple[tuple[str, str, str], ...] = (
    ("秀桂玉淑凤春素翠金月兰美", "英兰珍芳华梅琴花荣莲云霞香", "英兰珍芳梅琴花"),
    ("丽晓小海春红雪秀艳美彩金慧冬", "娟霞燕红艳丽敏芳玲萍梅静琴华英", "芳娜敏静丽艳娟霞燕玲萍红梅"),
    ("欣梓子雨佳思诗若语可紫一晓雅梦婉", "涵怡萱琪彤悦妍雯琳菲瑶诺欣婷蕾雪", "婷雪慧洁丹颖倩琳悦妍"),
)
# Rare characters that break naive fonts, encodings and sorting. 𠮷 (U+20BB7) lies outside
# the BMP and is one code point but two UTF-16 units; the others are in CJK Ext-A or rare.
RARE_CHARACTERS: tuple[str, ...] = ("𠮷", "䶮", "㛃", "堃", "喆", "昇", "珺", "赟", "淼", "犇")
_RARE_MALE = "𠮷䶮堃喆昇赟淼犇"
_RARE_FEMALE = "𠮷㛃珺赟淼"
RARE_NAME_RATE = 0.02


def _generation(birth_year: int) -> int:
    if birth_year < 1970:
        return 0
    return 1 if birth_year < 1995 else 2


def pick_surname(rng: Random) -> str:
    return wpick(rng, _SURNAMES, _SURNAME_CUM)


def make_given_name(rng: Random, gender: str, birth_year: int) -> str:
    """One or two characters; about 2 % of names carry a rare character."""
    pools = _MALE_POOLS if gender == "male" else _FEMALE_POOLS
    first, second, single = pools[_generation(birth_year)]
    if rng.random() < 0.22:
        name = pick(rng, single)
    else:
        a = pick(rng, first)
        b = pick(rng, second)
        # A doubled character (明明) is a nickname, not an official name.
        name = a + (b if b != a else pick(rng, second.replace(a, "")))
    if rng.random() < RARE_NAME_RATE:
        rare = pick(rng, _RARE_MALE if gender == "male" else _RARE_FEMALE)
        if len(name) == 1:
            name = rare
        elif rng.random() < 0.6:
            name = name[0] + rare
        else:
            name = rare + name[1]
    return name


def make_name(rng: Random, gender: str, birth_year: int, surname: str | None = None) -> str:
    return (surname or pick_surname(rng)) + make_given_name(rng, gender, birth_year)


def surname_of(name: str) -> str:
    """The surname part of a full name (compound surnames are two characters)."""
    return name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
