"""Story templates for 损害赔偿 (damages), 合同 (contract) and 劳动争议 (labour) disputes.
Fault-based liability is 赔偿; loans are 归还, rents and wages are 支付."""

from __future__ import annotations

from mediation_desk.services.demo.storykit import (
    APPLICANT,
    RESPONDENT,
    DisputeStory,
    StoryContext,
    Template,
)

_DM = "damages"
_CT = "contract"
_LB = "labour"


def livestock_crops(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    animal = r.choice(("黄牛", "水牛", "山羊"))
    n = r.randint(2, 12)
    crop, unit = r.choice((("玉米", 900), ("水稻", 1200), ("烤烟", 3000), ("花生", 1500), ("油菜", 700)))
    mu = r.choice((0.5, 0.8, 1.0, 1.2, 1.5, 2.0))
    loss = int(mu * unit * r.choice((0.6, 0.7, 0.8))) // 100 * 10000 or 20000
    c.pay(RESPONDENT, "农作物损失赔偿款", loss, 10)
    c.clause(f"{b}今后放牧时应有人看管，不得让{animal}进入他人农田。")
    return c.story(
        category=_DM, sub="牲畜毁损农作物", title=f"{a}与{b}财产损害赔偿纠纷",
        facts=(f"{c.when()}，{b}放养的{n}头{animal}无人看管，闯入{a}位于{c.place()}的承包地，将即将收获的"
               f"{crop}啃食、踩踏约{mu}亩。{a}要求按每亩产值赔偿，{b}认为损失没有那么大，且田边没有围栏，"
               f"{a}自身也有责任，双方为赔偿数额争执。"),
        requests=(f"请求{b}赔偿{crop}损失", f"请求{b}今后看管好{animal}"),
        investigation=(f"调查人员会同村民小组长{c.witness()}现场查看，{crop}受损面积约{mu}亩，按当地近年平均产量及"
                       f"收购价估算，每亩产值约{unit}元。邻居{c.witness()}证实当天见到{b}家{animal}在该地块。"),
        session=(f"调解员释明《民法典》第一千二百四十五条关于饲养动物损害责任的规定，同时考虑部分作物尚可收获，"
                 f"建议按七成左右计算损失。双方同意由{b}赔偿{c.yuan(loss)}元。"),
        agreement_facts=f"{b}放养的{animal}毁损{a}承包地内{crop}约{mu}亩。争议事项：损失数额及赔偿。",
        failure=f"{b}只同意赔偿{c.yuan(loss // 3)}元，{a}不接受，双方分歧较大。",
    )


def dog_bite(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    victim = r.choice(("本人", "女儿", "儿子", "母亲"))
    who = a if victim == "本人" else f"{a}的{victim}"
    med = c.money(800, 6000, 10)
    lost = c.money(300, 2000, 50) if victim == "本人" else 0
    c.pay(RESPONDENT, "医疗费、交通费等赔偿款" if not lost else "医疗费、误工费等赔偿款", med + lost, 7)
    c.clause(f"{b}今后应将犬只拴养，并按规定为犬只接种狂犬病疫苗。")
    return c.story(
        category=_DM, sub="饲养动物致害", title=f"{a}与{b}饲养动物损害责任纠纷",
        facts=(f"{c.when()}傍晚，{who}路过{b}家门口时，被{b}家未拴养的土狗咬伤小腿，先后到镇卫生院清创并接种"
               f"狂犬疫苗五针，花去医疗费{c.yuan(med)}元。{a}要求{b}承担全部费用，{b}称狗平时不咬人，是被挑逗才"
               f"咬的，只愿意承担一半。"),
        requests=(f"请求{b}赔偿医疗费{c.yuan(med)}元" + (f"及误工费{c.yuan(lost)}元" if lost else ""),
                  f"请求{b}拴养犬只"),
        investigation=(f"调查人员查看了镇卫生院的门诊病历和收费票据，金额合计{c.yuan(med)}元；询问目击村民"
                       f"{c.witness()}，其称未见到有人挑逗狗，狗是突然冲出来的。"),
        session=(f"调解员释明《民法典》第一千二百四十五条、第一千二百四十六条：违反管理规定，未对动物采取安全措施"
                 f"造成他人损害的，动物饲养人或者管理人应当承担侵权责任。{b}认识到未拴狗的过错，同意全额赔偿。"),
        agreement_facts=f"{b}饲养的犬只未拴养，咬伤{who}。争议事项：医疗等费用的赔偿。",
        failure=f"{b}坚持只承担一半费用，{a}不同意，双方未能达成协议。",
    )


def fight_injury(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    cause = r.choice(("酒后言语不和", "争抢灌溉用水", "打牌输赢", "旧怨"))
    injury = r.choice(("头面部软组织挫伤", "左手腕骨裂", "鼻骨骨折", "多处软组织挫伤"))
    med = c.money(2000, 15000, 10)
    lost = c.money(1000, 6000, 100)
    nurse = c.money(500, 3000, 100)
    c.clause(f"{b}就打人行为向{a}当面赔礼道歉。")
    c.pay_in_two(RESPONDENT, "医疗费、误工费、护理费等赔偿款", med + lost + nurse, (3, 30))
    c.clause(f"{a}不再追究{b}的其他民事责任，双方今后不得寻衅报复。")
    return c.story(
        category=_DM, sub="人身损害", title=f"{a}与{b}人身损害赔偿纠纷",
        facts=(f"{c.when()}，{a}与{b}因{cause}发生争执，{b}动手将{a}打伤，经县人民医院诊断为{injury}，"
               f"住院治疗花去医疗费{c.yuan(med)}元。派出所出警后将此事移交村调委会调解。{a}要求赔偿医疗费、"
               f"误工费、护理费等，{b}认为{a}先出言挑衅，要求减轻责任。"),
        requests=(f"请求{b}赔偿医疗费、误工费、护理费共计{c.yuan(med + lost + nurse)}元", f"请求{b}赔礼道歉"),
        investigation=(f"调查人员查阅了派出所的询问笔录和医院病历、票据，询问了在场村民{c.witness()}，证实双方先"
                       f"互相辱骂，后{b}先动手。{a}系家中主要劳动力，住院期间由其家人护理。"),
        session=(f"调解员释明《民法典》第一千一百七十九条：侵害他人造成人身损害的，应当赔偿医疗费、护理费、交通费、"
                 f"营养费、住院伙食补助费等合理费用，以及因误工减少的收入；同时指出{a}言语挑衅也有一定过错。"
                 f"调解员提醒双方防止矛盾激化。经反复协商，双方同意按上述金额赔偿。"),
        agreement_facts=f"{a}与{b}因{cause}发生冲突，{b}致{a}{injury}。争议事项：赔偿范围及数额。",
        failure=f"{a}要求另赔精神损害抚慰金，{b}拒绝，双方对立情绪明显，已提请派出所关注，防止民转刑。",
        major=r.random() < 0.08,
    )


def loan(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    principal = c.money(5000, 80000, 1000)
    purpose = r.choice(("建房", "买车", "孩子上学", "做生意周转", "家人看病"))
    years = r.choice(("一年", "两年", "三年"))
    c.pay_in_two(RESPONDENT, "借款本金", principal, (30, 120))
    c.clause(f"{b}按期归还全部借款后，{a}将原借条退还{b}；{a}放弃利息主张。")
    return c.story(
        category=_CT, sub="民间借贷", title=f"{a}与{b}民间借贷纠纷",
        facts=(f"{b}因{purpose}于{years}前向{a}借款{c.yuan(principal)}元，出具借条一张，约定{c.when()}前归还。"
               f"到期后{a}多次上门催要，{b}以手头紧张为由一再拖延，后来电话也不接。{a}家中急需用钱，"
               f"遂申请调委会调解。"),
        requests=(f"请求{b}归还借款{c.yuan(principal)}元", "请求确定还款期限"),
        investigation=(f"调查人员查看了借条原件，内容为“今借到{a}人民币{c.yuan(principal)}元，用于{purpose}”，有{b}"
                       f"签名及手印。{b}承认借款属实，称近两年收入不好，愿意分期还款。"),
        session=(f"调解员释明《民法典》第六百七十五条：借款人应当按照约定的期限返还借款。双方系多年邻居，{a}同意"
                 f"不计利息，{b}同意分两期还清。"),
        agreement_facts=f"{b}向{a}借款{c.yuan(principal)}元，到期未还。争议事项：还款期限及方式。",
        failure=f"{b}表示目前无力偿还，只同意每月还500元，{a}不接受，双方未能达成协议。",
    )


def land_rent(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    mu = r.randint(3, 30)
    per = r.choice((300, 400, 500, 600, 700))
    years = r.randint(1, 3)
    owed = mu * per * years * 100
    use = r.choice(("种植蔬菜", "种植葡萄", "养殖小龙虾", "种植烤烟", "育苗"))
    c.pay_in_two(RESPONDENT, "拖欠的土地流转费", owed, (15, 90))
    c.clause(f"原土地流转合同继续履行，{b}今后每年12月31日前支付下一年度流转费每亩{per}元。")
    return c.story(
        category=_CT, sub="土地流转", title=f"{a}与{b}土地流转合同纠纷",
        facts=(f"{a}将其承包的{mu}亩耕地流转给{b}{use}，双方签订书面合同，约定流转费每亩每年{per}元，每年年底"
               f"一次付清。{b}已拖欠{years}年流转费共计{c.yuan(owed)}元，{a}催要时{b}称行情不好亏了本，{a}"
               f"提出收回土地，{b}不同意，双方发生争执。"),
        requests=(f"请求{b}支付拖欠的流转费{c.yuan(owed)}元", "请求明确今后流转费的支付时间"),
        investigation=(f"调查人员查阅了土地流转合同及村委会备案登记，确认流转面积{mu}亩、单价{per}元；询问{b}，"
                       f"其承认欠款，表示仍愿意继续经营。"),
        session=(f"调解员释明《民法典》第五百零九条：当事人应当按照约定全面履行自己的义务；《农村土地承包法》"
                 f"规定流转应当依法、自愿、有偿。{a}同意继续流转，{b}同意分期补交欠款。"),
        agreement_facts=f"{a}将{mu}亩承包地流转给{b}，{b}拖欠{years}年流转费。争议事项：欠款支付及合同是否继续履行。",
        failure=f"{a}坚持解除合同收回土地，{b}要求补偿已投入的设施费用，双方分歧较大。",
    )


def building_contract(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    total = c.money(120000, 360000, 1000)
    balance = c.money(10000, min(60000, total // 300), 1000)
    fix = r.choice(("卫生间渗水", "二楼外墙开裂", "屋面防水未做到位", "楼梯扶手松动"))
    deduct = balance // 10 // 100000 * 100000 or 100000
    c.task(APPLICANT, f"对{fix}问题进行返修并经{b}验收", 20)
    c.pay(RESPONDENT, "房屋建设工程尾款", balance - deduct, 30)
    c.clause(f"{a}同意从尾款中扣减{c.yuan(deduct)}元作为质量问题的补偿，双方再无其他争议。")
    return c.story(
        category=_CT, sub="建房承包", title=f"{a}与{b}建设工程合同纠纷",
        facts=(f"{b}将自家住房交由{a}包工包料建设，口头约定总价{c.yuan(total)}元。房屋{c.when()}完工入住后，"
               f"{b}尚欠尾款{c.yuan(balance)}元未付，理由是房屋存在{fix}等质量问题。{a}认为问题轻微，可以维修，"
               f"要求先付清尾款。"),
        requests=(f"请求{b}支付工程尾款{c.yuan(balance)}元",),
        investigation=(f"调查人员查看了房屋，{fix}问题属实，请村里的老泥瓦匠{c.witness()}估计维修费用约"
                       f"{c.yuan(deduct)}元；双方对已付款项及尾款数额没有异议。"),
        session=("调解员释明《民法典》第七百九十九条、第八百零一条：建设工程验收合格的，发包人应当按照约定支付价款；"
                 "因施工人原因致使工程质量不符合约定的，发包人有权要求施工人在合理期限内无偿修理或者返工。双方同意"
                 "先返修、再结清尾款，并适当扣减。"),
        agreement_facts=f"{a}承建{b}住房，{b}以质量问题为由拒付尾款{c.yuan(balance)}元。争议事项：返修与尾款支付。",
        failure=f"{b}要求扣减一半尾款，{a}不同意，双方未能达成协议。",
    )


def unpaid_wages(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    work = r.choice(("建房工地做小工", "养猪场喂料", "砖厂搬砖", "果园采摘", "装修队贴瓷砖"))
    days = r.randint(20, 160)
    rate = r.choice((120, 150, 180, 200, 250, 300))
    wage = days * rate * 100
    paid = wage // 3 // 100000 * 100000
    owed = wage - paid
    c.pay_in_two(RESPONDENT, "拖欠的劳动报酬", owed, (7, 30))
    c.clause(f"{b}付清上述款项后，双方之间的劳务关系结清，{a}不再另行主张。")
    return c.story(
        category=_LB, sub="追索劳动报酬", title=f"{a}与{b}劳动报酬纠纷",
        facts=(f"{a}自{r.choice(('去年3月', '去年春节后', '前年下半年', '去年5月'))}起在{b}经营的{work}，双方口头约定日工资{rate}元，共计出工{days}天，应得报酬"
               f"{c.yuan(wage)}元。{b}仅支付了{c.yuan(paid)}元，余款{c.yuan(owed)}元以资金周转困难为由一直未付。"
               f"{a}多次讨要未果，申请调解。"),
        requests=(f"请求{b}支付拖欠的劳动报酬{c.yuan(owed)}元",),
        investigation=(f"调查人员查看了{a}记录的考勤本和{b}的部分微信转账记录，询问了同在该处干活的{c.witness()}，"
                       f"证实{a}出工{days}天、日工资{rate}元属实。{b}承认欠款，称年底回款后可以付清。"),
        session=(f"调解员释明：《劳动法》第五十条规定工资应当以货币形式按月支付给劳动者本人，不得克扣或者无故拖欠；"
                 f"《保障农民工工资支付条例》亦作了明确规定。{b}表示愿意分两期付清。"),
        agreement_facts=f"{a}为{b}务工{days}天，{b}尚欠劳动报酬{c.yuan(owed)}元。争议事项：欠付报酬的支付。",
        failure=(f"{b}称资金全部压在货款上，无法确定付款时间，双方未能达成协议。调解员告知{a}可依法向人民法院"
                 f"起诉，或向劳动保障监察部门反映。"),
        routes=False,
    )


def work_injury(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    work = r.choice(("搭建钢架大棚", "修建房屋", "砍伐运输木材", "安装太阳能热水器"))
    injury = r.choice(("从脚手架上摔下致右腿骨折", "被钢管砸伤左脚", "被电锯割伤右手", "扭伤腰椎"))
    med = c.money(6000, 40000, 100)
    lost = c.money(3000, 15000, 500)
    total = med + lost
    c.pay_in_two(RESPONDENT, "医疗费、误工费等赔偿款", total, (10, 60))
    c.clause(f"{a}后续如需取出内固定等二次治疗，费用由双方另行协商。")
    return c.story(
        category=_LB, sub="雇工受伤", title=f"{a}与{b}雇工受伤赔偿纠纷",
        facts=(f"{a}受雇于{b}从事{work}，日工资200元。{c.when()}施工中{a}{injury}，住院治疗花去医疗费"
               f"{c.yuan(med)}元，{b}只垫付了部分费用。{a}要求{b}承担全部医疗费并赔偿误工损失，{b}认为{a}"
               f"自己操作不慎，应自担部分责任。"),
        requests=(f"请求{b}赔偿医疗费{c.yuan(med)}元", f"请求{b}赔偿误工费{c.yuan(lost)}元"),
        investigation=(f"调查人员查阅了医院病历、费用清单，询问了同工友{c.witness()}，证实施工现场未配备安全带等"
                       f"防护用品；{a}受伤后休养约三个月无法务工。"),
        session=(f"调解员释明《民法典》第一千一百九十二条：个人之间形成劳务关系，提供劳务一方因劳务受到损害的，"
                 f"根据双方各自的过错承担相应的责任。{b}未提供安全防护，应承担主要责任。双方同意按上述金额赔偿。"),
        agreement_facts=f"{a}为{b}提供劳务时{injury}。争议事项：责任划分及医疗费、误工费赔偿。",
        failure=f"{b}只同意承担医疗费的一半，{a}不接受，双方未能达成协议。",
    )


def group_wages(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    workers = r.randint(3, 14)
    owed = c.money(1500, 6000, 100) * workers
    project = r.choice(("村道硬化工程", "高标准农田建设项目", "安置房外墙粉刷", "水渠改造工程"))
    c.pay_in_two(RESPONDENT, f"{workers}名工人的劳动报酬", owed, (5, 20))
    c.clause(f"{a}负责将款项按工资表发放给各工人并收回签字，发放情况报调委会备案。")
    return c.story(
        category=_LB, sub="群体性欠薪", title=f"{a}等{workers}人与{b}劳动报酬纠纷",
        facts=(f"{a}等{workers}名村民在{b}承包的{project}务工，{c.when()}完工后{b}以发包方尚未结算为由拖欠工资"
               f"共计{c.yuan(owed)}元。工人们多次聚集到{b}家中讨要，情绪激动，有到镇政府集体上访的苗头。"
               f"{a}作为工人代表申请调解。"),
        requests=(f"请求{b}支付{workers}名工人的工资共计{c.yuan(owed)}元",),
        investigation=(f"调查人员核对了工人出勤表和工资表，与{b}核对无异议；向镇里了解到发包方已拨付部分工程款。"
                       f"工人{c.witness()}反映，不少人家里等着这笔钱过年。"),
        session=(f"调解员释明《保障农民工工资支付条例》关于不得拖欠农民工工资的规定，告知{b}应先行支付工资，"
                 f"不得以工程款未结算为由拖欠。同时稳定工人情绪，劝导依法理性维权。{b}承诺筹款分两期支付。"),
        agreement_facts=f"{b}拖欠{a}等{workers}名工人工资{c.yuan(owed)}元。争议事项：工资支付期限。",
        failure=(f"{b}称确实无力支付，调解未能达成协议。调委会已将该纠纷作为重大疑难纠纷书面报告镇司法所，"
                 f"并引导工人向劳动保障监察部门投诉或依法申请仲裁。"),
        routes=False,
        major=workers >= 5,
    )


TEMPLATES: dict[str, tuple[Template, ...]] = {
    _DM: ((livestock_crops, None, 2.0), (dog_bite, None, 1.5), (fight_injury, None, 2.0)),
    _CT: ((loan, None, 3.0), (land_rent, None, 1.5), (building_contract, None, 1.5)),
    _LB: ((unpaid_wages, None, 3.0), (work_injury, None, 1.5), (group_wages, None, 0.6)),
}
