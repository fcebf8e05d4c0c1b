/**
 * A tiny, safe template renderer for draft mails — a small subset of Mustache, no eval, no
 * property paths, no partials, no HTML escaping (drafts are plain text):
 *
 *   {{name}}              the value of `name` ('' when empty)
 *   {{#name}}…{{/name}}   the inside only when `name` is truthy (a non-empty string, true, a number ≠ 0)
 *   {{^name}}…{{/name}}   the inside only when `name` is falsy
 *
 * Invariants: a template is compiled once and checked against a fixed vocabulary, so a typo in a
 * candidate's template file is an error at load time, not a strange mail later; values are
 * inserted verbatim in one pass (a value containing `{{x}}` is never rendered again); the output
 * is tidied so that an omitted optional part leaves no doubled spaces, no space before
 * punctuation and no run of blank lines.
 */

export type TemplateValue = string | number | boolean | null | undefined;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export class TemplateError extends Error {
  readonly code = 'ETEMPLATE';
}

type Node =
  | { type: 'text'; text: string }
  | { type: 'var'; name: string }
  | { type: 'section'; name: string; inverted: boolean; children: Node[] };

export interface CompiledTemplate {
  /** Every placeholder and section name the template uses. */
  readonly names: ReadonlySet<string>;
  render(values: TemplateValues): string;
}

const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Compiles `source`. Throws TemplateError for an unknown name (when `known` is given), an
 * unclosed or mismatched section, or a `{{` that is not a valid tag.
 * @param label names the template in error messages (e.g. a file name)
 */
export function compileTemplate(source: string, options: { known?: ReadonlySet<string>; label?: string } = {}): CompiledTemplate {
  const label = options.label ? `${options.label}: ` : '';
  const root: Node[] = [];
  const stack: { name: string; children: Node[] }[] = [{ name: '', children: root }];
  const names = new Set<string>();
  let last = 0;

  const pushText = (text: string) => {
    if (!text) return;
    // A '{{' left in plain text is almost always a broken tag; say so rather than mail it out.
    const broken = text.indexOf('{{');
    if (broken !== -1) {
      const snippet = text.slice(broken, broken + 30).split('\n')[0];
      throw new TemplateError(`${label}malformed placeholder near "${snippet}"`);
    }
    stack[stack.length - 1]!.children.push({ type: 'text', text });
  };

  for (const m of source.matchAll(TAG)) {
    pushText(source.slice(last, m.index));
    last = m.index + m[0].length;
    const [, sigil, name] = m as unknown as [string, string, string];
    if (options.known && !options.known.has(name)) {
      const list = [...options.known].sort().join(', ');
      throw new TemplateError(`${label}unknown placeholder {{${sigil}${name}}} (known: ${list})`);
    }
    names.add(name);
    if (sigil === '/') {
      const open = stack.pop()!;
      if (stack.length === 0 || open.name !== name) {
        throw new TemplateError(`${label}{{/${name}}} closes ${open.name ? `{{#${open.name}}}` : 'nothing'}`);
      }
    } else if (sigil === '#' || sigil === '^') {
      const section: Node = { type: 'section', name, inverted: sigil === '^', children: [] };
      stack[stack.length - 1]!.children.push(section);
      stack.push({ name, children: section.children });
    } else {
      stack[stack.length - 1]!.children.push({ type: 'var', name });
    }
  }
  pushText(source.slice(last));
  if (stack.length !== 1) throw new TemplateError(`${label}{{#${stack[stack.length - 1]!.name}}} is never closed`);

  return {
    names,
    render: (values) => tidy(renderNodes(root, values)),
  };
}

function truthy(value: TemplateValue): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return Boolean(value);
}

function renderNodes(nodes: readonly Node[], values: TemplateValues): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'var') {
      const v = values[node.name];
      out += v === null || v === undefined || v === false ? '' : String(v);
    } else if (truthy(values[node.name]) !== node.inverted) out += renderNodes(node.children, values);
  }
  return out;
}

/** Whitespace left behind by omitted optional parts: fixed here, once, for every template. */
export function tidy(text: string): string {
  const out = text
    .replace(/\r\n/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/([^\s]) {2,}/g, '$1 ')
    .replace(/ +([,.;:!?)])(?=\s|$)/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\s+$/, '');
  // A mail body ends with exactly one line break; an empty render stays empty.
  return out ? `${out}\n` : '';
}
