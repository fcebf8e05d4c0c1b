import { describe, expect, it } from 'vitest';
import { extractReturnDate } from '../../src/understand/dates.ts';

const FRI_2_JAN = new Date('2026-01-02T10:00:00Z');

describe('extractReturnDate', () => {
  it.each([
    ['I will be back on Monday 12 January.', '2026-01-12'],
    ['Returning January 12th.', '2026-01-12'],
    ['I am out of the office until 12.01.2026.', '2026-01-13'],
    ['Ich bin bis zum 12. Januar im Urlaub.', '2026-01-13'],
    ['Ab dem 12. Januar bin ich wieder im Büro.', '2026-01-12'],
    ['Je serai de retour le 12 janvier.', '2026-01-12'],
    ["Je suis absente jusqu'au 9 janvier inclus.", '2026-01-12'],
    ['Estaré fuera de la oficina hasta el 12 de enero.', '2026-01-13'],
    ['Regresaré el lunes 12 de enero.', '2026-01-12'],
    ['Ik ben terug op 12 januari.', '2026-01-12'],
    ['Ik ben afwezig tot en met 9 januari.', '2026-01-12'],
    ['Back on 2026-01-12.', '2026-01-12'],
    ['Out of office until 2026-01-14.', '2026-01-15'],
    ['I am away from 22 Dec to 5 Jan.', '2026-01-06'],
    ['Out 5.1.–9.1.2026.', '2026-01-12'],
    ['On parental leave through March 31, 2026.', '2026-04-01'],
    ['Away for the weekend, back on Monday.', '2026-01-05'],
    ["Je suis en congé jusqu'à lundi 12 janvier.", '2026-01-13'],
    ['Je serai disponible à partir du 12 janvier.', '2026-01-12'],
    ['Ich befinde mich vom 5. bis 16. Januar im Urlaub.', '2026-01-19'],
    ['I will return on Wednesday, January 14th.', '2026-01-14'],
    ["On 12 January I'm back in the office.", '2026-01-12'],
    ['Am 12.01. bin ich wieder im Büro.', '2026-01-12'],
    // No date written: tomorrow is the next working day, next week its Monday (sent on Friday 2 January).
    ['I am out today and will be back tomorrow.', '2026-01-05'],
    ['I am on leave and will be back next week.', '2026-01-05'],
    ['Ab morgen bin ich wieder im Büro.', '2026-01-05'],
    ['Je serai de retour la semaine prochaine.', '2026-01-05'],
    ['Ik ben volgende week weer terug.', '2026-01-05'],
    // A day of the month alone: the next such day on or after the sent day.
    ['I will be back on the 16th.', '2026-01-16'],
    ['Estoy de vacaciones hasta el lunes 12, día en que me reincorporo.', '2026-01-12'],
    ['Out until Monday 12th.', '2026-01-13'],
    ['Estoy fuera de la oficina y me reincorporo el día 23.', '2026-01-23'],
    ['I am currently out of the office and will be back\non 12 January.', '2026-01-12'],
  ])('%s → %s', (text, expected) => {
    expect(extractReturnDate(text, { sent: FRI_2_JAN })).toBe(expected);
  });

  it('infers the year as the next occurrence after the sent date', () => {
    const dec = new Date('2025-12-20T10:00:00Z');
    expect(extractReturnDate('Back on 5 January.', { sent: dec })).toBe('2026-01-05');
    expect(extractReturnDate('Back on 22 December.', { sent: dec })).toBe('2025-12-22');
  });

  it('returns null without a date or without a year and a sent date', () => {
    expect(extractReturnDate('I am currently out of the office.', { sent: FRI_2_JAN })).toBeNull();
    expect(extractReturnDate('See you tomorrow at the interview.', { sent: FRI_2_JAN })).toBeNull();
    expect(extractReturnDate('Back on 12 January.', { sent: null })).toBeNull();
    expect(extractReturnDate('Back on 12 January 2026.', { sent: null })).toBe('2026-01-12');
  });

  describe('ambiguous numeric dates', () => {
    const sent = new Date('2026-04-27T08:00:00Z');
    it('us reads month first, eu day first', () => {
      expect(extractReturnDate('back on 08/05', { sent, locale: 'us' })).toBe('2026-08-05');
      expect(extractReturnDate('back on 08/05', { sent, locale: 'eu' })).toBe('2026-05-08');
    });
    it('unknown locale takes the later reading', () => {
      expect(extractReturnDate('back on 08/05', { sent, locale: null })).toBe('2026-08-05');
      expect(extractReturnDate('back on 05/06', { sent, locale: null })).toBe('2026-06-05');
    });
    it('a non-English language counts as eu', () => {
      expect(extractReturnDate('wieder da am 08/05', { sent, language: 'de' })).toBe('2026-05-08');
    });
    it('dotted dates are always day first', () => {
      expect(extractReturnDate('back on 08.05.', { sent, locale: 'us' })).toBe('2026-05-08');
    });
    it('an implausibly far reading loses to a plausible one', () => {
      expect(extractReturnDate('back on 1/12', { sent: FRI_2_JAN })).toBe('2026-01-12');
      expect(extractReturnDate('out until 06/05', { sent: new Date('2026-05-29T12:00:00Z') })).toBe('2026-06-08');
    });
  });
});
