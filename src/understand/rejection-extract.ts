/**
 * What a rejection says beyond "no": which company, which role, and a human to write back to.
 * Pure helpers over an InboundMessage and the text the detector examined.
 *
 * Company, in order of trust: the From display name ("Acme Careers", "Jane at Acme", an ATS
 * sender named after the employer), the signature ("The Acme Team", "Recruiter, Acme"), the body
 * ("the position at Acme"), and last the sender's domain (acme-robotics.test → Acme Robotics),
 * never an applicant-tracking, mail-service or free-mail domain.
 * Contact: Reply-To, then From, then an address in the body — the first that a person reads
 * (never no-reply, notifications, ATS system senders or the candidate's own addresses).
 */
import type { Address, InboundMessage } from '../mail/message.ts';

/** Domains that say nothing about the employer: ATS vendors, job boards, mail services, free mail. */
const SERVICE_DOMAINS = [
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'myworkday.com', 'workday.com', 'myworkdayjobs.com',
  'smartrecruiters.com', 'smartrecruiters-mail.com', 'ashbyhq.com', 'ashbyhq-mail.com', 'workable.com', 'workablemail.com',
  'teamtailor.com', 'teamtailor-mail.com', 'icims.com', 'linkedin.com', 'indeed.com', 'indeedemail.com', 'jobvite.com',
  'bamboohr.com', 'recruitee.com', 'personio.de', 'personio.com', 'breezy.hr', 'jazzhr.com', 'successfactors.com',
  'successfactors.eu', 'taleo.net', 'glassdoor.com', 'stepstone.de', 'xing.com', 'welcometothejungle.com', 'otta.com',
  'wellfound.com', 'ziprecruiter.com', 'seek.com.au', 'naukri.com', 'join.com', 'homerun.co', 'rippling.com', 'gem.com',
  'dover.com', 'pinpointhq.com', 'comeet.co', 'recruiterbox.com', 'applytojob.com', 'hire.lever.co', 'hirehive.com',
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com',
  'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com', 'aol.com', 'fastmail.com', 'hey.com',
  'sendgrid.net', 'mailgun.org', 'amazonses.com', 'mandrillapp.com', 'mailchimp.com', 'hubspot.com', 'zoho.com',
];
/** Of those, the ones whose senders are systems, not people (free mail is excluded: founders use it). */
const SYSTEM_DOMAINS = SERVICE_DOMAINS.slice(0, SERVICE_DOMAINS.indexOf('gmail.com'));

const MACHINE_LOCAL = /(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notify|mailer-daemon|postmaster|bounces?|alerts?|newsletters?|news|system|automated|auto|mailer|daemon|unsubscribe)(?:$|[._+-])/;

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
const inList = (domain: string, list: string[]): boolean => list.some((d) => domain === d || domain.endsWith(`.${d}`));

/** True when a person (or a shared inbox people read) receives mail at this address. */
export function isHumanAddress(address: string, me: ReadonlySet<string>): boolean {
  const a = address.toLowerCase();
  if (!a.includes('@') || me.has(a)) return false;
  const local = a.slice(0, a.lastIndexOf('@'));
  if (MACHINE_LOCAL.test(local)) return false;
  return !inList(domainOf(a), SYSTEM_DOMAINS);
}

const TEAM_WORDS = '(?:talent acquisition|recruiting|recruitment|recruiters?|talent|hiring|careers?|jobs|people(?: ops| operations)?|hr|human resources|people & culture|people and culture)';
const NAME_SUFFIX = new RegExp(`\\s*(?:[-–|,:]\\s*)?(?:the\\s+)?${TEAM_WORDS}(?:\\s+team)?\\s*$|\\s+team\\s*$`, 'i');
const VIA_ATS = /\s*[(\[]?\s*(?:via|through|on|by)\s+(?:greenhouse|lever|workday|smartrecruiters|ashby|workable|teamtailor|icims|linkedin|indeed|jobvite|bamboohr|recruitee|personio)\b.*$/i;
const GENERIC = /^(?:the|our|your|a|an|team|recruiting|recruitment|talent|hiring|careers?|jobs|hr|people|engineering|product|design|data|sales|marketing|operations|we|i|you|no-?reply|notifications?|and|of|on|at|in|with|for|this|that|all|dear|hi|hello|thanks|regards|best|kind|warm|sincerely|cheers|unfortunately|sadly|leider|helaas|company|whole|entire|graduate|werving|selectie|werving & selectie|rrhh|personal|personalabteilung|karriere|recrutement|rh|talento|seleccion|selección|equipo|afdeling|human|resources)$/i;
const CORP_SUFFIX = /,?\s+(?:inc|inc\.|ltd|ltd\.|llc|gmbh|ag|bv|b\.v\.|sa|s\.a\.|sl|s\.l\.|sas|plc|pty ltd|pty|co\.|corp\.?)$/i;

function cleanCompany(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let s = raw.replace(/["“”'’]/g, '').replace(VIA_ATS, '').trim();
  for (let i = 0; i < 2; i++) s = s.replace(NAME_SUFFIX, '').trim();
  s = s.replace(/^(?:(?:the|team|hr|rrhh|rh|recruitment|recruiting|talent|careers|jobs|personalabteilung|personal|karriere|recrutement|talento|werving(?: & selectie)?|ihr|your)\s+)+/i, '').replace(/[-\s]+(?:recruiting|recruitment|talent|hr|karriere|personal)?-?team$/i, '').replace(/[.,;:!\s]+$/, '').trim();
  if (s.length < 2 || s.length > 50 || /^[&|,-]/.test(s)) return null;
  const words = s.split(/\s+/);
  if (words.length > 5 || words.every((w) => GENERIC.test(w))) return null;
  if (GENERIC.test(words[0]!) && words.length === 1) return null;
  return s;
}

/** "Jane Smith" — two or three capitalised words and nothing corporate. */
function looksLikePersonName(name: string): boolean {
  if (/\b(?:team|careers?|recruit\w*|talent|hiring|jobs|hr|people|inc|ltd|llc|gmbh|group|labs?|technologies|tech|systems|software|solutions|bank|capital|health|studio|notifications?|no-?reply)\b/i.test(name)) return false;
  return /^[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:van|de|der|den|von|la|le|da|del|dos)?\s*[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}$/.test(name.trim());
}

function companyFromDisplayName(from: Address | null, me: ReadonlySet<string>): string | null {
  if (!from?.name) return null;
  const name = from.name.trim();
  const at = /^(.+?)\s+(?:at|from|@|\||–|—|-|bei|chez|de|van|von)\s+(.+)$/i.exec(name);
  if (at && looksLikePersonName(at[1]!)) return cleanCompany(at[2]);
  if (NAME_SUFFIX.test(name) || VIA_ATS.test(name)) return cleanCompany(name);
  // A system sender (ATS, no-reply) is named after the employer, unless it is the job board itself.
  if (!isHumanAddress(from.address, me) && !BOARD_NAMES.test(name)) return cleanCompany(name);
  return null;
}

const SIGNATURE_CHARS = 700;
const CAP_NAME = "(\\p{Lu}[\\p{L}\\p{N}_&'’-]*(?:\\s+(?:&\\s+)?[\\p{Lu}0-9][\\p{L}\\p{N}_&'’-]*){0,3})";
const SIGNATURE_TEAM = new RegExp(`^\\s*(?:the\\s+|das\\s+|l'équipe\\s+|el equipo de\\s+|het\\s+|team\\s+)?${CAP_NAME}(?:\\s*[-–]?\\s*(?:${TEAM_WORDS}))?[\\s-]*(?:team|recruiting|recruitment|talent acquisition|careers|hiring team|recruiting team|talent team|people team)\\s*$`, 'gmiu');
const SIGNATURE_TEAM_PREFIX = /^\s*(?:l'équipe (?:recrutement |rh |talent )?(?:de |d'|chez )?|el equipo de (?:selección |talento |reclutamiento )?(?:de )?|equipo de (?:selección|talento|reclutamiento|rrhh) (?:de )?|team |het recruitmentteam van |das recruiting[- ]team (?:von|der) |ihr recruiting[- ]team (?:von|der) |ihr |your friends at )(\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})\s*$/gimu;
const SIGNATURE_TITLE = /^\s*(?:senior |lead |principal |technical |head of |director of |vp of |vp,? |chief |junior |associate )?(?:recruiter|talent (?:partner|acquisition(?: partner| specialist| manager| lead)?|lead|manager)|recruitment (?:consultant|partner|manager|specialist|lead)|hiring manager|engineering manager|people (?:partner|manager|lead)|hr (?:manager|business partner|generalist)|founder|co-?founder|ceo|cto|coo|people|talent|recruiting(?: coordinator| lead| manager)?|personalreferent(?:in)?|recruiterin|chargée? de recrutement|responsable (?:rh|recrutement)|reclutadora?|técnic[oa] de selección|wervings?specialist|recruitment)[\w ]{0,30}?\s*(?:,|\bat\b|@|\||–|—|-|\bbei\b|\bchez\b|\ben\b|\bbij\b)\s*(\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})\s*$/gimu;
const BODY_COMPANY = /\b(?:position|role|job|opportunity|opening|vacancy|post|career|careers|team|interest in (?:joining|working (?:at|for|with))|interest in|applying to|applied to|apply to|join|joining|working (?:at|for|with)|work (?:at|for|with)|time with|everyone at|all of us at|us here at|here at|process (?:at|with)|greetings from|heard back from|feedback from|news from|update from|bei der|bei|chez|en|bij|para)\s+(?:at|with|for)?\s*(\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+(?:&\s+)?[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})/gu;

/** An agency recruiter relays the client's decision: "Ironleaf came back to me". */
const CLIENT_DECISION = /(?:^|[.!?:]\s+)(\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}_&'’-]*){0,2}) (?:came back|got back|have come back|has come back|replied|responded)\b/gmu;
const SUBJECT_COMPANY = /\b(?:at|bei|chez|bij|with|application to|candidacy to|applying to|application with|candidature chez|sollicitatie bij|to)\s+(\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+(?:&\s+)?[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})\s*$/u;
const BOARD_NAMES = /^(?:linkedin|indeed|glassdoor|stepstone|xing|otta|wellfound|ziprecruiter|seek|naukri|monster|workday|greenhouse|lever|ashby|workable|teamtailor|smartrecruiters|icims|jobvite)\b/i;

const BODY_STOP = /^(?:We|I|You|Our|Your|The|This|That|Unfortunately|Thank|Thanks|Please|Kind|Best|Regards|Sadly|Dear|Hi|Hello|Leider|Helaas|Malheureusement|Lamentablemente|Ihnen|Ihrer|Ihre|Sie|Du|Dir|Uns|Nous|Vous|Votre|Tu|Su|Je|Uw|Jouw|Ons|This|Mr|Ms|Mrs|Senior|Junior|Lead|Principal|Staff)$/;

/** Signature patterns run case-insensitively; a company name is still written with capitals. */
const capitalised = (s: string): string | null => {
  const words = s.trim().split(/\s+/);
  if (!words.every((w) => /^[A-Z0-9À-Ý&]/.test(w) || /^(?:of|and|de|du|la|van|von|der|y|et|&)$/.test(w))) return null;
  return cleanCompany(s);
};

function firstMatch(re: RegExp, text: string, accept: (s: string) => string | null): string | null {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const got = accept(m[1]!);
    if (got) return got;
  }
  return null;
}

function companyFromDomain(address: string | undefined): string | null {
  if (!address) return null;
  const domain = domainOf(address);
  if (inList(domain, SERVICE_DOMAINS)) return null;
  const labels = domain.split('.');
  if (labels.length < 2) return null;
  // example.co.uk, example.com.au: the name is the label before the two-part suffix.
  const twoPart = labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2;
  const label = labels[labels.length - (twoPart ? 3 : 2)]!;
  if (/^(?:example|test|localhost|mail|email)$/.test(label)) return null;
  return label.split(/[-_]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

/** ATS senders sometimes carry the employer in the address: acme@myworkday.com, acme.lever.co. */
function companyFromSystemAddress(address: string | undefined): string | null {
  if (!address) return null;
  const domain = domainOf(address);
  if (!inList(domain, SYSTEM_DOMAINS)) return null;
  const local = address.slice(0, address.lastIndexOf('@'));
  const sub = domain.split('.')[0]!;
  for (const cand of [local, sub]) {
    if (!cand || MACHINE_LOCAL.test(cand) || /^(?:jobs|careers|recruiting|talent|hire|hiring|mail|email|em|e|reply|app|apply|messages?|candidates?|hr)$|\d{3}/.test(cand)) continue;
    if (SERVICE_DOMAINS.some((d) => d.startsWith(`${cand}.`))) continue;
    return cand.split(/[-_.]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  }
  return null;
}

export function extractCompany(msg: InboundMessage, text: string, me: ReadonlySet<string>): string | null {
  const from = msg.from;
  // A signature sits at the end of the sender's words; the case-insensitive Unicode patterns
  // that read it are the costliest here, so they see only the tail.
  const signature = text.length > SIGNATURE_CHARS ? text.slice(text.lastIndexOf('\n', text.length - SIGNATURE_CHARS) + 1) : text;
  const bodyAccept = (s: string): string | null => {
    const words = s.split(/\s+/);
    while (words.length && BODY_STOP.test(words[words.length - 1]!)) words.pop();
    if (!words.length || BODY_STOP.test(words[0]!)) return null;
    return cleanCompany(words.join(' '));
  };
  return (
    companyFromDisplayName(from, me) ??
    firstMatch(CLIENT_DECISION, text, bodyAccept) ??
    (SUBJECT_COMPANY.exec(msg.subject.replace(/\s+/g, ' ').trim())?.[1] ? bodyAccept(SUBJECT_COMPANY.exec(msg.subject.replace(/\s+/g, ' ').trim())![1]!) : null) ??
    firstMatch(SIGNATURE_TEAM_PREFIX, signature, capitalised) ??
    firstMatch(SIGNATURE_TEAM, signature, capitalised) ??
    firstMatch(SIGNATURE_TITLE, signature, capitalised) ??
    firstMatch(BODY_COMPANY, text, bodyAccept) ??
    companyFromDomain(from?.address) ??
    companyFromSystemAddress(from?.address) ??
    null
  );
}

// ── Role ──
/** Words a job title contains, in the five languages (substrings, so German compounds match). */
const TITLE = /(?:engineer|develop|designer|manager|analy[sz]t|scientist|writer|architect|product owner|administra|consultant|specialist|officer|\bintern\b|director|head of|programm|technician|advocate|\blead\b|coordinator|researcher|editor|strategist|accountant|assistant|tester|\bqa\b|\bsre\b|devops|entwickler|berater|leiter|referent|ingénieu|développeu|chef de|chargée? de|desarroll|ingenier|analista|diseñad|beheerder|ontwikkelaar|medewerker|adviseur)/i;
const APPLICATION_WORDS = /\b(?:application|candidacy|update|status|outcome|decision|thank|thanks|regarding|your|ihre|votre|tu|su|uw|je|bewerbung|candidature|candidatura|sollicitatie|absage|afwijzing|proceso|process|interview|entrevista|entretien|gesprek|result|résultat|resultado|uitslag|news|feedback)\b/i;
const SUBJECT_PREFIX = /^(?:(?:re|aw|antw|sv|rv|r|fwd?|fw|wg|tr|enc|doorst)\s*:\s*)+/i;
const SUBJECT_ROLE = /\b(?:application|candidacy|applying|applied|bewerbung|candidature|candidatura|sollicitatie|entrevista|interview|entretien|gesprek)\s+(?:for|to|as|als|pour|para|voor|de|au poste de|para el puesto de|voor de functie(?: van)?)?\s*(?:the\s+|our\s+|de\s+|le\s+|el\s+|la\s+)?(?:(?:position|role|post) of\s+)?(.+?)(?:\s+(?:position|role|job|opening|vacancy))?(?:\s+(?:at|with|@|bei|chez|en|bij|in)\s+.+|\s+[-–—|]\s+.*)?$/i;
const ROLE_BODY: RegExp[] = [
  /\b(?:position|role|post|job|vacancy) (?:of|as) (?:an? )?([A-Z][^.,;:!?\n]{2,60}?)(?=\s+(?:at|with|here|in our|within|on|has|have|was|is|and|to|you)\b|\s*[.,;:!?\n]|$)/g,
  /\bthe ([A-Za-z][\w/&+#.-]*(?:[ -](?:[A-Z0-9][\w/&+#.-]*|of|and|&|for|de|in|-)){0,6}(?: \([^()\n]{1,30}\))?) (?:position|role|job|opening|vacancy|post|spot)\b/g,
  /\b(?:application|applying|applied|candidacy|interest|process|interviews?|interviewing) (?:for|to) (?:the |our |be |be an? |be our )?(?:role of |position of )?([A-Za-z][\w/&+#.-]*(?:[ -](?:[A-Z0-9][\w/&+#.-]*|of|and|&|for|in)){0,6}(?: \([^()\n]{1,30}\))?)(?=\s+(?:at|with|here|position|role|opening|vacancy|job|on)\b|\s*[.,;:!?\n]|$)/g,
  /\b(?:as|als) (?:an? |our |unser |eine?n? )?([A-Z][\w/&+#.-]*(?:[ -][A-Z0-9][\w/&+#.-]*){0,5})(?=\s*(?:\((?:m\/w\/d|w\/m\/d|m\/f\/d|all genders?)\))?\s*(?:bei|at|with|in|entschieden|nicht|leider|und|and)\b|\s*(?:\((?:m\/w\/d|w\/m\/d|m\/f\/d)\))?\s*[.,;:!?\n])/g,
  /\b(?:[Aa]u poste|[Pp]our le poste|[Ll]e poste|[Dd]u poste|[Pp]oste) (?:de |d'|d’)\s?([A-Za-zÀ-ÿ][^.,;:!?\n()]{2,60}?)(?=\s+(?:chez|au sein|à|et|n'a|que|ne|a été|pour)\b|\s*[.,;:!?\n(]|$)/g,
  /\b(?:puesto|posición|vacante|rol|cargo) (?:de |como )([A-Za-zÀ-ÿ][^.,;:!?\n()]{2,60}?)(?=\s+(?:en|con|y|que|para|dentro|ya|ha|fue|se)\b|\s*[.,;:!?\n(]|$)/g,
  /\b(?:functie|vacature|rol|positie) (?:van |als |voor )?([A-Z][^.,;:!?\n()]{2,60}?)(?=\s+(?:bij|en|binnen|bent|is|hebben)\b|\s*[.,;:!?\n(]|$)/g,
  /\bsollicitatie (?:als|voor(?: de functie(?: van)?)?) ([A-Za-z][^.,;:!?\n()]{2,60}?)(?=\s+(?:bij|en)\b|\s*[.,;:!?\n(]|$)/g,
];
const ROLE_REJECT = /^(?:the|a|an|our|your|this|that|it|we|you|us|them|position|role|job|team|company|process|opportunity|application|time|interest|next|future|other|another|leider|helaas)\b|\b(?:we|you|your|our|us|i|unfortunately|decided|candidates?|applications?|afraid|interest|time)\b/i;
const ROLE_TAIL = /\s+(?:on|at|with|for|from|which|that|who|has|have|was|is|ya|ha|bei|chez|bij)\s.*$/i;

function cleanRole(raw: string | undefined, company: string | null): string | null {
  if (!raw) return null;
  let s = raw.replace(/["“”‘’]/g, '').replace(/\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|h\/f|f\/h|m\/f|all genders?)\)\s*/gi, ' ').trim();
  s = s.replace(/\s*\((?:req|ref|r-|#|id)[^)]*\)/gi, '').replace(ROLE_TAIL, '');
  s = s.replace(/\s+(?:position|role|job|opening|vacancy|post)$/i, '').replace(/^(?:the|our|a|an|be|be an?)\s+/i, '').replace(/[\s.,;:!-]+$/, '').trim();
  if (s.length < 2 || s.length > 70 || !TITLE.test(s)) return null;
  if (s.split(/\s+/).length > 8 || ROLE_REJECT.test(s)) return null;
  if (company && s.toLowerCase() === company.toLowerCase()) return null;
  return s;
}

export function extractRole(msg: InboundMessage, text: string, company: string | null = null): string | null {
  const subject = msg.subject.replace(/\s+/g, ' ').replace(SUBJECT_PREFIX, '').trim();
  const fromSubject = cleanRole(SUBJECT_ROLE.exec(subject)?.[1], company);
  if (fromSubject) return fromSubject;
  // "Acme - Senior Engineer", "Senior Engineer | Application update", "Technical Writer".
  for (const part of subject.split(/\s+[-–—|:]\s+|:\s+/)) {
    const p = part.replace(/^(?:(?:re|aw|fwd?)\s*:\s*)+/i, '').trim();
    if (APPLICATION_WORDS.test(p) && !TITLE.test(p.replace(APPLICATION_WORDS, ''))) continue;
    const stripped = p.replace(/^(?:poste|puesto|functie|vacature|stelle|position|role) (?:de |d'|als |van |of |as )?/i, '').replace(/^(?:(?:update|news|feedback|outcome|decision|result)\s+(?:on|for|about|regarding)\s+)?(?:your\s+)?(?:application|candidacy|interview|entrevista|sollicitatie|bewerbung|candidature|candidatura|afwijzing|absage)\s+(?:for|para|als|voor|pour)?\s*/i, '');
    const role = cleanRole(stripped, company);
    if (role && !APPLICATION_WORDS.test(role)) return role;
  }
  // Wrapped lines (HTML converted to text, 72-column plain text) would split a title in two.
  const unwrapped = text.replace(/([^\n])\n(?!\n)/g, '$1 ');
  for (const re of ROLE_BODY) {
    const role = firstMatch(re, unwrapped, (raw) => cleanRole(raw, company));
    if (role) return role;
  }
  return null;
}

// ── Contact ──
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
const NAME_BEFORE = /([A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2})\s*(?:at|on|:|<|\(|-|–|via|unter|à|a|en|op|,)?\s*[<(]?\s*$/;

export function extractContact(msg: InboundMessage, text: string, me: ReadonlySet<string>): Address | null {
  for (const r of msg.replyTo) if (isHumanAddress(r.address, me)) return { name: r.name, address: r.address };
  if (msg.from && isHumanAddress(msg.from.address, me)) return { name: msg.from.name, address: msg.from.address };
  for (const m of text.matchAll(EMAIL)) {
    const address = m[0].toLowerCase().replace(/\.$/, '');
    if (!isHumanAddress(address, me)) continue;
    const before = text.slice(Math.max(0, m.index! - 60), m.index!).split('\n').pop() ?? '';
    const name = NAME_BEFORE.exec(before)?.[1] ?? '';
    return { name: looksLikePersonName(name) ? name : '', address };
  }
  return null;
}
