import type { OverlapFeedback } from '@/lib/check/advice';
import type { Fix } from '@/lib/trajectory/fixes-to-parts';

/** Everything the check keeps about the resident lives in this browser's storage, under these keys. */
const FEEDBACK_KEY = 'gridwatch-overlap-feedback';
const RECORDING_KEY = 'gridwatch-recorded-fixes';

function read<T>(key: string, fallback: T): T {
  try {
    const text = window.localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing or a full quota: the answer still holds for this visit.
  }
}

export const readFeedback = () => read<Record<string, OverlapFeedback>>(FEEDBACK_KEY, {});
export const writeFeedback = (value: Record<string, OverlapFeedback>) => write(FEEDBACK_KEY, value);
export const readRecording = () => read<Fix[]>(RECORDING_KEY, []);
export const writeRecording = (fixes: Fix[]) => write(RECORDING_KEY, fixes);
export const clearRecording = () => window.localStorage.removeItem(RECORDING_KEY);
