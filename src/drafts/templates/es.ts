/**
 * Spanish drafts, usted-form throughout (neutral across Spain and Latin America; the employer is
 * addressed as "usted", the company's people as "ustedes"). Nothing agrees with the gender of the
 * candidate or the reader ("dispuesto/a" is avoided by phrasing).
 */
import type { DraftKind } from '../types.ts';

const greeting = '{{#firstName}}Hola, {{firstName}}:{{/firstName}}{{^firstName}}Buenos días:{{/firstName}}';

export const es: Record<DraftKind, string> = {
  request: `${greeting}

{{#interview}}Muchas gracias por su mensaje y por las conversaciones con usted y con el equipo{{#role}} sobre el puesto de {{role}}{{/role}}. Las disfruté mucho y me gustaría sinceramente tener la oportunidad de volver a entrevistarme con {{#company}}{{company}}{{/company}}{{^company}}ustedes{{/company}} en el futuro.{{/interview}}{{^interview}}Muchas gracias por su mensaje y por dedicar tiempo a valorar mi candidatura{{#role}} para el puesto de {{role}}{{/role}}. {{#company}}{{company}} sigue siendo una empresa en la que me gustaría mucho trabajar{{/company}}{{^company}}Su equipo sigue siendo uno al que me gustaría mucho unirme{{/company}}, y me encantaría tener la oportunidad de entrevistarme con ustedes en el futuro.{{/interview}}

Para prepararme mejor, ¿le importaría compartir conmigo una valoración sincera? Uno o dos aspectos que pueda mejorar me serían de gran ayuda; con unas pocas líneas es más que suficiente.

Muchas gracias de nuevo. Un cordial saludo,
{{candidateName}}
`,

  follow_up: `${greeting}

{{#first}}Le escribo de nuevo, brevemente, a propósito de mi petición de valoración sobre mi candidatura{{#role}} al puesto de {{role}}{{/role}}. Incluso un par de líneas me ayudarían mucho.

Sé que el día a día es intenso; si ahora no es buen momento, no hay ningún problema.{{/first}}{{#last}}Le escribo una última vez sobre mi petición de valoración{{#role}} del puesto de {{role}}{{/role}}; después no volveré a insistir. Si puede dedicarme un par de líneas, se lo agradeceré mucho; si no, lo entiendo perfectamente.{{/last}}

Un cordial saludo,
{{candidateName}}
`,

  clarification: `${greeting}

Muchas gracias por su valoración; me resulta de verdad útil y voy a trabajar en ello.

Si tiene un momento para una última pregunta: ¿qué marcó la diferencia a favor de la persona seleccionada{{#interview}} en las últimas entrevistas{{/interview}}? O, si le resulta más sencillo, ¿en qué área concreta me convendría más mejorar?

Gracias de nuevo por su tiempo. Un cordial saludo,
{{candidateName}}
`,

  thank_you: `${greeting}

Muchas gracias por tomarse el tiempo de escribirme. Una valoración tan sincera es poco habitual y muy valiosa para mí.{{#points}} {{#twoPoints}}Me quedo especialmente con estos dos puntos:{{/twoPoints}}{{^twoPoints}}Me quedo especialmente con este punto:{{/twoPoints}}

{{points}}{{/points}}

Sigo teniendo muchas ganas de trabajar {{#company}}en {{company}}{{/company}}{{^company}}con ustedes{{/company}}, y me encantaría que me tuvieran en cuenta para futuros puestos.

Un cordial saludo,
{{candidateName}}
`,

  decline_thanks: `${greeting}

Muchas gracias por su respuesta; lo entiendo perfectamente. Si en el futuro surge un puesto adecuado {{#company}}en {{company}}{{/company}}{{^company}}con ustedes{{/company}}, me encantaría volver a presentar mi candidatura.

Un cordial saludo,
{{candidateName}}
`,
};
