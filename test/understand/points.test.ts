import { describe, expect, it } from 'vitest';
import { extractPoints } from '../../src/understand/points.ts';

describe('extractPoints', () => {
  it('takes list items and drops greetings, thanks and sign-offs', () => {
    const r = extractPoints('Hi Jane,\n\nThanks for asking!\n\n- Your system design answer lacked depth on caching.\n- The other candidate had more Kubernetes experience.\n\nBest of luck,\nTom', 'en');
    expect(r).toEqual({ points: ['Your system design answer lacked depth on caching.', 'The other candidate had more Kubernetes experience.'], vague: false });
  });

  it('takes concrete prose sentences', () => {
    const r = extractPoints('Hi Jane, overall the team liked you. Your SQL exercise had a bug in the join. We also wanted more experience with dbt.\n\nCheers, Ann', 'en');
    expect(r.points).toEqual(['Your SQL exercise had a bug in the join.', 'We also wanted more experience with dbt.']);
  });

  it('marks feedback with no concrete point as vague', () => {
    expect(extractPoints('Hi Jane, you were great, it was a close call, we went with someone else. All the best!', 'en')).toEqual({ points: [], vague: true });
    expect(extractPoints('Hallo Jane, es war eine knappe Entscheidung. Alles Gute!', 'de').vague).toBe(true);
  });

  it('does not count "there is nothing specific" as a point, in any language', () => {
    expect(extractPoints("Hi Alex, honestly, there isn't a specific thing I can point to. It could have gone either way.", 'en').vague).toBe(true);
    expect(extractPoints('Hola Alex, la verdad es que no hay nada concreto que te podamos señalar.', 'es').vague).toBe(true);
    expect(extractPoints('Hallo Alex, es gibt nichts Konkretes, das ich dir nennen kann.', 'de').vague).toBe(true);
  });

  it('reads a closeness or fit remark beside "nothing specific" as vague, and praise or a note about the feedback as no point', () => {
    expect(extractPoints('Hi Pat, to be honest it was a strong field and in the end another candidate edged it. There wasn\'t anything specific that held you back.', 'en').vague).toBe(true);
    expect(extractPoints('Hoi Pat, eerlijk gezegd was er geen concreet punt waarop je tekortschoot. Het verschil tussen jou en de gekozen kandidaat was echt minimaal.', 'nl').vague).toBe(true);
    const r = extractPoints('Dear Pat,\n\nAs requested, please find below the feedback shared by the technical panel. Your communication and attitude during the interview was appreciated by all panel members. However, your system design did not address how it would scale under load.\n\nRegards,\nRamesh', 'en');
    expect(r.points).toHaveLength(1);
  });

  it('reads "nothing more specific", "came down to fit" and "marginally stronger overall" as vague, in more than English', () => {
    expect(extractPoints("Hello Jane, we chose a candidate who matched our needs a bit more closely. I don't have anything more specific to pass on; it was more an overall impression.", 'en').vague).toBe(true);
    expect(extractPoints("Hi Jane, there's nothing in particular I can point to. The team just felt another candidate was marginally stronger overall.", 'en').vague).toBe(true);
    expect(extractPoints("Hey Jane, you interviewed well. It came down to fit more than anything you did or didn't do.", 'en').vague).toBe(true);
    expect(extractPoints('Beste Jane, we hebben gekozen voor iemand die net iets beter bij het team paste. Ik kan je geen concrete verbeterpunten meegeven.', 'nl').vague).toBe(true);
  });

  it('counts a requirement the candidate did not hold, and who was sought', () => {
    expect(extractPoints("Dear Jane, the client engagement requires PMP certification, and you don't currently hold it.", 'en').points).toHaveLength(1);
    expect(extractPoints('Hoi Jane, in deze rol heb je dagelijks contact met klanten, en we zochten iemand die vloeiend Nederlands spreekt.', 'nl').points).toHaveLength(1);
  });

  it('counts what the winner held and what the candidate had not done', () => {
    const r = extractPoints("Hi Pat,\n\nYou also mentioned you hadn't read our latest sustainability report, which the panel noticed. On the practical side, the candidate we appointed holds a full clean driving licence, which matters for site visits.\n\nCiarán", 'en');
    expect(r.points).toHaveLength(2);
  });

  it('keeps a reason joined by "; we" or ", and we" in the same point, and drops an offer of a call', () => {
    const r = extractPoints("Hi Alex,\n\nYour expectations were 15% above the band, and we weren't able to stretch. Your README didn't explain how to run the tests; we had to guess. If it's useful, I'm happy to jump on a call.\n\nLaura", 'en');
    expect(r.points).toHaveLength(2);
  });

  it('stops at a signature with no sign-off above it', () => {
    const r = extractPoints('Hi Alex,\n\nOur small team cannot offer personalised feedback.\n\nFingers crossed for your next step!\nRosa\n\nRosa Lindqvist · People & Culture · Pixelmere Games', 'en');
    expect(r.points).toEqual([]);
  });

  it('reads the other languages', () => {
    expect(extractPoints('Bonjour Jane, il manquait de la profondeur sur les questions d’architecture.', 'fr').points).toHaveLength(1);
    expect(extractPoints('Hola Jane: faltó profundidad en el diseño de sistemas.', 'es').points).toHaveLength(1);
    expect(extractPoints('Hoi Jane, je uitleg over de architectuur was te oppervlakkig.', 'nl').points).toHaveLength(1);
    expect(extractPoints('Hallo Jane, der ausgewählte Kandidat hatte mehr Erfahrung mit Kafka.', 'de').points).toHaveLength(1);
  });

  it('does not count a refusal as a point, unless a point follows it', () => {
    expect(extractPoints("Hi Jane, I'm afraid we can't share details of the panel's discussion.", 'en').points).toEqual([]);
    expect(extractPoints("We don't normally give feedback, but the successful candidate had more experience with Playwright.", 'en').points).toHaveLength(1);
  });
});
