"""Story templates for 山林土地 (forest_land), 征地拆迁 (land_requisition_demolition) and
环境污染 (environmental_pollution) disputes."""

from __future__ import annotations

from mediation_desk.services.demo.storykit import (
    APPLICANT,
    RESPONDENT,
    DisputeStory,
    StoryContext,
    Template,
    same_surname,
)

_FL = "forest_land"
_LR = "land_requisition_demolition"
_EP = "environmental_pollution"


def forest_boundary(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    tree = r.choice(("杉树", "马尾松", "楠竹", "杂木", "桉树"))
    n = r.randint(5, 60)
    per = r.choice((60, 80, 100, 150, 200))
    value = n * per * 100
    slope = r.choice(("后山", "大岭坡", "老虎冲", "背阴湾", "茶山坳"))
    c.pay(RESPONDENT, "林木损失赔偿款", value, 15)
    c.clause(f"双方责任山以林权证附图所示的山脊分水线为界，由村两委在现场埋设水泥界桩{r.randint(3, 8)}根。")
    c.clause("界桩埋设后，任何一方不得越界砍伐、栽种或移动界桩。")
    return c.story(
        category=_FL, sub="山林界址", title=f"{a}与{b}山林权属界址纠纷",
        facts=(f"{a}与{b}在{slope}的责任山相邻。{c.when()}{b}雇人砍伐自家林木时，越过两家交界处砍伐{tree}"
               f"{n}棵，{a}发现后要求停止并赔偿。{b}认为砍伐的地方属于自家山林，双方对界址各执一词，"
               f"在山上发生争吵，险些动手。"),
        requests=(f"请求{b}赔偿被砍伐的{tree}{n}棵", "请求明确两家山林界址"),
        investigation=(f"调查人员会同村两委干部、镇林业站工作人员携双方林权证到{slope}现场勘查，对照林权证附图，"
                       f"被砍伐区域位于山脊分水线{a}一侧；清点伐桩{n}个，按当地收购价估算每棵约{per}元。"
                       f"老组长{c.witness()}证实两家历来以山脊为界。"),
        session=(f"调解员出示林权证附图，释明《森林法》第十五条及《民法典》第一千一百六十五条：林木所有权人的权益"
                 f"受法律保护，侵害他人财产的应当承担赔偿责任。{b}认可现场勘查结论，同意按每棵{per}元赔偿，"
                 f"双方同意埋设界桩。"),
        agreement_facts=f"{b}越界砍伐{a}责任山内{tree}{n}棵，双方对山林界址有争议。争议事项：界址的确定与林木赔偿。",
        failure=(f"{b}不认可林权证附图，坚持以老路为界，双方分歧无法弥合。依照《森林法》第二十二条，个人之间的"
                 f"林木、林地使用权争议由乡镇人民政府或者县级以上人民政府依法处理，调解员已告知双方申请处理的途径。"),
        routes=False,
    )


def field_ridge(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    shift = r.choice(("0.3", "0.5", "0.6", "0.8"))
    length = r.randint(20, 80)
    field = r.choice(("水田", "旱地", "菜地"))
    c.task(RESPONDENT, f"按二轮土地承包合同附图将两家{field}之间的田埂恢复原位", 30)
    c.clause("双方在田埂两端各设界石一块，今后耕作不得挖动田埂。")
    return c.story(
        category=_FL, sub="承包地边界", title=f"{a}与{b}土地承包经营权边界纠纷",
        facts=(f"{a}与{b}在{c.place()}的承包{field}相邻，中间以田埂为界。{b}在{c.when()}翻耕时，将田埂向{a}一侧"
               f"移动约{shift}米，长约{length}米。{a}发现后要求恢复，{b}称原田埂本来就不直，只是取直，"
               f"双方多次在田间争吵。"),
        requests=("请求恢复原田埂位置", "请求明确两家承包地界址"),
        investigation=(f"调查人员依据二轮土地承包合同及确权登记颁证附图现场丈量，{b}承包地实际面积比登记面积多出约"
                       f"{round(float(shift) * length / 666.7, 2)}亩，与移动田埂的面积基本吻合。邻居{c.witness()}证实原田埂"
                       f"有一处弯曲。"),
        session=(f"调解员释明《农村土地承包法》的有关规定，承包地以确权登记的面积和四至为准。{b}认可丈量结果，"
                 f"同意恢复田埂。"),
        agreement_facts=f"{b}翻耕时将两家承包{field}之间的田埂向{a}一侧移动。争议事项：田埂的恢复与界址确认。",
        failure=f"{b}不认可确权附图，坚持现状，调解员建议双方申请镇人民政府依法处理。",
    )


def irrigation(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    pond = r.choice(("山塘", "机井", "水渠", "堰塘"))
    hours = r.choice((6, 8, 12))
    c.clause(f"{pond}放水按“下游先灌、上游后灌”原则，两家轮流放水，每次每户{hours}小时，由村民小组长监督。")
    c.task(RESPONDENT, f"拆除私自在{pond}出水口设置的挡水板", 3)
    c.clause("抽水用电费用按各户灌溉面积分摊，当季结清。")
    return c.story(
        category=_FL, sub="灌溉用水", title=f"{a}与{b}灌溉用水纠纷",
        facts=(f"{c.when()}天旱少雨，{a}与{b}的承包田均靠{c.place()}的{pond}灌溉。{b}在出水口私设挡水板，"
               f"连续几天只灌自家田，{a}家{r.randint(2, 8)}亩秧田开裂、禾苗发黄。{a}拆掉挡水板后，{b}又重新放上，两人在田埂上发生推搡。"),
        requests=("请求合理安排放水顺序", f"请求{b}拆除私设的挡水板"),
        investigation=(f"调查人员现场查看，{a}家秧田已出现裂口；村民小组长{c.witness()}介绍，往年{pond}放水由组里"
                       f"统一安排，当年未作安排。"),
        session=("调解员释明《民法典》第二百九十条关于相邻用水应当提供必要便利的规定，协调村民小组制定了放水顺序。"
                 "双方同意轮流放水。"),
        agreement_facts=f"干旱期间{b}私设挡水板独占{pond}水源，{a}家秧田缺水。争议事项：放水顺序。",
        failure=f"{b}坚持自家田地势高应先灌，拒不接受轮灌方案。",
    )


def collective_forest(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    g1, g2 = r.sample(c.village.villager_groups, 2)
    mu = r.randint(30, 300)
    hill = r.choice(("狮子岭", "黄土岗", "大坳山", "猫儿冲"))
    c.clause(f"{hill}争议山林暂由村委会代管，双方均不得砍伐、开挖或栽种。")
    c.task(APPLICANT, f"提供{g1}持有的历史权属资料，报镇人民政府依法确权", 30)
    c.task(RESPONDENT, f"提供{g2}持有的历史权属资料，报镇人民政府依法确权", 30)
    return c.story(
        category=_FL, sub="集体山林权属", title=f"{g1}与{g2}山林权属纠纷",
        facts=(f"{g1}与{g2}对{hill}约{mu}亩集体山林的权属存在争议。{c.when()}{g2}部分村民上山栽种果树，{g1}"
               f"二十余名村民上山阻拦，双方发生对峙。{a}（{g1}组长）代表本组申请调解，{b}（{g2}组长）代表对方参加。"),
        requests=(f"请求确认{hill}争议山林归{g1}所有", f"请求{g2}停止在争议山林栽种"),
        investigation=(f"调查人员查阅了村档案中的山林定权资料，两个组的资料所标四至存在重叠；走访老党员{c.witness()}，"
                       f"其称上世纪八十年代曾由两组共同管护。"),
        session=("调解员释明《土地管理法》第十四条：土地所有权和使用权争议，由当事人协商解决；协商不成的，由人民政府"
                 "处理。权属问题调委会不能确认，只能先稳定现状，防止械斗。双方同意维持现状、报请确权。"),
        agreement_facts=f"{g1}与{g2}对{hill}约{mu}亩集体山林权属存在争议并发生对峙。争议事项：权属及现状维持。",
        failure="双方均坚持山林归本组所有，情绪激烈，调委会已按重大纠纷书面报告镇司法所，并建议申请镇人民政府确权。",
        routes=False,
        major=True,
    )


def compensation_split(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    total = c.money(40000, 260000, 1000)
    share = total * r.choice((3, 4)) // 10 // 100000 * 100000
    project = r.choice(("高速公路", "县道改扩建", "工业园区", "高铁站配套道路"))
    rel = "兄弟姐妹" if same_surname(c.applicant, c.respondent) else "同组村民（原系共同承包户）"
    c.pay(RESPONDENT, "征地补偿款应得份额", share, 15)
    c.clause(f"其余征地补偿款归{b}所有，{a}不再主张。")
    return c.story(
        category=_LR, sub="征地补偿分配", title=f"{a}与{b}征地补偿款分配纠纷",
        facts=(f"{c.when()}因{project}建设，{a}与{b}原共同承包的{c.place()}土地被征收，土地补偿费及青苗补偿费共"
               f"{c.yuan(total)}元已全部打入{b}的账户。{a}与{b}系{rel}，{a}要求按人口分得相应份额，{b}认为这块地"
               f"多年来一直由自己耕种，补偿款应归自己，双方发生纠纷。"),
        requests=(f"请求{b}分给本人征地补偿款", "请求明确补偿款分配比例"),
        investigation=(f"调查人员查阅了征收补偿协议及二轮承包合同，该地块登记在原户主名下，家庭成员包括{a}；"
                       f"村委会会计{c.witness()}证实补偿款系按承包地面积核发。"),
        session=(f"调解员释明：征地补偿款中的土地补偿费、青苗补偿费应按承包关系及实际耕种投入合理分配。考虑{b}长期"
                 f"耕种，双方同意{a}分得{c.yuan(share)}元。"),
        agreement_facts=f"{project}征收{a}、{b}共同承包的土地，补偿款{c.yuan(total)}元由{b}领取。争议事项：补偿款的分配。",
        failure=f"{a}坚持平均分配，{b}只同意给{c.yuan(share // 2)}元，双方未能达成协议。",
    )


def demolition_resettlement(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    rooms = r.choice(("两套", "三套"))
    fee = c.money(10000, 60000, 1000)
    c.clause(f"拆迁安置所得{rooms}安置房中，{a}取得一套九十平方米户型的使用权。")
    c.pay(RESPONDENT, "过渡期安置补助费份额", fee, 30)
    return c.story(
        category=_LR, sub="拆迁安置", title=f"{a}与{b}拆迁安置纠纷",
        facts=(f"{a}与{b}户籍原在同一户，{c.when()}老屋因集镇改造被拆除，按政策获得安置房{rooms}和过渡期安置补助费。"
               f"{b}作为户主签订安置协议后，拒绝给{a}分配安置房，称{a}{'早已出嫁' if c.applicant.gender == 'female' else '早已外出落户'}，不在家居住。{a}认为自己户口"
               f"一直在本村，也是安置对象。"),
        requests=("请求分得一套安置房", "请求分得相应的过渡期安置补助费"),
        investigation=(f"调查人员查阅了拆迁安置协议及安置人口名单，{a}列入安置人口；村干部{c.witness()}证实{a}户口"
                       f"未迁出。"),
        session=(f"调解员释明：安置协议按安置人口核定安置面积和补助费，{a}列入安置人口名单，依法享有相应的安置权益。"
                 f"{b}认可名单，双方同意按人口分配。"),
        agreement_facts=f"{a}、{b}原同户的老屋被拆除，安置房由{b}签约取得。争议事项：安置房及补助费的分配。",
        failure=f"{b}拒绝分房，双方矛盾较深，调解员告知{a}可向人民法院起诉或请求拆迁主管部门处理。",
        routes=False,
    )


def livestock_pollution(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    farm, unit, scale = r.choice((("养猪场", "头", r.randint(80, 600)), ("养鸡场", "只", r.randint(2000, 9000)),
                                  ("养牛场", "头", r.randint(30, 150))))
    when = r.choice(("今年汛期", "去年夏天", "去年6月", "今年入夏后"))
    fish = r.randint(200, 1500)
    loss = c.money(3000, 30000, 500)
    c.pay(RESPONDENT, "鱼塘损失赔偿款", loss, 20)
    c.task(RESPONDENT, "建设防渗沼气池及干粪棚，粪污经处理后还田，不得直排", 60)
    c.clause(f"整改完成后由镇农业综合服务中心及{a}共同查验。")
    return c.story(
        category=_EP, sub="养殖污染", title=f"{a}与{b}环境污染责任纠纷",
        facts=(f"{b}在{c.place()}经营{farm}，存栏约{scale}{unit}。{when}连降大雨，{farm}粪污溢出沿排水沟流入"
               f"{a}承包的鱼塘，造成鱼塘死鱼约{fish}斤，周边臭味很大。{a}要求赔偿并停止排污，{b}认为死鱼是天气"
               f"原因造成的，双方发生争执。"),
        requests=(f"请求{b}赔偿鱼塘损失{c.yuan(loss)}元", f"请求{b}整改排污设施"),
        investigation=(f"调查人员现场查看，{farm}粪污池容量不足，排水沟与鱼塘相通，塘水发黑；邻近农户{c.witness()}"
                       f"反映死鱼发生在大雨后第二天。"),
        session=(f"调解员释明《民法典》第一千二百二十九条、第一千二百三十条：因污染环境造成他人损害的，侵权人应当承担"
                 f"侵权责任，并就其行为与损害之间不存在因果关系承担举证责任。{b}同意赔偿并限期整改。"),
        agreement_facts=f"{b}经营的{farm}粪污流入{a}鱼塘致死鱼。争议事项：损失赔偿与污染整改。",
        failure=f"{b}拒绝承担责任，建议{a}请求生态环境部门处理或向人民法院起诉。",
        routes=False,
    )


def dust_noise(c: StoryContext) -> DisputeStory:
    r, a, b = c.rng, c.a, c.b
    plant = r.choice(("石材加工厂", "碾米厂", "木材加工厂", "砂石场"))
    c.clause(f"{b}的{plant}每日作业时间限定在7时至12时、14时至19时，夜间不得作业。")
    c.task(RESPONDENT, "在加工区安装喷淋降尘设施并加装隔音棚", 45)
    c.pay(RESPONDENT, "补偿款", c.money(1000, 5000, 500), 15)
    return c.story(
        category=_EP, sub="噪声粉尘", title=f"{a}与{b}噪声粉尘污染纠纷",
        facts=(f"{b}在{a}家附近开办{plant}，{c.when()}以来常常早上六点就开机，粉尘落满{a}家院子和晒场，噪声吵得"
               f"老人孩子休息不好。{a}多次要求{b}整改，{b}称手续齐全，影响不大，双方矛盾渐深，{a}遂申请调委会调解。"),
        requests=(f"请求{b}限定作业时间", "请求采取降尘降噪措施"),
        investigation=(f"调查人员清晨到现场查看，{plant}距{a}家约{r.randint(20, 60)}米，开机时噪声明显，无降尘设施。"
                       f"附近村民{c.witness()}也反映受到影响。"),
        session=(f"调解员释明《民法典》第二百九十四条：不动产权利人不得违反国家规定排放大气污染物、噪声等有害物质。"
                 f"{b}同意限时作业、加装设施，并对{a}给予适当补偿。"),
        agreement_facts=f"{b}的{plant}产生粉尘、噪声影响{a}家生活。争议事项：作业时间、整改措施及补偿。",
        failure=f"{b}拒绝限制作业时间，调解员告知{a}可向生态环境部门反映或向人民法院起诉。",
        routes=False,
    )


TEMPLATES: dict[str, tuple[Template, ...]] = {
    _FL: (
        (forest_boundary, None, 3.0),
        (field_ridge, None, 3.0),
        (irrigation, None, 2.0),
        (collective_forest, None, 0.4),
    ),
    _LR: ((compensation_split, None, 2.0), (demolition_resettlement, None, 1.0)),
    _EP: ((livestock_pollution, None, 2.0), (dust_noise, None, 1.0)),
}
