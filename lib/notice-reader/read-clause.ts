/** How a case moved between places, when a clause says so. */
export type Transport = {
  mode: 'flight' | 'train' | 'bus' | 'metro' | 'coach' | 'car' | 'taxi' | 'ship' | 'walk' | 'bike' | 'other';
  /** Flight or train number, bus or metro line, as written ("CZ308", "K799", "3路", "地铁1号线"). */
  number?: string;
};

/** What one clause of a notice says happened, before any time or place lookup. */
export type ClauseReading =
  | { kind: 'movement'; from?: string; to?: string; transport?: Transport }
  | { kind: 'visit'; place: string }
  | { kind: 'event' };

const FLIGHT = /(?:航班号?)?([A-Z0-9]{2}\d{3,4})(?:次)?航班|航班号?([A-Z0-9]{2}\d{3,4})/;
const TRAIN = /(?<![A-Za-z])([GDCZTKYLS]\d{1,4})(?:次|班次|班)?(?:列车|火车|高铁|动车|城轨)?/;
const BUS = /(\d{1,4}|[A-Z]\d{1,3})路(?:公交|公共汽车|巴士|大巴)?/;
const METRO = /地铁(\d{1,2}|[一二三四五六七八九十]{1,2})号线/;
const VEHICLE_WORDS: [RegExp, Transport['mode']][] = [
  [/电动车|自行车|单车|摩托/, 'bike'],
  [/飞机|航班/, 'flight'],
  [/高铁|动车|火车|列车|城轨|轻轨/, 'train'],
  [/地铁/, 'metro'],
  [/公交|巴士/, 'bus'],
  [/大巴|客车|长途车|旅游车/, 'coach'],
  [/出租车|的士|网约车|滴滴/, 'taxi'],
  [/自驾|私家车|驾车|开车|专车|小汽车|乘车|坐车/, 'car'],
  [/轮船|渡轮|邮轮|客轮|船/, 'ship'],
  [/步行|走路/, 'walk'],
];

/** The transport a clause names, with its number where one is written. */
export function readTransport(clause: string): Transport | undefined {
  const flight = FLIGHT.exec(clause);
  if (flight) return { mode: 'flight', number: flight[1] ?? flight[2] };
  const metro = METRO.exec(clause);
  if (metro) return { mode: 'metro', number: metro[0] };
  const train = /乘|坐|搭/.test(clause) ? TRAIN.exec(clause) : null;
  if (train && /次|列车|火车|高铁|动车|班/.test(clause)) return { mode: 'train', number: train[1] };
  const bus = BUS.exec(clause);
  if (bus && /乘|坐|搭/.test(clause)) return { mode: 'bus', number: `${bus[1]}路` };
  for (const [pattern, mode] of VEHICLE_WORDS) if (pattern.test(clause)) return { mode };
  return undefined;
}

/** Words that end a place phrase: what the case did there, or the start of the next thought. */
const PLACE_END =
  /(?:就诊|就医|看病|购物|购买|采购|买|用餐|吃饭|就餐|聚餐|聚会|参加|探亲|探望|拜年|走亲|工作|上班|办理|办事|治疗|隔离|观察|停留|逗留|居住|住宿|入住|休息|游玩|旅游|旅行|游览|玩|开会|检测|核酸|过年|打牌|打麻将|入境|出境|转机|中转|候机|做|与|同|陪|后|时|期间|途中|附近|的|等地|等处|等)/;
const PLACE_VERB = /(?:转入|转至|转到|转往|转运至|转送至|收治于|收治到|收治|送至|送往|送到|前往|抵达|到达|返回|回到|回|到访|去往|去|来到|进入|入住|途经|经过|经停|在|到|至|赴|于|经)/;
const NOT_A_PLACE = /^(?:家|家中|家里|住处|住所|单位|公司|医院|本市|当地|外地|湖北|此|该|其|当天|当日|发热|症状|隔离|治疗|观察|核酸|检测|阳性|阴性|确诊)$/;
const HEALTH_ONLY = /发热|发病|症状|咳嗽|乏力|确诊|阳性|阴性|核酸|复核|检测|CT|隔离观察|密切接触|密接|病情|体温|会诊|报告|通报|判定|复查/;

/** Trims leading particles and trailing generic words from a raw place phrase. */
export function cleanPlacePhrase(raw: string): string | undefined {
  const phrase = raw
    .replace(/^(?:了|的|再|又|并|后|即|就|均|曾|一起|一同|一家人?|家人|自行|独自|分别)+/, '')
    .replace(/(?:附近|一带|周边|内|里|中|处|等地|等)+$/, '')
    .replace(/[()（）"“”'‘’]/g, '')
    .trim();
  if (phrase.length < 2 || phrase.length > 30 || NOT_A_PLACE.test(phrase)) return undefined;
  if (/陪同|一起|同事|家人|朋友|亲友|亲属|专家|医生|患者|病例|救护车|^家/.test(phrase)) return undefined;
  if (/\d+[月日号时点:]/.test(phrase)) return undefined;
  if (/^\d+$/.test(phrase) || /^[\d:\-年月日号时点分]+$/.test(phrase)) return undefined;
  return phrase;
}

/** The place phrase after a place verb ("到成田镇深沟村采购年货" → "成田镇深沟村"). */
export function readPlaceAfterVerb(clause: string): string | undefined {
  const verb = new RegExp(PLACE_VERB.source, 'g');
  for (const m of clause.matchAll(verb)) {
    const rest = clause.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const end = PLACE_END.exec(rest);
    const place = cleanPlacePhrase(end ? rest.slice(0, end.index) : rest);
    if (place) return place;
  }
  return undefined;
}

const TO_VERB = /(?:返回到|返回至|回到|到达|抵达|飞往|飞抵|前往|去往|返回|赴|去|到|至|回|返)/g;
const FROM_MARK = /(?:从|由|自|在)/g;
const FROM_PRIORITY = ['从', '由', '自', '在'];
const LEAVING = /(?:乘坐?|搭乘?|坐|自驾|驾车|开车|步行|骑|出发|离开|中转|转车|换乘|转乘)/;

/** The place a movement left from: after 从/由/自/在, up to the transport or direction words. */
function readOrigin(body: string): string | undefined {
  const marks = [...body.matchAll(FROM_MARK)].sort((a, b) => FROM_PRIORITY.indexOf(a[0]) - FROM_PRIORITY.indexOf(b[0]) || a.index - b.index);
  for (const m of marks) {
    const rest = body.slice(m.index + m[0].length);
    const stop = new RegExp(`${LEAVING.source}|${TO_VERB.source}`).exec(rest);
    const place = cleanPlacePhrase(stop ? rest.slice(0, stop.index) : rest);
    if (place) return place;
  }
  return undefined;
}

/** The place a movement went to: after the last direction verb, up to what the case did there. */
function readDestination(body: string): string | undefined {
  const verbs = [...body.matchAll(TO_VERB)];
  for (const m of verbs.reverse()) {
    const rest = body.slice(m.index + m[0].length);
    const end = PLACE_END.exec(rest);
    const place = cleanPlacePhrase((end ? rest.slice(0, end.index) : rest).replace(/(?:家中|家里|住处|住所)$/, ''));
    if (place) return place;
    if (/^(?:家|家中|家里|住处)/.test(rest)) return undefined;
  }
  return undefined;
}

/**
 * What a clause describes: a movement (transport, or from A to B), a visit to a named place, or an event with
 * no place (symptoms, a test result).
 *
 * @example
 * readClause('在武汉武昌站乘坐K799火车前往汕头') // → { kind: 'movement', from: '武汉武昌站', to: '汕头', transport: { mode: 'train', number: 'K799' } }
 */
export function readClause(clause: string): ClauseReading {
  const body = clause.replace(/^[^\u4e00-\u9fffA-Za-z]*(?:\d{4}年)?(?:[\d零〇一二两三四五六七八九十]{1,3}月)?(?:[\d零〇一二两三四五六七八九十]{1,3}[日号])?(?:[-至到][\d]{1,2}[日号])?/, '');
  const transport = readTransport(body);
  const hasFrom = /(?:从|由|自)[^从由自]{2,}?(?:前往|抵达|到达|返回|回到|飞往|飞抵|赴|去|到|至|回|返)/.test(body);
  if ((transport && transport.mode !== 'walk') || hasFrom) {
    const from = readOrigin(body);
    const to = readDestination(body);
    if (from || to || transport) return { kind: 'movement', ...(from ? { from } : {}), ...(to ? { to } : {}), ...(transport ? { transport } : {}) };
  }
  const place = readPlaceAfterVerb(body);
  if (place && !HEALTH_ONLY.test(place)) return { kind: 'visit', place };
  return { kind: 'event' };
}
