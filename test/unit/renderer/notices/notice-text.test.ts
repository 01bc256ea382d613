import { describe, expect, it } from 'vitest';
import { noticeText } from '../../../../src/renderer/src/features/notices/notice-text';
import type { Notice } from '../../../../src/shared/domain/notice';
import { createTranslator } from '../../../../src/shared/i18n/translate';

const base = { id: 'n1', store: 'outbox', backupPath: '', at: '2026-12-03T09:00:00.000Z' } as const;

describe('noticeText', () => {
  it('names the entries set aside, in both languages', () => {
    const notice: Notice = { ...base, kind: 'store-items-set-aside', items: ['PD0000000000000000000003'], backupPath: '/d/outbox.x.bak.json' };
    expect(noticeText(notice, createTranslator('en'))).toEqual({
      title: 'Some Outbox entries were damaged and were set aside',
      body: expect.stringContaining('could not read these entries: PD0000000000000000000003.'),
    });
    expect(noticeText(notice, createTranslator('tr')).body).toContain('şu kayıtları okuyamadı: PD0000000000000000000003.');
  });

  it('says why a write failed and whether anything was sent', () => {
    const notSent: Notice = { ...base, kind: 'store-write-failed', problem: 'disk-full', outcome: 'nothing-sent' };
    expect(noticeText(notSent, createTranslator('en'))).toEqual({
      title: 'The Outbox could not be saved',
      body: expect.stringMatching(/^The disk is full.*Nothing was sent/),
    });
    const maybe: Notice = { ...notSent, problem: 'read-only', outcome: 'may-have-been-created' };
    expect(noticeText(maybe, createTranslator('tr')).body).toMatch(/salt okunur.*oluşturulmuş olabilir.*Giden kutusu/);
    expect(noticeText(maybe, createTranslator('en')).body).not.toMatch(/something went wrong/i);
  });
});
