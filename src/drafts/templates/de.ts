/**
 * German drafts, Sie-form. The greeting uses the full name ("Guten Tag Maria Lopez,"): the
 * gender-neutral business form, since "Frau/Herr" would need a guess. German sign-offs carry no
 * comma, and the first line after the greeting starts in lower case.
 */
import type { DraftKind } from '../types.ts';

const greeting = '{{#contactName}}Guten Tag {{contactName}},{{/contactName}}{{^contactName}}Guten Tag,{{/contactName}}';

export const de: Record<DraftKind, string> = {
  request: `${greeting}

{{#interview}}vielen Dank für Ihre Rückmeldung und für die Gespräche mit Ihnen und dem Team{{#role}} zur Stelle als {{role}}{{/role}}. Ich habe sie sehr geschätzt und würde mich freuen, mich {{#company}}bei {{company}}{{/company}}{{^company}}bei Ihnen{{/company}} in Zukunft noch einmal vorstellen zu dürfen.{{/interview}}{{^interview}}vielen Dank für Ihre Rückmeldung und dafür, dass Sie sich Zeit für meine Bewerbung{{#role}} als {{role}}{{/role}} genommen haben. {{#company}}{{company}} interessiert mich{{/company}}{{^company}}Ihr Unternehmen interessiert mich{{/company}} nach wie vor sehr, und ich würde mich freuen, mich in Zukunft bei Ihnen vorstellen zu dürfen.{{/interview}}

Damit mir das beim nächsten Mal besser gelingt: Wären Sie bereit, mir ein ehrliches Feedback zu geben? Ein oder zwei Punkte, an denen ich arbeiten kann, würden mir sehr helfen – ein paar Zeilen genügen völlig.

Vielen Dank und beste Grüße
{{candidateName}}
`,

  follow_up: `${greeting}

{{#first}}ich wollte mich noch einmal kurz wegen meiner Bitte um Feedback zu meiner Bewerbung{{#role}} als {{role}}{{/role}} melden. Schon ein, zwei Sätze würden mir sehr weiterhelfen.

Mir ist klar, dass viel zu tun ist – falls es gerade nicht passt, ist das natürlich kein Problem.{{/first}}{{#last}}ein letztes Mal möchte ich an meine Bitte um Feedback{{#role}} zur Stelle als {{role}}{{/role}} erinnern, danach lasse ich es dabei. Wenn Sie ein, zwei Zeilen erübrigen können, freue ich mich sehr; wenn nicht, habe ich vollstes Verständnis.{{/last}}

Beste Grüße
{{candidateName}}
`,

  clarification: `${greeting}

vielen Dank für Ihr Feedback – das hilft mir wirklich weiter, und ich werde daran arbeiten.

Darf ich noch eine kurze Frage stellen: Was hat{{#interview}} in den letzten Runden{{/interview}} den Ausschlag für die ausgewählte Person gegeben? Oder, falls das einfacher zu beantworten ist: Welcher eine Bereich würde für mich den größten Unterschied machen?

Nochmals vielen Dank und beste Grüße
{{candidateName}}
`,

  thank_you: `${greeting}

vielen Dank, dass Sie sich die Zeit dafür genommen haben. Ein so offenes Feedback ist selten und für mich sehr wertvoll.{{#points}} {{#twoPoints}}Zwei Punkte nehme ich mir besonders zu Herzen:{{/twoPoints}}{{^twoPoints}}Diesen Punkt nehme ich mir besonders zu Herzen:{{/twoPoints}}

{{points}}{{/points}}

Ich würde nach wie vor sehr gern {{#company}}bei {{company}}{{/company}}{{^company}}bei Ihnen{{/company}} arbeiten und würde mich freuen, wenn Sie mich bei künftigen Stellen wieder berücksichtigen.

Herzliche Grüße
{{candidateName}}
`,

  decline_thanks: `${greeting}

vielen Dank für Ihre Rückmeldung – dafür habe ich vollstes Verständnis. Falls sich in Zukunft {{#company}}bei {{company}}{{/company}}{{^company}}bei Ihnen{{/company}} eine passende Stelle ergibt, bewerbe ich mich gern wieder.

Beste Grüße
{{candidateName}}
`,
};
