import { describe, expect, it } from 'vitest';
import { MAX_CONTACTS, readContactList, readWorkerEdit } from './contact-input';

describe('readContactList', () => {
  it('trims labels, folds full-width phone digits and keeps the order given', () => {
    expect(readContactList({ contacts: [{ label: '  就医  协助 ', phone: '０１０-0000-5001' }, { label: 'Supplies', phone: '+86 (20) 1234 5678' }] })).toEqual({
      contacts: [
        { label: '就医 协助', phone: '010-0000-5001' },
        { label: 'Supplies', phone: '+86 (20) 1234 5678' },
      ],
    });
  });

  it('accepts an empty list (a community with no numbers yet)', () => {
    expect(readContactList({ contacts: [] })).toEqual({ contacts: [] });
  });

  it('names the row and field of a bad phone with a sentence saying what a phone looks like', () => {
    const result = readContactList({ contacts: [{ label: 'Hotline', phone: '010-0000-5001' }, { label: 'Medical', phone: 'ask the gate' }] });
    expect(result).toMatchObject({ problem: { code: 'request.field-invalid', field: 'contacts.1.phone' } });
    const reason = 'problem' in result ? (result.problem.params?.reason as Record<string, string>) : {};
    expect(reason.en).toMatch(/^must be a phone number/);
    expect(reason['zh-CN']).toMatch(/^须为 3–25 个字符的电话号码/);
  });

  it('refuses an empty or over-long label, and phones the database would refuse', () => {
    expect(readContactList({ contacts: [{ label: '   ', phone: '12345' }] })).toMatchObject({ problem: { field: 'contacts.0.label' } });
    expect(readContactList({ contacts: [{ label: 'x'.repeat(81), phone: '12345' }] })).toMatchObject({ problem: { field: 'contacts.0.label' } });
    expect(readContactList({ contacts: [{ label: 'x'.repeat(80), phone: '12345' }] })).not.toHaveProperty('problem');
    expect(readContactList({ contacts: [{ label: 'a', phone: '1' + '2'.repeat(25) }] })).toMatchObject({ problem: { field: 'contacts.0.phone' } });
    expect(readContactList({ contacts: [{ label: 'a', phone: '-- ' }] })).toMatchObject({ problem: { field: 'contacts.0.phone' } });
    expect(readContactList({ contacts: [{ label: 'a', phone: '+()-' }] })).toMatchObject({ problem: { field: 'contacts.0.phone' } });
  });

  it('refuses unknown fields, a missing list and too many numbers', () => {
    expect(readContactList({ contacts: [{ label: 'a', phone: '12345', residentName: 'x' }] })).toMatchObject({ problem: { field: 'contacts.0' } });
    expect(readContactList(null)).toMatchObject({ problem: { field: '(body)' } });
    expect(readContactList({})).toMatchObject({ problem: { field: 'contacts' } });
    const many = Array.from({ length: MAX_CONTACTS + 1 }, (_, i) => ({ label: `n${i}`, phone: '12345' }));
    expect(readContactList({ contacts: many })).toMatchObject({ problem: { field: 'contacts' } });
  });
});

describe('readWorkerEdit', () => {
  it('clears a field given as empty text or null', () => {
    expect(readWorkerEdit({ worker: ' Wang  Fang ', workerPhone: '' })).toEqual({ edit: { worker: 'Wang Fang', workerPhone: null } });
    expect(readWorkerEdit({ worker: null, workerPhone: null })).toEqual({ edit: { worker: null, workerPhone: null } });
  });

  it('names a bad phone or an over-long name', () => {
    expect(readWorkerEdit({ worker: 'Li', workerPhone: 'none' })).toMatchObject({ problem: { field: 'workerPhone' } });
    expect(readWorkerEdit({ worker: 'x'.repeat(101), workerPhone: null })).toMatchObject({ problem: { field: 'worker' } });
    expect(readWorkerEdit({ worker: 'Li' })).toMatchObject({ problem: { field: 'workerPhone' } });
  });
});
