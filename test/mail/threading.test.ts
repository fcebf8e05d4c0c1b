import { describe, expect, it } from 'vitest';
import { hasApprovalTag, isDebriefMessageId, normaliseSubject, referencesOf } from '../../src/mail/threading.ts';

describe('normaliseSubject', () => {
  it.each([
    ['Your application', 'your application'],
    ['Re: Your application', 'your application'],
    ['RE: re: Re:Your   application ', 'your application'],
    ['AW: Ihre Bewerbung', 'ihre bewerbung'],
    ['Fwd: Fw: FWD: Offer', 'offer'],
    ['SV: Ansökan', 'ansökan'],
    ['Antw: Sollicitatie', 'sollicitatie'],
    ['Réf : Votre candidature', 'votre candidature'],
    ['TR: RE: Votre candidature', 'votre candidature'],
    ['[External] Re: [Acme] Your application', 'your application'],
    ['Re: [debrief:abcd2345] Approve your feedback request', 'approve your feedback request'],
    ['Re[2]: Your application', 'your application'],
    ['Re(3): Your application', 'your application'],
    ['Re：Your application', 'your application'],
    ['WG: Offer (fwd)', 'offer'],
    ['  ', ''],
  ])('%s → %s', (input, expected) => {
    expect(normaliseSubject(input)).toBe(expected);
  });

  it('keeps words that merely start like a prefix', () => {
    expect(normaliseSubject('Recruiting update')).toBe('recruiting update');
    expect(normaliseSubject('Regarding your application')).toBe('regarding your application');
    expect(normaliseSubject('Travel: next steps')).toBe('travel: next steps');
  });

  it('tolerates null/undefined', () => {
    expect(normaliseSubject(null)).toBe('');
    expect(normaliseSubject(undefined)).toBe('');
  });
});

describe('referencesOf', () => {
  it('In-Reply-To first, then References newest first, no duplicates', () => {
    expect(referencesOf({ inReplyTo: '<c@x>', references: ['<a@x>', '<b@x>', '<c@x>'] })).toEqual(['<c@x>', '<b@x>', '<a@x>']);
    expect(referencesOf({ inReplyTo: null, references: [] })).toEqual([]);
    expect(referencesOf({ inReplyTo: null, references: ['<a@x>'] })).toEqual(['<a@x>']);
  });
});

describe('own ids and approval tags', () => {
  it('recognises the Message-IDs debrief generates', () => {
    expect(isDebriefMessageId('<debrief.abc@example.test>')).toBe(true);
    expect(isDebriefMessageId('<debrief-approval.abcd.1@example.test>')).toBe(true);
    expect(isDebriefMessageId('<dry-run.debrief.abc@example.test>')).toBe(true);
    expect(isDebriefMessageId('<CAF123@mail.gmail.com>')).toBe(false);
    expect(isDebriefMessageId('<debriefing@acme.test>')).toBe(false);
    expect(isDebriefMessageId(null)).toBe(false);
  });

  it('finds the approval tag in any case', () => {
    expect(hasApprovalTag('Re: [debrief:abcd2345] Approve')).toBe(true);
    expect(hasApprovalTag('RE: [DEBRIEF:ABCD2345] Approve')).toBe(true);
    expect(hasApprovalTag('Re: debrief please')).toBe(false);
  });
});
