import type { FeatureCollection } from 'geojson';
import type { Locale, Messages } from '@/lib/i18n/messages';

/** What every staff map workspace (zones, cases) gets from its page. */
export type WorkspaceMapProps = {
  communities: FeatureCollection;
  canEdit: boolean;
  bounds?: [number, number, number, number];
  messages: Messages;
  locale: Locale;
  timeZone: string;
  styleSetting?: string;
};
