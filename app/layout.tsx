import type { Metadata, Viewport } from 'next';
import 'maplibre-gl/dist/maplibre-gl.css';
import './globals.css';
import { getLocale } from './_lib/locale';
import { translate } from '@/lib/i18n/locale';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return { title: `${translate(locale, 'appName')} · ${translate(locale, 'tagline')}` };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
