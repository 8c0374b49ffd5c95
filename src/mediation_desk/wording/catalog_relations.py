"""Sentences for the codes of family ties and conflict-of-interest checks: (Chinese, English) per code."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- recording ties (services/relations.py) -------------------------------------------
    "relation.self": ("不能把一个人登记为自己的亲属", "a person cannot be their own relative"),
    "relation.duplicate": ("与{name}的亲属关系已经登记过了；如需更改，请先删除原来的那条",
                           "a tie with {name} is already recorded; remove it first to change it"),
    "not_found/relation": ("找不到亲属关系「{key}」（可能已经删除）；可以用 relative list 查看",
                           "relation '{key}' not found (perhaps removed); see relative list"),
    # --- conflicts of interest (services/conflicts.py); {relation} arrives as a label -------
    "conflict.is_party": ("{mediator}本人就是当事人{party}", "{mediator} is the party {party}"),
    "conflict.same_household": ("{mediator}与当事人{party}同住一户",
                                "{mediator} lives in the household of the party {party}"),
    "conflict.relative": ("{mediator}是当事人{party}的{relation}{close}",
                          "{mediator} is the {relation} of the party {party}{close}"),
    "conflict.group_head": ("{mediator}是当事人{party}所在联防组「{group}」的中心户长",
                            "{mediator} heads the joint-defence group {group} of the party {party}"),
    "conflict.right": ("当事人有权选择或者接受调解员（人民调解法第二十三条），也可以要求调解员回避。"
                       "这里只是提示，不影响保存。",
                       "Parties may choose or accept their mediator (People's Mediation Law, "
                       "Art. 23) and may ask a mediator to step aside. This is a reminder; "
                       "it does not stop saving."),
}

FIELDS: dict[str, tuple[str, str]] = {
    "relative_id": ("亲属", "relative"),
    "relation": ("亲属关系", "relation"),
    "relation_id": ("亲属关系编号", "relation id"),
}

INDEXED: dict[str, tuple[str, str]] = {}

# What one person is to another (domain.enums.Relation); the gendered words read better
# (「父亲」 rather than 「父母」) and are used when the gender is known.
RELATIONS: dict[str, tuple[str, str]] = {
    "spouse": ("配偶", "spouse"), "parent": ("父母", "parent"), "child": ("子女", "child"),
    "sibling": ("兄弟姐妹", "sibling"), "grandparent": ("祖父母或外祖父母", "grandparent"),
    "grandchild": ("孙子女或外孙子女", "grandchild"), "in_law": ("姻亲", "in-law"),
    "other": ("其他亲属", "other relative"),
}
GENDERED: dict[tuple[str, str], tuple[str, str]] = {
    ("spouse", "male"): ("丈夫", "husband"), ("spouse", "female"): ("妻子", "wife"),
    ("parent", "male"): ("父亲", "father"), ("parent", "female"): ("母亲", "mother"),
    ("child", "male"): ("儿子", "son"), ("child", "female"): ("女儿", "daughter"),
    ("sibling", "male"): ("兄弟", "brother"), ("sibling", "female"): ("姐妹", "sister"),
    ("grandparent", "male"): ("祖父或外祖父", "grandfather"),
    ("grandparent", "female"): ("祖母或外祖母", "grandmother"),
    ("grandchild", "male"): ("孙子或外孙", "grandson"),
    ("grandchild", "female"): ("孙女或外孙女", "granddaughter"),
}
CLOSE_NOTE: tuple[str, str] = ("（近亲属）", " (close relative)")
