import { describe, expect, it } from 'vitest';
import { trimReply } from '../../src/understand/quotes.ts';

const REPLY = 'Thanks Jane, your caching answer lacked depth.';
const ORIGINAL = 'Would you be willing to share any feedback on my interview?';

describe('trimReply', () => {
  it.each([
    ['Gmail', `On Fri, 2 Jan 2026 at 10:14, Jane Doe <jane.doe@example.test> wrote:\n> ${ORIGINAL}`],
    ['Gmail wrapped over two lines', `On Fri, Jan 2, 2026 at 10:14 AM Jane Doe <\njane.doe@example.test> wrote:\n\n> ${ORIGINAL}`],
    ['Apple Mail', `> On 5 Jan 2026, at 10:00, Jane Doe <jane.doe@example.test> wrote:\n> \n> ${ORIGINAL}`],
    ['Outlook Original Message', `-----Original Message-----\nFrom: Jane Doe\nSent: Friday, January 2, 2026 10:14 AM\nTo: Tom\nSubject: Feedback\n\n${ORIGINAL}`],
    ['Outlook header block', `________________________________\nFrom: Jane Doe <jane.doe@example.test>\nSent: Friday, January 2, 2026 10:14 AM\nTo: Tom <tom@x.test>\nSubject: Feedback\n\n${ORIGINAL}`],
    ['Outlook header block without a rule', `From: Jane Doe <jane.doe@example.test>\nSent: Friday, January 2, 2026 10:14 AM\nTo: Tom <tom@x.test>\nSubject: Feedback\n\n${ORIGINAL}`],
    ['German Gmail', `Am Fr., 2. Jan. 2026 um 10:14 Uhr schrieb Jane Doe <jane.doe@example.test>:\n> ${ORIGINAL}`],
    ['German Outlook', `-----Ursprüngliche Nachricht-----\nVon: Jane Doe\nGesendet: Freitag, 2. Januar 2026 10:14\nAn: Tom\nBetreff: Feedback\n\n${ORIGINAL}`],
    ['German Von/Gesendet', `Von: Jane Doe <jane.doe@example.test>\nGesendet: Freitag, 2. Januar 2026 10:14\nAn: Tom\nBetreff: Feedback\n\n${ORIGINAL}`],
    ['French Gmail', `Le ven. 2 janv. 2026 à 10:14, Jane Doe <jane.doe@example.test> a écrit :\n> ${ORIGINAL}`],
    ['French Outlook', `De : Jane Doe\nEnvoyé : vendredi 2 janvier 2026 10:14\nÀ : Tom\nObjet : Retour\n\n${ORIGINAL}`],
    ['French Message d’origine', `-----Message d'origine-----\nDe : Jane Doe\nEnvoyé : vendredi 2 janvier 2026 10:14\n\n${ORIGINAL}`],
    ['Spanish Gmail', `El vie, 2 ene 2026 a las 10:14, Jane Doe (<jane.doe@example.test>) escribió:\n> ${ORIGINAL}`],
    ['Spanish Outlook', `-----Mensaje original-----\nDe: Jane Doe\nEnviado: viernes, 2 de enero de 2026 10:14\nPara: Tom\nAsunto: Comentarios\n\n${ORIGINAL}`],
    ['Dutch Gmail', `Op vr 2 jan 2026 om 10:14 schreef Jane Doe <jane.doe@example.test>:\n> ${ORIGINAL}`],
    ['Dutch Outlook', `-----Oorspronkelijk bericht-----\nVan: Jane Doe\nVerzonden: vrijdag 2 januari 2026 10:14\nAan: Tom\nOnderwerp: Feedback\n\n${ORIGINAL}`],
    ['Dutch Van/Verzonden', `Van: Jane Doe <jane.doe@example.test>\nVerzonden: vrijdag 2 januari 2026 10:14\nAan: Tom\nOnderwerp: Feedback\n\n${ORIGINAL}`],
    ['plain > quote', `> ${ORIGINAL}\n>\n> Jane`],
  ])('removes %s quoted history', (_, quoted) => {
    expect(trimReply(`${REPLY}\n\n${quoted}\n`)).toBe(REPLY);
  });

  it.each([
    ['"-- " delimiter', `${REPLY}\n\n-- \nTom Baker\nRecruiter`],
    ['Sent from my iPhone', `${REPLY}\n\nSent from my iPhone`],
    ['Von meinem iPhone gesendet', `${REPLY}\n\nVon meinem iPhone gesendet`],
    ['Envoyé de mon iPhone', `${REPLY}\n\nEnvoyé de mon iPhone`],
    ['Enviado desde mi iPhone', `${REPLY}\n\nEnviado desde mi iPhone`],
    ['Verstuurd vanaf mijn iPhone', `${REPLY}\n\nVerstuurd vanaf mijn iPhone`],
    ['Get Outlook for iOS', `${REPLY}\n\nGet Outlook for iOS<https://aka.ms/o0ukef>`],
  ])('removes the %s signature', (_, text) => {
    expect(trimReply(text)).toBe(REPLY);
  });

  it('keeps a reply written below the quote (bottom-posting)', () => {
    expect(trimReply(`On Fri, 2 Jan 2026 at 10:14, Jane Doe <jane@x.test> wrote:\n> ${ORIGINAL}\n\n${REPLY}`)).toBe(REPLY);
  });

  it('keeps prose that looks like a marker but has no date', () => {
    const text = 'Hi Jane,\n\nOn the tech side, the panel said:\n- your caching answer lacked depth\n- tests were missing';
    expect(trimReply(text)).toBe(text);
  });

  it('keeps lists, and words like "on" and "from" in ordinary sentences', () => {
    const text = 'On the design question:\n- you jumped to endpoints\n- From my side, the tests were fine';
    expect(trimReply(text)).toBe(text);
  });

  it('returns an empty string for empty input and for a mail that is only quoted history', () => {
    expect(trimReply('')).toBe('');
    expect(trimReply('On Fri, 2 Jan 2026 at 10:14, Jane <j@x.test> wrote:\n> hello')).toBe('');
  });

  it('is fast on large input', () => {
    const big = `${REPLY}\n\n` + '> quoted line with some words in it\n'.repeat(20_000);
    const start = process.hrtime.bigint();
    expect(trimReply(big)).toBe(REPLY);
    expect(Number(process.hrtime.bigint() - start) / 1e6).toBeLessThan(500);
  });
});
