"""Default contents of the versioned code tables, seeded at `init` (version 1).

Codes are stable identifiers; labels are statutory/statistical Chinese terms with an English
gloss. Sources: domain.md §9.1 (15 MoJ statistics categories), §4.3 (case sources and the
3 statistical buckets), §3 Art. 22 and Law Art. 17 (legal decline reasons), Law Arts. 23, 26
(termination), §6.2 (major-dispute criteria), §6.4 (prevented outcomes), §8 (specialties),
Law Art. 15 (misconduct)."""

from __future__ import annotations

from dataclasses import dataclass

from mediation_desk.domain.enums import CodeTable


@dataclass(frozen=True, slots=True)
class CodeDef:
    code: str
    label_zh: str
    label_en: str
    group: str = ""  # e.g. the statistical bucket of a case source


DEFAULT_CODES: dict[CodeTable, tuple[CodeDef, ...]] = {
    CodeTable.DISPUTE_CATEGORY: (
        CodeDef("marriage_family", "婚姻家庭纠纷", "Marriage and family"),
        CodeDef("neighbour", "邻里纠纷", "Neighbours"),
        CodeDef("housing_homestead", "房屋宅基地纠纷", "Housing and homestead"),
        CodeDef("contract", "合同纠纷", "Contract"),
        CodeDef("production_business", "生产经营纠纷", "Production and business"),
        CodeDef("damages", "损害赔偿纠纷", "Damages"),
        CodeDef("forest_land", "山林土地纠纷", "Forest and land"),
        CodeDef("land_requisition_demolition", "征地拆迁纠纷", "Land requisition and demolition"),
        CodeDef("environmental_pollution", "环境污染纠纷", "Environmental pollution"),
        CodeDef("labour", "劳动争议纠纷", "Labour"),
        CodeDef("consumer", "消费纠纷", "Consumer"),
        CodeDef("medical", "医疗纠纷", "Medical"),
        CodeDef("road_traffic", "道路交通事故纠纷", "Road traffic accident"),
        CodeDef("property_management", "物业纠纷", "Property management"),
        CodeDef("other", "其他纠纷", "Other"),
    ),
    CodeTable.CASE_SOURCE: (
        CodeDef("party_application", "当事人申请", "Application by a party", "applied"),
        CodeDef("self_initiated", "人民调解委员会主动调解", "On the committee's initiative", "self"),
        CodeDef("referred_police", "公安机关移交", "Referred by police", "referred"),
        CodeDef("referred_court", "审判机关委托", "Entrusted by a court", "referred"),
        CodeDef("referred_government", "政府部门指定", "Assigned by a government body", "referred"),
        CodeDef("screening", "矛盾纠纷排查发现", "Found in dispute screening", "self"),
        CodeDef("joint_defense", "联户联防情况报告", "Reported by a joint-defence group", "self"),
    ),
    CodeTable.DECLINE_REASON: (
        CodeDef("reserved_to_organs", "法律法规规定只能由专门机关管辖处理或禁止民间调解",
                "Reserved by law to specialised organs"),
        CodeDef("already_handled", "人民法院、公安机关或其他行政机关已经受理或解决",
                "Already accepted or resolved by a court, police or administrative organ"),
        CodeDef("party_refuses", "一方当事人明确拒绝调解", "A party clearly refuses mediation"),
    ),
    CodeTable.TERMINATION_REASON: (
        CodeDef("mediation_failed", "调解不成", "Mediation failed"),
        CodeDef("party_refuses", "当事人拒绝继续调解", "A party refuses to continue"),
        CodeDef("party_requests_stop", "当事人要求终止调解", "A party asks to terminate"),
        CodeDef("went_to_court", "当事人已起诉或申请仲裁", "A party went to court or arbitration"),
        CodeDef("other", "其他原因", "Other"),
    ),
    CodeTable.ADVISED_ROUTE: (
        CodeDef("litigation", "向人民法院提起诉讼", "Sue in a people's court"),
        CodeDef("arbitration", "申请仲裁", "Apply for arbitration"),
        CodeDef("administrative", "请求有关行政机关处理", "Ask the competent administrative organ"),
    ),
    CodeTable.MAJOR_CRITERION: (
        CodeDef("ownership_land_forest", "土地、山林权属纠纷", "Land or forest ownership"),
        CodeDef("group_10_plus", "涉及10人以上的群体性纠纷", "Group dispute with 10+ people"),
        CodeDef("mass_petition_or_fight", "有群体上访或械斗倾向", "Tendency to mass petition or fight"),
        CodeDef("civil_to_criminal", "有民转刑倾向", "Tendency to turn criminal"),
        CodeDef("in_litigation", "涉法涉诉", "Already in litigation"),
        CodeDef("abnormal_death", "因非正常死亡引发", "Arising from an abnormal death"),
        CodeDef("labour_5_plus", "涉及5人以上的劳动争议", "Labour dispute with 5+ workers"),
        CodeDef("injury_3_plus", "3人以上受伤的工伤纠纷", "Work injury with 3+ injured"),
        CodeDef("amount_100k", "争议金额10万元以上", "Amount of 100,000 yuan or more"),
    ),
    CodeTable.PREVENTED_OUTCOME: (
        CodeDef("civil_to_criminal", "防止民间纠纷转化为刑事案件", "Prevented turning criminal"),
        CodeDef("mass_petition", "防止群体性上访", "Prevented a mass petition"),
        CodeDef("suicide", "防止可能引起的自杀", "Prevented a possible suicide"),
        CodeDef("group_fight", "制止群体性械斗", "Stopped a group fight"),
    ),
    CodeTable.CLOSE_REASON: (
        CodeDef("followed_up", "履行完毕并已回访", "Performed and followed up"),
        CodeDef("declined", "不予受理", "Declined"),
        CodeDef("terminated", "调解终止", "Mediation terminated"),
        CodeDef("party_sued", "当事人已起诉", "A party sued"),
        CodeDef("gave_up", "当事人放弃主张", "The party gave up the claim"),
        CodeDef("handled_elsewhere", "已由其他机关处理", "Handled by another body"),
    ),
    CodeTable.MEDIATOR_SPECIALTY: (
        CodeDef("family", "婚姻家庭", "Family"),
        CodeDef("elderly_support", "赡养", "Elderly support"),
        CodeDef("boundary", "土地边界", "Land boundary"),
        CodeDef("forest", "山林", "Forest and trees"),
        CodeDef("funeral", "丧葬", "Funeral"),
        CodeDef("housing", "房屋", "Housing"),
        CodeDef("roads", "道路", "Roads"),
        CodeDef("economic", "经济", "Economic"),
        CodeDef("labour", "劳动", "Labour"),
        CodeDef("property", "物业", "Property management"),
        CodeDef("medical", "医疗", "Medical"),
        CodeDef("traffic", "交通", "Traffic"),
    ),
    CodeTable.MISCONDUCT: (
        CodeDef("partiality", "偏袒一方当事人", "Favouring one party"),
        CodeDef("insult", "侮辱当事人", "Insulting a party"),
        CodeDef("improper_benefit", "索取、收受财物或者牟取其他不正当利益",
                "Soliciting or accepting property or improper benefit"),
        CodeDef("privacy_leak", "泄露当事人的个人隐私、商业秘密", "Leaking privacy or business secrets"),
        CodeDef("dereliction", "严重失职或违法乱纪", "Serious dereliction or breach of discipline"),
    ),
}


def codes_of(table: CodeTable) -> tuple[CodeDef, ...]:
    return DEFAULT_CODES[table]


def default_label(table: CodeTable, code: str) -> str | None:
    for c in DEFAULT_CODES[table]:
        if c.code == code:
            return c.label_zh
    return None
