'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { USER_ROLES, type UserRole } from '@/lib/enums';
import type { UserListing } from '@/lib/staff-api/records';
import type { Messages } from '@/lib/i18n/messages';
import { adminApi } from '@/lib/staff-api/admin-api';

const ROLE_KEYS = { admin: 'roleAdmin', staff: 'roleStaff', official: 'roleOfficial' } as const;

type Props = { users: UserListing[]; currentUserId: number; messages: Messages };

/** The users table and the new-user form; every change goes through the admin-only API. */
export function UsersAdmin({ users, currentUserId, messages: m }: Props) {
  const router = useRouter();
  const [form, setForm] = useState<{ username: string; role: UserRole; password: string }>({ username: '', role: 'staff', password: '' });
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await adminApi().users.create(form);
    setStatus(result.ok ? { kind: 'ok', text: m.userCreated.replace('{username}', form.username.trim()) } : { kind: 'error', text: result.error.message });
    if (result.ok) {
      setForm({ username: '', role: 'staff', password: '' });
      router.refresh();
    }
  };

  const toggle = async (user: UserListing) => {
    const result = await adminApi().users.setDisabled(user.id, !user.isDisabled);
    setStatus(result.ok ? null : { kind: 'error', text: result.error.message });
    if (result.ok) router.refresh();
  };

  return (
    <main className="staff-page">
      <h2>{m.usersTitle}</h2>
      <p className="staff-hint">{m.usersIntro}</p>
      {status ? (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'staff-error' : 'staff-ok'}>
          {status.text}
        </p>
      ) : null}
      <table className="staff-table" data-testid="users-table">
        <thead>
          <tr>
            <th>{m.username}</th>
            <th>{m.role}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid="user-row">
              <td>{user.username}</td>
              <td>
                {m[ROLE_KEYS[user.role]]} · {user.isDisabled ? m.userDisabled : m.userActive}
              </td>
              <td>
                {user.id === currentUserId ? null : (
                  <button type="button" onClick={() => toggle(user)}>
                    {user.isDisabled ? m.enableUser : m.disableUser}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="staff-form" onSubmit={create} aria-label={m.newUser}>
        <h3>{m.newUser}</h3>
        <label>
          {m.username}
          <input value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} autoComplete="off" required />
        </label>
        <label>
          {m.role}
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as UserRole })}>
            {USER_ROLES.map((role) => (
              <option key={role} value={role}>
                {m[ROLE_KEYS[role]]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.password}
          <input type="password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} autoComplete="new-password" required />
        </label>
        <button type="submit">{m.createUser}</button>
      </form>
    </main>
  );
}
