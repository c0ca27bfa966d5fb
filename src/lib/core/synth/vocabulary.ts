/**
 * synth/vocabulary: the words synthetic passages are made of. Policy prose is built from a
 * small set of verbs and compound nouns (加强…体系, 提高…能力); combining them gives enough
 * distinct wording that unrelated synthetic quotations rarely share a 14-character run, as
 * unrelated real ones rarely do. Registry names (laws, concepts, occasions) are not here:
 * they are passed in from graph-data/, so the synthetic text mentions what the build knows.
 */

/** Two-character verbs of policy prose. */
export const VERBS = [
	'加强',
	'推进',
	'坚持',
	'完善',
	'提高',
	'深化',
	'统筹',
	'健全',
	'强化',
	'构建',
	'落实',
	'推动',
	'把握',
	'维护',
	'保障',
	'促进',
	'培育',
	'筑牢',
	'夯实',
	'拓展',
	'优化',
	'规范',
	'引导',
	'凝聚',
	'增强',
	'防范',
	'巩固',
	'激发',
	'壮大',
	'提升'
];

/** First halves of compound nouns. */
export const MODIFIERS = [
	'网络',
	'信息',
	'数据',
	'数字',
	'安全',
	'治理',
	'技术',
	'产业',
	'人才',
	'内容',
	'平台',
	'舆论',
	'法治',
	'监管',
	'基础',
	'核心',
	'国际',
	'社会',
	'文化',
	'科技',
	'服务',
	'应急',
	'风险',
	'生态',
	'传播',
	'标准',
	'制度',
	'组织',
	'创新',
	'民生'
];

/** Second halves of compound nouns. */
export const HEADS = [
	'体系',
	'能力',
	'机制',
	'格局',
	'水平',
	'环境',
	'秩序',
	'保护',
	'防线',
	'屏障',
	'合作',
	'规则',
	'体制',
	'战略',
	'责任',
	'意识',
	'优势',
	'动能',
	'空间',
	'领域',
	'成果',
	'队伍',
	'阵地',
	'布局',
	'链条'
];

/** How a sentence of a directive opens. */
export const OPENERS = [
	'要',
	'必须',
	'我们要',
	'各级党委和政府要',
	'全党要',
	'要始终',
	'要进一步',
	'要切实',
	'要坚定不移',
	'要不断',
	'各地区各部门要',
	'领导干部要'
];

/** Clause-level connectives between two verb phrases. */
export const LINKS = ['，', '，', '，', '，同时', '，进而', '，着力', '，努力'];

/** Subjects of news prose (no speaker names: a named speaker would make the sentence reported speech). */
export const NEWS_SUBJECTS = [
	'各地各部门',
	'有关部门',
	'网信部门',
	'各级党委',
	'广大网民',
	'互联网企业',
	'科研院所',
	'行业组织',
	'基层单位',
	'主流媒体'
];

/** Outcomes news prose reports. */
export const NEWS_RESULTS = [
	'取得明显成效',
	'迈出坚实步伐',
	'持续深化',
	'不断完善',
	'稳步提升',
	'显著增强',
	'基本形成',
	'全面加强',
	'日益巩固',
	'有力推进'
];

/** Topics of occasions and of document titles. */
export const TOPICS = [
	'数字经济',
	'网络文明',
	'数据治理',
	'人工智能',
	'网络传播',
	'数字政府',
	'网络法治',
	'网络人才',
	'科技创新',
	'网络生态',
	'信息惠民',
	'网络扶贫',
	'媒体融合',
	'智慧城市',
	'工业互联网',
	'卫星互联网',
	'数字乡村',
	'网络国际合作',
	'网络内容建设',
	'关键技术攻关'
];

/** Bodies whose numbered meetings are occasions (中央…委员会第…次会议). */
export const COMMITTEES = [
	'全面深化改革',
	'财经',
	'全面依法治国',
	'网络安全和信息化',
	'科技',
	'金融',
	'国家安全',
	'外事工作'
];

/** Places of inspection tours (在…考察时的讲话). */
export const PLACES = [
	'浙江',
	'广东',
	'湖北',
	'四川',
	'福建',
	'陕西',
	'贵州',
	'江苏',
	'山东',
	'河南',
	'云南',
	'甘肃',
	'天津',
	'上海',
	'重庆',
	'新疆'
];

/** News agencies and websites publishing reports and compilations. */
export const PUBLISHERS = [
	'新华社',
	'人民网',
	'党建网',
	'求是网',
	'中国网信网',
	'光明网',
	'央视网',
	'未署名（汇编）'
];

/** Characters a one-character variant swaps in (a typo, a synonym in a reprint). */
export const SWAP_CHARS = '的和与及在对把将使让为以其之更好新大全强';

/** Chinese numerals for dates and ordinals. */
export const CHINESE_DIGITS = '〇一二三四五六七八九';
