/**
 * Picks the demo cases from DS4C and turns their dated route rows into timed visits and movements.
 * DS4C has dates only: times of day and the movements between visits are generated (seeded) and flagged.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, Point } from 'geojson';
import type { Locator } from './demo-places';
import { cleanDongName, placeLabels } from './demo-places';
import type { PatientRecord, RouteRow, Sources } from './demo-sources';
import type { LngLat, Rng } from './demo-util';
import { kstToMs, lerpLngLat, round6, toKstIso } from './demo-util';

export type Classification = 'confirmed' | 'asymptomatic';

export type TimedVisit = {
  row: RouteRow;
  start: number;
  end: number;
  district: string;
  dongCode: string;
  dongEn: string;
};

export type TimedMovement = { from: TimedVisit; to: TimedVisit; lngLats: LngLat[]; times: number[] };

export type DemoCase = {
  caseCode: string;
  patientId: string;
  confirmedDate: string;
  reportedAt: number;
  classification: Classification;
  classificationGenerated: boolean;
  visits: TimedVisit[];
  movements: TimedMovement[];
};

export type CaseSelectionOptions = {
  cluster: string;
  districts: readonly string[];
  minRows: number;
  maxRows: number;
  maxCases: number;
  asymptomaticCount: number;
  timesRng: Rng;
  classificationRng: Rng;
  log: (message: string) => void;
};

/** Local time of the bulletin that publishes a case: its confirmation day at 20:00 KST. */
export const REPORT_MINUTE = 20 * 60;
const DAY_START_MINUTE = 8 * 60;
const DAY_END_MINUTE = 22 * 60;
/** Visits on the confirmation day end an hour before the bulletin. */
const REPORT_DAY_END_MINUTE = REPORT_MINUTE - 60;
const MIN_STAY = 20;
const MAX_STAY = 120;
const MIN_MOVEMENT_M = 50;

export function selectCases(sources: Sources, locator: Locator, options: CaseSelectionOptions): DemoCase[] {
  const { log } = options;
  const rowsByPatient = new Map<string, RouteRow[]>();
  for (const row of sources.routes) {
    const rows = rowsByPatient.get(row.patientId) ?? [];
    rows.push(row);
    rowsByPatient.set(row.patientId, rows);
  }

  const candidates = [...sources.patients.values()]
    .filter((p) => p.province === 'Seoul' && p.infectionCase === options.cluster)
    .sort((a, b) => a.confirmedDate.localeCompare(b.confirmedDate) || a.patientId.localeCompare(b.patientId));

  const chosen: { patient: PatientRecord; kept: RouteRow[]; timed: RouteRow[] }[] = [];
  const signatures = new Map<string, string>();
  let skippedRowCount = 0;
  for (const patient of candidates) {
    const rows = rowsByPatient.get(patient.patientId) ?? [];
    if (rows.length < options.minRows || rows.length > options.maxRows) {
      skippedRowCount += 1;
      continue;
    }
    const dropped: string[] = [];
    // Rows up to the confirmation day are the published exposure track; later rows are transfers
    // between hospitals after diagnosis.
    const timed = rows.filter((row) => {
      if (row.date <= patient.confirmedDate) return true;
      dropped.push(`${row.date} ${row.type} (after confirmation on ${patient.confirmedDate})`);
      return false;
    });
    const kept = timed.filter((row) => {
      const gu = locator.guAt(row.lngLat);
      if (!gu) {
        dropped.push(`${row.date} ${row.type} outside Seoul (${row.province} ${row.city})`);
        return false;
      }
      if (!options.districts.includes(gu.properties.name_eng)) {
        dropped.push(`${row.date} ${row.type} in ${gu.properties.name_eng}, outside the demo districts`);
        return false;
      }
      return true;
    });
    if (kept.length < options.minRows) continue;
    const signature = kept.map((r) => `${r.date} ${r.type} ${r.lngLat.join(',')}`).join('|');
    const twin = signatures.get(signature);
    if (twin) {
      log(`skip DS4C patient ${patient.patientId}: same published route as ${twin}`);
      continue;
    }
    signatures.set(signature, patient.patientId);
    for (const reason of dropped) log(`patient ${patient.patientId}: drop row ${reason}`);
    chosen.push({ patient, kept, timed });
    if (chosen.length === options.maxCases) break;
  }
  log(
    `${skippedRowCount} cluster patients skipped for having fewer than ${options.minRows} or more than ${options.maxRows} route rows`,
  );

  const asymptomatic = new Set<number>();
  while (asymptomatic.size < Math.min(options.asymptomaticCount, chosen.length)) {
    asymptomatic.add(options.classificationRng.int(0, chosen.length - 1));
  }

  return chosen.map(({ patient, kept, timed }, index) => {
    const caseCode = `C-${String(index + 1).padStart(3, '0')}`;
    const keptSet = new Set(kept);
    const visits: TimedVisit[] = [];
    const movements: TimedMovement[] = [];
    for (const date of [...new Set(timed.map((r) => r.date))].sort()) {
      const dayRows = timed.filter((r) => r.date === date);
      const endMinute = date === patient.confirmedDate ? REPORT_DAY_END_MINUTE : DAY_END_MINUTE;
      const slots = scheduleDay(dayRows, endMinute, options.timesRng);
      let previous: TimedVisit | null = null;
      dayRows.forEach((row, i) => {
        if (!keptSet.has(row)) {
          previous = null; // the track has a gap where the case left the demo area
          return;
        }
        const dong = locator.dongAt(row.lngLat);
        const gu = locator.guAt(row.lngLat);
        if (!dong || !gu) throw new Error(`no dong/gu for kept row ${row.order}`);
        const visit: TimedVisit = {
          row,
          start: kstToMs(date, slots[i].start),
          end: kstToMs(date, slots[i].end),
          district: gu.properties.name_eng,
          dongCode: dong.properties.EMD_CD,
          dongEn: cleanDongName(dong.properties.EMD_ENG_NM),
        };
        if (previous && turf.distance(previous.row.lngLat, row.lngLat, { units: 'meters' }) >= MIN_MOVEMENT_M) {
          movements.push(straightMovement(previous, visit));
        }
        visits.push(visit);
        previous = visit;
      });
    }
    return {
      caseCode,
      patientId: patient.patientId,
      confirmedDate: patient.confirmedDate,
      reportedAt: kstToMs(patient.confirmedDate, REPORT_MINUTE),
      classification: asymptomatic.has(index) ? 'asymptomatic' : 'confirmed',
      classificationGenerated: asymptomatic.has(index),
      visits,
      movements,
    };
  });
}

/**
 * Times of day (minutes from local midnight) for one day's rows, in route order: stays of 20–120 min
 * from about 08:00, separated by a travel time that grows with distance, all ending by `endMinute`.
 */
function scheduleDay(rows: RouteRow[], endMinute: number, rng: Rng): { start: number; end: number }[] {
  let stays = rows.map(() => 5 * rng.int(MIN_STAY / 5, MAX_STAY / 5));
  let travels = rows.slice(1).map((row, i) => travelMinutes(rows[i].lngLat, row.lngLat));
  let start = DAY_START_MINUTE + 5 * rng.int(0, 18);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const fits = () => start + sum(stays) + sum(travels) <= endMinute;
  if (!fits()) start = DAY_START_MINUTE;
  if (!fits()) {
    const factor = (endMinute - start - sum(travels)) / sum(stays);
    stays = stays.map((s) => Math.max(MIN_STAY, 5 * Math.floor((s * factor) / 5)));
  }
  if (!fits()) {
    const factor = (endMinute - start - sum(stays)) / sum(travels);
    travels = travels.map((t) => Math.max(5, 5 * Math.floor((t * factor) / 5)));
  }
  if (!fits()) throw new Error(`cannot fit ${rows.length} visits into one day`);
  const slots: { start: number; end: number }[] = [];
  let clock = start;
  stays.forEach((stay, i) => {
    slots.push({ start: clock, end: clock + stay });
    clock += stay + (travels[i] ?? 0);
  });
  return slots;
}

/** Door-to-door minutes across a city: 8 min to get going plus 3 min/km (20 km/h), in 5-minute steps. */
function travelMinutes(a: LngLat, b: LngLat): number {
  const km = turf.distance(a, b, { units: 'kilometers' });
  if (km * 1000 < MIN_MOVEMENT_M) return 5;
  return Math.min(120, 5 * Math.ceil((8 + km * 3) / 5));
}

function straightMovement(from: TimedVisit, to: TimedVisit): TimedMovement {
  const km = turf.distance(from.row.lngLat, to.row.lngLat, { units: 'kilometers' });
  const vertexCount = 2 + Math.min(4, Math.max(1, Math.floor(km / 0.75)));
  const lngLats: LngLat[] = [];
  const times: number[] = [];
  for (let i = 0; i < vertexCount; i += 1) {
    const fraction = i / (vertexCount - 1);
    const [lng, lat] = lerpLngLat(from.row.lngLat, to.row.lngLat, fraction);
    lngLats.push([round6(lng), round6(lat)]);
    times.push(from.end + Math.round(((to.start - from.end) * fraction) / 1000) * 1000);
  }
  return { from, to, lngLats, times };
}

export type CaseFeatureProperties = {
  caseCode: string;
  classification: Classification;
  kind: 'visit' | 'movement';
  place: string;
  placeZh: string;
  start: string;
  end: string;
  reportedAt: string;
  timeGenerated: true;
  placeType?: string;
  community?: string;
  communityCode?: string | null;
  district?: string;
  coordTimes?: string[];
  movementGenerated?: true;
  classificationGenerated?: true;
};

/** The case-track interchange features: per case, its visits and movements in time order. */
export function caseFeatures(
  cases: DemoCase[],
  communityCodes: ReadonlySet<string>,
): Feature<Point | LineString, CaseFeatureProperties>[] {
  const features: Feature<Point | LineString, CaseFeatureProperties>[] = [];
  for (const demoCase of cases) {
    const common = { caseCode: demoCase.caseCode, classification: demoCase.classification };
    const flags = demoCase.classificationGenerated ? { classificationGenerated: true as const } : {};
    const parts = [
      ...demoCase.visits.map((visit) => ({ start: visit.start, order: 1, visit })),
      ...demoCase.movements.map((movement) => ({ start: movement.times[0], order: 0, movement })),
    ].sort((a, b) => a.start - b.start || a.order - b.order);
    parts.forEach((part, i) => {
      const id = `${demoCase.caseCode}-${String(i + 1).padStart(2, '0')}`;
      if ('visit' in part) {
        const { visit } = part;
        features.push({
          type: 'Feature',
          id,
          geometry: { type: 'Point', coordinates: [round6(visit.row.lngLat[0]), round6(visit.row.lngLat[1])] },
          properties: {
            ...common,
            kind: 'visit',
            ...placeLabels(visit.row.type, visit.dongEn),
            placeType: visit.row.type,
            community: visit.dongEn,
            communityCode: communityCodes.has(visit.dongCode) ? visit.dongCode : null,
            district: visit.district,
            start: toKstIso(visit.start),
            end: toKstIso(visit.end),
            reportedAt: toKstIso(demoCase.reportedAt),
            timeGenerated: true,
            ...flags,
          },
        });
      } else {
        const { movement } = part;
        features.push({
          type: 'Feature',
          id,
          geometry: { type: 'LineString', coordinates: movement.lngLats },
          properties: {
            ...common,
            kind: 'movement',
            place: `Travel · ${movement.from.dongEn} → ${movement.to.dongEn}`,
            placeZh: `行程 · ${movement.from.dongEn} → ${movement.to.dongEn}`,
            start: toKstIso(movement.times[0]),
            end: toKstIso(movement.times[movement.times.length - 1]),
            reportedAt: toKstIso(demoCase.reportedAt),
            coordTimes: movement.times.map(toKstIso),
            timeGenerated: true,
            movementGenerated: true,
            ...flags,
          },
        });
      }
    });
  }
  return features;
}
