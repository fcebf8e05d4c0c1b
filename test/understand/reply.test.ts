/**
 * The labelled reply corpus (fixtures/replies/*.eml + labels.json) through parseMessage + readReply.
 * Every fixture must get its labelled kind; auto-replies their return date; bounces their
 * permanence; feedback its point count and vagueness. The summary line prints the accuracy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/mail/parse.ts';
import { readReply } from '../../src/understand/reply.ts';
import type { InboundMessage } from '../../src/mail/message.ts';
import type { ReplyKind } from '../../src/understand/types.ts';

interface Label {
  kind: ReplyKind;
  returnDate: string | null;
  bouncePermanent: boolean | null;
  points: number | null;
  vague: boolean | null;
  note: string;
}

const DIR = join(import.meta.dirname, '../../fixtures/replies');
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Record<string, Label>;
const entries = Object.entries(labels);
let correct = 0;

describe('readReply on the labelled reply corpus', () => {
  it('has at least 80 fixtures covering all seven kinds', () => {
    expect(entries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(entries.map(([, l]) => l.kind)).size).toBe(7);
  });

  it.each(entries)('%s', async (file, label) => {
    const msg = await parseMessage(readFileSync(join(DIR, file)));
    const verdict = readReply(msg);
    expect(verdict.kind, `${label.note} — ${verdict.reasons.join('; ')}`).toBe(label.kind);
    correct++;
    if (label.kind === 'auto_reply') expect(verdict.returnDate).toBe(label.returnDate);
    if (label.kind === 'bounce') expect(verdict.bounce?.permanent).toBe(label.bouncePermanent);
    if (label.kind === 'feedback') {
      expect(verdict.vague).toBe(label.vague);
      expect(verdict.points.length, verdict.points.join(' | ')).toBe(label.points);
    }
    // The quoted request must never leak into the trimmed text.
    expect(verdict.trimmed).not.toMatch(/Would you be willing to share any feedback|Wären Sie bereit|Accepteriez-vous|¿Podrían compartir|Zou je feedback willen/);
  });

  afterAll(() => console.log(`reply corpus: ${correct}/${entries.length} kinds correct (${((100 * correct) / entries.length).toFixed(1)}%)`));
});

/** Phrasings written after the corpus, to keep the rules general (each with a quoted request below). */
describe('readReply on phrasings outside the corpus', () => {
  const quote = '\n\nOn Mon, Jan 5, 2026 at 9:00 AM Jane Doe <jane.doe@example.test> wrote:\n> Could you share any feedback on why I was not selected? Are you able to tell me more?\n';
  const msg = (text: string, subject = 'Re: Feedback request', from = 'rec@acme.test'): InboundMessage => ({
    uid: null, messageId: '<x@acme.test>', inReplyTo: '<req@example.test>', references: [], from: { name: 'Rec', address: from }, sender: null,
    replyTo: [], to: [{ name: 'Jane Doe', address: 'jane.doe@example.test' }], cc: [], subject, date: '2026-01-06T10:00:00Z', headers: {},
    contentType: 'text/plain', text, textFromHtml: false, parts: [], size: text.length, truncated: false,
  });
  it.each<[ReplyKind, string, string?, string?]>([
    ['feedback', 'Hi Jane, honest answer: we needed someone with a security clearance, and your notice period was a factor.'],
    ['feedback', "Hi Jane, I'm out of the office from tomorrow, so quickly: your design answer lacked depth and the other candidate had more AWS experience."],
    ['feedback', "Hi Jane, I'm afraid there isn't much to share, it was a very competitive process and you did well."],
    ['declined', "Hi Jane, as much as I would like to, I'm not allowed to share interview feedback."],
    ['declined', 'Bonjour Jane, malheureusement nous ne donnons pas de retour individuel aux candidats.'],
    ['declined', 'Beste Jane, helaas is het niet mogelijk om feedback te geven op je gesprek.'],
    ['call', 'Hi Jane - would you be up for a quick Zoom on Thursday? Easier to explain than by email.'],
    ['call', 'Hola Jane, ¿te parece si hacemos una llamada de 15 minutos el martes?'],
    ['question', 'Hi Jane, what kind of feedback would be most useful to you - technical or more general?'],
    ['question', 'Hola Jane, ¿para qué puesto aplicaste exactamente?'],
    ['reconsider', 'Hi Jane, funny timing: our first choice accepted another offer. Would you like to continue in the process?'],
    ['reconsider', 'Hallo Jane, die Stelle ist wieder offen. Hätten Sie noch Interesse?'],
    ['reconsider', "Dear Jane, I'm afraid we don't give detailed feedback after interviews. However, a similar post in the Genomics group opens next week. Would you like me to pass your application across?"],
    ['auto_reply', 'Thank you for reaching out. This inbox is no longer monitored.', 'Re: Feedback request', 'jobs@acme.test'],
    ['auto_reply', 'Thanks for your email. I have left the company. Please contact hr@acme.test.'],
    ['auto_reply', 'I am currently away. I will respond to your message when I return.', 'Away: Feedback request'],
    // Generalised from the third blind corpus (fixtures/holdout3), in new words.
    ['declined', "Sorry Jane, I can't share more than what was in my earlier note. Good luck!"],
    ['declined', "Hi Jane, I passed your request on, but the manager won't be sharing anything further on this appointment."],
    ['declined', 'Guten Tag, wir geben zu Auswahlentscheidungen grundsätzlich keine individuellen Rückmeldungen.'],
    ['declined', 'Bonjour, il ne nous est pas possible d’apporter un retour personnalisé à chaque candidat. Nous conservons votre CV pendant deux ans.'],
    ['declined', 'Geachte heer, helaas geven wij na de eerste ronde geen inhoudelijke toelichting op sollicitaties.'],
    ['declined', 'Hello Jane, because 900 people applied, our team isn’t able to provide personalised feedback.\n\nWishing you the best in your search,\nThe Talent Team\n\nAcme Retail, Inc. · 1 Example Ave · Seattle'],
    ['call', 'Bonjour, je vous propose un court échange téléphonique de quinze minutes mardi prochain.'],
    ['question', 'Hi Jane, would you rather have the feedback in writing or talk it through on a quick call?'],
    ['question', "Hi Jane, before I ask the panel: is there anything you'd like feedback on, e.g. the exercise or the presentation? They answer better when I point them at something specific."],
    ['feedback', 'Hi Jane, the one gap was experience with marketing attribution models. Happy to find 20 minutes to chat if useful.'],
    ['reconsider', 'Hi Jane, rather than feedback I have news: we are now hiring two analysts. Could we have a 30-minute call?'],
    ['reconsider', 'Hi Jane, our supply chain team has a very similar opening. Would you be happy for me to put you forward?'],
    // And from the fourth (fixtures/holdout4).
    ['question', 'Hi Jane, quick question first: are you after feedback on the phone screen with me, or on the onsite with the team?'],
    ['question', 'Hoi Jane, even checken: gaat het om de vacature in Utrecht of die in Amersfoort?'],
    ['declined', "Hi Jane, honestly I don't have anything to add to my earlier email - I'd rather not hand you half-formed feedback."],
    ['declined', 'Dear Jane, under our procedure the deliberations of selection panels are confidential and we are not able to release them.'],
    ['call', "Hi Jane, feedback lands better as a conversation than as an email, so let's talk. Grab any 20-minute slot here: https://cal.example.com/x"],
    ['call', 'Hi Jane, easier to chat than type all this out - ring me on 07700 900123 tomorrow between 2 and 4.'],
    ['call', 'Hey Jane, some nuance I would rather explain than write. Friday 15:00: https://zoom.example.com/j/844?pwd=x Meeting ID: 844 Passcode: 5512'],
    ['auto_reply', 'Este buzón no está atendido. Los mensajes enviados a esta dirección no se leen.', 'RE: Tu candidatura', 'no-responder@acme.test'],
    ['bounce', 'Sorry, we were unable to deliver your message to the following address.\n\n<rec@acme.test>:\n554 delivery error', 'Failure Notice', 'MAILER-DAEMON@yahoo.example'],
    // From the seventh and eighth (holdout7, holdout8 replies), in new words.
    ['declined', 'Hi Jane, company policy does not allow us to provide interview feedback.\n\nBest regards,\nTyler Brooks\nTalent | Acme\nGrab time on my calendar: https://calendly.com/tb/intro'],
    ['question', 'Hi Jane, could you let me know which position this was for?\n\nThanks,\nJess\n\nJess Alvarez | Recruiting\nBook a call with me: https://outlook.example/bookwithme/jess'],
    ['declined', "Hi Jane, I'd love to give everyone detailed feedback, but with 300 applicants we just can't do it for everyone. Hope you understand."],
    ['declined', "Dear Jane, following advice from our legal team we've had to stop giving individual feedback to candidates."],
    ['reconsider', 'Dear Jane, the offer we made for the role has not proceeded. The partners would like to know whether you would still be interested in the role.'],
    ['reconsider', 'Hi Jane, the candidate we extended the offer to has just withdrawn. Would you be available for a final-round conversation next week?'],
    ['reconsider', 'Dear Jane, a new opening has come up for a Senior Analyst, and the hiring manager would like to consider you for it.'],
    ['reconsider', 'Hola Jane, la persona seleccionada finalmente no se incorporará y nos gustaría retomar tu candidatura. ¿Te vendría bien una entrevista el jueves?'],
    ['question', 'Hola Jane: ¿Me podrías indicar con quién realizaste la entrevista final?'],
    ['feedback', "Hi Jane, it was close - in the end the other candidate was just a better fit, and there isn't anything specific I'd flag. Would you be happy for us to keep your CV on file?"],
    // And the ninth (holdout9 replies).
    ['reconsider', 'Jane - funny timing. our hire fell through (they took a counter offer). still keen? would love to get you in for a quick chat with the team'],
    ['reconsider', 'Hi Jane, good news: we have a new opening for a Senior QA Engineer in the same team, and the manager asked whether you would be interested to interview for it.'],
    ['reconsider', 'Hallo Jane, wir haben eine sehr ähnliche Stelle im Bereich Netzausbau neu ausgeschrieben, und die Fachabteilung würde Sie gern zu einem Gespräch einladen. Hätten Sie Interesse?'],
    ['reconsider', 'Hoi Jane, we hebben budget gekregen voor een tweede plek in het team en willen je graag in het proces houden. Zou je nog beschikbaar zijn?'],
    ['declined', 'Dear Jane, regrettably it is not our practice to provide feedback to candidates following the interview stage.'],
    ['declined', "Hi Jane, giving individual interview feedback isn't something we do, I'm afraid. Best of luck."],
    ['question', 'Dear Jane, kindly confirm the email id and candidate reference number you applied with, as we have two profiles under the same name.'],
    ['feedback', "Hi Jane, you interviewed well and there weren't any real red flags - it just came down to fit on the day, and another candidate edged it. Is there a specific part you want to know about?"],
    // And the eleventh (holdout11 replies).
    ['reconsider', "Hello Jane, the person we hired didn't pass their probation period, and we're restarting the search. We'd like to interview you again. Could you let me know your availability?"],
    ['reconsider', "Hi Jane, something else has come up: we've just opened a Product Analyst role on the same team. Would you like to interview for it?"],
    ['reconsider', "Bonjour Jane, un nouveau poste de chargée d'études vient de s'ouvrir dans notre équipe de Lyon. Seriez-vous d'accord pour passer un nouvel entretien ?"],
    ['declined', "Dear Jane, I'm sorry, but we are not in a position to share a detailed assessment with candidates; the panel's evaluations remain internal."],
    ['feedback', "Hi Jane, they did say they'd be happy to see you again for future roles. The gap was Python for automation, and your answers were long and unfocused."],
    // And the twelfth (holdout12 replies).
    ['reconsider', 'Guten Tag Frau Doe, die Person, für die wir uns entschieden hatten, hat ihre Zusage kurzfristig zurückgezogen. Die Stelle im Bereich Gruppenreisen ist damit wieder offen.'],
    ['question', 'Hola Jane: por nuestra política de protección de datos, necesito que me confirmes por escrito que aceptas recibir las valoraciones por correo.'],
    ['call', "Jane, I'm rubbish at writing this down. Happy to give you a ring for ten minutes - what's the best number for you, and are you free Monday or Tuesday?"],
    // And the thirteenth (holdout13 replies).
    ['reconsider', "Hi Jane, we're re-advertising the Junior Data Scientist role next month, and I'd be happy to move you straight through to the final interview. Shall I pencil you in?"],
    ['reconsider', 'Dear Jane, the hiring manager would like to bring you back in for another conversation - the business has just approved budget for a second Care Coordinator.'],
    ['call', "Bonjour Jane, je préférerais vous faire un retour de vive voix plutôt que par écrit : seriez-vous disponible pour un appel d'une quinzaine de minutes jeudi ou vendredi ?"],
    ['declined', "Hi Jane,\n\nWe made a decision as a company not to\nshare interview feedback with candidates - we found it wasn't something we\ncould do consistently.\n\nBest,\nEthan\nBook a call with me: https://cal.example/ethan"],
    // And the fourteenth (holdout14 replies).
    ['call', 'Hi Jane, nice that you are asking for feedback! Shall we give each other a ring? I am reachable on Tuesday between 10 and 12.'],
    ['call', "Hey Jane, sure thing. Easier to do this by phone than email tbh - what's a good number and time to reach you this week?"],
    ['call', "Hi Jane, it's probably easier to talk it through than to put it in writing, so would you have 20 minutes for a quick call this Thursday or Friday afternoon?"],
    ['reconsider', "Hi Jane, the candidate we offered the role to has decided not to join after all, and we'd love to know whether you're still interested in the position."],
    ['reconsider', 'Hola Jane: ha surgido una nueva vacante de Analista de Datos Senior en Valencia. ¿Te gustaría participar en el proceso?'],
    ['question', "Hi Jane, quick question before I pull the notes together: did you also complete the take-home exercise? I don't want to give you feedback on the wrong basis."],
    ['declined', "Hi Jane, I wasn't on the panel, and the panel's notes aren't shared with the recruiting side, so I'll have to say no on this one."],
    ['declined', "Hi Jane, I'm afraid I'll have to pass on giving feedback this time - the role has been closed and the panel has moved on."],
  ])('%s: %s', (kind, text, subject, from) => {
    const withQuote = kind === 'auto_reply' || kind === 'bounce' ? text : text + quote;
    expect(readReply(msg(withQuote, subject, from)).kind).toBe(kind);
  });
});

describe('readReply: an ambiguous numeric return date', () => {
  const ooo = (date: string, from = 'amy@acme.test') => readReply({
    uid: null, messageId: '<o@acme.test>', inReplyTo: null, references: [], from: { name: 'Amy', address: from }, sender: null,
    replyTo: [], to: [], cc: [], subject: 'Out of Office: Re: Feedback', date: '2026-02-27T15:31:26Z', headers: { 'auto-submitted': 'auto-replied', date },
    contentType: 'text/plain', text: "I'm out of the office and will return on 03/04.", textFromHtml: false, parts: [], size: 60, truncated: false,
  }).returnDate;
  it('reads month first from a North American time zone', () => expect(ooo('Fri, 27 Feb 2026 09:31:26 -0600')).toBe('2026-03-04'));
  it('reads day first from a European domain', () => expect(ooo('Fri, 27 Feb 2026 16:31:26 +0100', 'amy@acme.co.uk')).toBe('2026-04-03'));
  it('takes the later reading when nothing tells', () => expect(ooo('Fri, 27 Feb 2026 15:31:26 +0000')).toBe('2026-04-03'));
});

describe('readReply on inline answers', () => {
  it('judges only the answers written between quoted lines', () => {
    const text = [
      'On Mon, Jan 5, 2026 at 9:00 AM Jane Doe <jane.doe@example.test> wrote:',
      '> Could you tell me how my system design interview went?',
      'Your answer lacked depth on caching and you did not discuss failure modes.',
      '> And was there anything about my experience?',
      'The other candidate had more Kubernetes experience.',
      '> Thanks so much!',
    ].join('\n');
    const verdict = readReply({
      uid: null, messageId: '<i@acme.test>', inReplyTo: null, references: [], from: { name: 'Tom', address: 'tom@acme.test' }, sender: null,
      replyTo: [], to: [], cc: [], subject: 'Re: Feedback', date: '2026-01-06T10:00:00Z', headers: {}, contentType: 'text/plain',
      text, textFromHtml: false, parts: [], size: text.length, truncated: false,
    });
    expect(verdict.kind).toBe('feedback');
    expect(verdict.points).toHaveLength(2);
  });
});
