"""Story templates for 婚姻家庭纠纷 (marriage_family): 赡养, 抚养费, 彩礼, 继承, family quarrels.
Terms keep the statutory words apart: 赡养费 (parents), 抚养费 (children), 补偿 (no fault)."""

from __future__ import annotations

from mediation_desk.services.demo.names import make_name, pick_surname
from mediation_desk.services.demo.storykit import (
    APPLICANT,
    RESPONDENT,
    DisputeStory,
    StoryContext,
    Template,
    couple,
    in_laws,
    parent_child,
    sibling_word,
    siblings,
)

_CAT = "marriage_family"
_ILLNESSES = ("高血压", "腰椎间盘突出", "脑梗后遗症", "糖尿病", "慢性支气管炎", "风湿性关节炎")


def elderly_support(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    kid = "儿子" if c.respondent.gender == "male" else "女儿"
    rel = ("父" if c.applicant.gender == "male" else "母") + ("子" if kid == "儿子" else "女")
    n = r.randint(2, 4)
    illness = r.choice(_ILLNESSES)
    hospital = c.money(3000, 24000)
    share = hospital // n // 10000 * 10000 or 10000
    monthly = c.money(300, 800, 50)
    months = r.randint(3, 14)
    reason = r.choice(("分家时老宅分给了兄弟", "老人帮兄弟带孩子而没有帮自己", "老人的积蓄都给了兄弟"))
    c.pay(RESPONDENT, "应分摊的住院医疗费", share, 15)
    c.monthly(RESPONDENT, "赡养费", monthly)
    c.clause(f"{a}今后住院治疗的自付医疗费用，由{n}名子女平均分担，{b}按时交付其应分担部分。")
    return c.story(
        category=_CAT, sub="赡养", title=f"{a}与{b}赡养纠纷",
        facts=(f"{a}现年{c.age(APPLICANT)}岁，育有子女{n}人，{b}系其{kid}。{a}患有{illness}，"
               f"{c.when()}住院花费医疗费{c.yuan(hospital)}元，其他子女均已分摊，{b}以{reason}为由拒绝承担，"
               f"且已有{months}个月未给付生活费。{a}现独自居住在{c.place()}老屋，生活困难，申请调解。"),
        requests=(f"请求{b}按月给付赡养费", f"请求{b}分摊住院医疗费{c.yuan(share)}元"),
        investigation=(f"调查人员走访了{a}的邻居{c.witness()}和村民小组长{c.witness()}，了解到{a}"
                       f"其余子女已各自分摊医疗费{c.yuan(share)}元；{b}称{reason}，心里不平衡。邻居反映"
                       f"{a}平时生活节俭，身体较差，日常靠种菜和养老金维持。"),
        session=(f"{a}称：年纪大了又有病，只希望子女按月给点生活费、看病时分摊费用。{b}称：不是不管老人，"
                 f"但{reason}，心里有气。调解员释明：依照《民法典》第一千零六十七条，成年子女不履行赡养义务的，"
                 f"缺乏劳动能力或者生活困难的父母有要求成年子女给付赡养费的权利；《老年人权益保障法》第十九条规定"
                 f"赡养人不得以放弃继承权或者其他理由拒绝履行赡养义务。分家问题可另行协商，不能成为拒绝赡养的理由。"
                 f"经耐心疏导，{b}当场向{a}表示歉意，同意按每月{c.yuan(monthly)}元给付赡养费并分摊医疗费。"),
        agreement_facts=(f"{a}系{b}之{'父' if c.applicant.gender == 'male' else '母'}，年老患病，生活困难。"
                         f"{b}以{reason}为由拒绝分摊医疗费并停付生活费。争议事项：赡养费的给付标准及医疗费的分担。"),
        manner=(f"{b}应分摊的医疗费{c.deadline(15)}以现金或银行转账方式一次性交付{a}；赡养费每月10日前"
                f"交付{a}本人或其指定的亲属，由收款人出具收条。"),
        failure=f"{b}坚持要求先重新分割老宅，否则拒绝给付赡养费，双方分歧较大，未能达成协议。",
        followup=(f"回访时{a}称{b}已交付医疗费，每月赡养费按时给付，{rel}关系明显改善，无矛盾激化风险。"
                  if r.random() < 0.6 else ""),
    )


def child_support(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    father = c.applicant if c.applicant.gender == "male" else c.respondent
    child_gender = "male" if r.random() < 0.5 else "female"
    child_age = r.randint(3, 15)
    child = make_name(r, child_gender, c.today.year - child_age, father.surname)
    kid = "儿子" if child_gender == "male" else "女儿"
    monthly = c.money(600, 1500, 100)
    months = r.randint(4, 14)
    arrears = monthly * months
    excuse = r.choice(("在外务工收入减少", "已再婚另有家庭负担", "对方不让其探望孩子", "做生意亏了本"))
    c.pay_in_two(RESPONDENT, "拖欠的抚养费", arrears, (10, 60))
    c.monthly(RESPONDENT, f"{child}的抚养费", monthly, day=5, until=f"，至{child}年满十八周岁止")
    c.clause(f"{b}可于每月周末探望{child}一至两次，{a}应予协助，不得阻挠。")
    return c.story(
        category=_CAT, sub="抚养费", title=f"{a}与{b}抚养费纠纷",
        facts=(f"{a}与{b}原系夫妻，{r.choice(('前年', '三年前', '去年初'))}在{c.village.county_name}民政局"
               f"协议离婚，婚生{kid}{child}（现年{child_age}岁）随{a}生活，离婚协议约定{b}每月支付抚养费"
               f"{c.yuan(monthly)}元。自{c.when()}起{b}以{excuse}为由停止支付，已拖欠{months}个月共计"
               f"{c.yuan(arrears)}元。{a}多次催要无果，孩子上学开支难以为继，申请调解。"),
        requests=(f"请求{b}支付拖欠的抚养费{c.yuan(arrears)}元", f"请求{b}今后按月按时支付抚养费"),
        investigation=(f"调查人员查阅了双方的离婚协议书，确认抚养费约定为每月{c.yuan(monthly)}元；电话联系{b}，"
                       f"其承认拖欠属实，称{excuse}。{a}提供了近{months}个月的微信聊天记录，显示其多次催要。"),
        session=(f"{a}称：孩子正在上学，开销大，{b}拖欠抚养费影响孩子生活。{b}称：并非不愿意给，近期确实困难，"
                 f"希望能经常看看孩子。调解员释明：依照《民法典》第一千零八十四条、第一千零八十五条，父母与子女间的"
                 f"关系不因父母离婚而消除，离婚后子女由一方直接抚养的，另一方应当负担部分或者全部抚养费；探望权与"
                 f"给付抚养费不能互为条件。经调解，双方同意分两期补付拖欠款，{a}同意{b}定期探望孩子。"),
        agreement_facts=(f"{a}与{b}离婚时约定{kid}{child}随{a}生活，{b}每月支付抚养费{c.yuan(monthly)}元。"
                         f"{b}已拖欠{months}个月。争议事项：拖欠抚养费的补付、今后抚养费的给付及探望安排。"),
        failure=f"{b}提出降低抚养费标准至每月{c.yuan(monthly // 2)}元，{a}不同意，双方未能达成一致。",
    )


def betrothal_gifts(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    son = make_name(r, "male", c.today.year - r.randint(23, 30),
                    c.applicant.surname if c.applicant.gender == "male" else pick_surname(r))
    dau = make_name(r, "female", c.today.year - r.randint(21, 28),
                    c.respondent.surname if c.respondent.gender == "male" else pick_surname(r))
    gift = c.money(38000, 128000, 1000)
    spent = c.money(5000, 20000, 1000)
    refund = (gift - spent) * r.choice((6, 7, 8)) // 1000000 * 100000
    reason = r.choice(("性格不合", "婚房加名问题", "女方嫌男方长期在外务工", "两家在婚礼操办上意见不一"))
    c.pay_in_two(RESPONDENT, "彩礼返还款", refund, (7, 45))
    c.task(RESPONDENT, f"将“三金”首饰一套退还{a}", 7)
    c.clause("双方婚约自本协议签订之日起解除，今后互不干涉，任何一方不得散布不利于对方的言论。")
    return c.story(
        category=_CAT, sub="婚约财产", title=f"{a}与{b}婚约财产纠纷",
        facts=(f"{a}之子{son}与{b}之女{dau}经人介绍相识，{c.when()}按当地习俗订婚，{a}家给付彩礼"
               f"{c.yuan(gift)}元及“三金”首饰一套。后双方因{reason}解除婚约，未办理结婚登记。{a}要求全额返还"
               f"彩礼，{b}认为订婚宴席、置办嫁妆已花去{c.yuan(spent)}元，只同意返还一部分，双方争执不下。"),
        requests=(f"请求{b}返还彩礼款{c.yuan(gift)}元", "请求返还“三金”首饰一套"),
        investigation=(f"调查人员询问了介绍人{c.witness()}，证实彩礼{c.yuan(gift)}元系{a}通过银行转账给付，"
                       f"订婚宴由女方操办；{b}提供了置办嫁妆的部分票据，金额约{c.yuan(spent)}元。"
                       f"双方均确认{son}与{dau}未办理结婚登记、未共同生活。"),
        session=(f"调解员依照《最高人民法院关于适用〈中华人民共和国民法典〉婚姻家庭编的解释（一）》第五条释明："
                 f"双方未办理结婚登记手续的，给付方请求返还按照习俗给付的彩礼，应予支持；同时可考虑女方实际支出的"
                 f"订婚费用酌情扣减。{a}表示可以承担部分订婚费用，{b}表示愿意退还首饰。经多轮协商，双方同意"
                 f"返还彩礼{c.yuan(refund)}元。"),
        agreement_facts=(f"{son}与{dau}订婚时{a}家给付彩礼{c.yuan(gift)}元及首饰，后婚约解除，未办理结婚"
                         f"登记。争议事项：彩礼返还的数额及首饰的退还。"),
        failure=f"{b}只同意返还{c.yuan(refund // 2)}元，与{a}的要求相差较大，双方均不愿让步。",
        major=gift >= 10_000_000,
    )


def inheritance(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    parent = make_name(r, "male", c.respondent.birth_date.year - r.randint(24, 34), c.applicant.surname)
    heirs = r.randint(2, 4)
    value = c.money(60000, 240000, 1000)
    share = value // heirs // 10000 * 10000
    rooms = r.choice(("三间", "四间", "两间"))
    place = c.place()
    c.pay_in_two(RESPONDENT, "房屋折价补偿款", share, (30, 180))
    c.clause(f"{parent}遗留的位于{place}的砖瓦房{rooms}归{b}所有，{a}放弃对该房屋的继承份额。")
    c.task(APPLICANT, f"协助{b}办理上述房屋不动产登记相关手续", 60)
    return c.story(
        category=_CAT, sub="继承", title=f"{a}与{b}继承纠纷",
        facts=(f"{a}与{b}系{sibling_word(c.applicant, c.respondent)}，父亲{parent}于{c.when()}病故，母亲早年去世，遗留{place}砖瓦房{rooms}。"
               f"{b}一直与父亲共同生活并照料其晚年，父亲去世后继续居住该房。{a}要求按继承人人数平分房屋，{b}认为"
               f"自己尽了主要赡养义务且出资翻修过房屋，应当多分，双方多次发生争吵。"),
        requests=("请求依法分割父亲遗留的房屋", f"请求{b}给付相应的折价补偿款"),
        investigation=(f"调查人员查看了房屋现状，走访了邻居{c.witness()}，证实{b}照料父亲多年、前年出资翻修屋顶；"
                       f"经村两委干部和邻居估价，该房屋现值约{c.yuan(value)}元。第一顺序继承人共{heirs}人，"
                       f"其余继承人表示尊重协商结果。"),
        session=(f"调解员释明：依照《民法典》第一千一百二十七条、第一千一百三十条，子女为第一顺序继承人，"
                 f"同一顺序继承人继承遗产的份额一般应当均等；对被继承人尽了主要扶养义务或者与被继承人共同生活的，"
                 f"分配遗产时可以多分。{a}认可{b}照料父亲的付出，{b}同意以折价补偿方式取得房屋。"),
        agreement_facts=(f"被继承人{parent}遗留砖瓦房{rooms}，未立遗嘱。{b}与被继承人共同生活并尽了主要扶养义务。"
                         f"争议事项：房屋的归属及对{a}的折价补偿。"),
        failure=f"{a}坚持要求实物分割房屋，{b}不同意，双方对房屋价值认识差距较大，未能达成协议。",
    )


def in_law_quarrel(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    son = make_name(r, "male", c.respondent.birth_date.year - r.randint(0, 4), pick_surname(r))
    cause = r.choice(("孩子的照看方式", "家务分工", "儿子外出务工寄回的钱由谁保管", "农忙时谁下地干活"))
    c.task(RESPONDENT, f"与丈夫{son}搬至新建住房居住，老屋由{a}继续居住使用", 30)
    c.clause(f"双方今后互相尊重，{b}不得对{a}辱骂、摔砸物品，{a}亦不干涉{b}家庭内部事务。")
    c.clause(f"{son}负责照看母亲{a}的日常生活，逢年过节一家人共同团聚。")
    return c.story(
        category=_CAT, sub="家庭矛盾", title=f"{a}与{b}家庭纠纷",
        facts=(f"{a}系{b}的婆婆，{b}的丈夫{son}常年在外务工。{c.when()}起婆媳二人因{cause}经常发生口角，"
               f"近日争吵时{b}摔坏了家中碗柜，{a}气得住进了女儿家。{a}要求调委会出面，让儿媳赔礼道歉，"
               f"并希望分开居住，互不干扰。"),
        requests=(f"请求{b}赔礼道歉", "请求分开居住，明确老屋的使用"),
        investigation=(f"调查人员分别与{a}、{b}谈话，并电话联系了在外务工的{son}。邻居{c.witness()}反映婆媳"
                       f"矛盾主要因{cause}引起，没有肢体冲突；{son}家在{c.place()}有一处新建住房已基本装修完毕。"),
        session=(f"调解员组织婆媳二人及{son}（视频参加）面对面沟通。调解员释明：依照《民法典》第一千零四十三条，"
                 f"家庭成员应当敬老爱幼、互相帮助，维护平等、和睦、文明的婚姻家庭关系。{b}承认说话过激，当场向{a}"
                 f"道歉；{a}也表示不再过问小家庭的事。双方同意分开居住。"),
        agreement_facts=f"婆婆{a}与儿媳{b}因{cause}长期不和并发生争吵。争议事项：居住安排与今后相处。",
        failure=f"{b}要求{a}把老屋也让出来，{a}不同意，双方情绪激动，暂未达成协议。",
    )


def couple_quarrel(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    h_idx = APPLICANT if c.applicant.gender == "male" else RESPONDENT
    husband, wife = (a, b) if h_idx == APPLICANT else (b, a)
    habit = r.choice(("打牌赌博", "酗酒", "沉迷网络游戏", "乱花钱、不顾家"))
    debt = c.money(3000, 20000, 1000)
    c.task(h_idx, f"将务工收入交由夫妻共同管理，优先用于偿还家庭欠款{c.yuan(debt)}元", 30)
    c.clause(f"{husband}保证今后不再{habit}，如有违反，由村调委会和家人共同督促。")
    c.clause(f"{wife}于本协议签订后返回家中共同生活，双方共同照顾老人和孩子。")
    return c.story(
        category=_CAT, sub="夫妻矛盾", title=f"{a}与{b}婚姻家庭纠纷",
        facts=(f"{a}与{b}系夫妻，结婚多年，育有子女。{c.when()}以来{husband}{habit}，家里欠下外债"
               f"{c.yuan(debt)}元，夫妻经常争吵，{wife}一气之下带孩子回了娘家，已有一个多月未回。{a}希望调委会帮助化解矛盾，"
               f"{'让妻子回家' if h_idx == APPLICANT else '让丈夫改掉恶习'}。"),
        requests=("请求调解夫妻矛盾，维持家庭", f"请求{husband}改掉{habit}的恶习"),
        investigation=(f"调查人员走访了{wife}娘家及邻居{c.witness()}，双方感情基础尚好，矛盾主要因{husband}"
                       f"{habit}引起，未发现家庭暴力情形。双方父母均希望两人和好。"),
        session=(f"调解员分别与{husband}、{wife}谈心，指出{habit}对家庭的危害；释明《民法典》第一千零四十三条"
                 f"关于夫妻应当互相忠实、互相尊重、互相关爱的规定。{husband}表示悔改，{wife}同意给其一次机会。"),
        agreement_facts=f"{husband}{habit}导致家庭欠债，夫妻矛盾激化，{wife}回娘家居住。争议事项：家庭收入管理与共同生活。",
        failure=f"{wife}对{husband}失去信任，坚持要求离婚，双方未能达成协议。",
    )


TEMPLATES: dict[str, tuple[Template, ...]] = {
    _CAT: (
        (elderly_support, parent_child, 3.0),
        (child_support, couple, 2.0),
        (betrothal_gifts, None, 1.5),
        (inheritance, siblings, 2.0),
        (in_law_quarrel, in_laws, 1.5),
        (couple_quarrel, couple, 1.5),
    ),
}
