"""Villages, townships and counties with statistical-style division codes, plus the ethnic mix
of each province the demo villages are placed in."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate
from random import Random

from mediation_desk.services.demo.rand import wpick

_CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (for 第N村民组, 第N联防组; 1 ≤ n ≤ 99)."""
    if not 1 <= n <= 99:
        raise ValueError("cn_number handles 1..99")
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[units] if units else "")


def villager_group_name(n: int) -> str:
    return f"第{cn_number(n)}村民组"


@dataclass(frozen=True, slots=True)
class VillageSpec:
    committee_name: str  # 青石村人民调解委员会
    short_name: str  # 青石村 / 青石 (used in case numbers: （2026）青石人调字第001号)
    village_name: str  # 青石村
    township_name: str  # 白沙镇
    county_name: str  # 清溪县
    region_code: str  # 12-digit 统计用区划代码 of the village committee
    county_code: str  # 6-digit county-level code (GB/T 2260 style), the ID-number address code
    villager_groups: tuple[str, ...]  # 第一村民组 …

    @property
    def province_code(self) -> str:
        return self.county_code[:2]


# Province prefix → (ethnicity, weight). Villages are placed in provinces where minorities the
# brief asks for (回族, 壮族, 苗族, 土家族, 彝族 …) actually live, in roughly realistic shares.
ETHNIC_MIX: dict[str, tuple[tuple[str, float], ...]] = {
    "43": (("汉族", 88.0), ("土家族", 6.0), ("苗族", 5.0), ("侗族", 1.0)),  # 湖南
    "52": (("汉族", 70.0), ("苗族", 12.0), ("布依族", 10.0), ("侗族", 5.0), ("彝族", 3.0)),  # 贵州
    "45": (("汉族", 65.0), ("壮族", 30.0), ("瑶族", 4.0), ("苗族", 1.0)),  # 广西
    "51": (("汉族", 90.0), ("彝族", 7.0), ("藏族", 2.0), ("羌族", 1.0)),  # 四川
    "41": (("汉族", 97.0), ("回族", 3.0)),  # 河南
    "36": (("汉族", 99.5), ("畲族", 0.5)),  # 江西
    "42": (("汉族", 95.0), ("土家族", 4.0), ("苗族", 1.0)),  # 湖北
}
_ETHNIC_TABLES: dict[str, tuple[tuple[str, ...], tuple[float, ...]]] = {
    code: (tuple(e for e, _ in mix), tuple(accumulate(w for _, w in mix)))
    for code, mix in ETHNIC_MIX.items()
}
_HAN_ONLY: tuple[tuple[str, ...], tuple[float, ...]] = (("汉族",), (1.0,))


def pick_ethnicity(rng: Random, province_code: str) -> str:
    names, cum = _ETHNIC_TABLES.get(province_code, _HAN_ONLY)
    return wpick(rng, names, cum)


# Two-character place stems; villages add 村, townships 镇/乡, counties 县.
_VILLAGE_STEMS: tuple[str, ...] = (
    "青石", "柳溪", "桃源", "石桥", "枫林", "河口", "龙潭", "杨柳", "松坪", "马鞍", "黄泥", "大湾",
    "小塘", "新塘", "长冲", "高坪", "竹山", "梅子", "荷花", "金盆", "银杏", "双河", "三合", "五里",
    "张家", "李家", "陈家", "刘家", "周家", "罗家", "谢家", "唐家", "肖家", "田心", "坪上", "岩口",
    "溪口", "塘湾", "花桥", "东山", "南冲", "西坡", "北岭", "长岭", "鹿鸣", "凤凰", "狮子", "卧龙",
    "安乐", "太平", "永兴", "新华", "红星", "光明", "团结", "胜利", "和平", "三岔河", "九龙湾",
    "白果树", "大石板", "十里铺",
)
_TOWNSHIP_STEMS: tuple[str, ...] = (
    "白沙", "石门", "清水", "黄土", "官庄", "花明", "双峰", "大坪", "金鸡", "龙田", "城关", "新市",
    "横山", "古塘", "茶园", "望城", "桥头", "沙河",
)
_COUNTY_STEMS: tuple[str, ...] = (
    "清溪", "云台", "安远", "丰乐", "长宁", "永安", "青山", "宁远", "桂川", "新田", "平江", "龙溪",
)
_PROVINCES: tuple[str, ...] = tuple(ETHNIC_MIX)


def make_village(rng: Random) -> VillageSpec:
    stem = rng.choice(_VILLAGE_STEMS)
    village = stem + "村"
    township_stem = rng.choice([s for s in _TOWNSHIP_STEMS if s != stem])
    is_town = rng.random() < 0.7
    township = township_stem + ("镇" if is_town else "乡")
    county = rng.choice(_COUNTY_STEMS) + "县"
    # County-level codes: province + prefecture (01–13) + 21–32, the range counties (县) use.
    county_code = f"{rng.choice(_PROVINCES)}{rng.randint(1, 13):02d}{rng.randint(21, 32):02d}"
    # 统计用区划代码: towns are numbered 1xx, townships 2xx; village committees 2xx.
    township_code = (100 if is_town else 200) + rng.randint(1, 12)
    region_code = f"{county_code}{township_code:03d}{200 + rng.randint(1, 30):03d}"
    # Some committees abbreviate to the stem (青石), others keep 村 (青石村).
    short = stem if len(stem) >= 2 and rng.random() < 0.5 else village
    groups = tuple(villager_group_name(n) for n in range(1, rng.randint(5, 12) + 1))
    return VillageSpec(
        committee_name=f"{village}人民调解委员会",
        short_name=short[:4],
        village_name=village,
        township_name=township,
        county_name=county,
        region_code=region_code,
        county_code=county_code,
        villager_groups=groups,
    )


DEFAULT_VILLAGE = VillageSpec(
    committee_name="青石村人民调解委员会",
    short_name="青石村",
    village_name="青石村",
    township_name="白沙镇",
    county_name="清溪县",
    region_code="430124101215",
    county_code="430124",
    villager_groups=tuple(villager_group_name(n) for n in range(1, 9)),
)


def group_short(villager_group: str) -> str:
    """第三村民组 → 三组 (the form used in postal addresses)."""
    return villager_group.removeprefix("第").removesuffix("村民组") + "组"
