import { pageCount, pageHref, type ListQuery } from '@/lib/lists/list-query';
import type { Messages } from '@/lib/i18n/messages';

type Props = {
  /** The page's path, e.g. `/staff/cases`. */
  path: string;
  query: ListQuery;
  total: number;
  /** What the search looks in, for its label ("case code, place or community"). */
  what: string;
  messages: Messages;
  /** Other search parameters to keep (a filter select, the selected row). */
  keep?: Record<string, string | undefined>;
  testId?: string;
  /** Show the count and pager only (the page has its own filter form). */
  hideSearch?: boolean;
};

/**
 * The search box and pager of a server-paged staff list: a plain GET form (the server filters; typing costs
 * nothing until Enter) and links to the previous and next pages.
 */
export function ListSearch({
  path,
  query,
  total,
  what,
  messages: t,
  keep = {},
  testId = 'list-search',
  hideSearch = false,
}: Props) {
  const pages = pageCount(total, query.pageSize);
  const from = total === 0 ? 0 : (query.page - 1) * query.pageSize + 1;
  const to = Math.min(total, query.page * query.pageSize);
  const params = { ...keep, q: query.q };
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
  return (
    <div className="list-search" data-testid={testId} data-total={total} data-page={query.page}>
      {hideSearch ? null : (
        <form method="get" action={path} role="search">
          {Object.entries(keep).map(([key, value]) =>
            value ? <input key={key} type="hidden" name={key} value={value} /> : null,
          )}
          <input
            type="search"
            name="q"
            defaultValue={query.q}
            aria-label={fill(t.listSearchLabel, { what })}
            placeholder={what}
            maxLength={100}
          />
          <button type="submit" className="staff-button secondary">
            {t.listSearch}
          </button>
          {query.q ? <a href={pageHref(path, { ...keep, q: '' }, 1)}>{t.listClear}</a> : null}
        </form>
      )}
      <p className="hint" aria-live="polite">
        {total === 0 ? (query.q ? fill(t.listNoMatch, { q: query.q }) : t.listEmpty) : fill(t.listShowing, { from, to, total })}
      </p>
      {pages > 1 ? (
        <nav className="pager" aria-label={fill(t.listPage, { page: query.page, pages })}>
          {query.page > 1 ? (
            <a href={pageHref(path, params, query.page - 1)} rel="prev">
              {t.listPrevious}
            </a>
          ) : (
            <span />
          )}
          <span>{fill(t.listPage, { page: query.page, pages })}</span>
          {query.page < pages ? (
            <a href={pageHref(path, params, query.page + 1)} rel="next">
              {t.listNext}
            </a>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
