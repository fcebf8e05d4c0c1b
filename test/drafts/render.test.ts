import { describe, expect, it } from 'vitest';
import { compileTemplate, TemplateError, tidy } from '../../src/drafts/render.ts';

const known = new Set(['a', 'b', 'flag']);

describe('compileTemplate', () => {
  it('substitutes values and renders sections and inverted sections', () => {
    const t = compileTemplate('x {{a}} {{#flag}}yes {{b}}{{/flag}}{{^flag}}no{{/flag}}.', { known });
    expect(t.render({ a: 'A', b: 'B', flag: true })).toBe('x A yes B.\n');
    expect(t.render({ a: 'A', b: 'B', flag: false })).toBe('x A no.\n');
    expect(t.render({ a: null, flag: '  ' })).toBe('x no.\n');
    expect([...t.names].sort()).toEqual(['a', 'b', 'flag']);
  });

  it('nests sections and tolerates spaces inside tags', () => {
    const t = compileTemplate('{{# a }}[{{#b}}{{ b }}{{/b}}]{{/ a }}');
    expect(t.render({ a: 'x', b: 'y' })).toBe('[y]\n');
    expect(t.render({ a: 'x' })).toBe('[]\n');
    expect(t.render({})).toBe('');
  });

  it('never renders a value twice (no template injection)', () => {
    const t = compileTemplate('{{a}}', { known });
    expect(t.render({ a: '{{b}}', b: 'oops' })).toBe('{{b}}\n');
  });

  it.each([
    ['{{nope}}', /unknown placeholder \{\{nope\}\}/],
    ['{{#a}}x', /\{\{#a\}\} is never closed/],
    ['{{#a}}x{{/b}}', /closes \{\{#a\}\}/],
    ['x{{/a}}', /closes nothing/],
    ['{{a b}}', /malformed placeholder/],
    ['{{ a', /malformed placeholder/],
  ])('rejects %j', (source, message) => {
    expect(() => compileTemplate(source, { known, label: 'file.txt' })).toThrow(TemplateError);
    expect(() => compileTemplate(source, { known, label: 'file.txt' })).toThrow(message);
    expect(() => compileTemplate(source, { known, label: 'file.txt' })).toThrow(/^file\.txt: /);
  });
});

describe('tidy', () => {
  it('removes what omitted parts leave behind, keeps no-break spaces', () => {
    expect(tidy('Hello  world .\n\n\n\nBye ,  now \n')).toBe('Hello world.\n\nBye, now\n');
    expect(tidy('Merci\u00a0?')).toBe('Merci\u00a0?\n');
    expect(tidy('  indented stays')).toBe('  indented stays\n');
  });
});
