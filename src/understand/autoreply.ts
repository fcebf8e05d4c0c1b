/**
 * detectAutoReply: is this message written by a machine on a person's behalf (out-of-office,
 * vacation, "mailbox not monitored", "no longer with the company")?
 *
 * Evidence is weighed, not matched once: RFC 3834 headers are decisive; a subject or a body
 * phrase in one of the five languages is strong; `Precedence: bulk|junk` only adds weight.
 * `X-Auto-Response-Suppress` is ignored on purpose: Outlook puts it on ordinary human mail.
 * Bounces also carry `Auto-Submitted`; callers check for a bounce first.
 * Pure; the body is examined only in its first BODY_CHARS characters (an auto-reply says it first).
 */
import type { InboundMessage } from '../mail/message.ts';

const BODY_CHARS = 1_500;
const THRESHOLD = 2;

const SUBJECT_CUES: RegExp[] = [
  /^\s*(?:away|holidays?|on holiday|on vacation|annual leave|parental leave|maternity leave|paternity leave)\b|\b(?:out of (?:the )?office|ooo\b|automatic reply|auto[- ]?reply|auto[- ]?response|autoresponder|vacation|on leave|away from (?:the )?office|annual leave|holiday notice|absence notice|not in the office|mailbox (?:is )?not monitored)/i,
  /\b(?:abwesenheit|abwesend|automatische antwort|nicht im büro|außer haus|urlaub)/i,
  /(?:réponse automatique|\babsent(?:e)?\b|\babsence\b|hors du bureau|\bcongés?(?![a-zà-ÿ]))/i,
  /(?:respuesta automática|respuesta automatica|fuera de (?:la )?oficina|\bausente\b|\bvacaciones\b)/i,
  /(?:automatisch antwoord|\bafwezig|niet op kantoor|\bvakantie\b|\bautosvar\b)/i,
];

/** Phrases that, near the top of a body, say a machine is answering for an absent person. */
const BODY_STRONG: RegExp[] = [
  /\b(?:i am|i'm|i will be|i'll be)\s+(?:currently\s+|now\s+)?(?:out of (?:the )?office|away from (?:the )?office|on (?:annual |parental |maternity |paternity |sick |medical )?(?:leave|vacation|holiday|holidays|pto)|away (?:on|until|from|and)|travel(?:l)?ing (?:with|and) (?:limited|no)|out (?:until|through|till)|on (?:a )?business trip|(?:at|attending) a (?:conference|trade ?show|training))/i,
  /\booo\b[^.\n]{0,20}\b(?:until|till|through|thru|back|returning|from)\b/i,
  /\b(?:currently )?out of (?:the )?office (?:until|through|till|from|and|with)\b/i,
  /\b(?:i am|i'm)\s+(?:currently\s+|presently\s+)?(?:away|unavailable|not available|not in the office|not at my desk|away from my desk|off work|off until|off sick)\b/i,
  /\b(?:limited|no|restricted) access to (?:my )?e-?mails?\b/i,
  /\btravel(?:l)?ing\b[^.\n]{0,40}\b(?:limited|patchy|no|intermittent|poor) (?:signal|access|connectivity|wi-?fi|internet|reception)\b|\bback at my desk (?:on|from|after|next)\b/i,
  /\bthis (?:is an? )?(?:automated|automatic|auto-generated) (?:reply|response|message|e-?mail)\b/i,
  /\b(?:this|the) (?:mail ?box|e-?mail address|inbox|address) (?:is|will) (?:no longer |not )?(?:be )?(?:monitored|checked|in use|active)\b/i,
  /\b(?:mailbox|inbox) (?:is )?not (?:monitored|checked)\b/i,
  /\bno longer (?:with|at|employed (?:by|at)|works? (?:at|for)|working (?:at|for)|part of)\b/i,
  /\bhas (?:left|departed) (?:the company|the organi[sz]ation|[A-Z][\w&.-]+)\b/,
  /\b(?:i have|i've|has|have) (?:now )?(?:left|departed) (?:the company|the organi[sz]ation|the business|the firm|the team)\b|\bi (?:no longer|don't|do not) work (?:at|for|here)\b/i,
  /\bi (?:will|'ll) (?:respond|reply|get back to you|answer)[^.]{0,40}\b(?:when|upon|after|on) (?:my )?return\b/i,
  // German
  // (German dates carry dots — "vom 5. bis 16. Januar" — so the gap may hold dots, not line breaks.)
  /\b(?:bin ich|ich bin|befinde ich mich|ich befinde mich)\b[^\n]{0,60}?\b(?:nicht im büro|außer haus|abwesend|im urlaub|nicht erreichbar|eingeschränkt erreichbar|in elternzeit|im mutterschutz|auf dienstreise|krank)\b/i,
  /\b(?:keinen|eingeschränkten) zugriff auf (?:meine )?e-?mails?\b/i,
  /\b(?:automatische antwort|abwesenheitsnotiz|automatisch generierte)\b/i,
  /\bnicht mehr (?:im unternehmen|bei|für)\b[^.]{0,40}\b(?:tätig|beschäftigt)\b|\bhat das unternehmen verlassen\b/i,
  /\b(?:dieses postfach|diese (?:e-?mail-?)?adresse) wird nicht (?:mehr )?(?:überwacht|gelesen|abgerufen)\b/i,
  // French
  /\b(?:je suis|je serai)\b[^.]{0,40}\b(?:absente?|en congés?|en vacances|hors du bureau|en déplacement|en arrêt maladie|en formation)(?![a-zà-ÿ])/i,
  /\babsente? du bureau\b|\bréponse automatique\b|\bmessage automatique\b|\bje n'ai pas accès à (?:mes|ma) (?:e-?mails|mails|messagerie|courriels)\b/i,
  /\bne (?:fait|travaille) plus (?:partie|chez|pour)\b|\bcette (?:boîte|adresse)[^.]{0,30}n'est (?:plus |pas )?(?:consultée|surveillée)\b/i,
  // Spanish
  /\b(?:estoy|estaré|me encuentro)\b[^.]{0,40}\b(?:fuera de (?:la )?oficina|de vacaciones|ausente|de permiso|de baja)\b/i,
  /\bfuera de la oficina\b|\brespuesta automática\b|\bmensaje automático\b/i,
  /\bya no (?:trabaja|forma parte|está en)\b|\beste buzón no (?:es|está) (?:monitoreado|supervisado|revisado)\b/i,
  // Dutch
  /\b(?:ik ben|ben ik)\b[^\n]{0,50}?\b(?:afwezig|niet op kantoor|met vakantie|op vakantie|niet bereikbaar|met \w*verlof|ziek)\b/i,
  /\bautomatisch (?:antwoord|bericht)\b|\bniet (?:meer )?werkzaam (?:bij|voor)\b|\bdeze mailbox wordt niet\b/i,
];

/**
 * An unattended mailbox, said at the top of the body ("Este buzón no está atendido…"). Only the
 * opening lines count: a person replying through an ATS carries the same words in its footer.
 */
const UNATTENDED_OPENING_CHARS = 400;
const UNATTENDED: RegExp[] = [
  /\b(?:this|the) (?:mail ?box|inbox|e-?mail address|address|account) is (?:not|un)(?:[- ])?(?:monitored|attended|read|checked|staffed)\b|\b(?:messages|e-?mails|replies) (?:sent )?to this (?:address|mailbox|inbox|account) (?:are|will) not (?:be )?(?:read|monitored|answered|checked|processed)\b/i,
  /\b(?:dieses postfach|diese adresse|dieses konto) (?:wird|ist) nicht (?:mehr )?(?:besetzt|überwacht|gelesen|betreut)\b|\bnachrichten an diese (?:adresse|e-?mail-?adresse) werden nicht (?:gelesen|bearbeitet|beantwortet)\b/i,
  /\bcette (?:boîte|adresse|messagerie)[^.]{0,30}n'est (?:pas|plus) (?:consultée|surveillée|lue|relevée)|\bles (?:messages|courriels|e-?mails) (?:envoyés )?à cette adresse ne sont (?:pas|ni) (?:lus|traités|consultés)/i,
  /\beste buzón no (?:es|está) (?:atendido|monitorizado|monitoreado|supervisado|revisado|vigilado)\b|\b(?:los )?(?:mensajes|correos) (?:enviados )?a esta dirección no se (?:leen|revisan|responden|atienden)\b/i,
  /\bdeze (?:mailbox|inbox|e-?mailbox|brievenbus|e-?mailadres) wordt niet (?:gelezen|gecontroleerd|bewaakt|beheerd)\b|\bberichten (?:aan|naar) dit (?:adres|e-?mailadres) worden niet (?:gelezen|behandeld|beantwoord)\b/i,
];

export interface AutoReplyResult {
  auto: boolean;
  /** True when only body phrases spoke (no header, no subject): a person may be writing about their absence. */
  bodyOnly: boolean;
  reasons: string[];
}

export function detectAutoReply(msg: InboundMessage): AutoReplyResult {
  const reasons: string[] = [];
  let score = 0;
  const h = msg.headers;

  const autoSubmitted = (h['auto-submitted'] ?? '').trim().toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith('no')) {
    score += 3;
    reasons.push(`Auto-Submitted: ${autoSubmitted}`);
  }
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-autogenerated', 'x-ms-exchange-generated-message-source']) {
    const value = (h[name] ?? '').trim().toLowerCase();
    if (value && value !== 'no' && value !== 'false' && value !== '0') {
      score += 3;
      reasons.push(`${name}: ${value}`);
    }
  }
  const precedence = (h['precedence'] ?? '').trim().toLowerCase();
  if (precedence === 'auto_reply') {
    score += 3;
    reasons.push('Precedence: auto_reply');
  } else if (precedence === 'bulk' || precedence === 'junk') {
    score += 1;
    reasons.push(`Precedence: ${precedence}`);
  }

  if (SUBJECT_CUES.some((r) => r.test(msg.subject))) {
    score += 2;
    reasons.push('out-of-office subject');
  }
  const body = msg.text.slice(0, BODY_CHARS);
  const scoreBeforeBody = score;
  const opening = body.slice(0, UNATTENDED_OPENING_CHARS);
  const bodyCue = BODY_STRONG.find((r) => r.test(body)) ?? UNATTENDED.find((r) => r.test(opening));
  if (bodyCue) {
    score += 2;
    reasons.push(`out-of-office body: "${(bodyCue.exec(body) ?? bodyCue.exec(opening))![0].slice(0, 60)}"`);
  }
  return { auto: score >= THRESHOLD, bodyOnly: scoreBeforeBody === 0, reasons };
}
