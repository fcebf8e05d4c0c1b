/**
 * English drafts. Voice: warm, concise, specific, never grovelling; a few lines the employer can
 * answer in a minute. Placeholders: see TEMPLATE_NAMES in ../values.ts.
 */
import type { DraftKind } from '../types.ts';

const greeting = '{{#firstName}}Hi {{firstName}},{{/firstName}}{{^firstName}}Hello,{{/firstName}}';

export const en: Record<DraftKind, string> = {
  request: `${greeting}

{{#interview}}Thank you for letting me know, and for the conversations with you and the team{{#role}} about the {{role}} role{{/role}}. I enjoyed them, and I'd genuinely like the chance to interview with {{#company}}{{company}}{{/company}}{{^company}}you{{/company}} again in the future.{{/interview}}{{^interview}}Thank you for letting me know, and for taking the time to consider my application{{#role}} for the {{role}} role{{/role}}. {{#company}}{{company}} is still somewhere I'd genuinely like to work{{/company}}{{^company}}Your team is still one I'd genuinely like to join{{/company}}, and I'd welcome the chance to interview with you in the future.{{/interview}}

So that I can do better next time, would you be willing to share some honest feedback? One or two things I could improve would be really helpful — a few lines is plenty.

Thanks again,
{{candidateName}}
`,

  follow_up: `${greeting}

{{#first}}I wanted to follow up on my note below. If you have a moment, even a couple of lines of feedback on my {{#interview}}interviews{{/interview}}{{^interview}}application{{/interview}}{{#role}} for the {{role}} role{{/role}} would help me a lot.

I know how busy things get, so no worries if now isn't a good time.{{/first}}{{#last}}One last nudge on my request for feedback{{#role}} on the {{role}} role{{/role}}, and then I'll leave it there. If you can spare a line or two, I'd be grateful; if not, I completely understand.{{/last}}

Best wishes,
{{candidateName}}
`,

  clarification: `${greeting}

Thank you for the feedback — it's genuinely useful, and I'll put it to work.

If you have a moment for one more question: what set the successful candidate apart{{#interview}} in the final stages{{/interview}}? Or, if that's easier to answer, which one area would make the biggest difference for me to work on?

Thanks again for your time,
{{candidateName}}
`,

  thank_you: `${greeting}

Thank you for taking the time to write this. Feedback this honest is rare, and it's genuinely valuable to me.{{#points}} {{#twoPoints}}Two things in particular I'll work on:{{/twoPoints}}{{^twoPoints}}In particular, I'll work on this:{{/twoPoints}}

{{points}}{{/points}}

{{#company}}{{company}} is still somewhere I'd very much like to work{{/company}}{{^company}}I'd still very much like to work with your team{{/company}}, so I'd love to be considered again for future roles.

All the best,
{{candidateName}}
`,

  decline_thanks: `${greeting}

Thank you for getting back to me — I completely understand. If a suitable role comes up {{#company}}at {{company}}{{/company}}{{^company}}on your team{{/company}} in the future, I'd be glad to apply again.

All the best,
{{candidateName}}
`,
};
