'use client';
import { fromLocalInputValue, toLocalInputValue, type SinceChoice } from '@/lib/briefing/briefing-window';
import type { Messages } from '@/lib/i18n/messages';

type Props = {
  choice: SinceChoice;
  custom: string | null;
  lastOpened: string | null;
  timeZone: string;
  messages: Messages;
  onChoice: (choice: SinceChoice) => void;
  onCustom: (instant: string) => void;
};

/** "Since": the last 24 h, the last briefing this user opened, or a picked time (in the district's zone). */
export function WindowPicker({ choice, custom, lastOpened, timeZone, messages: m, onChoice, onCustom }: Props) {
  return (
    <label className="window-picker">
      {m.briefingSince}
      <select value={choice} onChange={(e) => onChoice(e.target.value as SinceChoice)} data-testid="since-choice">
        <option value="day">{m.briefingSinceDay}</option>
        <option value="last-opened" disabled={!lastOpened}>
          {m.briefingSinceLastOpened}
        </option>
        <option value="custom">{m.briefingSinceCustom}</option>
      </select>
      {choice === 'custom' ? (
        <input
          type="datetime-local"
          value={custom ? toLocalInputValue(custom, timeZone) : ''}
          onChange={(e) => {
            const instant = fromLocalInputValue(e.target.value, timeZone);
            if (instant) onCustom(instant);
          }}
          data-testid="since-custom"
        />
      ) : null}
    </label>
  );
}
