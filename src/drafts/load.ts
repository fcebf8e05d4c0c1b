/**
 * loadTemplates: the candidate's own template files → overrides for createDrafter.
 *
 * File names: `<kind>.<language>.txt` (e.g. `request.en.txt`, `follow_up.de.txt`) for one
 * language, or `<kind>.txt` (e.g. `thank_you.txt`) for every language that has no specific
 * file. Kinds: request, follow_up, clarification, thank_you, decline_thanks (a hyphen is accepted
 * too: `follow-up.txt`). Other files (README, .md, backups) are ignored; a `.txt` whose name is not
 * a known kind or language is an error, because a silently ignored typo means mail in the wrong
 * words. Every template is checked here, and an error names the file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../understand/types.ts';
import type { TemplateOverrides } from './drafts.ts';
import { compileTemplate, TemplateError } from './render.ts';
import { DRAFT_KINDS, LANGUAGES } from './templates/index.ts';
import type { DraftKind } from './types.ts';
import { TEMPLATE_NAMES } from './values.ts';

export async function loadTemplates(dir: string): Promise<TemplateOverrides> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new TemplateError(`templates folder ${dir} cannot be read${code ? ` (${code})` : ''}`);
  }

  const specific: TemplateOverrides = {};
  const general: Partial<Record<DraftKind, string>> = {};
  for (const name of names) {
    if (!name.toLowerCase().endsWith('.txt')) continue;
    const stem = name.slice(0, -4).toLowerCase().replace(/-/g, '_');
    const [kindPart, languagePart, ...rest] = stem.split('.');
    const kind = DRAFT_KINDS.find((k) => k === kindPart);
    const language = languagePart === undefined ? undefined : LANGUAGES.find((l) => l === languagePart);
    if (!kind || rest.length > 0 || (languagePart !== undefined && !language)) {
      throw new TemplateError(
        `template file ${join(dir, name)}: expected <kind>.txt or <kind>.<language>.txt with kind one of ${DRAFT_KINDS.join(', ')} and language one of ${LANGUAGES.join(', ')}`,
      );
    }
    const text = (await readFile(join(dir, name), 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    if (!text.trim()) throw new TemplateError(`template file ${join(dir, name)} is empty`);
    compileTemplate(text, { known: TEMPLATE_NAMES, label: `template file ${join(dir, name)}` });
    if (language) (specific[kind] ??= {})[language] = text;
    else general[kind] = text;
  }

  const out: TemplateOverrides = {};
  for (const kind of DRAFT_KINDS) {
    const perLanguage: Partial<Record<Language, string>> = {};
    for (const language of LANGUAGES) {
      const text = specific[kind]?.[language] ?? general[kind];
      if (text !== undefined) perLanguage[language] = text;
    }
    if (Object.keys(perLanguage).length > 0) out[kind] = perLanguage;
  }
  return out;
}
