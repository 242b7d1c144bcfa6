'use client';
import { useEffect, useState } from 'react';
import type { SliderDay } from '@/lib/briefing/slider-days';
import type { Messages } from '@/lib/i18n/messages';

const PLAY_STEP_MS = 1500;

type Props = {
  days: SliderDay[];
  dayIndex: number;
  onDay: (index: number) => void;
  trackDays: number;
  onTrackDays: (days: number) => void;
  messages: Messages;
  children?: React.ReactNode;
};

/** The time bar over the map: play, the day slider, the track window, and (as children) the window picker and exports. */
export function TimeBar({ days, dayIndex, onDay, trackDays, onTrackDays, messages: m, children }: Props) {
  const [isPlaying, setIsPlaying] = useState(false);
  useEffect(() => {
    if (!isPlaying) return;
    const timer = setInterval(() => {
      if (dayIndex >= days.length - 1) setIsPlaying(false);
      else onDay(dayIndex + 1);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [isPlaying, dayIndex, days.length, onDay]);
  return (
    <div className="briefing-time" role="group" aria-label={m.briefingTimeSlider}>
      <button type="button" onClick={() => setIsPlaying((p) => !p)} data-testid="play" aria-pressed={isPlaying}>
        {isPlaying ? m.briefingPause : m.briefingPlay}
      </button>
      <input
        type="range"
        min={0}
        max={days.length - 1}
        step={1}
        value={dayIndex}
        onChange={(e) => onDay(Number(e.target.value))}
        aria-label={m.briefingTimeSlider}
        aria-valuetext={days[dayIndex].day}
        data-testid="time-slider"
      />
      <output className="slider-day">{days[dayIndex].day}</output>
      <label className="track-days">
        {m.briefingTrackDays.replace('{days}', '')}
        <input type="number" min={1} max={60} value={trackDays} onChange={(e) => onTrackDays(Math.min(60, Math.max(1, Number(e.target.value) || 14)))} data-testid="track-days" />
      </label>
      {children}
    </div>
  );
}
