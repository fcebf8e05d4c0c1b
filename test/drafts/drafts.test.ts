import { describe, expect, it } from 'vitest';
import { createDrafter, replySubject } from '../../src/drafts/drafts.ts';
import type { DraftContext, DraftKind } from '../../src/drafts/types.ts';
import type { Language } from '../../src/understand/types.ts';

const LANGUAGES: Language[] = ['en', 'de', 'fr', 'es', 'nl'];
const KINDS = ['request', 'followUp', 'clarification', 'thankYou', 'declineThanks'] as const;

const full: DraftContext = {
  candidateName: 'Jane Doe',
  contactName: 'Maria Lopez',
  company: 'Acme',
  role: 'Backend Engineer',
  stage: 'interview',
  language: 'en',
  originalSubject: 'Your application at Acme',
  followUpNumber: 1,
  points: ['Your system design answer lacked depth on trade-offs.', 'You could have given more concrete examples.'],
};

describe('replySubject', () => {
  it.each([
    ['Your application', 'Re: Your application'],
    ['Re: Your application', 'Re: Your application'],
    ['RE: Re: re: Your application', 'Re: Your application'],
    ['AW: Ihre Bewerbung', 'Re: Ihre Bewerbung'],
    ['SV: Din ansökan', 'Re: Din ansökan'],
    ['Réf : Votre candidature', 'Re: Votre candidature'],
    ['Antw: Uw sollicitatie', 'Re: Uw sollicitatie'],
    ['Fwd: Re: AW: Update', 'Re: Update'],
    ['Re[2]: Update', 'Re: Update'],
    ['  Update   on   your  application ', 'Re: Update on your application'],
    ['Regarding your application', 'Re: Regarding your application'],
    ['', 'Re:'],
  ])('%j → %j', (input, expected) => {
    expect(replySubject(input)).toBe(expected);
  });
});

describe('built-in drafts', () => {
  const drafter = createDrafter();

  // Every combination of missing facts, for every kind and language: nothing leaks.
  const variants: Partial<DraftContext>[] = [];
  for (const contactName of ['Maria Lopez', null]) {
    for (const company of ['Acme', null]) {
      for (const role of ['Backend Engineer', null]) {
        for (const stage of ['interview', 'application', 'unknown'] as const) {
          for (const points of [undefined, [], ['One point only.'], full.points]) {
            variants.push({ contactName, company, role, stage, points });
          }
        }
      }
    }
  }

  it('never prints null/undefined, a placeholder, doubled spaces or a stray blank run', () => {
    let checked = 0;
    for (const language of LANGUAGES) {
      for (const kind of KINDS) {
        for (const v of variants) {
          for (const followUpNumber of [1, 2, 3]) {
            const { subject, body } = drafter[kind]({ ...full, ...v, language, followUpNumber });
            const all = `${subject}\n${body}`;
            expect(all).not.toMatch(/null|undefined|NaN|\{\{|\}\}|\[object/);
            expect(body).not.toMatch(/ {2,}|\n{3,}| [,.]/);
            expect(body.endsWith('Jane Doe\n')).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(5 * 5 * 96 * 3);
  });

  it('greets by first name, or neutrally when the contact is unknown or a team', () => {
    expect(drafter.request(full).body.startsWith('Hi Maria,\n')).toBe(true);
    expect(drafter.request({ ...full, contactName: null }).body.startsWith('Hello,\n')).toBe(true);
    expect(drafter.request({ ...full, contactName: 'Talent Acquisition' }).body.startsWith('Hello,\n')).toBe(true);
    expect(drafter.request({ ...full, contactName: 'Lopez, Maria' }).body.startsWith('Hi Maria,\n')).toBe(true);
    expect(drafter.request({ ...full, language: 'de' }).body.startsWith('Guten Tag Maria Lopez,\n')).toBe(true);
    expect(drafter.request({ ...full, language: 'de', contactName: null }).body.startsWith('Guten Tag,\n')).toBe(true);
    expect(drafter.request({ ...full, language: 'fr' }).body.startsWith('Bonjour Maria,\n')).toBe(true);
    expect(drafter.request({ ...full, language: 'es' }).body.startsWith('Hola, Maria:\n')).toBe(true);
    expect(drafter.request({ ...full, language: 'nl', contactName: null }).body.startsWith('Goedendag,\n')).toBe(true);
  });

  it('the request thanks for the interview or the application, hopes for another interview, asks for feedback', () => {
    const interview = drafter.request(full).body;
    expect(interview).toMatch(/conversations with you and the team about the Backend Engineer role/);
    expect(interview).toMatch(/interview with Acme again/);
    expect(interview).toMatch(/honest feedback/);
    expect(interview).toMatch(/a few lines is plenty/);
    const application = drafter.request({ ...full, stage: 'application' }).body;
    expect(application).toMatch(/consider my application for the Backend Engineer role/);
    expect(application).not.toMatch(/conversations/);
    expect(drafter.request({ ...full, language: 'de' }).body).toMatch(/Gespräche mit Ihnen/);
    expect(drafter.request({ ...full, language: 'de', stage: 'application' }).body).toMatch(/meine Bewerbung als Backend Engineer/);
  });

  it('follow-ups differ: the second and later say it is the last nudge', () => {
    for (const language of LANGUAGES) {
      const first = drafter.followUp({ ...full, language, followUpNumber: 1 }).body;
      const second = drafter.followUp({ ...full, language, followUpNumber: 2 }).body;
      expect(first).not.toBe(second);
      expect(second).toBe(drafter.followUp({ ...full, language, followUpNumber: 3 }).body);
      expect(second).toMatch(/last|letztes|dernière|última|laatste/i);
      expect(first).not.toMatch(/last nudge|letztes Mal|dernière relance|última vez|laatste herinnering/i);
      expect(first.length).toBeLessThan(600);
    }
  });

  it('the clarification asks what set the successful candidate apart', () => {
    expect(drafter.clarification(full).body).toMatch(/what set the successful candidate apart/);
    expect(drafter.clarification({ ...full, language: 'fr' }).body).toMatch(/personne retenue/);
  });

  it('the thank-you mentions up to two points in the candidate\'s voice, and still wants to work there', () => {
    const body = drafter.thankYou({ ...full, points: [...full.points!, 'A third point.'] }).body;
    expect(body).toContain('– My system design answer lacked depth on trade-offs\n– I could have given more concrete examples');
    expect(body).not.toContain('third');
    expect(body).toMatch(/Acme is still somewhere I'd very much like to work/);
    expect(body).toMatch(/considered again/);
    const one = drafter.thankYou({ ...full, points: ['We were looking for more experience with our stack.'] }).body;
    expect(one).toContain("In particular, I'll work on this:\n\n– You were looking for more experience with your stack\n");
    const none = drafter.thankYou({ ...full, points: [] }).body;
    expect(none).not.toMatch(/–|In particular/);
    expect(drafter.thankYou({ ...full, language: 'de' }).body).toContain('„Your system design answer lacked depth on trade-offs“');
  });

  it('French keeps its no-break space before ? and :', () => {
    expect(drafter.request({ ...full, language: 'fr' }).body).toContain('honnête\u00a0?');
  });

  it('subjects are normalised replies to the original', () => {
    expect(drafter.request({ ...full, originalSubject: 'AW: Re: Ihre Bewerbung' }).subject).toBe('Re: Ihre Bewerbung');
  });

  it('an unknown language falls back to English', () => {
    const body = drafter.request({ ...full, language: 'it' as Language }).body;
    expect(body.startsWith('Hi Maria,')).toBe(true);
  });
});

describe('overrides', () => {
  it('replace one kind and language; others stay built-in', () => {
    const drafter = createDrafter({ templates: { request: { en: 'Dear {{#firstName}}{{firstName}}{{/firstName}}{{^firstName}}team{{/firstName}}, feedback please? {{candidateName}}' } } });
    expect(drafter.request(full).body).toBe('Dear Maria, feedback please? Jane Doe\n');
    expect(drafter.request({ ...full, contactName: null }).body).toBe('Dear team, feedback please? Jane Doe\n');
    expect(drafter.request({ ...full, language: 'de' }).body).toMatch(/^Guten Tag/);
    expect(drafter.followUp(full).body).toMatch(/^Hi Maria/);
  });

  it('a broken override fails when the drafter is created, naming the template', () => {
    const kinds: DraftKind[] = ['thank_you'];
    expect(() => createDrafter({ templates: { [kinds[0]!]: { nl: 'Hoi {{voornaam}}' } } })).toThrow(/thank_you \(nl\): unknown placeholder \{\{voornaam\}\}/);
  });
});

describe('names and roles as extracted', () => {
  const drafter = createDrafter();
  it('calms shouted or lower-case names, drops titles, and does not double "role"', () => {
    expect(drafter.request({ ...full, contactName: 'MARIA LOPEZ' }).body.startsWith('Hi Maria,')).toBe(true);
    expect(drafter.request({ ...full, contactName: 'maria lopez', language: 'de' }).body.startsWith('Guten Tag Maria Lopez,')).toBe(true);
    expect(drafter.request({ ...full, contactName: 'Dr. Maria Lopez' }).body.startsWith('Hi Maria,')).toBe(true);
    expect(drafter.request({ ...full, contactName: 'recruiting@acme.test' }).body.startsWith('Hello,')).toBe(true);
    expect(drafter.request({ ...full, role: 'the Data Analyst position' }).body).toContain('about the Data Analyst role.');
  });
});
