/** `npm run diagram`: writes machines/conversation.md, a Mermaid diagram walked from the machine. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { conversationMachineForInspection } from '../machines/conversation.ts';
import { renderMarkdown } from '../machines/diagram.ts';

const out = fileURLToPath(new URL('../machines/conversation.md', import.meta.url));
writeFileSync(out, renderMarkdown(conversationMachineForInspection(), 'The conversation machine'));
console.log(`wrote ${out}`);
