/** The built-in templates, by kind and language. */
import type { Language } from '../../understand/types.ts';
import type { DraftKind } from '../types.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';

export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'nl'];
export const DRAFT_KINDS: readonly DraftKind[] = ['request', 'follow_up', 'clarification', 'thank_you', 'decline_thanks'];

export const BUILT_IN: Readonly<Record<Language, Record<DraftKind, string>>> = { en, de, fr, es, nl };
