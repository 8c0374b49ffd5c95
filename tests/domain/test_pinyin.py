"""Pinyin name keys: surname readings, compound surnames, heteronym cap, rare characters."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_desk.domain.pinyin import name_keys, normalise_query

KEY = re.compile(r"[a-z0-9]+")


def test_plain_name_gives_full_spelling_and_initials() -> None:
    assert name_keys("张三") == ("zhangsan", "zs")


def test_surname_reading_comes_first_and_ordinary_reading_is_a_variant() -> None:
    keys = name_keys("单雄信")
    assert keys[:2] == ("shanxiongxin", "sxx")
    # Documented choice: a clerk who does not know the surname reading types "dan".
    assert "danxiongxin" in keys and "dxx" in keys
    assert keys.index("danxiongxin") < keys.index("shanxiongshen")  # surname varies first


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("曾国藩", "zengguofan", "zgf"),
        ("解晓东", "xiexiaodong", "xxd"),
        ("仇远", "qiuyuan", "qy"),
        ("朴槿惠", "piaojinhui", "pjh"),
        ("查良镛", "zhaliangyong", "zly"),
        ("区志航", "ouzhihang", "ozh"),
        ("盖聂", "genie", "gn"),
        ("乐毅", "yueyi", "yy"),
        ("覃海", "qinhai", "qh"),
        ("缪可", "miaoke", "mk"),
        ("翟志刚", "zhaizhigang", "zzg"),
    ],
)
def test_single_surname_readings(name: str, full: str, initials: str) -> None:
    assert name_keys(name)[:2] == (full, initials)


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("欧阳修", "ouyangxiu", "oyx"),
        ("司马光", "simaguang", "smg"),
        ("诸葛亮", "zhugeliang", "zgl"),
        ("上官婉儿", "shangguanwaner", "sgwe"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("万俟卨", "moqixie", "mqx"),
        ("长孙无忌", "zhangsunwuji", "zswj"),
        ("东方朔", "dongfangshuo", "dfs"),
        ("夏侯惇", "xiahoudun", "xhd"),
        ("皇甫谧", "huangfumi", "hfm"),
        ("慕容复", "murongfu", "mrf"),
        ("令狐冲", "linghuchong", "lhc"),
        ("公孙胜", "gongsunsheng", "gss"),
        ("宇文泰", "yuwentai", "ywt"),
        ("司徒雷登", "situleideng", "stld"),
    ],
)
def test_compound_surnames(name: str, full: str, initials: str) -> None:
    assert name_keys(name)[:2] == (full, initials)


def test_u_umlaut_is_written_v() -> None:
    assert name_keys("吕布") == ("lvbu", "lb")


def test_heteronyms_are_capped_at_max_variants() -> None:
    name = "重行乐长"  # every character has two or more readings
    for cap in (1, 2, 8):
        keys = name_keys(name, max_variants=cap)
        fulls = [k for k in keys if len(k) > 4]  # initials are exactly 4 letters here
        assert 1 <= len(fulls) <= cap
        assert len(keys) <= 2 * cap
    assert name_keys(name, max_variants=1) == ("chongxinglezhang", "cxlz")
    assert len(name_keys("重" * 30)) <= 16  # a long name does not explode
    with pytest.raises(ValueError):
        name_keys(name, max_variants=0)


def test_rare_characters_pypinyin_does_not_know_are_skipped() -> None:
    assert name_keys("𠮷") == ()  # U+20BB7: no reading, contributes nothing
    assert name_keys("𠮷祥") == ("xiang", "x")
    assert name_keys("王𠮷")[:2] == ("wang", "w")


def test_ext_a_character_with_a_reading_is_spelled() -> None:
    assert name_keys("刘䶮") == ("liuyan", "ly")  # U+4DAE


@pytest.mark.parametrize("name", ["", "   ", "·", "，。"])
def test_names_without_readable_characters_give_no_keys(name: str) -> None:
    assert name_keys(name) == ()


def test_latin_letters_digits_and_separators() -> None:
    assert name_keys("Tom Li") == ("tomli", "tl")
    assert name_keys("ＡＢ") == ("ab", "a")  # full-width, via NFKC
    assert name_keys("阿依·买买提")[0] == "ayimaimaiti"  # the 间隔号 is skipped


@given(st.text(max_size=12))
def test_any_text_gives_lowercase_ascii_keys(name: str) -> None:
    keys = name_keys(name, max_variants=4)
    assert len(keys) <= 8
    assert len(set(keys)) == len(keys)
    assert all(KEY.fullmatch(k) for k in keys)


def test_normalise_query() -> None:
    assert normalise_query("  ＺｈａｎｇＳａｎ\u3000") == "zhangsan"
    assert normalise_query("张三") == "张三"
    assert normalise_query("") == ""


def test_importing_the_module_does_not_load_pypinyin() -> None:
    code = "import sys, mediation_desk.domain.pinyin; sys.exit('pypinyin' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
