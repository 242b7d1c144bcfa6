'use client';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import type { StaffCommunity } from '@/lib/staff-api/records';
import { contactErrorText } from '@/lib/community/contact-error';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { adminApi } from '@/lib/staff-api/admin-api';

type Props = { communities: StaffCommunity[]; canEdit: boolean; locale: Locale; messages: Messages };
type Status = { kind: 'ok' | 'error'; text: string } | null;
type Row = { key: string; label: string; phone: string };

let nextKey = 0;
const rowsOf = (contacts: StaffCommunity['contacts']): Row[] => contacts.map((c) => ({ key: `c${c.id}`, label: c.label, phone: c.phone }));

/** The ordered list of a community's service numbers: edit, add, move, remove, then one save (all or nothing). */
function ContactsForm({ community, canEdit, locale, messages: m }: { community: StaffCommunity; canEdit: boolean; locale: Locale; messages: Messages }) {
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(community.contacts));
  // The list's version this form read: a save names it, and a stale one is refused (409) with theirs shown.
  const [version, setVersion] = useState(community.contactsVersion);
  const [status, setStatus] = useState<Status>(null);
  const [isSaving, setIsSaving] = useState(false);
  const update = (i: number, patch: Partial<Row>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const move = (i: number, by: -1 | 1) =>
    setRows((r) => {
      const next = [...r];
      [next[i], next[i + by]] = [next[i + by], next[i]];
      return next;
    });

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    const result = await adminApi().communities.saveContacts(community.id, version, rows.map(({ label, phone }) => ({ label, phone })));
    setIsSaving(false);
    if (!result.ok && result.conflict) {
      // Someone saved first: keep what was typed, show theirs; saving again re-applies this list over theirs.
      const theirs = result.conflict.current;
      setVersion(theirs.contactsVersion);
      setStatus({ kind: 'error', text: `${result.error.message} ${m.conflictTheirs}: ${theirs.contacts.map((c) => `${c.label} ${c.phone}`).join('；') || '—'}` });
      return;
    }
    if (!result.ok) {
      // The list stays as typed, so nothing is lost; the message names the row (from 1) and the column.
      setStatus({ kind: 'error', text: contactErrorText(result.error, locale, { label: m.contactLabel, phone: m.contactPhone }) });
      return;
    }
    // Shows what the server kept (trimmed, in order).
    const saved = result.body;
    setRows(rowsOf(saved.contacts));
    setVersion(saved.contactsVersion);
    setStatus({ kind: 'ok', text: m.contactsSaved.replace('{name}', community.name) });
    router.refresh();
  };

  return (
    <form className="contacts-form" onSubmit={save} aria-label={`${m.contactsHeading} · ${community.name}`} data-testid="contacts-form">
      <h4>{m.contactsHeading}</h4>
      <ol className="contact-rows">
        {rows.map((row, i) => (
          <li key={row.key} className="contact-row" data-testid="contact-row">
            <label>
              {m.contactLabel}
              <input value={row.label} onChange={(e) => update(i, { label: e.target.value })} maxLength={80} required disabled={!canEdit} data-testid="contact-label" />
            </label>
            <label>
              {m.contactPhone}
              <input value={row.phone} onChange={(e) => update(i, { phone: e.target.value })} inputMode="tel" required disabled={!canEdit} data-testid="contact-phone" />
            </label>
            {canEdit ? (
              <span className="contact-actions">
                <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`${m.contactUp}: ${row.label}`}>
                  ↑
                </button>
                <button type="button" onClick={() => move(i, 1)} disabled={i === rows.length - 1} aria-label={`${m.contactDown}: ${row.label}`}>
                  ↓
                </button>
                <button type="button" onClick={() => setRows((r) => r.filter((_, j) => j !== i))} aria-label={`${m.contactRemove}: ${row.label}`}>
                  ✕
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {canEdit ? (
        <div className="contact-buttons">
          <button type="button" className="staff-button secondary" onClick={() => setRows((r) => [...r, { key: `n${nextKey++}`, label: '', phone: '' }])} data-testid="contact-add">
            {m.contactAdd}
          </button>
          <button type="submit" className="staff-button" disabled={isSaving} data-testid="contacts-save">
            {m.contactsSave}
          </button>
        </div>
      ) : null}
      {status ? (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'form-error' : 'form-ok'}>
          {status.text}
        </p>
      ) : null}
    </form>
  );
}

/** One grid cell's responsible worker and phone. */
function WorkerForm({ communityId, cell, canEdit, messages: m }: { communityId: number; cell: StaffCommunity['gridCells'][number]; canEdit: boolean; messages: Messages }) {
  const router = useRouter();
  const [worker, setWorker] = useState(cell.worker ?? '');
  const [phone, setPhone] = useState(cell.workerPhone ?? '');
  const [version, setVersion] = useState(cell.version);
  const [status, setStatus] = useState<Status>(null);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await adminApi().communities.saveWorker(communityId, cell.id, { version, worker, workerPhone: phone });
    if (!result.ok && result.conflict) {
      // Someone saved first: keep what was typed, show theirs; saving again re-applies this edit.
      const theirs = result.conflict.current;
      setVersion(theirs.version);
      setStatus({ kind: 'error', text: `${result.error.message} ${m.conflictTheirs}: ${theirs.worker ?? '—'} ${theirs.workerPhone ?? ''}` });
      return;
    }
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    const saved = result.body.gridCell;
    setWorker(saved.worker ?? '');
    setPhone(saved.workerPhone ?? '');
    setVersion(saved.version);
    setStatus({ kind: 'ok', text: m.workerSaved.replace('{name}', cell.name) });
    router.refresh();
  };
  return (
    <form className="worker-row" onSubmit={save} aria-label={cell.name} data-testid="worker-form">
      <span className="worker-cell">{cell.name}</span>
      <label>
        {m.workerName}
        <input value={worker} onChange={(e) => setWorker(e.target.value)} maxLength={100} disabled={!canEdit} />
      </label>
      <label>
        {m.workerPhone}
        <input value={phone} onChange={(e) => setPhone(e.target.value)} inputMode="tel" disabled={!canEdit} />
      </label>
      {canEdit ? (
        <button type="submit" className="staff-button secondary">
          {m.workerSave}
        </button>
      ) : null}
      {status ? (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'form-error' : 'form-ok'}>
          {status.text}
        </p>
      ) : null}
    </form>
  );
}

/** Communities listed by district, each opening its service numbers and grid workers. */
export function CommunitiesAdmin({ communities, canEdit, locale, messages: m }: Props) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle ? communities.filter((c) => `${c.name} ${c.district} ${c.code}`.toLowerCase().includes(needle)) : communities;
  }, [communities, filter]);
  return (
    <main className="staff-page communities-page">
      <h2>{m.communitiesTitle}</h2>
      <p className="staff-hint">{m.communitiesIntro}</p>
      {canEdit ? null : <p className="staff-hint">{m.readOnlyNote}</p>}
      <label className="communities-filter">
        {m.communitiesFilter}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="communities-filter" />
      </label>
      <ul className="community-admin-list">
        {shown.map((community) => (
          <li key={community.id} data-testid="community-admin" data-community-id={community.id}>
            <details>
              <summary>
                <strong>{community.name}</strong> <span className="meta">
                  {community.district} · {community.code} · {m.contactsCount.replace('{count}', String(community.contacts.length))}
                </span>
              </summary>
              <ContactsForm community={community} canEdit={canEdit} locale={locale} messages={m} />
              {community.gridCells.length ? (
                <section className="workers">
                  <h4>{m.gridWorkersHeading}</h4>
                  {community.gridCells.map((cell) => (
                    <WorkerForm key={cell.id} communityId={community.id} cell={cell} canEdit={canEdit} messages={m} />
                  ))}
                </section>
              ) : null}
            </details>
          </li>
        ))}
      </ul>
    </main>
  );
}
