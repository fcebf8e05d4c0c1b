/**
 * French drafts, vous-form. Written so that nothing agrees with the candidate's gender (no
 * "déçu(e)", "ravi(e)"): the candidate is unknown to the template. A no-break space (U+00A0)
 * precedes ? : ; as French typography wants (the renderer's tidy step leaves it alone).
 */
import type { DraftKind } from '../types.ts';

const greeting = '{{#firstName}}Bonjour {{firstName}},{{/firstName}}{{^firstName}}Bonjour,{{/firstName}}';

export const fr: Record<DraftKind, string> = {
  request: `${greeting}

{{#interview}}Merci pour votre message, ainsi que pour les échanges avec vous et l'équipe{{#role}} autour du poste de {{role}}{{/role}}. Je les ai beaucoup appréciés, et j'aimerais sincèrement avoir l'occasion de repasser des entretiens {{#company}}chez {{company}}{{/company}}{{^company}}avec vous{{/company}} à l'avenir.{{/interview}}{{^interview}}Merci pour votre message, et d'avoir pris le temps d'examiner ma candidature{{#role}} au poste de {{role}}{{/role}}. {{#company}}{{company}} reste une entreprise où j'aimerais vraiment travailler{{/company}}{{^company}}Votre équipe reste une équipe que j'aimerais vraiment rejoindre{{/company}}, et ce serait un plaisir de passer un entretien avec vous à l'avenir.{{/interview}}

Pour mieux m'y préparer, accepteriez-vous de me faire un retour honnête\u00a0? Un ou deux points à améliorer me seraient très utiles — quelques lignes suffisent largement.

Merci encore, et bien cordialement,
{{candidateName}}
`,

  follow_up: `${greeting}

{{#first}}Je me permets de revenir vers vous au sujet de ma demande de retour sur ma candidature{{#role}} au poste de {{role}}{{/role}}. Même quelques mots me seraient très utiles.

Je sais que les journées sont chargées\u00a0; si ce n'est pas le bon moment, aucun souci.{{/first}}{{#last}}Je me permets une dernière relance concernant ma demande de retour{{#role}} sur le poste de {{role}}{{/role}}, après quoi je ne vous solliciterai plus. Si vous pouvez m'accorder une ou deux lignes, ce serait précieux pour moi\u00a0; sinon, je comprends tout à fait.{{/last}}

Bien cordialement,
{{candidateName}}
`,

  clarification: `${greeting}

Merci beaucoup pour votre retour, il m'est vraiment utile et je vais m'en servir.

Si vous avez un instant pour une dernière question\u00a0: qu'est-ce qui a fait la différence en faveur de la personne retenue{{#interview}} lors des derniers entretiens{{/interview}}\u00a0? Ou, si c'est plus simple, sur quel point me serait-il le plus utile de progresser\u00a0?

Encore merci pour votre temps, et bien cordialement,
{{candidateName}}
`,

  thank_you: `${greeting}

Merci d'avoir pris le temps de m'écrire. Un retour aussi franc est rare, et il m'est très précieux.{{#points}} {{#twoPoints}}Je retiens en particulier ces deux points\u00a0:{{/twoPoints}}{{^twoPoints}}Je retiens en particulier ce point\u00a0:{{/twoPoints}}

{{points}}{{/points}}

J'aimerais toujours beaucoup travailler {{#company}}chez {{company}}{{/company}}{{^company}}avec vous{{/company}}, et ce serait un plaisir que ma candidature soit de nouveau considérée pour un futur poste.

Bien cordialement,
{{candidateName}}
`,

  decline_thanks: `${greeting}

Merci pour votre réponse — je comprends tout à fait. Si un poste adapté s'ouvre {{#company}}chez {{company}}{{/company}}{{^company}}chez vous{{/company}} à l'avenir, je postulerai de nouveau avec plaisir.

Bien cordialement,
{{candidateName}}
`,
};
