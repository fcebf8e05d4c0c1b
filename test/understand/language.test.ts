import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/understand/language.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Thank you for your application. Unfortunately we have decided to move forward with other candidates.'],
    ['de', 'Vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.'],
    ['fr', 'Nous vous remercions pour votre candidature. Malheureusement, nous ne pouvons pas donner une suite favorable.'],
    ['es', 'Muchas gracias por tu interés. Lamentablemente, hemos decidido no continuar con tu candidatura.'],
    ['nl', 'Bedankt voor je sollicitatie. Helaas hebben we besloten om niet verder te gaan met je sollicitatie.'],
    ['de', 'Hallo Jane, danke für das Gespräch. Wir melden uns bald bei Dir.'],
    ['nl', 'Hoi Jane, leuk dat je langs kwam! Groetjes, Femke'],
    ['es', 'Hola Jane, ¿te viene bien el jueves a las 16:00?'],
  ] as const)('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('falls back to English with no evidence, and keeps English text with a foreign name English', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('12345 --- ###')).toBe('en');
    expect(detectLanguage('Hi Jane, thanks for meeting Jürgen and Señora García from our team last week. Best, Tom')).toBe('en');
  });
});
