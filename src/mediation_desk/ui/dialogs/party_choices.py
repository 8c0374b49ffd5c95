"""The fixed choices of the party form (role, gender, ID document, agent, ethnicity) and the
one-line description of a registered person shown in search results.

Values are the domain's enum values; the texts are interface strings (context
``PartyChoices``). Ethnicity names are Chinese data written on the paper forms, not UI text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from mediation_desk.domain.enums import AgentType, Gender, IdType, PartyRole
from mediation_desk.domain.views import PersonView
from mediation_desk.ui import labels

_CTX = "PartyChoices"

DEFAULT_ETHNICITY = "汉族"
# The 56 officially recognised ethnic groups, the most common in rural registers first.
ETHNICITIES = (
    "汉族", "壮族", "回族", "满族", "维吾尔族", "苗族", "彝族", "土家族", "藏族", "蒙古族",
    "侗族", "布依族", "瑶族", "白族", "朝鲜族", "哈尼族", "黎族", "哈萨克族", "傣族", "畲族",
    "傈僳族", "东乡族", "仡佬族", "拉祜族", "佤族", "水族", "纳西族", "羌族", "土族", "仫佬族",
    "锡伯族", "柯尔克孜族", "景颇族", "达斡尔族", "撒拉族", "布朗族", "毛南族", "塔吉克族",
    "普米族", "阿昌族", "怒族", "鄂温克族", "京族", "基诺族", "德昂族", "保安族", "俄罗斯族",
    "裕固族", "乌孜别克族", "门巴族", "鄂伦春族", "独龙族", "赫哲族", "高山族", "珞巴族",
    "塔塔尔族",
)

GENDERS: dict[str, str] = {
    Gender.UNKNOWN.value: QT_TRANSLATE_NOOP("PartyChoices", "not given"),
    Gender.MALE.value: QT_TRANSLATE_NOOP("PartyChoices", "male"),
    Gender.FEMALE.value: QT_TRANSLATE_NOOP("PartyChoices", "female"),
}

ID_TYPES: dict[str, str] = {
    IdType.RESIDENT_ID.value: QT_TRANSLATE_NOOP("PartyChoices", "Resident ID card"),
    IdType.HMT_PERMIT.value: QT_TRANSLATE_NOOP("PartyChoices", "HK/Macao/Taiwan permit"),
    IdType.PASSPORT.value: QT_TRANSLATE_NOOP("PartyChoices", "Passport"),
    IdType.OTHER.value: QT_TRANSLATE_NOOP("PartyChoices", "Other document"),
}

AGENT_TYPES: dict[str, str] = {
    AgentType.NONE.value: QT_TRANSLATE_NOOP("PartyChoices", "none"),
    AgentType.AUTHORISED.value: QT_TRANSLATE_NOOP("PartyChoices", "authorised agent"),
    AgentType.LEGAL.value: QT_TRANSLATE_NOOP("PartyChoices", "legal representative (guardian)"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def fill_combo(combo: QComboBox, options: dict[str, str]) -> None:
    """Items with the translated text and the stored value as item data."""
    combo.clear()
    for value, source in options.items():
        combo.addItem(_tr(source), value)


def fill_roles(combo: QComboBox) -> None:
    combo.clear()
    for role in PartyRole:
        combo.addItem(labels.role_label(role.value), role.value)


def fill_ethnicities(combo: QComboBox) -> None:
    combo.clear()
    combo.addItems(list(ETHNICITIES))
    combo.setCurrentText(DEFAULT_ETHNICITY)


def select_value(combo: QComboBox, value: str | None) -> None:
    """Select the item whose data is ``value``; unknown values leave the choice unchanged."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def gender_text(gender: str) -> str:
    """Empty for "unknown": a blank cell reads better in a table than "not given"."""
    return _tr(GENDERS[gender]) if gender in GENDERS and gender != Gender.UNKNOWN else ""


def age_text(age: int | None) -> str:
    if age is None:
        return ""
    return QCoreApplication.translate("PartyChoices", "%n year(s) old", "", age)


def person_summary(p: PersonView) -> str:
    """张三　女　46岁　身份证 110105********002X　电话 138****5678　青石村三组14号"""
    parts = [p.name, gender_text(p.gender), age_text(p.age)]
    if p.id_number_masked:
        parts.append(labels.fill(QCoreApplication.translate("PartyChoices", "ID %1"),
                                 p.id_number_masked))
    if p.phone_masked:
        parts.append(labels.fill(QCoreApplication.translate("PartyChoices", "phone %1"),
                                 p.phone_masked))
    parts.append(p.address)
    return "　".join(part for part in parts if part)
