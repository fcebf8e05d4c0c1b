/**
 * Dutch drafts, u-form. "Beste <voornaam>," is the usual greeting even with "u"; the neutral
 * fallback is "Goedendag,".
 */
import type { DraftKind } from '../types.ts';

const greeting = '{{#firstName}}Beste {{firstName}},{{/firstName}}{{^firstName}}Goedendag,{{/firstName}}';

export const nl: Record<DraftKind, string> = {
  request: `${greeting}

{{#interview}}Hartelijk dank voor uw bericht en voor de gesprekken met u en het team{{#role}} over de functie van {{role}}{{/role}}. Ik vond ze erg waardevol en zou in de toekomst graag opnieuw de kans krijgen om met {{#company}}{{company}}{{/company}}{{^company}}u{{/company}} in gesprek te gaan.{{/interview}}{{^interview}}Hartelijk dank voor uw bericht en voor de tijd die u hebt genomen om mijn sollicitatie{{#role}} voor de functie van {{role}}{{/role}} te bekijken. {{#company}}{{company}} blijft een organisatie waar ik graag zou werken{{/company}}{{^company}}Uw team blijft een team waar ik graag deel van zou uitmaken{{/company}}, en ik zou in de toekomst graag de kans krijgen om met u in gesprek te gaan.{{/interview}}

Om me daar beter op voor te bereiden: zou u mij eerlijke feedback willen geven? Eén of twee punten waarop ik kan verbeteren zouden me enorm helpen — een paar regels is ruim voldoende.

Nogmaals dank en met vriendelijke groet,
{{candidateName}}
`,

  follow_up: `${greeting}

{{#first}}Ik kom nog even terug op mijn verzoek om feedback op mijn sollicitatie{{#role}} voor de functie van {{role}}{{/role}}. Zelfs een paar zinnen zouden me al erg helpen.

Ik begrijp dat het druk kan zijn; als het nu niet uitkomt, is dat geen probleem.{{/first}}{{#last}}Nog één laatste herinnering aan mijn verzoek om feedback{{#role}} op de functie van {{role}}{{/role}}; daarna laat ik het hierbij. Als u een paar regels kunt missen, stel ik dat zeer op prijs; zo niet, dan begrijp ik dat volkomen.{{/last}}

Met vriendelijke groet,
{{candidateName}}
`,

  clarification: `${greeting}

Hartelijk dank voor uw feedback; daar heb ik echt iets aan, en ik ga ermee aan de slag.

Mag ik nog één korte vraag stellen: wat gaf uiteindelijk de doorslag voor de gekozen kandidaat{{#interview}} in de laatste gesprekken{{/interview}}? Of, als dat makkelijker is: op welk gebied zou ik de meeste vooruitgang kunnen boeken?

Nogmaals dank voor uw tijd en met vriendelijke groet,
{{candidateName}}
`,

  thank_you: `${greeting}

Hartelijk dank dat u de tijd hebt genomen om dit te schrijven. Zulke eerlijke feedback krijg je zelden, en ik heb er veel aan.{{#points}} {{#twoPoints}}Met deze twee punten ga ik in het bijzonder aan de slag:{{/twoPoints}}{{^twoPoints}}Met dit punt ga ik in het bijzonder aan de slag:{{/twoPoints}}

{{points}}{{/points}}

Ik zou nog steeds heel graag {{#company}}bij {{company}}{{/company}}{{^company}}bij u{{/company}} werken en zou het fijn vinden als u mij voor toekomstige functies in gedachten houdt.

Met vriendelijke groet,
{{candidateName}}
`,

  decline_thanks: `${greeting}

Hartelijk dank voor uw antwoord; daar heb ik alle begrip voor. Als er in de toekomst een passende functie {{#company}}bij {{company}}{{/company}}{{^company}}bij u{{/company}} vrijkomt, solliciteer ik graag opnieuw.

Met vriendelijke groet,
{{candidateName}}
`,
};
