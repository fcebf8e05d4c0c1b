import { describe, expect, it } from 'vitest';
import { createWorthReading } from '../../src/understand/worth-reading.ts';

const worth = createWorthReading(['jane@example.test']);

describe('createWorthReading', () => {
  it('reads ordinary mail, rejections from ATS systems included', () => {
    expect(worth({ from: 'no-reply@greenhouse.io', subject: 'Your application', headers: {} })).toBe(true);
    expect(worth({ from: 'hr@acme.test', subject: 'Update', headers: { 'list-unsubscribe': '<mailto:x>' } })).toBe(true);
  });

  it('passes over bulk mail that says nothing of an application', () => {
    expect(worth({ from: 'news@shop.test', subject: 'Black Friday: 40% off', headers: { precedence: 'bulk' } })).toBe(false);
    expect(worth({ from: 'dev@lists.test', subject: '[dev] release 2.0', headers: { 'list-id': '<dev.lists.test>' } })).toBe(false);
  });

  it('reads bulk mail about an application (some ATS send as bulk), or answering a thread', () => {
    expect(worth({ from: 'jobs@ats.test', subject: 'Your application for Engineer', headers: { precedence: 'bulk' } })).toBe(true);
    expect(worth({ from: 'jobs@ats.test', subject: 'Ihre Bewerbung', headers: { precedence: 'list' } })).toBe(true);
    expect(worth({ from: 'x@y.test', subject: 'Re: hello', headers: { precedence: 'bulk', 'in-reply-to': '<a@b>' } })).toBe(true);
  });

  it("reads the candidate's own mail only when it answers something", () => {
    expect(worth({ from: 'jane@example.test', subject: 'Lunch?', headers: {} })).toBe(false);
    expect(worth({ from: 'JANE@example.test', subject: 'Re: Approve feedback request [debrief:abcdefghijkl]', headers: {} })).toBe(true);
    expect(worth({ from: 'jane@example.test', subject: 'Re: x', headers: { references: '<a@b>' } })).toBe(true);
  });
});
