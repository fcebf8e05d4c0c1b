/**
 * The feedback digest: every feedback point across conversations, grouped by theme, with counts
 * and the companies that raised it — what to work on before the next interview. Pure.
 */

export interface FeedbackSource {
  conversationId: string;
  company: string | null;
  role: string | null;
  points: string[];
}

export interface DigestTheme {
  theme: string;
  /** How many points fell under this theme. */
  count: number;
  companies: string[];
  points: { text: string; company: string | null }[];
}

export interface Digest {
  conversations: number;
  points: number;
  themes: DigestTheme[];
}

/**
 * Themes in order of precedence: a point goes to the first theme whose cue it matches.
 * Cues cover the five languages debrief reads; matching is on lower-cased text.
 */
const THEMES: { theme: string; cue: RegExp }[] = [
  { theme: 'System design & architecture', cue: /system design|architect|scal(e|ing|ability)|distributed|trade-?offs?|caching|database design|systementwurf|architektur|conception|diseño de sistemas|systeemontwerp/ },
  { theme: 'Coding & problem solving', cue: /coding|code|algorithm|data structure|live[- ]?coding|problem[- ]solving|debug|tests?\b|testing|edge cases?|complexity|programmier|codage|programaci|programmeer/ },
  { theme: 'Depth of experience', cue: /experience|years|seniority|senior|depth|hands-on|track record|exposure|background|erfahrung|expérience|experiencia|ervaring/ },
  { theme: 'Domain & tools', cue: /kubernetes|aws|gcp|azure|react|python|java\b|typescript|sql|cloud|ml\b|machine learning|domain|industry|fintech|stack|framework|tool/ },
  { theme: 'Communication', cue: /communicat|explain|clarity|clear(er)?|concise|structure(d)? (your|the) answers?|articulat|listen|story|star\b|kommunikat|communication|comunicaci|communicatie/ },
  { theme: 'Leadership & ownership', cue: /lead(ership|ing)?|ownership|mentor|stakeholder|influence|initiative|drive|management|führung|leadership|liderazgo|leiderschap/ },
  { theme: 'Motivation & fit', cue: /motivat|fit\b|culture|values|why (you|this)|enthusias|interest in|passion|research(ed)? (the|our) company|kultur|culture|cultura|cultuur/ },
  { theme: 'Preparation & examples', cue: /prepar|example|specific|concrete|quantif|metrics|impact|result|vorbereit|préparation|preparaci|voorbereid/ },
  { theme: 'Competition', cue: /other candidate|another candidate|stronger candidate|successful candidate|close call|internal candidate|anderer? kandidat|autre candidat|otro candidato|andere kandidaat/ },
];
const OTHER = 'Other';

export function themeOf(point: string): string {
  const text = point.toLowerCase();
  return THEMES.find((t) => t.cue.test(text))?.theme ?? OTHER;
}

export function buildDigest(sources: FeedbackSource[]): Digest {
  const byTheme = new Map<string, DigestTheme>();
  let points = 0;
  for (const source of sources) {
    for (const text of source.points) {
      points++;
      const theme = themeOf(text);
      const entry = byTheme.get(theme) ?? { theme, count: 0, companies: [], points: [] };
      entry.count++;
      entry.points.push({ text, company: source.company });
      if (source.company && !entry.companies.includes(source.company)) entry.companies.push(source.company);
      byTheme.set(theme, entry);
    }
  }
  const themes = [...byTheme.values()].sort(
    (a, b) => b.count - a.count || b.companies.length - a.companies.length || (a.theme === OTHER ? 1 : b.theme === OTHER ? -1 : a.theme.localeCompare(b.theme)),
  );
  return { conversations: sources.filter((s) => s.points.length > 0).length, points, themes };
}

/** The digest as plain text, for the terminal and for the digest mail. */
export function formatDigest(digest: Digest): string {
  if (digest.points === 0) return 'No feedback received yet: nothing to digest.\n';
  const lines = [
    `Feedback digest: ${digest.points} point${digest.points === 1 ? '' : 's'} from ${digest.conversations} conversation${digest.conversations === 1 ? '' : 's'}`,
    '',
  ];
  for (const theme of digest.themes) {
    const where = theme.companies.length ? ` — ${theme.companies.join(', ')}` : '';
    lines.push(`${theme.theme} (${theme.count})${where}`);
    for (const p of theme.points) lines.push(`  - ${p.text}${p.company ? ` [${p.company}]` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}
