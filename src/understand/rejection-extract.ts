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

const MACHINE_LOCAL = /(?:^|[._+-])(?:updates?|no-?reply|do-?not-?reply|donotreply|noreply|ne-?pas-?repondre|nepasrepondre|no-?responder|noresponder|no-?contestar|nicht-?antworten|keine-?antwort|geen-?antwoord|niet-?beantwoorden|notifications?|notify|mailer-daemon|postmaster|bounces?|alerts?|newsletters?|news|system|automated|auto|mailer|daemon|unsubscribe)(?:$|[._+-])/;

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
/** The registrable name of a domain: acme for jobs.acme.com, acme.co.uk, acme.com.au. */
function brandOf(domain: string): string {
  const labels = domain.split('.');
  const twoPart = labels.length >= 3 && /^(?:co|com|org|net|ac|gov|nhs|sch|police|mod|edu)$/.test(labels[labels.length - 2]!) && (labels[labels.length - 1]!.length === 2 || labels[labels.length - 1] === 'example');
  return labels[labels.length - (twoPart ? 3 : 2)] ?? '';
}
/** Each list's brands, computed once. */
const BRANDS = new Map<string[], Set<string>>();
/** A domain is a listed service's when it is one, under one, or carries its brand with another ending (myworkday.eu). */
function inList(domain: string, list: string[]): boolean {
  let brands = BRANDS.get(list);
  if (!brands) BRANDS.set(list, (brands = new Set(list.map(brandOf))));
  return brands.has(brandOf(domain)) || list.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** True when a person (or a shared inbox people read) receives mail at this address. */
export function isHumanAddress(address: string, me: ReadonlySet<string>): boolean {
  const a = address.toLowerCase();
  if (!a.includes('@') || me.has(a)) return false;
  const local = a.slice(0, a.lastIndexOf('@'));
  if (MACHINE_LOCAL.test(local)) return false;
  return !inList(domainOf(a), SYSTEM_DOMAINS);
}

const TEAM_WORDS = '(?:resourcing|hr resourcing|early careers|graduate recruitment|campus recruiting|campus|faculty search|search committee|bewerbermanagement|personalabteilung|university recruiting|talent acquisition|recruiting|recruitment|recruiters?|talent|hiring|careers?|jobs|people(?: ops| operations)?|hr|human resources|people & culture|people and culture|recrutement|karriere|rrhh|rh|talento|selección|werving|vacatures|empleo)';
const NAME_SUFFIX = new RegExp(`\\s*(?:[-–|,:]\\s*)?(?:the\\s+)?${TEAM_WORDS}(?:\\s+team)?\\s*$|\\s+team\\s*$`, 'i');
const VIA_ATS = /\s+via\s+[A-Z][\w.-]*\s*$|\s*[(\[]?\s*(?:via|through|on|by)\s+(?:greenhouse|lever|workday|smartrecruiters|ashby|workable|teamtailor|icims|linkedin|indeed|jobvite|bamboohr|recruitee|personio)\b.*$/i;
const GENERIC = /^(?:the|our|your|a|an|de|del|des|du|van|von|der|het|el|la|le|les|los|team|recruiting|recruitment|talent|hiring|careers?|jobs|hr|people|engineering|product|design|data|sales|marketing|operations|we|i|you|no-?reply|notifications?|and|of|on|at|in|with|for|this|that|all|dear|hi|hello|thanks|regards|best|kind|warm|sincerely|cheers|unfortunately|sadly|leider|helaas|company|whole|entire|graduate|werving|selectie|werving & selectie|rrhh|personal|personalabteilung|karriere|recrutement|rh|talento|seleccion|selección|equipo|afdeling|human|resources)$/i;
/** Legal forms: "Vantix B.V." is Vantix in a letter ("thank you for the interview at Vantix"). */
const CORP_SUFFIX = /,?\s+(?:inc\.?|ltd\.?|llc|llp|gmbh(?: & co\.? kg)?|ag|kg|bv|b\.v\.|nv|n\.v\.|sa|s\.a\.|sl|s\.l\.|sas|s\.a\.s\.|sarl|plc|(?:pty|pvt\.?|private)\.? ltd\.?|pty|co\.|corp\.?|limited)$/i;

function cleanCompany(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let s = raw.replace(/["“”'’]/g, '').replace(VIA_ATS, '').trim();
  for (let i = 0; i < 2; i++) s = s.replace(NAME_SUFFIX, '').trim();
  s = s.replace(/^(?:(?:the|team|hr|rrhh|rh|recruitment|recruiting|talent|careers|jobs|personalabteilung|personal|karriere|recrutement|talento|werving(?: & selectie)?|ihr|your)\s+)+/i, '').replace(/[-\s]+(?:recruiting|recruitment|talent|hr|karriere|personal)?-?team$/i, '').replace(/[.,;:!\s]+$/, '').trim();
  s = s.replace(CORP_SUFFIX, '').trim();
  // A job board or ATS is never the employer; a title ("Dr.") is part of a name.
  if (BOARD_NAMES.test(s) || /^(?:dr|prof|mr|mrs|ms|herr|frau|mme|sr|sra)\.?$/i.test(s)) return null;
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

/** A labelled line in a status template: "Company: Vantage Facilities Ltd", "Arbeitgeber: …". */
const COMPANY_LINE = /^[ \t]*(?:company|employer|organi[sz]ation|hiring company|unternehmen|arbeitgeber|firma|entreprise|employeur|empresa|empleador|bedrijf|werkgever|organisatie)[ \t]*:[ \t]*(\p{Lu}[^\n]{1,60})$/gimu;

/**
 * A person writing through an ATS ("Priya Raman" <no-reply@greenhouse-mail.io>) looks like an
 * employer-named system sender; it is a person when the name reads like one and the mail says so:
 * a Reply-To under the same name or address, or the name (or first name) signing the text.
 */
function isPersonSender(name: string, msg: InboundMessage, text: string): boolean {
  if (!looksLikePersonName(name)) return false;
  const first = name.split(/\s+/)[0]!;
  if (msg.replyTo.some((r) => r.name.trim() === name || r.address.toLowerCase().startsWith(first.toLowerCase()))) return true;
  // "Mosaic Pay - Engineering Manager" in the subject: the name is the employer's.
  if (msg.subject.includes(name)) return false;
  return signedBy(text, name) >= 0;
}

/** Index of the last line that is the name or first name alone (a sign-off), or -1. */
function signedBy(text: string, name: string): number {
  const first = name.split(/\s+/)[0]!;
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 25); i--) {
    const line = lines[i]!.trim().replace(/^[-–—]+\s*/, '');
    if (line === name || line === first) return i;
  }
  return -1;
}

// A postal address is a contact line too: "Postbus 1234, 3500 AB Utrecht", "PO Box 12", "10115 Berlin".
const CONTACT_LINE = /@|https?:|www\.|\+?\d[\d ()./-]{6,}|^(?:tel|phone|mobile|mob|fax|t|m|e|w)\b[.:]|\b(?:postbus|p\.? ?o\.? box|postfach|bo[iî]te postale|apartado(?: de correos)?)\b|\b\d{4,5}(?: ?[A-Z]{2})?\b/i;

/**
 * The signature block under the sender's name: "Katrin Vogel / Personalreferentin / Weidner
 * Maschinenbau AG" or "Marcus / Talent Partner | Tessellate Labs". The company is the part of a
 * title line after its separator, or the first capitalised line below the title.
 */
function companyFromSignatureBlock(from: Address | null, text: string): string | null {
  const name = from?.name?.trim();
  if (!name || !looksLikePersonName(name)) return null;
  const at = signedBy(text, name);
  if (at < 0) return null;
  const lines = text.split('\n').slice(at + 1, at + 5).map((l) => l.trim()).filter(Boolean);
  for (const line of lines) {
    if (CONTACT_LINE.test(line)) continue;
    if (CORP_SUFFIX.test(line)) return capitalised(line);
    const split = /^(.{2,60}?)\s*(?:\||,|–|—|·|•|\s-\s|\bat\b|@|\bbei\b|\bchez\b|\bbij\b)\s*(\p{Lu}.{1,50})$/u.exec(line);
    if (split && (TITLE.test(split[1]!) || /\b(?:people|talent|recruit|hr|founder|ceo|cto|hiring)/i.test(split[1]!))) {
      const got = capitalised(split[2]!);
      if (got) return got;
    }
    if (TITLE.test(line) || /\b(?:people|talent|recruit\w*|hr|founder|ceo|cto|coo|hiring|personal\w*|rh|rrhh|selección|werving)\b/i.test(line)) continue;
    // Below the name and the title, a capitalised line is the employer ("Wexcombe Partners LLP").
    return capitalised(line);
  }
  return null;
}

const TEAM_LINE = new RegExp(`\\b(?:${TEAM_WORDS}|team|afdeling|abteilung|équipe|equipo|rrhh|rh)\\b`, 'i');

/**
 * The last line of a signed mail under a team line or with a legal form: "HR Team / Sarvatech
 * Solutions Pvt. Ltd.", "Graduate Recruitment Team / Holloway & Finch".
 */
function companyFromLastLine(text: string): string | null {
  const lines = text.trimEnd().split('\n').slice(-3).map((l) => l.trim());
  const last = lines[lines.length - 1] ?? '';
  const above = lines[lines.length - 2] ?? '';
  if (CONTACT_LINE.test(last) || TEAM_LINE.test(last)) return null;
  if (!CORP_SUFFIX.test(last) && !TEAM_LINE.test(above)) return null;
  return capitalised(last);
}

function companyFromDisplayName(from: Address | null, me: ReadonlySet<string>, msg: InboundMessage, text: string): string | null {
  if (!from?.name) return null;
  // "Selección Grupo Alcázar", "Karriere Sonnenberg": a department before the firm's name.
  const name = from.name.trim().replace(/^(?:selecci[óo]n|reclutamiento|rrhh|recursos humanos|recrutement|karriere|recruiting|careers|werving|werken|trabaja|travailler|carrières|personalabteilung|bewerbermanagement|personalwesen|hr|talent acquisition)\s+(?:de\s+|bei\s+|chez\s+|at\s+|bij\s+|en\s+)?(?=\p{Lu})/iu, '');
  // "Owen Price via Ferncliff Games" is a person writing for the firm; "Greenway Co-op via Jobly" the firm on a board.
  const via = /^(.+?)\s+via\s+(.+)$/i.exec(name);
  if (via && looksLikePersonName(via[1]!) && !BOARD_NAMES.test(via[2]!) && !BOARD_LIKE.test(via[2]!)) return cleanCompany(via[2]);
  const paren = /^(.+?)\s*\(([^()]{2,60})\)$/.exec(name);
  if (paren && looksLikePersonName(paren[1]!)) return cleanCompany(paren[2]);
  const at = /^(.+?)\s+(?:at|from|@|\||–|—|-|bei|chez|de|van|von)\s+(.+)$/i.exec(name);
  // "Grupo Alcántara - Talento" is the firm and its team, not a person and a firm.
  if (at && looksLikePersonName(at[1]!) && !NAME_SUFFIX.test(` - ${at[2]}`)) return cleanCompany(at[2]);
  if (NAME_SUFFIX.test(name) || VIA_ATS.test(name)) return cleanCompany(name);
  // A system sender (ATS, no-reply) is named after the employer, unless it is the job board itself.
  if (!isHumanAddress(from.address, me) && !BOARD_NAMES.test(name) && !BOARD_LIKE.test(name) && !isPersonSender(name, msg, text)) return cleanCompany(name);
  return null;
}

const SIGNATURE_CHARS = 700;
// Names are written on one line: `[ \t]` between words, so a name never runs into the next line.
const CAP_NAME = "(\\p{Lu}[\\p{L}\\p{N}_&'’-]*(?:[ \\t]+(?:&[ \\t]+)?[\\p{Lu}0-9][\\p{L}\\p{N}_&'’-]*){0,3})";
const SIGNATURE_TEAM = new RegExp(`^\\s*(?:the\\s+|das\\s+|l'équipe\\s+|el equipo de\\s+|het\\s+|team\\s+)?${CAP_NAME}(?:\\s*[-–]?\\s*(?:${TEAM_WORDS}))?[\\s-]*(?:team|recruiting|recruitment|talent acquisition|careers|hiring team|recruiting team|talent team|people team)\\s*$`, 'gmiu');
const SIGNATURE_TEAM_PREFIX = /^\s*(?:l'équipe (?:recrutement |rh |talent )?(?:de |d'|chez )?|el equipo de (?:selección |talento |reclutamiento )?(?:de )?|equipo de (?:selección|talento|reclutamiento|rrhh) (?:de )?|team |het recruitmentteam van |das recruiting[- ]team (?:von|der) |ihr recruiting[- ]team (?:von|der) |ihr |your friends at )(\p{Lu}[\p{L}\p{N}_&'’-]*(?:[ \t]+[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})[ \t]*$/gimu;
const SIGNATURE_TITLE = /^\s*(?:senior |lead |principal |technical |head of |director of |vp of |vp,? |chief |junior |associate )?(?:recruiter|talent (?:partner|acquisition(?: partner| specialist| manager| lead)?|lead|manager)|recruitment (?:consultant|partner|manager|specialist|lead)|hiring manager|engineering manager|people (?:partner|manager|lead)|hr (?:manager|business partner|generalist)|founder|co-?founder|ceo|cto|coo|people|talent|recruiting(?: coordinator| lead| manager)?|personalreferent(?:in)?|recruiterin|chargée? de recrutement|responsable (?:rh|recrutement)|reclutadora?|técnic[oa] de selección|wervings?specialist|recruitment)[\w ]{0,30}?\s*(?:,|\bat\b|@|\||–|—|-|\bbei\b|\bchez\b|\ben\b|\bbij\b)\s*(\p{Lu}[\p{L}\p{N}_&'’-]*(?:[ \t]+[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})[ \t]*$/gimu;
const BODY_COMPANY = /\b(?:(?:applying|applied|application|interviews?|interviewing) (?:to|for) [^.\n]{2,60}? at|position|role|job|opportunity|opening|vacancy|post|career|careers|team|interest in (?:joining|working (?:at|for|with))|interest in|applying to|applied to|apply to|join|joining|working (?:at|for|with)|work (?:at|for|with)|time with|everyone at|all of us at|us here at|here at|process (?:at|with)|greetings from|interest in|interesse (?:in|an|aan|voor)|interés en|intérêt pour|heard back from|feedback from|news from|update from|bei der|bei|chez|en|bij|para)\s+(?:at|with|for)?\s*(\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+(?:&\s+)?[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})/gu;

/** An agency recruiter relays the client's decision: "Ironleaf came back to me". */
const CLIENT_DECISION = /(?:^|[.!?:]\s+)(?:(?:unfortunately|sadly|regrettably|however|leider|malheureusement|lamentablemente|helaas),?\s+)?(\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}_&'’-]*){0,2}) (?:came back|got back|have come back|has come back|replied|responded|(?:has )?reviewed your (?:application|cv|profile|resume)|has (?:decided|chosen|opted|marked)|a (?:finalement )?(?:examiné|décidé|retenu|choisi|répondu)|ha (?:revisado|decidido|seleccionado|actualizado)|hat (?:sich )?(?:entschieden|gegen)|heeft (?:besloten|gekozen))(?![\p{L}])/gmu;
/** Cheap prefilters for the two patterns above: the verbs of CLIENT_DECISION, the nouns of NAMED_EMPLOYER. */
const CLIENT_VERB = /\b(?:came back|got back|come back|replied|responded|reviewed your|has (?:decided|chosen|opted|marked)|a (?:finalement )?(?:examin|décid|retenu|choisi|répondu)|ha (?:revisado|decidido|seleccionado|actualizado)|hat (?:sich )?(?:entschieden|gegen)|heeft (?:besloten|gekozen))/i;
const EMPLOYER_NOUN = /\b(?:the (?:hiring manager|hiring team|panel|interviewers?|client) at|the (?:company|employer|hiring company) [A-Z]|la empresa|l'entreprise|l'employeur|das unternehmen|der arbeitgeber|het bedrijf|de werkgever)\b/i;

/** A recruitment agency's own name in a signature ("Talent Reef Recruitment | Level 12"): its mail speaks for a client. */
const AGENCY_NAME = /\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,3}[ \t]+(?:Recruitment|Recruiting|Staffing|Resourcing|Personnel|Headhunting|Executive Search|Talent(?![ \t]+(?:Acquisition|Team|Partner)))(?:[ \t]+(?:Ltd|Limited|Pty|GmbH|Inc|LLC|Group|Partners|Agency|Solutions))?\b/u;
/** The client, in an agency's words: "I've heard back from Harwood Insurance", "my client, Corbel". */
const AGENCY_CLIENT = /\b(?:(?:sent|forwarded|submitted|put) your (?:cv|profile|application|details) (?:across |over |forward )?to|heard (?:back )?from|feedback from|news from|an update from|a response from|word from|(?:the |a )?call from|an? (?:email|message) from|(?:my|our) client,?) (\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+(?:&\s+)?[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})/gu;
/** A job board naming the employer it relays: "La empresa Servicios Tramuntana ha actualizado…". */
const NAMED_EMPLOYER = /\b(?:[Tt]he (?:hiring manager|hiring team|panel|interviewers?|client) at|[Tt]he (?:company|employer|hiring company)|[Ll]a empresa|[Ll]'entreprise|[Ll]'employeur|[Dd]as Unternehmen|[Dd]er Arbeitgeber|[Hh]et bedrijf|[Dd]e werkgever) (\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+(?:&\s+)?[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})/gu;
/** The client, named beside a person there: "just got off the phone with Dan at Harbourline Energy". */
const CLIENT_PERSON = /\b(?:with|to|from) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:at|from|over at) (\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+(?:&\s+)?[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})/gu;
const SUBJECT_COMPANY = /\b(?:at|bei|chez|bij|with|application to|candidacy to|applying to|application with|candidature chez|sollicitatie bij|to)\s+(\p{Lu}[\p{L}\p{N}_&'’-]*(?:\s+(?:&\s+)?[\p{Lu}0-9][\p{L}\p{N}_&'’-]*){0,3})\s*$/u;
const BOARD_NAMES = /^(?:linkedin|indeed|glassdoor|stepstone|xing|otta|wellfound|ziprecruiter|seek|naukri|monster|workday|greenhouse|lever|ashby|workable|teamtailor|smartrecruiters|icims|jobvite|welcome to the jungle|jobteaser|infojobs|totaljobs|reed|cv-library|adzuna|dice|hired|personio|recruitee|bamboohr|jazzhr|join)\b/i;

/** A system sender named like a job board ("JobStufe", "HireHub", "Jobsphere"): the relay, not the employer. */
const BOARD_LIKE = /^\p{L}*(?:job|jobs|hire|hiring|career|careers|recruit|vacanc|stellen|empleo|emploi|vacature)\p{L}*$/iu;

const BODY_STOP = /^(?:(?:We|I|You|They)(?:['’](?:ve|re|d|ll|m))?|Having|After|Once|When|Since|Now|Today|Recently|Our|Your|The|This|That|Unfortunately|Thank|Thanks|Please|Kind|Best|Regards|Sadly|Dear|Hi|Hello|Leider|Helaas|Malheureusement|Lamentablemente|Ihnen|Ihrer|Ihre|Sie|Du|Dir|Uns|Nous|Vous|Votre|Tu|Su|Je|Uw|Jouw|Ons|This|Mr|Ms|Mrs|Senior|Junior|Lead|Principal|Staff)$/;

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

/** The employer's name part of an address's domain (acme-robotics.co.uk → "acme-robotics"), or null. */
function domainLabel(address: string | undefined): string | null {
  if (!address) return null;
  const domain = domainOf(address);
  if (inList(domain, SERVICE_DOMAINS)) return null;
  if (!domain.includes('.')) return null;
  // example.co.uk, example.com.au: the name is the label before the two-part suffix.
  const label = brandOf(domain);
  if (!label || /^(?:example|test|localhost|mail|email)$/.test(label)) return null;
  return label;
}

function companyFromDomain(address: string | undefined): string | null {
  const label = domainLabel(address);
  return label ? label.split(/[-_]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') : null;
}

/** Letters only, "&" as "and", accents dropped: how a name is spelt in a domain. */
const fold = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');
const NAME_RUN = /\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+(?:&|and|of|de|du|del|la|van|von|der|y|et|\p{Lu}[\p{L}\p{N}'’-]*))*/gu;
const TEAM_TAIL = new RegExp(`^(?:the\\s+)?${TEAM_WORDS}(?:[\\s-]+team)?$|^team$`, 'i');
const CONNECTOR = /^(?:&|and|of|de|du|del|la|van|von|der|y|et)$/i;

/** True when a run of words spells the domain label: in full, without "and", or as word + initials ("Greystone Property Management" → greystonepm). */
function spellsLabel(words: string[], folded: string[], label: string): 0 | 1 | 2 {
  // Cheap reject first: every spelling starts with the first word's first letter.
  if (!folded[0] || folded[0][0] !== label[0]) return 0;
  const full = folded.join('');
  if (full === label || full.replace(/and/g, '') === label.replace(/and/g, '')) return 2;
  for (let i = 1; i < words.length; i++) {
    const head = folded.slice(0, i).join('');
    if (!label.startsWith(head)) break;
    if (head.length < 3) continue;
    const initials = folded.slice(i).filter((_, j) => !CONNECTOR.test(words[i + j]!)).map((w) => w[0] ?? '').join('');
    if (label === head + initials) return 2;
  }
  // "Vestfjord University" for vestfjord-uni: a cut-off domain of six letters or more (a weaker reading).
  if (label.length >= 6 && full.startsWith(label) && words.filter((w) => !CONNECTOR.test(w)).length <= 3) return 1;
  return 0;
}

/**
 * The name in the text that the sender's own domain spells: "Wren & Willow" for
 * hattie@wrenandwillow.example. A name the domain confirms beats a signature's department
 * ("Payments Core") or town ("Berlin-Kreuzberg").
 */
function companyMatchingDomain(addresses: (string | undefined)[], text: string): string | null {
  const labels = [...new Set(addresses.map(domainLabel).filter((l): l is string => l !== null).map((l) => l.replace(/[-_]/g, '')))];
  if (!labels.length) return null;
  // Every spelling starts with the label's first three letters: without them anywhere, nothing to find.
  const lower = text.toLowerCase();
  if (!labels.some((l) => lower.includes(l.slice(0, 3)))) return null;
  // The fullest spelling anywhere wins ("Northpass Analytics" over "Northpass", "Sternfeld
  // Versicherung" over "Sternfeld"), without a country or a team after it ("Ostara Plastics UK",
  // "Tidewater Energy Early Careers").
  let best: string[] | null = null;
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].replace(/[’']+$/, '').split(/[ \t]+/).slice(0, 7);
    const team = words.findIndex((_, i) => i > 0 && TEAM_TAIL.test(words.slice(i).join(' ')));
    if (team > 0) words.length = team;
    while (words.length > 1 && /^(?:\p{Lu}|pvt|pty|ltd|inc|llc|llp|gmbh|ag|bv|sa|sl|plc|uk|us|usa|eu|emea|europe|uk&i|ireland|germany|deutschland|france|españa|spain|nederland|netherlands|india|australia|canada|group)$/iu.test(words[words.length - 1]!)) words.pop();
    const foldedWords = words.map(fold);
    for (let start = 0; start < words.length; start++) {
      // A spelling starts with its first word: "wren" for wrenandwillow, "vestfjorduniversity" for vestfjorduni.
      const first = foldedWords[start]!;
      if (!first || !labels.some((l) => l.startsWith(first) || first.startsWith(l))) continue;
      for (let end = words.length; end > start; end--) {
        const run = words.slice(start, end);
        if (CONNECTOR.test(run[0]!) || CONNECTOR.test(run[run.length - 1]!)) continue;
        // "Sternfeld Recruiting-Team" is the team, not a longer name of the firm.
        if (NAME_SUFFIX.test(run.join(' ')) || /-team$/i.test(run[run.length - 1]!)) continue;
        if (best && run.join(' ').length <= best.join(' ').length) break;
        const folded = foldedWords.slice(start, end);
        if (labels.some((l) => spellsLabel(run, folded, l) > 0)) best = run;
      }
    }
  }
  return best ? cleanCompany(best.join(' ')) : null;
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
    if (!words.length || BODY_STOP.test(words[0]!) || JOB_NOUN.test(words.join(' '))) return null;
    return cleanCompany(words.join(' '));
  };
  // The firm the subject names ("Your application to ML Engineer at Stratus Robotics").
  const subjectCompany = (): string | null => {
    const firm = SUBJECT_COMPANY.exec(msg.subject.replace(/\s+/g, ' ').trim())?.[1];
    return firm ? bodyAccept(firm) : null;
  };
  // "Pinecrest Logistics reviewed your application": who decided, named in a relay or an agency's mail.
  // (Each pattern runs only where its verb or noun occurs: most mail names no third party at all.)
  const decidedBy = (CLIENT_VERB.test(text) ? firstMatch(CLIENT_DECISION, text, bodyAccept) : null) ??
    (EMPLOYER_NOUN.test(text) ? firstMatch(NAMED_EMPLOYER, text, bodyAccept) : null);
  if (decidedBy) return decidedBy;
  // An agency recruiter's firm is not the employer: the client named in the text is.
  if (AGENCY_NAME.test(signature)) {
    const client = firstMatch(CLIENT_PERSON, text, bodyAccept) ?? firstMatch(AGENCY_CLIENT, text, bodyAccept);
    if (client) return client;
  }
  let display = companyFromDisplayName(from, me, msg, text);
  // A platform sends for the employer ("Linkfolio" — "Your application to ML Engineer at Stratus
  // Robotics"): where a system sender's name and the subject's firm differ, the subject names the employer.
  if (display && from && !isHumanAddress(from.address, me)) {
    const named = subjectCompany();
    if (named && fold(named) !== fold(display) && !fold(named).startsWith(fold(display))) display = named;
  }
  // The firm's name is spelt near the top or in the signature: a long mail's middle is not read for it.
  const nameText = text.length > 2_700 ? `${text.slice(0, 2_000)}\n${signature}` : text;
  let spelt = companyMatchingDomain([from?.address, ...msg.replyTo.map((r) => r.address)], `${msg.subject}\n${nameText}`);
  // A job board's own name spelt by its own domain ("CareerHarbor") is the relay, not the employer.
  if (spelt && BOARD_LIKE.test(spelt.replace(/\s+/g, '')) && from && !isHumanAddress(from.address, me)) spelt = null;
  // "Pinecrest Hotels Recruitment" names the firm short; "Pinecrest Hotels & Resorts" in the text is it in full.
  if (display && spelt && fold(spelt).startsWith(fold(display))) return spelt;
  return (
    firstMatch(COMPANY_LINE, text, capitalised) ??
    display ??
    spelt ??
    companyFromSignatureBlock(from, signature) ??
    subjectCompany() ??
    firstMatch(SIGNATURE_TEAM_PREFIX, signature, capitalised) ??
    firstMatch(SIGNATURE_TEAM, signature, capitalised) ??
    firstMatch(SIGNATURE_TITLE, signature, capitalised) ??
    firstMatch(BODY_COMPANY, text, bodyAccept) ??
    companyFromLastLine(text) ??
    companyFromDomain(from?.address) ??
    companyFromSystemAddress(from?.address) ??
    null
  );
}

// ── Role ──
/** Words a job title contains, in the five languages (substrings, so German compounds match). */
const TITLE = /(?:engineer|develop|designer|manager|analy[sz]t|scientist|writer|architect|product owner|administra|consultant|specialist|officer|\bintern\b|director|head of|programm|technician|advocate|\blead\b|coordinator|researcher|editor|strategist|accountant|assistant|tester|\bqa\b|\bsre\b|devops|entwickler|berater|leiter|referent|ingénieu|développeu|chef de|chargée? de|desarroll|ingenier|analista|diseñad|beheerder|ontwikkelaar|medewerker|adviseur|\b(?:associate|executive|representative|recruiter|controller|auditor|planner|buyer|clerk|counsel|paralegal|lawyer|attorney|nurse|teacher|lecturer|tutor|trainer|instructor|therapist|pharmacist|physician|surveyor|inspector|underwriter|actuar\w*|economist|statistician|translator|copywriter|producer|animator|illustrator|journalist|reporter|librarian|curator|supervisor|superintendent|estimator|operator|mechanic|electrician|receptionist|agent|advisor|adviser|trainee|apprentice|graduate|fellow|partner|marketer|marketing|sales|support|owner|chief|president|vp|cashier|teller|banker|trader|broker|chemist|biologist|physicist|geologist|technologist|worker|barback|barista|bartender|waiter|waitress|server|porter|chef|cook|baker|handler|driver|courier|picker|packer|cleaner|housekeeper|carer|caregiver|midwife|paramedic|dentist|hygienist|doctor|surgeon|physiotherapist|pilot|steward|guard|janitor|gardener|plumber|carpenter|welder|machinist|fitter|labou?rer|secretary|concierge|host|hostess|sommelier|dishwasher|merchandiser|bookkeeper|postdoc\w*|professor|researcher|coach|instructor|stylist|hairdresser|beautician|receptionist|assistant|manager|consultant|officer|operative|agent|advisor|adviser|scientist|programme|program)s?\b|recepcionista|camarer[oa]|cociner[oa]|juriste|avocat|notaire|serveu(?:r|se)|vendeu(?:r|se)|kellner|koch|köchin|verkäufer|fahrer|pflegekraft|krankenpfleger|ober|kok|verpleegkundige|chauffeur|kassamedewerker|sachbearbeiter|kauf(?:mann|frau)|fachkraft|pfleger|pflegefach|erzieher|lehrer|ingenieur|techniker|monteur|assisten|vertrieb|buchhalter|praktikant|werkstudent|mitarbeiter|responsable|gestionnaire|comptable|contrôleu|technicien|infirmi|conseill|commercial|directeur|directrice|técnic|gestor|jefe|coordinador|asesor|contable|enfermer|ejecutiv|auxiliar|administrativ|director|teamleider|verpleegkundig|werkvoorbereider|co[öo]rdinator|verkoper|docent|leraar|projectleider|stagiair)/i;
/** Whole job nouns: a "company" made of them is a job title ("applying to Practice Coordinator at …"). */
const JOB_NOUN = /\b(?:engineer|developer|designer|manager|analyst|scientist|coordinator|specialist|consultant|assistant|administrator|technician|officer|associate|representative|accountant|recruiter|intern|director)s?\b/i;
const APPLICATION_WORDS = /\b(?:application|candidacy|update|status|outcome|decision|thank|thanks|regarding|your|ihre|votre|tu|su|uw|je|bewerbung|candidature|candidatura|sollicitatie|absage|afwijzing|proceso|process|interview|entrevista|entretien|gesprek|result|résultat|resultado|uitslag|news|feedback)\b/i;
const SUBJECT_PREFIX = /^(?:(?:re|aw|antw|sv|rv|r|fwd?|fw|wg|tr|enc|doorst)\s*:\s*)+/i;
const SUBJECT_ROLE = /\b(?:application|candidacy|applying|applied|bewerbung|candidature|candidatura|postulaci[óo]n|solicitud|sollicitatie|entrevista|interview|entretien|gesprek)\s+(?:for|to|as|als|pour|para|voor|für|de|a(?=\s)|au poste de|para el puesto de|voor de functie(?: van)?)?\s*(?:the\s+|our\s+|de\s+|le\s+|el\s+|la\s+)?(?:(?:position|role|post) of\s+)?(.+?)(?:\s+(?:position|role|job|opening|vacancy))?(?:\s+(?:at|with|@|bei|chez|en|bij|in)\s+.+|\s+[-–—|]\s+.*)?$/i;
const ROLE_BODY: RegExp[] = [
  // A labelled line in a template: "Job Requisition: R-20418 Supply Chain Analyst", "Stelle: …".
  /^[ \t]*(?:job title|job|position|role|title|requisition|job requisition|vacancy|opening|stelle|position|poste|intitulé du poste|puesto|vacante|functie|vacature)[ \t]*:[ \t]*([^\n]{2,80})$/gim,
  /\b(?:position|role|post|job|vacancy) (?:of |as )?(?:an? )?([A-Z][^.,;:!?\n]{2,60}?)(?=\s+(?:at|with|here|in our|within|on|has|have|was|is|and|to|you)\b|\s*[.,;:!?\n]|$)/g,
  /\bthe ([A-Za-z][\w/&+#.-]*(?:[ -](?:[A-Z0-9][\w/&+#.-]*|[a-z][A-Z][\w/&+#.-]*|of|and|&|for|de|in|-)){0,6}(?: \([^()\n]{1,30}\))?) (?:position|role|job|opening|vacancy|post|spot|gig|(?:interview |hiring |recruitment |selection )?process)\b/g,
  /\b(?:application|applying|applied|candidacy|interest|process|interviews?|interviewing) (?:for|to) (?:the |our |be our next |be |be an? |be our )?(?:role of |position of )?([A-Za-z][\w/&+#.-]*(?:[ -](?:[A-Z0-9][\w/&+#.-]*|[a-z][A-Z][\w/&+#.-]*|of|and|&|for|in)){0,6}(?: \([^()\n]{1,30}\))?)(?=\s+(?:at|with|here|position|role|opening|vacancy|job|on|and|has|was|is|which|but)\b|\s*[.,;:!?\n]|$)/g,
  /\b(?:as|als) (?:an? |our |unser |eine?n? )?([A-Z][\w/&+#.-]*(?:[ -][A-Z0-9][\w/&+#.-]*){0,5})(?=\s*(?:\((?:m\/w\/d|w\/m\/d|m\/f\/d|all genders?)\))?\s*(?:bei|at|with|in|entschieden|nicht|leider|und|and)\b|\s*(?:\((?:m\/w\/d|w\/m\/d|m\/f\/d)\))?\s*[.,;:!?\n])/g,
  /\b(?:[Aa]u poste|[Pp]our le poste|[Ll]e poste|[Dd]u poste|[Pp]oste) (?:de |d'|d’)\s?([A-Za-zÀ-ÿ][^.,;:!?\n()]{2,60}?)(?=\s+(?:chez|au sein|à|et|n'a|que|ne|a été|pour)\b|\s*[.,;:!?\n(]|$)/g,
  /\b(?:puesto|posición|vacante|rol|cargo) (?:de |como )([A-Za-zÀ-ÿ][^.,;:!?\n()]{2,60}?)(?=\s+(?:en|con|y|que|para|dentro|ya|ha|fue|se|no|avanz\w*|ha sido)\b|\s*[.,;:!?\n(]|$)/g,
  /\b(?:functie|vacature|rol|positie) (?:van |als |voor )?([A-Z][^.,;:!?\n()]{2,60}?)(?=\s+(?:bij|en|binnen|bent|is|hebben|hebt|heb|heeft|gemaakt|waarvoor|die|dat)\b|\s*[.,;:!?\n(]|$)/g,
  /\bsollicitatie (?:als|voor(?: de functie(?: van)?)?) ([A-Za-z][^.,;:!?\n()]{2,60}?)(?=\s+(?:bij|en)\b|\s*[.,;:!?\n(]|$)/g,
];
/** Words that qualify a title rather than name a firm: "Band 5", "Ward 14", "Credit Risk", "SME Banking". */
const QUALIFIER = /\d|\b(?:band|grade|ward|unit|team|department|division|level|shift|nights?|days|weekends?|risk|banking|markets|sales|operations|engineering|policy|support|care|services?|payments|platform|data|security|finance|tax|audit|legal|marketing|product|design|research|clinical|surgical|emergency|paediatric|pediatric)\b/i;
const ROLE_REJECT = /^(?:the|a|an|our|your|this|that|it|we|you|us|them|position|role|job|team|company|process|opportunity|application|time|interest|next|future|other|another|leider|helaas)\b|\b(?:we|you|your|our|us|i|unfortunately|decided|candidates?|applications?(?! (?:engineer|specialist|developer|analyst|support|consultant|manager|scientist|architect|administrator))|afraid|interest|time)\b/i;
const ROLE_TAIL = /\s+(?:on|at|with|for|from|which|that|who|has|have|was|is|ya|ha|bei|chez|bij|gaat|wordt|ist|wurde|est|a été|fue|es|avec|con|mit|met)\s.*$/i;

function cleanRole(raw: string | undefined, company: string | null): string | null {
  if (!raw) return null;
  let s = raw.replace(/["“”‘’]/g, '').replace(/\s*\(?\b(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|h\/f|f\/h|m\/f|m\/v|v\/m|all genders?)\b\)?\s*/gi, ' ').trim();
  // Requisition numbers around the title: "R-20418 Supply Chain Analyst", "Analyst II (2025-4471)".
  s = s.replace(/\s*\((?:req|ref|r-|#|id|job)[^)]*\)|\s*\([^()]*\d{3,}[^()]*\)/gi, '').replace(/^[-–—•*\s]+|^(?:[a-z]{0,4}[-/]?\d{3,}[-/\d]*|[a-z]{1,4}(?:\/\d+){2,}|#\d+)\s*[-–:|]?\s*/i, '').replace(ROLE_TAIL, '');
  // "Status: Production Planner", "puesto de Analista", "Ref THT/0412 Tenancy Officer", "Chat about the Data Engineer".
  s = s.replace(/^(?:(?:application |status )?(?:status|update|outcome|decision|result|news|feedback))\s*[:\-–]\s*/i, '')
    // "naar de functie Beleidsadviseur", "Sobre la vacante de Diseñador/a UX".
    .replace(/^.{0,25}?\b(?:naar de functie|voor de functie|sobre la vacante de|la vacante de|sobre el puesto de|pour le poste de|für die stelle als)\s+/i, '')
    .replace(/^(?:(?:el |le |la |de |het )?(?:puesto|poste|posición|functie|vacature|vacante|oferta|selección|proceso de selección|stelle|position|role|post) (?:de |d'|als |van |of |as |como |para )?)/i, '')
    .replace(/^(?:ref(?:erence)?\b\.?|vacancy reference|req\b\.?)\s*[:#]?\s*[a-z0-9/-]*\d[a-z0-9/-]*\s+/i, '')
    .replace(/^[A-Z]{2,6}\s+\d[\d/-]+\s+/, '')
    .replace(/^.{0,30}?\b(?:about|regarding|re) (?:the |your |our )/i, '')
    // "Even bijpraten over de rol van Data Engineer", "A word on the role of Analyst".
    .replace(/^.{0,40}?\b(?:de rol van|de functie van|the role of|the position of|le poste de|el puesto de|die stelle als|die position als)\s+/i, '')
    .replace(/\s*\((?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|temporary|permanent|grade \w+|band \w+)\)/gi, '');
  // "DevOps Engineer @ Maplegrid", "Platform Engineer II (Thu 12 Mar)", "Business Analyst (Nilgiri FinServ)",
  // "Health Information Officer - Position No. 26-0388": a place, a date, the firm or a number after the title.
  s = s.replace(/\s*@\s*.+$/, '')
    .replace(/\s*\((?:mon|tue|wed|thu|fri|sat|sun)\w*\.?\s[^)]*\)/gi, '')
    .replace(/\s*[-–,]\s*(?:position|job|req(?:uisition)?|ref(?:erence)?|vacancy)\b\.?\s*(?:no\.?|number|#|id)?\s*[:#]?\s*[\w/-]*\d[\w/-]*$/i, '');
  if (company) {
    const firm = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    s = s.replace(new RegExp(`\\s*\\(${firm}\\)$|^${firm}\\s+(?=\\S)`, 'i'), '');
  }
  // "UX Researcher outcome": a status word after the title.
  s = s.replace(/\s+(?:outcome|update|status|result|decision|feedback|application|candidacy|follow-?up|chat|search|interviews?|conversation|call|process)$/i, '');
  s = s.replace(/\s+(?:position|role|job|opening|vacancy|post)$/i, '').replace(/^(?:the|our|a|an|be|be an?)\s+/i, '').replace(/[\s.,;:!-]+$/, '').trim();
  if (s.length < 2 || s.length > 70 || !TITLE.test(s)) return null;
  // "IT Service Desk Lead": the capitals IT are a trade, not the pronoun "it".
  if (s.split(/\s+/).length > 8 || ROLE_REJECT.test(s.replace(/\bIT\b/g, 'Tech'))) return null;
  if (company && s.toLowerCase() === company.toLowerCase()) return null;
  return s;
}

export function extractRole(msg: InboundMessage, text: string, company: string | null = null): string | null {
  const subject = msg.subject.replace(/\s+/g, ' ').replace(SUBJECT_PREFIX, '').trim();
  const fromSubject = cleanRole(SUBJECT_ROLE.exec(subject)?.[1], company);
  if (fromSubject) return fromSubject;
  // "An update on your Operations Analyst application".
  const possessive = cleanRole(/\byour ([^,;:|]{2,60}?) (?:application|candidacy|interview)\b/i.exec(subject)?.[1], company);
  if (possessive) return possessive;
  // "Acme - Senior Engineer", "Senior Engineer | Application update", "Technical Writer".
  const parts = subject.split(/\s+[-–—|]\s+|:\s+/);
  for (const [k, part] of parts.entries()) {
    const p = part.replace(/^(?:(?:re|aw|fwd?)\s*:\s*)+/i, '').trim();
    if (APPLICATION_WORDS.test(p) && !TITLE.test(p.replace(APPLICATION_WORDS, ''))) continue;
    const stripped = p.replace(/^(?:poste|puesto|functie|vacature|stelle|position|role) (?:de |d'|als |van |of |as )?/i, '').replace(/^(?:(?:update|news|feedback|outcome|decision|result)\s+(?:on|for|about|regarding)\s+)?(?:your\s+)?(?:application|candidacy|interview|entrevista|sollicitatie|bewerbung|candidature|candidatura|afwijzing|absage|proceso|process|processus|prozess|procedure)\s+(?:for|para|als|voor|pour|für|de)?\s*/i, '');
    let role = cleanRole(stripped, company);
    if (!role || APPLICATION_WORDS.test(role)) continue;
    // "Staff Nurse - Band 5 - Ward 14": the parts after a title that qualify it belong to it (a
    // grade, a unit, a team, a speciality) — not a company ("Head of Finance - Birchmont Foods").
    for (const next of parts.slice(k + 1)) {
      const q = next.replace(/\s*\([^()]*\d[^()]*\)\s*$/, '').trim();
      if (!/^[\p{Lu}0-9]/u.test(q) || APPLICATION_WORDS.test(q) || /^(?:req|ref|job|id)\b|^[\w/-]*\d{3,}[\w/-]*$/i.test(q)) break;
      if (!TITLE.test(q) && !QUALIFIER.test(q)) break;
      if (company && (q.toLowerCase().startsWith(company.toLowerCase()) || company.toLowerCase().startsWith(q.toLowerCase()))) break;
      if (role.length + q.length > 80) break;
      role = `${role} - ${q}`;
    }
    return role;
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

/** A shared mailbox rather than a person: careers@, design-hiring@, bewerbung@, talento@. */
const ROLE_LOCAL = /(?:^|[._+-])(?:careers?|jobs?|hiring|recruit\w*|talent|hr|people|team|staffing|applications?|apply|bewerbung\w*|karriere|personal|jobs|vacatures|werken|werkenbij|werkenbij\w+|sollicitaties|solliciteren|vacature|joinus|empleo|seleccion|selección|rrhh|recrutement|rh|emploi|info|hello|contact|office|admin)(?:$|[._+-])/;

const isPersonal = (address: string): boolean => !ROLE_LOCAL.test(address.slice(0, address.lastIndexOf('@')).toLowerCase());

/**
 * The human to write back to. A person beats a shared mailbox wherever each is found (a director's
 * address in the signature of a mail from design-hiring@ is the better contact); among equals,
 * Reply-To, then From, then the first address in the text.
 */
export function extractContact(msg: InboundMessage, text: string, me: ReadonlySet<string>): Address | null {
  const candidates: Address[] = [];
  for (const r of msg.replyTo) if (isHumanAddress(r.address, me)) candidates.push({ name: r.name, address: r.address });
  if (msg.from && isHumanAddress(msg.from.address, me)) candidates.push({ name: msg.from.name, address: msg.from.address });
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) {
    const address = m[0].toLowerCase().replace(/\.$/, '');
    if (!isHumanAddress(address, me)) continue;
    const before = text.slice(Math.max(0, m.index! - 60), m.index!).split('\n').pop() ?? '';
    const name = NAME_BEFORE.exec(before)?.[1] ?? '';
    candidates.push({ name: looksLikePersonName(name) ? name : '', address });
  }
  return candidates.find((c) => isPersonal(c.address)) ?? candidates[0] ?? null;
}
