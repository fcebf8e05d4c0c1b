/**
 * createDrafter: the conversation's facts → a ready-to-approve mail, in the employer's language.
 *
 * Pure: takes template strings (the built-in ones, overridden per kind and language by the
 * candidate's own — see load.ts for reading them from files), touches no file system.
 * Invariants: every template is compiled and checked when the drafter is created, so a broken
 * override fails at start-up, not at the first rejection; a language without a template for a
 * kind falls back to the built-in one; the subject is always `Re: <original>` normalised.
 */
import type { Language } from '../understand/types.ts';
import { compileTemplate, type CompiledTemplate } from './render.ts';
import { replySubject } from './subject.ts';
import { BUILT_IN, DRAFT_KINDS, LANGUAGES } from './templates/index.ts';
import type { Draft, DraftContext, DraftKind, Drafter } from './types.ts';
import { TEMPLATE_NAMES, templateValues } from './values.ts';

export { replySubject } from './subject.ts';
export { TemplateError } from './render.ts';
export { TEMPLATE_NAMES } from './values.ts';

export type TemplateOverrides = Partial<Record<DraftKind, Partial<Record<Language, string>>>>;

export interface DrafterOptions {
  /** The candidate's templates; each replaces the built-in one for that kind and language. */
  templates?: TemplateOverrides;
}

export function createDrafter(options: DrafterOptions = {}): Drafter & { draft(kind: DraftKind, ctx: DraftContext): Draft } {
  const compiled = {} as Record<DraftKind, Record<Language, CompiledTemplate>>;
  for (const kind of DRAFT_KINDS) {
    compiled[kind] = {} as Record<Language, CompiledTemplate>;
    for (const language of LANGUAGES) {
      const override = options.templates?.[kind]?.[language];
      compiled[kind][language] = compileTemplate(override ?? BUILT_IN[language][kind], {
        known: TEMPLATE_NAMES,
        label: override !== undefined ? `template ${kind} (${language})` : `built-in template ${kind} (${language})`,
      });
    }
  }

  const draft = (kind: DraftKind, ctx: DraftContext): Draft => {
    // An unexpected language (e.g. from an old log) is written in English rather than failing.
    const language: Language = LANGUAGES.includes(ctx.language) ? ctx.language : 'en';
    return {
      subject: replySubject(ctx.originalSubject ?? ''),
      body: compiled[kind][language].render(templateValues({ ...ctx, language })),
    };
  };

  return {
    draft,
    request: (ctx) => draft('request', ctx),
    followUp: (ctx) => draft('follow_up', ctx),
    clarification: (ctx) => draft('clarification', ctx),
    thankYou: (ctx) => draft('thank_you', ctx),
    declineThanks: (ctx) => draft('decline_thanks', ctx),
  };
}
