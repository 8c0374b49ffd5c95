"""Community records: screening findings (排查), patrol logs and incident reports of 十户联防
groups, mediator training and specialties. Texts use 张某某-style names, as registers do."""

from __future__ import annotations

from itertools import accumulate
from random import Random

from mediation_desk.services.demo.names import pick_surname
from mediation_desk.services.demo.places import VillageSpec, cn_number, group_short

# Codes of the MEDIATOR_SPECIALTY code table (domain/codes.py, domain.md §8).
MEDIATOR_SPECIALTIES: tuple[str, ...] = (
    "family", "elderly_support", "boundary", "forest", "funeral", "housing", "roads",
    "economic", "labour", "property", "medical", "traffic",
)
# Village mediators are mostly generalists for family, elderly-support and boundary matters.
_SPECIALTY_WEIGHTS: tuple[float, ...] = (10, 8, 8, 5, 3, 6, 3, 4, 3, 1, 1, 2)


def pick_specialties(rng: Random) -> tuple[str, ...]:
    """One to three distinct specialties, in code-table order."""
    count = rng.choices((1, 2, 3), weights=(40, 40, 20))[0]
    chosen: set[str] = set()
    while len(chosen) < count:
        chosen.add(rng.choices(MEDIATOR_SPECIALTIES, weights=_SPECIALTY_WEIGHTS)[0])
    return tuple(code for code in MEDIATOR_SPECIALTIES if code in chosen)


def joint_defense_group_name(villager_group: str, n: int) -> str:
    """第三村民组 + 1 → 第三村民组第一联防组."""
    return f"{villager_group}第{cn_number(n)}联防组"


def _someone(rng: Random) -> str:
    # Registers and reports abbreviate names of the persons concerned (王某某 / 王某).
    return pick_surname(rng) + ("某某" if rng.random() < 0.6 else "某")


_HILLS = ("后山", "狮子岭", "黄土岗", "大坳山", "茶山坳")
_PROJECTS = ("县道改扩建", "高标准农田建设", "光伏电站", "高速公路连接线")
_RISK = ("low", "medium", "high")


def make_screening_finding(rng: Random, village: VillageSpec) -> tuple[str, str, str]:
    """(description, dispute category code, risk level low/medium/high)."""
    g = rng.choice(village.villager_groups)
    x, y = _someone(rng), _someone(rng)
    kind = rng.randrange(12)
    if kind == 0:
        text, cat, w = f"{g}{x}与{y}两家因排水问题多次发生口角，关系紧张。", "neighbour", (5, 4, 1)
    elif kind == 1:
        text, cat, w = (f"{g}{x}拆旧建新，与邻居{y}对宅基地界址有异议，已停工。", "housing_homestead",
                        (3, 5, 2))
    elif kind == 2:
        text, cat, w = (f"{g}{x}年过八旬独居，子女对赡养问题互相推诿，老人多次到村委会反映。",
                        "marriage_family", (3, 5, 2))
    elif kind == 3:
        text, cat, w = (f"{g}{x}夫妻长期不和，近期争吵频繁，女方已带孩子回娘家。", "marriage_family",
                        (5, 4, 1))
    elif kind == 4:
        g2 = rng.choice([v for v in village.villager_groups if v != g] or [g])
        text, cat, w = (f"{g}与{g2}对{rng.choice(_HILLS)}山林权属存在争议，群众情绪较大，有聚集苗头。",
                        "forest_land", (0, 3, 7))
    elif kind == 5:
        text, cat, w = (f"{g}{rng.randint(3, 12)}名村民在外务工被拖欠工资，准备集体讨薪。", "labour",
                        (1, 5, 4))
    elif kind == 6:
        text, cat, w = (f"{rng.choice(_PROJECTS)}项目征地涉及{g}{rng.randint(5, 30)}户，部分农户对青苗补偿"
                        f"标准有意见。", "land_requisition_demolition", (2, 6, 2))
    elif kind == 7:
        text, cat, w = f"{g}一养猪场粪污直排，周边农户反映强烈。", "environmental_pollution", (3, 5, 2)
    elif kind == 8:
        text, cat, w = f"{x}与{y}之间的借款到期未还，双方多次争吵。", "contract", (6, 3, 1)
    elif kind == 9:
        text, cat, w = (f"{g}{x}家的狗咬伤邻居{y}的孩子，双方就医疗费分担未达成一致。", "damages",
                        (6, 4, 0))
    elif kind == 10:
        text, cat, w = (f"{g}{x}与{y}因承包地田埂移位发生争执，在田间推搡。", "forest_land", (3, 5, 2))
    else:
        text, cat, w = f"{x}在村民微信群发布不实言论，引起{y}不满。", "other", (6, 4, 0)
    return text, cat, rng.choices(_RISK, weights=w)[0]


_ROUTES = (
    "村口—村委会—村小学—河堤沿线", "主干道—集贸点—卫生室", "各组居民点—山塘—村部",
    "村小学周边及村道弯道", "沿河护栏—老桥—水库大坝", "留守老人集中居住点",
)
_NORMAL = (
    "村内秩序正常，未发现可疑人员和车辆。", "沿途宣传防盗防诈骗知识，提醒村民关好门窗。",
    "检查了重点户门锁和电动车停放情况，未见异常。", "入户走访留守老人3户，均身体安好。",
    "劝离夜间在村小学门口逗留的外村青年2名。",
)
_HAZARDS = (
    "村道弯道处一盏路灯损坏，已报村委会维修。", "河边护栏缺失约5米，已设置临时警示标志。",
    "一户门前柴草堆放紧靠灶房，存在火灾隐患，已当面提醒。", "山塘水位上涨，坝脚有渗水，已报村干部查看。",
    "电动车在楼道内充电，已劝导整改。", "废弃机井未加盖，已用石板临时覆盖。",
)


def make_patrol_observation(rng: Random) -> tuple[str, str]:
    """(observations, hazards found or "")."""
    route = rng.choice(_ROUTES)
    observed = f"按{route}路线巡逻。" + "".join(rng.sample(_NORMAL, rng.randint(1, 2)))
    hazards = rng.choice(_HAZARDS) if rng.random() < 0.3 else ""
    return observed, hazards


_INCIDENT_KINDS = ("dispute", "security_hazard", "suspicious_person", "fire", "welfare", "other")
_INCIDENT_CUM = tuple(accumulate((35, 20, 12, 8, 18, 7)))


def make_incident(rng: Random, village: VillageSpec) -> tuple[str, str, str]:
    """(kind, description, action taken) of a 十户联防 情况报告."""
    kind = rng.choices(_INCIDENT_KINDS, cum_weights=_INCIDENT_CUM)[0]
    place = group_short(rng.choice(village.villager_groups))
    x, y = _someone(rng), _someone(rng)
    if kind == "dispute":
        cause = rng.choice(("排水", "宅基地界址", "鸡鸭啄食菜苗", "停车", "灌溉用水", "借款"))
        desc = f"{place}{x}与{y}因{cause}发生争吵，围观群众较多。"
        action = rng.choice((
            "中心户长到场劝解，双方情绪平稳后报村调委会跟进调解。",
            "当场劝开双方，约定次日由村调委会组织调解。",
            "经中心户长调解，双方达成口头协议，已登记。",
        ))
    elif kind == "security_hazard":
        desc = rng.choice((
            f"{place}村道旁一处电线杆倾斜，电线下垂。", f"{place}山体出现裂缝，下方有两户住房。",
            f"{place}一户老旧土坯房墙体开裂，仍有老人居住。", f"{place}水塘边无防护，常有小孩玩耍。",
        ))
        action = rng.choice(("已设置警示标志并报村委会。", "已报告村两委和镇应急办，劝住户暂时转移。",
                             "已通知供电所抢修。"))
    elif kind == "suspicious_person":
        desc = rng.choice((
            f"{place}有两名陌生男子挨家挨户推销“保健品”，打听老人独居情况。",
            f"夜间有一辆外地牌照面包车在{place}多次来回行驶。",
            "有陌生人以“免费体检”为名收集老人身份证信息。",
        ))
        action = rng.choice(("已报告派出所，民警到场核查。", "已提醒村民不要透露个人信息，并报村治保会。",
                             "记录车牌号后报派出所。"))
    elif kind == "fire":
        desc = rng.choice((f"{place}{x}家厨房柴灶引燃柴草，火势较小。", f"{place}有村民焚烧秸秆，引燃田边杂草。",
                           f"{place}一处电表箱冒烟。"))
        action = rng.choice(("联防组成员用灭火器及时扑灭，无人员伤亡。", "组织村民扑救并报告镇政府，火已扑灭。",
                             "已断电并通知供电所检修。"))
    elif kind == "welfare":
        desc = rng.choice((
            f"{place}独居老人{x}连续两天未出门，电话无人接听。",
            f"{place}留守儿童{x}父母在外务工，近期无人照看，经常不上学。",
            f"{place}空巢老人{x}生病卧床，无人照料。",
        ))
        action = rng.choice(("中心户长上门查看，送其到镇卫生院就诊并联系其子女。", "已报村妇联和学校，安排专人结对帮扶。",
                             "联系村医上门诊治，并通知在外子女。"))
    else:
        desc = rng.choice((f"{place}村道被山上滚落的石块阻断。", f"{place}有村民反映自来水管破裂。",
                           f"{place}有人在河道电鱼。"))
        action = rng.choice(("已组织联防组成员清理，恢复通行。", "已报村委会协调维修。", "已劝阻并报告镇农业综合服务中心。"))
    return kind, desc, action


_ORGANISERS = ("县司法局", "镇司法所", "县人民法院", "市司法局", "镇综治中心", "县妇联", "县人民调解员协会")
_TOPICS: tuple[tuple[str, float], ...] = (
    ("《民法典》婚姻家庭编", 3.0), ("《中华人民共和国人民调解法》", 3.0), ("人民调解文书制作规范", 2.0),
    ("矛盾纠纷排查化解与防止民转刑", 3.0), ("《民法典》物权编相邻关系", 2.0), ("《农村土地承包法》", 2.0),
    ("《老年人权益保障法》与赡养纠纷调解", 2.0), ("《反家庭暴力法》", 1.0), ("调解技巧与心理疏导", 2.0),
    ("人民调解协议司法确认程序", 1.0), ("《个人信息保护法》与调解档案管理", 1.0),
    ("山林土地权属争议处理", 1.0), ("道路交通事故损害赔偿", 1.0),
)
_TOPIC_NAMES = tuple(t for t, _ in _TOPICS)
_TOPIC_CUM = tuple(accumulate(w for _, w in _TOPICS))


def make_training(rng: Random) -> tuple[str, str, float]:
    """(organiser, topic, hours)."""
    return (
        rng.choice(_ORGANISERS),
        rng.choices(_TOPIC_NAMES, cum_weights=_TOPIC_CUM)[0],
        rng.choice((1.5, 2.0, 2.0, 3.0, 3.0, 4.0, 6.0, 8.0, 16.0)),
    )
