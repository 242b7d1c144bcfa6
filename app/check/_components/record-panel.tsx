'use client';
import { useEffect, useRef, useState } from 'react';
import type { Fix } from '@/lib/trajectory/fixes-to-parts';
import type { LngLat } from '@/lib/trajectory/types';
import { translate } from '@/lib/i18n/locale';
import type { Locale, MessageKey } from '@/lib/i18n/messages';
import { clearRecording, writeRecording } from '../_lib/browser-store';

type Props = { locale: Locale; fixes: Fix[]; onFixes: (update: (current: Fix[]) => Fix[]) => void };

/** The record tab: the phone's positions while the page is open, kept in this browser only. */
export function RecordPanel({ locale, fixes, onFixes }: Props) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const [isRecording, setIsRecording] = useState(false);
  const [recordError, setRecordError] = useState<string | null>(null);
  const watchId = useRef<number | null>(null);

  useEffect(() => () => {
    if (watchId.current !== null) navigator.geolocation.clearWatch(watchId.current);
  }, []);

  function start() {
    setRecordError(null);
    if (!('geolocation' in navigator)) return setRecordError(t('recordUnavailable'));
    watchId.current = navigator.geolocation.watchPosition(
      (position) =>
        onFixes((current) => {
          const next = [...current, { lngLat: [position.coords.longitude, position.coords.latitude] as LngLat, time: position.timestamp }];
          writeRecording(next);
          return next;
        }),
      (error) => {
        setRecordError(error.code === error.PERMISSION_DENIED ? t('recordDenied') : error.message);
        setIsRecording(false);
      },
      { enableHighAccuracy: true, maximumAge: 30_000 },
    );
    setIsRecording(true);
  }

  function stop() {
    if (watchId.current !== null) navigator.geolocation.clearWatch(watchId.current);
    watchId.current = null;
    setIsRecording(false);
  }

  return (
    <div role="tabpanel" id="panel-record" aria-labelledby="tab-record">
      <p className="hint">{t('recordHint')}</p>
      <p aria-live="polite">{t('recordCount', { count: fixes.length })}</p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={isRecording ? stop : start}>
          {t(isRecording ? 'recordStop' : 'recordStart')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={fixes.length === 0}
          onClick={() => {
            stop();
            clearRecording();
            onFixes(() => []);
          }}
        >
          {t('recordClear')}
        </button>
      </div>
      {recordError ? (
        <p className="error-note" role="alert">
          {recordError}
        </p>
      ) : null}
    </div>
  );
}
