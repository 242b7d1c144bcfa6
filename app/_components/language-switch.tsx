'use client';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { setLocale } from '@/app/actions';
import type { Locale } from '@/lib/i18n/messages';

/** Switches between 中文 and English; the choice is kept in a cookie. */
export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const next: Locale = current === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      className="link"
      lang={next}
      disabled={isPending}
      data-testid="language-switch"
      onClick={() =>
        startTransition(async () => {
          await setLocale(next);
          router.refresh();
        })
      }
    >
      {label}
    </button>
  );
}
