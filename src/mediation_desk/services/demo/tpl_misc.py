"""Story templates for the less frequent categories: production_business, consumer, medical,
road_traffic, property_management and other (funerals, defamation in chat groups)."""

from __future__ import annotations

from mediation_desk.services.demo.places import cn_number
from mediation_desk.services.demo.storykit import (
    APPLICANT,
    RESPONDENT,
    DisputeStory,
    StoryContext,
    Template,
)


def partnership(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    venture = r.choice(("养殖黑山羊", "种植食用菌", "开办农家乐", "合伙购买收割机承接农活"))
    put_a = c.money(20000, 80000, 1000)
    put_b = c.money(20000, 80000, 1000)
    assets = c.money(30000, 120000, 1000)
    # The one keeping the assets buys the other out at half of their agreed value.
    due = assets // 2 // 100000 * 100000
    c.clause(f"双方合伙关系自本协议签订之日起解除，合伙财产（设备、存货等）归{b}所有。")
    c.pay_in_two(RESPONDENT, "合伙财产折价款", due, (15, 60))
    c.clause("合伙期间对外债务由双方各承担一半，今后发现的其他债权债务按同一比例分担。")
    return c.story(
        category="production_business", sub="合伙经营", title=f"{a}与{b}合伙纠纷",
        facts=(f"{a}与{b}于{c.when()}合伙{venture}，{a}出资{c.yuan(put_a)}元，{b}出资{c.yuan(put_b)}元，未签书面"
               f"合同，日常经营由{b}负责。因经营不善，{a}提出散伙，要求退还出资，{b}认为亏损应共同承担，"
               f"合伙财产现值约{c.yuan(assets)}元，双方对分割方法争执不下。"),
        requests=("请求解除合伙关系", "请求依法分割合伙财产"),
        investigation=(f"调查人员查阅了{b}记的流水账及购货票据，清点了现存设备和存货，经双方认可的估价人{c.witness()}"
                       f"评估，合伙财产现值约{c.yuan(assets)}元；对外尚欠饲料款、材料款若干。"),
        session=(f"调解员释明《民法典》第九百七十二条、第九百七十八条：合伙的利润分配和亏损分担按约定或出资比例办理；"
                 f"合伙合同终止后，合伙财产在清偿债务后按比例分配。双方同意由{b}继续经营并给付{a}折价款。"),
        agreement_facts=f"{a}与{b}合伙{venture}，因经营亏损{a}要求散伙。争议事项：合伙财产的分割与债务承担。",
        failure=f"{a}坚持全额退还出资，{b}只同意按现值分割，双方未能达成协议。",
    )


def machine_work(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    machine = r.choice(("收割机", "旋耕机", "植保无人机"))
    mu = r.randint(5, 40)
    loss = c.money(1000, 8000, 100)
    c.pay(RESPONDENT, "作业损失赔偿款", loss, 10)
    c.clause(f"{a}应付的作业费与上述赔偿款不相抵销，{a}于收到赔偿款当日结清作业费。")
    return c.story(
        category="production_business", sub="农机作业", title=f"{a}与{b}农机作业纠纷",
        facts=(f"{c.when()}，{a}请{b}用{machine}为自家{mu}亩承包地作业，约定按亩计费。作业中{b}操作不当，"
               f"{r.choice(('漏割、压倒稻谷较多', '打药过量导致部分作物发黄枯死', '旋耕时损坏了田间灌溉管道'))}，"
               f"损失约{c.yuan(loss)}元。{a}要求赔偿损失后再付作业费，{b}坚持先结清作业费，双方在田边发生争执。"),
        requests=(f"请求{b}赔偿作业损失{c.yuan(loss)}元",),
        investigation=(f"调查人员会同村农技员{c.witness()}现场查看，确认损失主要由作业不当造成，估算损失约"
                       f"{c.yuan(loss)}元。"),
        session=("调解员释明《民法典》第五百七十七条：当事人一方履行合同义务不符合约定的，应当承担继续履行、采取补救"
                 "措施或者赔偿损失等违约责任。双方同意赔偿损失与作业费分别结算。"),
        agreement_facts=f"{b}为{a}提供{machine}作业时操作不当造成损失。争议事项：损失赔偿及作业费结算。",
        failure=f"{b}认为损失系天气原因，拒绝赔偿，双方未能达成协议。",
    )


def bad_seeds(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    goods = r.choice(("玉米种子", "水稻种子", "复合肥", "除草剂"))
    law = "《种子法》第四十五条" if "种子" in goods else "《产品质量法》《消费者权益保护法》"
    mu = r.randint(3, 30)
    loss = c.money(2000, 20000, 100)
    c.pay(RESPONDENT, "损失赔偿款", loss, 15)
    c.clause(f"{b}今后销售农资应当向购买者提供购货凭证，并妥善保存进货票据。")
    return c.story(
        category="consumer", sub="农资质量", title=f"{a}与{b}农资买卖纠纷",
        facts=(f"{a}于{c.when()}在{b}开办的农资店购买{goods}，用于{mu}亩承包地。使用后{r.choice(('出苗率不足五成', '禾苗大面积发黄', '作物长势明显差于邻田'))}，"
               f"减产损失约{c.yuan(loss)}元。{a}找{b}理论，{b}称是{a}种植管理不当，与农资质量无关，拒绝赔偿，"
               f"双方多次争吵。"),
        requests=(f"请求{b}赔偿损失{c.yuan(loss)}元",),
        investigation=(f"调查人员会同镇农业综合服务中心技术员到田间查看，并对比同批次{goods}的其他使用户，"
                       f"邻近农户{c.witness()}使用同批产品也出现类似情况。"),
        session=(f"调解员释明{law}关于经营者应当保证商品质量、造成损失应当赔偿的规定。"
                 f"{b}同意先行赔偿，再向供货商追偿。"),
        agreement_facts=f"{a}使用从{b}处购买的{goods}后作物受损。争议事项：质量责任与损失赔偿。",
        failure=f"{b}要求先做质量鉴定再谈赔偿，{a}不同意，建议双方申请农业部门鉴定。",
    )


def appliance(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    goods = r.choice(("电动三轮车", "冰箱", "电视机", "太阳能热水器"))
    price = c.money(1500, 8000, 100)
    c.task(RESPONDENT, f"为{a}更换同型号全新{goods}一台", 7)
    c.clause(f"{a}将原{goods}退还{b}，双方不再就此事主张其他费用。")
    return c.story(
        category="consumer", sub="商品质量", title=f"{a}与{b}买卖合同纠纷",
        facts=(f"{a}于{c.when()}在{b}经营的家电门店花{c.yuan(price)}元购买{goods}一台，使用不到一个月即出现故障，"
               f"维修两次后仍不能正常使用。{a}要求退换，{b}称已过七天退换期，只能继续维修，双方在店里发生争执。"),
        requests=(f"请求{b}更换或退还{goods}",),
        investigation=(f"调查人员查看了购货发票和维修记录，该{goods}在三包期内已修理两次；{b}承认维修记录属实。"),
        session=("调解员释明《消费者权益保护法》第二十四条：经营者提供的商品不符合质量要求的，消费者可以要求退货、"
                 "更换、修理；依照三包规定，三包期内修理两次仍不能正常使用的，经营者应当负责更换或者退货。"),
        agreement_facts=f"{a}从{b}处购买的{goods}在三包期内多次故障。争议事项：退换货。",
        failure=f"{b}只同意再次维修，{a}不接受，调解员告知{a}可向市场监管部门投诉。",
    )


def clinic(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    symptom = r.choice(("输液时出现过敏反应", "注射部位感染化脓", "服药后出现胃出血"))
    med = c.money(3000, 20000, 100)
    comp = med // 2 // 10000 * 10000
    c.pay(RESPONDENT, "补偿款", comp, 15)
    c.clause(f"{a}不再就此次诊疗向{b}及村卫生室主张其他费用。")
    return c.story(
        category="medical", sub="村卫生室诊疗", title=f"{a}与{b}医疗纠纷",
        facts=(f"{c.when()}{a}因感冒发烧到{b}开办的村卫生室就诊，{symptom}，后转至县人民医院治疗，花去医疗费"
               f"{c.yuan(med)}元。{a}认为{b}用药不当，要求全额赔偿；{b}认为已按规范操作，属于个人体质原因。"),
        requests=(f"请求{b}赔偿医疗费{c.yuan(med)}元",),
        investigation=(f"调查人员查看了村卫生室的处方、用药登记和县人民医院病历，{b}用药前未详细询问过敏史的记录不全。"
                       f"镇卫生院医生{c.witness()}认为此类反应与个人体质有关。"),
        session=("调解员释明《民法典》第一千二百一十八条：患者在诊疗活动中受到损害，医疗机构或者其医务人员有过错的，"
                 "由医疗机构承担赔偿责任。因过错难以认定，双方同意由村卫生室给予适当补偿。"),
        agreement_facts=f"{a}在{b}开办的村卫生室就诊后{symptom}。争议事项：医疗过错及费用承担。",
        failure="双方对是否存在医疗过错分歧较大，建议申请医疗损害鉴定或向县卫生健康局申请医疗纠纷人民调解委员会调解。",
        routes=False,
    )


def traffic_collision(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    va = r.choice(("电动车", "摩托车", "三轮车"))
    vb = r.choice(("摩托车", "小型轿车", "农用三轮车", "面包车"))
    med = c.money(2000, 30000, 10)
    repair = c.money(300, 3000, 50)
    ratio = r.choice((6, 7, 8))
    pay = (med + repair) * ratio // 1000 * 100
    c.pay_in_two(RESPONDENT, "医疗费、车辆维修费等赔偿款", pay, (5, 30))
    c.clause(f"{a}后续治疗费用如超出本协议金额，由双方按本次责任比例另行协商。")
    return c.story(
        category="road_traffic", sub="村道事故", title=f"{a}与{b}道路交通事故纠纷",
        facts=(f"{c.when()}，{a}驾驶{va}与{b}驾驶的{vb}在{c.place()}村道弯道处相撞，{a}受伤住院，花去医疗费"
               f"{c.yuan(med)}元，{va}维修费{c.yuan(repair)}元。交警部门认定{b}负主要责任，{a}负次要责任。"
               f"双方就赔偿数额协商不成，经交警部门同意由村调委会调解。"),
        requests=(f"请求{b}按责任比例赔偿医疗费、车辆维修费等损失",),
        investigation=(f"调查人员查阅了交通事故认定书、医疗票据和维修清单；{b}的车辆未投保商业三者险，"
                       f"交强险已赔付部分费用。目击村民{c.witness()}证实事故发生经过。"),
        session=(f"调解员释明《道路交通安全法》第七十六条：机动车之间或与非机动车驾驶人之间发生交通事故的，按照"
                 f"各自过错比例承担赔偿责任。按{cn_number(ratio)}成比例计算，{b}应赔偿{c.yuan(pay)}元，双方同意。"),
        agreement_facts=f"{a}与{b}在村道发生交通事故，{b}负主要责任。争议事项：损失范围及按责任比例的赔偿。",
        failure=f"{b}只同意承担一半责任，与交警认定不符，双方未能达成协议。",
    )


def cleaning_fee(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    years = r.randint(1, 3)
    fee = r.choice((120, 180, 240, 360)) * years * 100
    c.pay(RESPONDENT, "拖欠的安置小区卫生保洁费", fee, 15)
    c.clause(f"{a}负责修复{b}所在楼栋的楼道照明，今后每季度公示保洁费收支情况。")
    return c.story(
        category="property_management", sub="物业服务费", title=f"{a}与{b}物业服务纠纷",
        facts=(f"{a}受村委会委托负责本村安置小区的卫生保洁和公共设施维护，按户收取保洁费。{b}已有{years}年未交，"
               f"共计{c.yuan(fee)}元，理由是所在楼栋楼道灯长期不亮、垃圾清运不及时。{a}多次上门催收，双方发生口角。"),
        requests=(f"请求{b}交纳拖欠的保洁费{c.yuan(fee)}元",),
        investigation=(f"调查人员查看了小区，{b}所在楼栋楼道灯确有损坏；保洁费标准经村民代表会议通过，"
                       f"多数住户按时交纳。楼栋长{c.witness()}反映垃圾清运{r.choice(('偶有延误', '基本及时'))}。"),
        session=("调解员释明《民法典》第九百四十四条：业主应当按照约定向物业服务人支付物业费；物业服务人已经按照约定"
                 "提供服务的，业主不得以未接受或者无需接受相关物业服务为由拒绝支付。同时要求服务方改进服务。"),
        agreement_facts=f"{b}以服务不到位为由拖欠安置小区保洁费{years}年。争议事项：欠费交纳与服务改进。",
        failure=f"{b}坚持修好楼道灯后再交费，{a}不同意，双方暂未达成协议。",
    )


def funeral(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    comp = c.money(800, 5000, 100)
    crop = r.choice(("油菜", "小麦", "蔬菜", "茶树"))
    c.pay(APPLICANT, "青苗补偿款", comp, 3)
    c.clause(f"出殡队伍经{b}承包地时沿田埂通行，{a}负责事后清理现场，恢复原状。")
    return c.story(
        category="other", sub="丧葬", title=f"{a}与{b}丧葬纠纷",
        facts=(f"{a}的母亲于{c.when()}去世，按当地习俗出殡需经过{b}的承包地。{b}以踩坏{crop}为由阻拦，要求"
               f"{a}家给予补偿，{a}家认为此路历来可走，双方在灵堂外发生争吵，出殡时间临近，情况紧急，村民小组长随即报告调委会。"),
        requests=("请求保障出殡队伍顺利通行", "请求合理确定补偿"),
        investigation=(f"调解员接到村民小组长{c.witness()}报告后立即赶到现场，查看出殡线路，确需经过{b}承包地约"
                       f"{r.randint(20, 80)}米，地里种有{crop}。"),
        session=(f"调解员劝导双方尊重当地风俗、体谅逝者家属，依照《民法典》第二百八十八条、第二百九十六条，"
                 f"{a}家利用相邻土地通行应当尽量避免造成损害，造成损失的应当给予补偿。双方当场达成协议。"),
        agreement_facts=f"{a}家出殡需经过{b}承包地，{b}阻拦并要求补偿。争议事项：通行及青苗补偿。",
        failure=f"{b}要价过高，{a}家不接受，调委会协调改走村道绕行。",
        routes=False,
    )


def chat_defamation(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    group = r.choice(("村民微信群", "组里的微信群", "抖音评论区"))
    rumour = r.choice(("偷了集体的树苗", "家人作风不正", "骗取低保", "欠钱不还"))
    c.task(RESPONDENT, f"在{group}内发布致歉声明，澄清不实言论", 2)
    c.clause(f"{b}今后不得在任何场合散布有关{a}的不实言论。")
    return c.story(
        category="other", sub="名誉权", title=f"{a}与{b}名誉权纠纷",
        facts=(f"{c.when()}，{b}在{group}中发布消息，称{a}{rumour}，引来不少村民议论。{a}认为{b}捏造事实、损害名誉，"
               f"要求公开道歉；{b}称只是听别人说的，并非有意诽谤，拒绝道歉。两家此后见面就吵，{a}家人情绪激动，"
               f"申请调解。"),
        requests=(f"请求{b}公开赔礼道歉、消除影响",),
        investigation=(f"调查人员查看了{group}的聊天截图，并向村干部{c.witness()}核实，{b}所说内容并无事实依据。"),
        session=(f"调解员释明《民法典》第一千零二十四条：民事主体享有名誉权，任何组织或者个人不得以侮辱、诽谤等方式"
                 f"侵害他人的名誉权。{b}认识到错误，同意在群内道歉。"),
        agreement_facts=f"{b}在{group}散布有关{a}的不实言论。争议事项：赔礼道歉、消除影响。",
        failure=f"{b}拒绝公开道歉，双方未能达成协议。",
    )


TEMPLATES: dict[str, tuple[Template, ...]] = {
    "production_business": ((partnership, None, 1.0), (machine_work, None, 1.0)),
    "consumer": ((bad_seeds, None, 1.5), (appliance, None, 1.0)),
    "medical": ((clinic, None, 1.0),),
    "road_traffic": ((traffic_collision, None, 1.0),),
    "property_management": ((cleaning_fee, None, 1.0),),
    "other": ((funeral, None, 1.0), (chat_defamation, None, 1.0)),
}
