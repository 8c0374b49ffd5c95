"""Story templates for 邻里纠纷 (neighbour) and 房屋宅基地纠纷 (housing_homestead): drainage,
passage, animals, quarrels, shade; homestead boundaries, building damage, shared walls, light."""

from __future__ import annotations

from mediation_desk.services.demo.storykit import (
    RESPONDENT,
    DisputeStory,
    StoryContext,
    Template,
)

_NB = "neighbour"
_HS = "housing_homestead"


def drainage(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    raise_m = r.choice(("0.3", "0.4", "0.5", "0.6"))
    ditch = r.randint(8, 30)
    loss = c.money(800, 5000)
    damaged = r.choice(("厨房后墙被泡出裂缝", "堆放的稻谷受潮发霉", "院墙墙脚被冲塌一段", "屋内进水家具受损"))
    c.task(RESPONDENT, f"自费沿两家交界处修建宽0.3米、长{ditch}米的排水沟，将雨水引入村组主排水渠", 30)
    c.pay(RESPONDENT, "损失赔偿款", loss, 15)
    return c.story(
        category=_NB, sub="排水", title=f"{a}与{b}相邻排水纠纷",
        facts=(f"{a}与{b}系{c.place()}前后邻居。{c.when()}{b}将自家院坝硬化并抬高约{raise_m}米，堵住了原有的"
               f"排水口，雨水全部流向{a}家，导致{damaged}。{a}多次找{b}协商，{b}称院坝是自家的，怎么修是自己的事，"
               f"双方为此发生争吵。"),
        requests=(f"请求{b}恢复排水通道", f"请求{b}赔偿损失{c.yuan(loss)}元"),
        investigation=(f"调查人员雨后到现场查看，{b}家院坝比{a}家高出约{raise_m}米，原排水口已被水泥封堵，"
                       f"{a}家{damaged}属实。邻居{c.witness()}证实，院坝硬化前雨水一直沿两家之间的土沟排出。"),
        session=(f"{a}称：只要求恢复排水、赔偿损失。{b}称：硬化院坝时没想到会影响邻居，赔偿数额偏高。调解员释明"
                 f"《民法典》第二百九十条：不动产权利人应当为相邻权利人用水、排水提供必要的便利，对自然流水的排放，"
                 f"应当尊重自然流向；第二百九十六条规定利用相邻不动产应当尽量避免造成损害。经协商，{b}同意修建排水沟"
                 f"并赔偿损失{c.yuan(loss)}元。"),
        agreement_facts=f"{b}硬化抬高院坝堵塞原排水口，雨水流入{a}家造成损失。争议事项：排水通道的恢复及损失赔偿。",
        failure=f"{b}只同意修排水沟，拒绝赔偿任何损失，{a}不接受，双方未能达成协议。",
    )


def passage(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    before, after = r.choice((("3", "1.2"), ("2.5", "1"), ("3.5", "1.5")))
    what = r.choice(("砖块、沙石等建筑材料", "柴火和杂物", "新砌的猪圈", "一间简易杂物棚"))
    vehicle = r.choice(("三轮车", "农用车", "收割机", "运肥的手扶拖拉机"))
    c.task(RESPONDENT, f"清除堆放在公共巷道内的{what}，恢复巷道原有宽度", 7)
    c.clause(f"双方今后均不得在该巷道内堆放物品或搭建设施，保持巷道宽度不少于{before}米。")
    return c.story(
        category=_NB, sub="通行", title=f"{a}与{b}相邻通行纠纷",
        facts=(f"{a}与{b}两家共用{c.place()}一条巷道进出，巷道原宽约{before}米。{c.when()}{b}在巷道内堆放{what}，"
               f"巷道仅剩约{after}米宽，{a}家的{vehicle}无法通行，农忙时只能绕行。{a}要求清除，{b}称巷道靠自家一侧"
               f"本来就是自家地方，拒不清理，两家为此多次争吵。"),
        requests=(f"请求{b}清除巷道内堆放的{what}", "请求恢复巷道通行"),
        investigation=(f"调查人员现场测量，巷道最窄处约{after}米，{vehicle}无法通过；查阅村组资料，该巷道系两家"
                       f"建房时共同留出的通道。邻居{c.witness()}证实巷道多年来一直供两家及周边农户通行。"),
        session=(f"调解员释明《民法典》第二百九十一条：不动产权利人对相邻权利人因通行等必须利用其土地的，应当提供"
                 f"必要的便利；并引导双方本着有利生产、方便生活、团结互助、公平合理的原则处理相邻关系（第二百八十八条）。"
                 f"{b}同意限期清理，{a}表示愿意帮忙搬运。"),
        agreement_facts=f"{b}在两家共用巷道内堆放{what}，致{a}家{vehicle}无法通行。争议事项：巷道的清理与今后使用。",
        failure=f"{b}坚持巷道一侧属于自家宅基地范围，拒绝清理，双方各执一词。",
    )


def animals(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    animal = r.choice(("鸡鸭", "鹅群", "几只山羊", "散养的猪"))
    crop = r.choice(("白菜和萝卜", "刚栽的辣椒苗", "油菜", "玉米苗", "红薯藤"))
    area = r.randint(30, 300)
    loss = c.money(200, 1500, 50)
    c.pay(RESPONDENT, "青苗损失赔偿款", loss, 7)
    c.clause(f"{b}今后将{animal}圈养，不得放任其进入{a}家菜地及农田。")
    return c.story(
        category=_NB, sub="家禽家畜损害", title=f"{a}与{b}邻里纠纷",
        facts=(f"{c.when()}，{b}家散养的{animal}多次窜入{a}家菜地，啄食、踩踏{crop}约{area}平方米。{a}上门"
               f"理论，{b}称不一定是自家的{animal}，双方言语冲突，{a}一气之下打伤了一只。两家互不相让，"
               f"矛盾有激化苗头，{a}申请调解。"),
        requests=(f"请求{b}赔偿{crop}损失{c.yuan(loss)}元", f"请求{b}将{animal}圈养"),
        investigation=(f"调查人员到菜地查看，{crop}受损约{area}平方米，地里留有{animal}的足迹和粪便。"
                       f"邻居{c.witness()}证实多次见到{b}家的{animal}进入{a}家菜地。"),
        session=(f"调解员释明《民法典》第一千二百四十五条：饲养的动物造成他人损害的，动物饲养人或者管理人应当承担"
                 f"侵权责任。同时指出{a}打伤{animal}的做法也不妥。双方各自作了检讨，{b}同意赔偿损失并圈养。"),
        agreement_facts=f"{b}散养的{animal}进入{a}家菜地损毁{crop}。争议事项：青苗损失的赔偿与今后的管束。",
        failure=f"{b}不承认损失系自家{animal}造成，拒绝赔偿，双方未能达成协议。",
    )


def quarrel(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    cause = r.choice(("倒垃圾", "在门口晒谷子占地", "停放车辆", "孩子之间打闹", "装修噪音"))
    item = r.choice(("手机屏幕被摔坏", "眼镜被打碎", "衣服被撕破", "电动车后视镜被踢断"))
    loss = c.money(300, 3000, 50)
    c.clause(f"{b}就推搡行为当面向{a}赔礼道歉。")
    c.pay(RESPONDENT, "财物损失赔偿款", loss, 7)
    c.clause("双方今后文明相处，遇事协商解决，不得相互辱骂或采取过激行为。")
    return c.story(
        category=_NB, sub="琐事口角", title=f"{a}与{b}邻里纠纷",
        facts=(f"{a}与{b}系{c.place()}邻居，平时因{cause}积有怨气。{c.when()}双方再次因{cause}发生口角，继而"
               f"互相推搡，{a}{item}，所幸无人受伤。村干部及时赶到劝开。{a}要求{b}赔礼道歉并赔偿损失。"),
        requests=(f"请求{b}赔礼道歉", f"请求{b}赔偿损失{c.yuan(loss)}元"),
        investigation=(f"调查人员询问了在场的村民{c.witness()}和{c.witness()}，证实系{b}先动手推搡，双方均有"
                       f"辱骂言语；{a}提供了维修店出具的报价单，维修费用约{c.yuan(loss)}元。"),
        session=(f"调解员对双方进行了批评教育，指出因琐事动手极易激化矛盾，甚至触犯《治安管理处罚法》；依照《民法典》"
                 f"第一千一百六十五条，行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。{b}承认先动手不对，"
                 f"同意道歉并赔偿，{a}也表示今后注意言行。"),
        agreement_facts=f"双方因{cause}发生口角和推搡，{a}{item}。争议事项：赔礼道歉与财物损失赔偿。",
        failure=f"{b}认为{a}先出言辱骂，拒绝道歉和赔偿，双方情绪对立，调解员已提醒双方克制。",
    )


def shade(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    tree = r.choice(("香樟树", "竹林", "泡桐树", "柚子树", "桂花树"))
    n = r.randint(1, 6)
    c.task(RESPONDENT, f"将靠近{a}家房屋一侧的{tree}枝丫修剪至离屋檐2米以外", 15)
    c.clause(f"今后{tree}的修剪由{b}负责，{a}家房顶落叶堵塞水槽时，{b}应协助清理。")
    return c.story(
        category=_NB, sub="遮挡采光", title=f"{a}与{b}相邻关系纠纷",
        facts=(f"{b}家在两家交界处栽有{tree}{n}棵，现已长得高过屋顶，枝丫伸到{a}家房顶，遮挡阳光，落叶堵塞"
               f"屋檐水槽，{c.when()}下大雨时水从瓦缝渗进房间。{a}要求砍掉，{b}认为树是自家栽的，只同意修剪，"
               f"双方争执。"),
        requests=(f"请求{b}砍伐或修剪遮挡房屋的{tree}", "请求今后不得再影响房屋采光和排水"),
        investigation=(f"调查人员现场查看，{tree}枝丫伸入{a}家房顶上方约2米，屋檐水槽积满落叶。邻居{c.witness()}"
                       f"反映两家平时关系尚可，此次主要为树的问题。"),
        session=(f"调解员依照《民法典》第二百八十八条释明相邻关系的处理原则，建议以修剪代替砍伐，既保护{b}的财产，"
                 f"又消除对{a}房屋的影响。双方接受修剪方案。"),
        agreement_facts=f"{b}栽种的{tree}枝丫伸至{a}家房顶，影响采光和排水。争议事项：树木的处理。",
        failure=f"{a}坚持要求全部砍伐，{b}只同意修剪，双方未能达成一致。",
    )


def homestead_boundary(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    width = r.choice((0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.2))
    length = r.randint(8, 16)
    area = round(width * length, 1)
    storeys = r.choice(("两层", "三层"))
    retreat = r.random() < 0.35
    if retreat:
        c.task(RESPONDENT, f"将越界部分地基后退{width}米，按不动产权证记载的四至重新放线砌筑", 20)
        c.clause("放线时由村两委干部及双方当事人共同到场确认界址，并埋设界桩。")
    else:
        per = r.choice((300, 400, 500, 600, 800))
        c.pay(RESPONDENT, "占地补偿款", int(area * per) // 100 * 10000 or 10000, 15)
        c.clause(f"{a}同意{b}按现有地基建房，今后两家以{b}新房外墙滴水线为界，任何一方不得再越界。")
    return c.story(
        category=_HS, sub="宅基地边界", title=f"{a}与{b}宅基地边界纠纷",
        facts=(f"{b}经批准在{c.place()}拆旧建新，拟建{storeys}砖混住房。{c.when()}开挖地基时，{a}发现其地基"
               f"向自家宅基地一侧越出约{width}米、长约{length}米，遂出面阻止施工。{b}称是按老房子墙脚放的线，"
               f"没有占地，双方发生争吵，工程被迫停工。"),
        requests=(f"请求{b}按不动产权证四至退回越界部分", "请求明确两家宅基地界址"),
        investigation=(f"调查人员会同村两委及镇自然资源所工作人员，依据双方的宅基地使用权证及不动产权证进行现场测量，"
                       f"{b}新建地基越出约{width}米，长{length}米，面积约{area}平方米。邻居{c.witness()}证实原两家之间有"
                       f"一道老石坎，已在拆旧时被挖掉。"),
        session=(f"调解员释明：《民法典》第三百六十二条规定宅基地使用权人依法对集体所有的土地享有占有和使用的权利；"
                 f"《土地管理法》第六十二条规定农村村民一户只能拥有一处宅基地，建房应当符合批准的面积和四至。"
                 f"{b}认可测量结果，{'同意退回越界部分' if retreat else '提出给予占地补偿'}，{a}表示同意。"),
        agreement_facts=f"{b}拆旧建房时地基越出批准四至，占用{a}宅基地约{area}平方米。争议事项：越界部分的处理。",
        failure=f"{b}不认可测量结果，坚持以老房墙脚为界，双方各执一词，建议申请镇人民政府依法确权。",
    )


def building_damage(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    cracks = r.randint(2, 7)
    longest = r.randint(40, 180)
    repair = c.money(3000, 30000, 500)
    cause = r.choice(("开挖地基", "用挖掘机破碎老房基", "打桩"))
    c.pay_in_two(RESPONDENT, "房屋修缮赔偿款", repair, (10, 40))
    c.clause(f"{b}继续施工时应采取加固、防护措施，如再对{a}房屋造成损害，另行协商处理。")
    return c.story(
        category=_HS, sub="建房损害", title=f"{a}与{b}建房损害赔偿纠纷",
        facts=(f"{b}在{a}家隔壁新建住房，{c.when()}{cause}时震动较大，{a}家房屋墙体出现裂缝{cracks}条，最长约"
               f"{longest}厘米，厨房地面下沉。{a}要求停工并赔偿修缮费用，{b}认为{a}家房屋年代久远，裂缝早已存在，"
               f"双方争执不下。"),
        requests=(f"请求{b}赔偿房屋修缮费用{c.yuan(repair)}元", f"请求{b}施工时采取防护措施"),
        investigation=(f"调查人员现场查看并拍照，{a}家东侧墙体有裂缝{cracks}条，其中新裂缝走向与施工方向一致；请"
                       f"村里有经验的泥瓦匠{c.witness()}估算，修缮需人工及材料费约{c.yuan(repair)}元。"),
        session=(f"调解员释明《民法典》第二百九十五条：不动产权利人挖掘土地、建造建筑物等，不得危及相邻不动产的安全。"
                 f"综合现场情况，新裂缝与施工存在关联。{b}同意分两期赔偿修缮费用，{a}同意恢复施工。"),
        agreement_facts=f"{b}建房{cause}致{a}房屋墙体开裂。争议事项：损害原因及修缮费用的赔偿。",
        failure=f"{b}坚持裂缝系房屋老化所致，拒绝赔偿，建议双方委托有资质的机构鉴定。",
    )


def shared_wall(c: StoryContext) -> DisputeStory:
    a, b = c.a, c.b
    fee = c.money(2000, 8000, 500)
    c.pay(RESPONDENT, "山墙使用补偿款", fee, 10)
    c.task(RESPONDENT, "在两房连接处做好防水处理，保证雨水不渗入" + a + "家", 30)
    c.clause(f"山墙产权仍归{a}所有，今后山墙维修费用由双方各承担一半。")
    return c.story(
        category=_HS, sub="共墙使用", title=f"{a}与{b}房屋相邻纠纷",
        facts=(f"{b}在{a}家东侧新建住房，为节省材料，{c.when()}直接将新房横梁搭在{a}家山墙上。{a}认为山墙系自家"
               f"出资修建，{b}未经同意擅自使用，且可能导致渗水，要求拆除横梁或给予补偿。{b}称农村一向如此，双方争执。"),
        requests=(f"请求{b}给付山墙使用补偿费", "请求做好防水，保证房屋安全"),
        investigation=(f"调查人员查看现场，{b}新房横梁确已搭在{a}家山墙上，连接处尚未做防水；村民小组长"
                       f"{c.witness()}证实山墙由{a}家于多年前出资修建。"),
        session=(f"调解员释明：山墙为{a}所有，{b}利用他人不动产应当取得同意并给予适当补偿（《民法典》第二百八十八条、"
                 f"第二百九十六条）。考虑拆除横梁损失较大，双方同意以补偿方式解决。"),
        agreement_facts=f"{b}建房时未经同意将横梁搭在{a}家山墙上。争议事项：山墙的使用补偿与防水责任。",
        failure=f"{b}拒绝支付任何补偿，{a}坚持拆除横梁，双方未能达成协议。",
    )


TEMPLATES: dict[str, tuple[Template, ...]] = {
    _NB: (
        (drainage, None, 2.0),
        (passage, None, 2.0),
        (animals, None, 1.5),
        (quarrel, None, 2.0),
        (shade, None, 1.0),
    ),
    _HS: (
        (homestead_boundary, None, 3.0),
        (building_damage, None, 2.0),
        (shared_wall, None, 1.0),
    ),
}
