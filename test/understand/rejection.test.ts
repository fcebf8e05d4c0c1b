/**
 * The rejection detector over its labelled corpus (fixtures/inbound, labels.json), plus focused
 * cases for the categories that trip naive detectors. Company and role compare loosely (case,
 * punctuation, legal suffixes); contact compares the address.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/mail/parse.ts';
import type { InboundMessage } from '../../src/mail/message.ts';
import { detectRejection } from '../../src/understand/rejection.ts';
import type { RejectionVerdict } from '../../src/understand/types.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'inbound');
const ME = ['jane.doe@example.test'];
interface Label { kind: 'rejection' | 'other'; stage: string | null; company: string | null; role: string | null; contact: string | null; note: string }
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<string, Label>;
const files = readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort();
const loose = (s: string | null | undefined) => (s ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\b(?:inc|ltd|llc|gmbh|pvt|ag|bv)\b/g, '').replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '');

/** "Sarvatech" for "Sarvatech Solutions" is right enough; "Fieldstone Recruitment" for "Corbel" is not. */
const sameCompany = (got: string | null, want: string | null) => {
  const g = loose(got), w = loose(want);
  return g === w || (g.length >= 4 && w.length >= 4 && (g.startsWith(w) || w.startsWith(g)));
};
const verdicts = new Map<string, RejectionVerdict>();
beforeAll(async () => {
  for (const f of files) verdicts.set(f, detectRejection(await parseMessage(readFileSync(join(DIR, f))), { me: ME }));
  let tp = 0, fp = 0, fn = 0, stageOk = 0, companyOk = 0, contactOk = 0, roleOk = 0, rolesLabelled = 0;
  for (const f of files) {
    const l = labels[f]!, v = verdicts.get(f)!;
    if (v.kind === 'rejection' && l.kind === 'rejection') tp++;
    else if (v.kind === 'rejection') fp++;
    else if (l.kind === 'rejection') fn++;
    if (l.kind !== 'rejection' || v.kind !== 'rejection') continue;
    if (v.stage === l.stage) stageOk++;
    if (sameCompany(v.company, l.company)) companyOk++;
    if ((v.contact?.address ?? null) === l.contact) contactOk++;
    if (l.role) { rolesLabelled++; if (loose(v.role) === loose(l.role)) roleOk++; }
  }
  const rej = Object.values(labels).filter((l) => l.kind === 'rejection').length;
  console.log(`inbound corpus: ${files.length} files, ${rej} rejections; precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}; ` +
    `of ${tp} found: stage ${stageOk}, company ${companyOk}, contact ${contactOk}; role ${roleOk}/${rolesLabelled}`);
});

describe('rejection corpus', () => {
  it('has at least 150 labelled files', () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(labels).sort()).toEqual(files);
  });
  it.each(files)('%s', (f) => {
    const l = labels[f]!, v = verdicts.get(f)!;
    expect({ kind: v.kind, why: v.reasons }).toMatchObject({ kind: l.kind });
    if (l.kind !== 'rejection') return;
    expect(v.stage).toBe(l.stage);
    expect(sameCompany(v.company, l.company), `company ${v.company} vs ${l.company}`).toBe(true);
    expect(v.contact?.address ?? null).toBe(l.contact);
    expect(v.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

function msg(over: Partial<InboundMessage> & { text: string }): InboundMessage {
  return {
    uid: null, messageId: '<t@test>', inReplyTo: null, references: [], from: { name: 'Ana Ruiz', address: 'ana.ruiz@acme.test' }, sender: null,
    replyTo: [], to: [{ name: 'Jane Doe', address: 'jane.doe@example.test' }], cc: [], subject: 'Your application', date: null, headers: {},
    contentType: 'text/plain', textFromHtml: false, parts: [], size: 100, truncated: false, ...over,
  };
}
const kind = (text: string, over: Partial<InboundMessage> = {}) => detectRejection(msg({ text, ...over }), { me: ME }).kind;

describe('detectRejection, focused', () => {
  it('reads euphemisms without "unfortunately" as rejections', () => {
    for (const t of [
      'Thanks for applying for the Analyst role. We have decided to move forward with other candidates.',
      'Thank you for interviewing with us. We will not be moving forward with your application.',
      'After review, the team has decided to go in a different direction for this position.',
      'Thanks for your interest in the role. We have filled the position.',
      'We decided not to proceed with your candidacy for the Engineer role.',
      'We will pursue other candidates whose experience more closely matches the job.',
    ]) expect(kind(t), t).toBe('rejection');
  });
  it('does not fire on invitations, reschedules, offers, holds, acknowledgements', () => {
    for (const t of [
      'Unfortunately the interviewer is ill, can we move the interview to Thursday?',
      'We would like to invite you to a second interview for the role. What times work for you?',
      'We are delighted to offer you the position! Your offer letter is attached.',
      'The position is on hold due to a hiring freeze; we will keep your application open.',
      'We have received your application. If you do not hear from us within 2 weeks, your application was unsuccessful.',
      'Please complete the coding assessment for the role within 3 days.',
    ]) expect(kind(t), t).toBe('other');
  });
  it('does not fire on rejections of other things', () => {
    for (const t of [
      'We regret to inform you that your loan application has been declined.',
      'Unfortunately the landlord decided to proceed with another applicant for the flat.',
      'Unfortunately your talk proposal was not selected for the conference.',
      'Thanks for the pull request. We have decided not to merge it.',
    ]) expect(kind(t), t).toBe('other');
  });
  it('never treats the candidate\'s own mail or a friend\'s forward as a rejection', () => {
    const text = 'We have decided to move forward with other candidates for the role.';
    expect(kind(text, { from: { name: 'Jane', address: 'jane.doe@example.test' } })).toBe('other');
    expect(kind(`lol look what I got\n\n---------- Forwarded message ---------\nFrom: X\n\n${text}`, { subject: 'Fwd: Your application', from: { name: 'Max', address: 'max@gmail.com' } })).toBe('other');
  });
  it('finds stage, company, role and a human contact', () => {
    const v = detectRejection(msg({
      from: { name: 'Acme Careers', address: 'no-reply@acme.test' },
      replyTo: [{ name: 'Li Wei', address: 'li.wei@acme.test' }],
      subject: 'Your application for Senior Engineer',
      text: 'Thank you for taking the time to speak with us. Unfortunately we will not be moving forward.\n\nThe Acme Team',
    }), { me: ME });
    expect(v).toMatchObject({ kind: 'rejection', stage: 'interview', company: 'Acme', role: 'Senior Engineer', contact: { address: 'li.wei@acme.test' }, language: 'en' });
  });
  it('never offers a no-reply address as contact', () => {
    const v = detectRejection(msg({ from: { name: 'Acme', address: 'noreply@acme.test' }, text: 'We have decided not to proceed with your application for the role.' }), { me: ME });
    expect(v.kind).toBe('rejection');
    expect(v.contact).toBeNull();
  });
});
