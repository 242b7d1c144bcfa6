import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import type { ParseContext } from './parse-context';

/**
 * Parses GPX/KML text into a DOM, refusing what would otherwise be read in part: any xmldom error or fatal error is
 * a TrajectoryParseError giving the line xmldom stopped near, and DOCTYPE/ENTITY declarations are refused outright
 * (billion laughs, XXE).
 *
 * @example
 * const doc = readXml('<gpx><wpt lat="1" lon="1"/></gpx>', context);
 */
export function readXml(text: string, context: ParseContext): Document {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    context.fail('parse.xml-doctype');
  }
  let reported: string | undefined;
  const parser = new DOMParser({
    onError: (level, message) => {
      // Warnings are cosmetic (e.g. a missing XML declaration); an error means the DOM would be incomplete, so stop.
      // Fatal errors stop xmldom by themselves.
      if (level === 'warning') return;
      reported ??= message;
      if (level === 'error') throw new Error(message);
    },
  });
  try {
    return parser.parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
  } catch (error) {
    const message = shorten(reported ?? (error instanceof Error ? error.message : String(error)));
    // xmldom's locator points at the last construct it read, which can be a line or two before the fault.
    const line = lineOf(error);
    const near = line === undefined ? { 'zh-CN': '', en: '' } : { 'zh-CN': `（约在第 ${line} 行）`, en: ` near line ${line}` };
    return context.fail('parse.xml-malformed', { near, detail: message }, line === undefined ? {} : { line });
  }
}

function shorten(message: string): string {
  const first = message.split('\n')[0].trim();
  return first.length > 200 ? `${first.slice(0, 197)}…` : first;
}

function lineOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('locator' in error)) return undefined;
  const locator: unknown = error.locator;
  if (typeof locator !== 'object' || locator === null || !('lineNumber' in locator)) return undefined;
  return typeof locator.lineNumber === 'number' ? locator.lineNumber : undefined;
}

/**
 * Element children of `parent` with the given local name, ignoring namespace prefixes.
 *
 * @example
 * childElements(trk, 'trkseg') // → the <trkseg> (or <gpx:trkseg>) children of the track
 */
export function childElements(parent: Element | Document, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).localName === localName) found.push(node as Element);
  }
  return found;
}

/**
 * Trimmed text of the first child element with the given local name, or undefined.
 *
 * @example
 * childText(trkpt, 'time') // → '2010-10-03T09:36:30Z'
 */
export function childText(parent: Element, localName: string): string | undefined {
  const [child] = childElements(parent, localName);
  const text = child?.textContent?.trim();
  return text ? text : undefined;
}
