/**
 * readReply: what an employer's answer in a feedback conversation is.
 *
 * Order matters and is fixed: bounce → auto_reply (with its return date) → then, on the TRIMMED
 * text only (the quoted original request is full of "feedback" and "interview"):
 * reconsider → call → question → declined → feedback (vague when no concrete point).
 * Refinements: a question offering the form ("in writing or on a call?") is a question, not yet a
 * call; a mail with two or more concrete points, or one point and a call offered as an extra
 * ("happy to chat if useful"), is feedback; a sentence that only refuses is never a point, and a
 * policy refusal followed by "but" and a point is feedback.
 * Pure and deterministic; every examined text is capped.
 */
import type { InboundMessage } from '../mail/message.ts';
import type { Language, ReplyKind, ReplyVerdict } from './types.ts';
import { detectAutoReply } from './autoreply.ts';
import { detectBounce } from './bounce.ts';
import { extractReturnDate, type DateLocale } from './dates.ts';
import { aboveSignature, extractPoints, saysVagueFeedback } from './points.ts';
import { trimReply } from './quotes.ts';

const TEXT_CHARS = 20_000;

const RECONSIDER = new RegExp(
  [
    String.raw`\b(?:selected|chosen|successful|preferred|other|top) (?:candidate|applicant|person)\b[^.]{0,40}\b(?:withdrew|has withdrawn|declined|turned down|dropped out|pulled out|backed out|didn't accept|did not accept|accepted another)`,
    String.raw`\b(?:role|position|job|vacancy|opening|req(?:uisition)?)\b[^.]{0,30}\b(?:re-?opened|is open again|has opened up again|opened up again|become available again|is available again|back open)`,
    String.raw`\breconsider\b|\brevisit(?:ing)? your (?:application|candidacy)|\bback (?:in|into) the process\b|\bmove (?:you )?forward (?:with you )?after all\b|\breopen(?:ing)? your (?:application|candidacy)`,
    String.raw`\b(?:are|were) you still (?:interested|available|open|on the market|looking)\b(?! (?:in|for) (?:receiving |getting |hearing |some |the |my |our )?(?:feedback|notes|comments|a call|a chat))|\bwould you (?:still )?be (?:interested|open|available) (?:in|to)\b[^.?]{0,60}\b(?:role|position|opening|opportunity|team|join|interview|process)`,
    String.raw`\b(?:another|a (?:new|different|similar)) (?:role|position|opening|opportunity)\b[^.]{0,60}\b(?:fit|suit|match|interest|consider you)`,
    String.raw`\binvite you (?:back|again)\b|\bsta je (?:nog )?open voor\b|\b(?:te|le) interesaría\b[^.?]{0,40}\b(?:puesto|posición|vacante|rol|proceso|oferta)|\bhätten sie (?:weiterhin|noch) interesse\b`,
    String.raw`\b(?:first|top|preferred|chosen) (?:choice|pick)\b[^.]{0,40}\b(?:accepted|took|declined|withdrew|pulled out|dropped out|turned)|\baccepted (?:another|a different|a competing|a counter-?) ?offer\b|\b(?:pulled|dropped|backed) out\b|\bcontinue (?:in|with) the (?:process|interviews?|recruitment)\b|\bmove forward with you\b|\bnext steps? with you\b`,
    // A similar opening elsewhere, a failed offer, a second headcount (from the blind held-out corpus, generalised).
    String.raw`\b(?:another|a different|a sister|our other|a neighbouring|a neighboring) (?:team|group|department|office|unit|squad)\b[^.]{0,80}\b(?:opened|opening|open role|is hiring|similar (?:role|position|opening))|\b(?:just |recently )?opened (?:up )?an? (?:very |quite )?(?:similar|comparable|related) (?:role|position|opening|vacancy|post)|\boffer\b[^.]{0,30}\bfell through|\b(?:second|another|an additional|extra) (?:headcount|opening|seat|position) (?:for|on|in)\b|\bbudget\b[^.]{0,30}\bapproved for (?:a )?(?:second|another|an additional)|\bnew (?:matching |similar )?(?:post|role|position|opening|vacancy) in (?:another|a different|our)`,
    String.raw`\b(?:abrir|abierto|abrimos) (?:una )?(?:nueva )?(?:vacante|posición|puesto) (?:muy )?(?:parecid|similar)|ähnliche (?:stelle|position|vakanz)\b[^.]{0,40}\b(?:offen|frei|ausgeschrieben)|\bposte (?:très )?(?:similaire|proche)\b[^.]{0,40}\b(?:ouvert|s'ouvre)|\bvergelijkbare (?:functie|vacature|rol)\b[^.]{0,40}\b(?:open|vrij)`,
    // Another opening offered: "a … post opens next week", "would you like me to pass your application across?"
    String.raw`\b(?:post|role|position|opening|vacancy|req)\b[^.]{0,60}\b(?:opens|is opening|will open|goes live|is going live) (?:up )?(?:next|this|in|soon|shortly|on)\b|\bpass your (?:application|cv|details|profile|name) (?:across|on|over|along)\b|\b(?:forward|share) your (?:cv|application|profile|details) (?:with|to) (?:the|our|my|a) (?:[a-z]+ )?(?:team|colleague|hiring manager|manager|group)`,
    // A similar opening elsewhere, the CV passed on, a re-score: "… has come up in our Pune office", "after all".
    String.raw`\b(?:similar|comparable|related)\b[^.]{0,40}\b(?:opening|role|position|vacancy|post)\b[^.]{0,40}\b(?:has come up|came up|has opened|opened up|is open|has become available)\b|\b(?:forwarded|passed|sent) your (?:cv|profile|application|details) (?:on )?to\b|\b(?:invite|move|progress|take|bring) you\b[^.]{0,60}\bafter all\b|\bre-?scor(?:ed|ing)\b`,
    // A new headcount, a reopened search, a second meeting, another team's opening, "still interested?"
    String.raw`\b(?:we(?:'re| are)|we've|we have) (?:now |just )?(?:hiring|recruiting|opened|opening) (?:again|two|three|another|a second|more|for (?:two|a second|another))\b|\brather than (?:just )?(?:sending )?feedback\b|\b(?:second|another|an additional|extra|new)\b[^.]{0,40}\bheadcount\b|\breopen(?:ed|ing|s)? (?:the|our|this) (?:search|role|position|process|vacancy|req)\b|\b(?:like|love|want|keen|glad) to (?:meet|see|speak (?:to|with)|talk (?:to|with)) you (?:again|for a (?:second|further|follow-up|final))\b|\b(?:has|have) (?:just |recently )?opened (?:up )?an? [^.]{0,40}\b(?:role|position|opening|vacancy|req)\b|\b(?:me|i|us|we) (?:to )?put you forward\b|\bput you forward (?:for (?:it|this|that|the role|the position))\b|\bwould you still be (?:interested|open|keen|available)\b(?! (?:in|for) (?:receiving |getting |hearing |some |the |my |our )?(?:feedback|notes|comments|a call|a chat))|\bwould (?:that|this|it) be of interest\b`,
    // The hire fell through, a new opening to consider, the candidate wanted back: "the candidate we
    // extended the offer to has just withdrawn", "the offer we made has not proceeded", "a new opening
    // has come up … would like to consider you for it", "whether you would still be interested in the role".
    String.raw`\b(?:candidate|applicant|person|hire)\b (?:we|who|that|whom)\b[^.]{0,50}\b(?:withdrew|has (?:just |now )?withdrawn|declined|turned (?:it |us |the offer )?down|dropped out|pulled out|backed out|fell through|didn't accept|did not accept|accepted another)|\boffer\b[^.]{0,50}\b(?:has not proceeded|did not proceed|didn't proceed|was withdrawn|has been withdrawn|didn't work out|did not work out|was declined|has been declined|was turned down)|\b(?:new|similar|another|further) (?:opening|role|position|vacancy|post|opportunity)\b[^.]{0,40}\b(?:has come up|came up|has opened|opened up|has become available|is now available)|\bconsider you (?:for (?:it|this|that|the|a)|again)\b|\b(?:whether|if) you(?:'d| would) (?:still )?be (?:interested|available|open)\b[^.?]{0,40}\b(?:role|position|opening|opportunity|job|post)\b|\bcontinue (?:the|our) (?:conversation|process|discussions?) with you\b`,
    String.raw`\bretomar (?:tu|su) (?:candidatura|proceso)|\bno se (?:incorporará|va a incorporar|incorporó)|\b(?:vous|te) (?:inviter|convier|proposer) (?:à |un )?(?:un )?nouvel entretien|\bposte (?:très )?(?:similaire|proche)\b[^.]{0,40}\bs'ouvrir`,
    // "our hire fell through — still keen?", "a new opening … interested to interview for it", "keep you in the process".
    String.raw`\b(?:hire|offer|candidate|placement)\b[^.]{0,12}\bfell through\b|\btook (?:a|the) counter[- ]?offer\b|\bstill (?:keen|interested|up for it)\s*\?|\b(?:have|has|got) a new (?:opening|role|position|vacancy|req)\b|\binterested (?:to|in) interview(?:ing)? for (?:it|this|that|the)\b|\b(?:keep|kept) you in the (?:process|running|pipeline)\b`,
    String.raw`\binterview you again\b(?! (?:for|in|on) (?:future|other|any|a future))|\binterview for (?:it|this|that|the (?:new )?(?:role|position|opening))\b|\brestart(?:ing)? the (?:search|process|recruitment)\b|\b(?:didn't|did not) pass (?:their|his|her|the) probation|\b(?:'ve|have|has) (?:just |recently )?opened (?:up )?an? [^.]{0,40}\b(?:role|position|opening|vacancy|req)\b|\b(?:nouveau|autre) poste\b[^.]{0,80}\b(?:vient de s'ouvrir|s'est ouvert|est ouvert|s'ouvre)|\bpasser un (?:nouvel |autre )?entretien\b`,
    String.raw`\b(?:candidate|applicant|person|hire)\b (?:we|who|that|whom)\b[^.]{0,50}\b(?:(?:has |have )?decided not to (?:join|accept|take (?:it|the (?:role|job|offer)))|(?:won't|will not|isn't going to) be joining|(?:didn't|did not) (?:join|start))\b|\bwhether you(?:'re| are| would be) still (?:interested|keen|available)\b|\b(?:ha surgido|surgió|se ha abierto|hemos abierto|abrimos) una nueva (?:vacante|posición|oportunidad)|\bte gustaría participar en el proceso|\bgespräch\b[^.]{0,40}\beinladen\b|\b(?:person|kandidat(?:in)?|bewerber(?:in)?)\b[^.]{0,60}\b(?:hat|haben) (?:\w+ )?(?:abgesagt|zurückgezogen)`,
    String.raw`\bmove you (?:straight )?(?:through )?to the (?:final|next|last) (?:interview|round|stage)\b|\bre-?advertis\w* the (?:[\w-]+ ){0,4}(?:role|position|job|vacancy|post)\b|\bbring you back in\b|\bapproved (?:the )?(?:budget|headcount) for (?:a |an )?(?:second|another|additional|extra)\b`,
    String.raw`\bin het proces (?:houden|blijven)\b|\btweede (?:plek|plaats|functie|vacature)\b|\b(?:sie|dich) (?:gern(?:e)? )?(?:erneut |nochmals |noch einmal )?zu einem (?:weiteren |neuen |zweiten |erneuten )?gespräch einladen|\bzusage\b[^.]{0,30}\bzurückgezogen|\bähnliche (?:stelle|position|vakanz)\b[^.]{0,90}\b(?:offen|frei|ausgeschrieben)`,
    // German
    String.raw`\b(?:noch|weiterhin) (?:interesse|interessiert)\b|\bstelle\b[^.]{0,60}\bwieder (?:frei|offen|ausgeschrieben|zu besetzen)|\b(?:kandidat(?:in)?|bewerber(?:in)?)\b[^.]{0,40}\b(?:abgesagt|zurückgezogen)|\berneut in betracht|\bnoch einmal (?:überdenken|in betracht)`,
    // French
    String.raw`\btoujours intéressé|\bs'est (?:finalement |entre-temps )?(?:désisté|retiré)|\bposte\b[^.]{0,30}\b(?:de nouveau|à nouveau) (?:ouvert|disponible)|\breconsidérer\b|\b(?:candidat|candidate)\b[^.]{0,40}\b(?:s'est désistée?|a décliné|a refusé|s'est retirée?)`,
    // Spanish
    String.raw`\bsigue(?:s)? interesad[oa]\b|\btodavía (?:estás|está) interesad|\bpuesto\b[^.]{0,30}\b(?:ha vuelto a abrir|se ha reabierto|vuelve a estar (?:abierto|disponible)|está de nuevo abierto)|\breconsiderar\b|\bcandidat[oa]\b[^.]{0,40}\b(?:ha declinado|se ha retirado|rechazó|ha rechazado)`,
    // Dutch
    String.raw`\bnieuwe vacature\b|\bheb je (?:nog )?interesse\b|\bvacature\b[^.]{0,40}\bvrijgekomen|\bnog (?:steeds )?(?:interesse|geïnteresseerd)\b|\bvacature\b[^.]{0,30}\b(?:weer open|opnieuw open|heropend)|\bheroverwegen\b|\bkandida(?:at|te)\b[^.]{0,40}\b(?:heeft afgehaakt|heeft zich teruggetrokken|heeft afgezegd|heeft bedankt)`,
  ].join('|'),
  'i',
);

const CALL = new RegExp(
  [
    // A meeting already set up or asked for: a link's ID and passcode, "let's talk", "ring me on …",
    // "easier to chat than type", "rather go through it with you than squeeze it into an email".
    String.raw`\bmeeting id\b|\bpasscode\b|\bzoom\.[a-z.]+\/j\/|\bteams\.microsoft\.|\bmeet\.google\.|\blet's (?:do this|talk|chat|speak|have a (?:chat|call|quick call))\b|\b(?:ring|call|phone) me\b|\beasier to (?:chat|talk|explain|discuss|go through)\b|\brather\b[^.]{0,80}\bthan\b[^.]{0,40}\b(?:e-?mail|writ\w*|typ\w*|put (?:it|this) in writing)|\b(?:put|set up|booked|scheduled|sent|added) (?:a |an )?(?:(?:teams|zoom|video|phone|quick) )?(?:call|meeting|invite)\b[^.]{0,30}\b(?:in|for|on)\b|\b(?:grab|book|pick|choose) (?:a|any|one) (?:\d+[- ]minute )?(?:slot|time)\b`,
    String.raw`\b(?:jump|hop|get) on (?:a|the) (?:quick |short |brief )?(?:call|zoom|teams|phone|video)|\b(?:have|schedule|set up|arrange|book|do|grab) (?:a|some) (?:quick |short |brief |15[- ]minute |20[- ]minute |30[- ]minute )?(?:call|chat|phone call|video call|zoom|teams call|catch-up|conversation)\b`,
    String.raw`\b(?:10|15|20|30)[- ]?(?:min(?:ute)?s?)\b[^.]{0,40}\b(?:call|chat|talk|zoom|teams|phone|calendar|walk you|go through|discuss)|\b(?:free|available|time) for a (?:quick |short )?(?:call|chat)\b`,
    String.raw`\b(?:find|grab|have|take|spare|set aside|book|block)\s+(?:\d{1,2}|a few|some|fifteen|twenty|thirty)\s*(?:min(?:ute)?s?)\b|\bquick (?:zoom|teams|meet|call|chat|phone call|video call)\b|\b(?:over|on|by) the phone\b|\bwhat(?:'s| is)? (?:the )?(?:best |a good )?(?:number|phone number) (?:to|for|i can|can i)\b|\b(?:talk|walk) (?:you )?(?:it |this |the feedback |them |that )?through\b`,
    String.raw`\b(?:give you a (?:call|ring)|give each other a (?:call|ring)|ring each other|call you|ring you|phone you)\b|\b(?:easier|better|quicker|simpler)\b[^.?]{0,30}\b(?:by|over the|on the|via) (?:phone|call|video)\b|\b(?:easier|better|prefer) (?:to (?:discuss|explain|share|talk)[^.]{0,30})?(?:by|over the|on the|via) (?:phone|call|video)|\btalk (?:it )?(?:through|over)\b[^.]{0,30}\b(?:call|phone|live|zoom)|\bcalendly\b|\bbook (?:a )?(?:slot|time) (?:in|on) my calendar`,
    String.raw`\b(?:send|sending|send over|set up|put) (?:you )?an? (?:teams|zoom|google meet|meet|calendar|video|webex) (?:invite|invitation|link|meeting)\b|\b(?:teams|zoom|google meet|meet|calendar|webex|meeting) (?:invite|invitation|link)\b|\b(?:as|be) (?:a )?(?:conversation|chat|call) (?:than|rather than) (?:as )?(?:an? |in )?(?:e-?mail|writing|bullet points)|\b(?:minutes|chat|conversation) face[- ]to[- ]face\b|\bface[- ]to[- ]face (?:chat|conversation|call|meeting)\b`,
    String.raw`\b(?:telefonisch|rufen sie mich|ruf mich|telefonieren|telefonat|telefonisch(?:es)? (?:gespräch|besprechen|erläutern|durchgehen)|kurze[sn]? (?:gespräch|call|anruf|austausch)|rufe (?:sie|dich) (?:gerne )?an|anrufen|videocall|video-call)\b`,
    // (No \b before a word that opens with an accent: without the u flag, "é" is not a word character.)
    String.raw`(?:\bappel|\bentretien|échange) (?:\w+ )?(?:téléphonique|en visio|par téléphone)\b|échange (?:rapide|court)\b|\b(?:un appel|de vive voix|réserver un créneau|au téléphone|un (?:appel|échange) (?:téléphonique|rapide|de \d+ minutes|en visio)|vous appeler|t'appeler|un call|par téléphone|en visio)\b`,
    String.raw`\bvideollamada\b|\bliga de (?:meet|zoom|teams)\b|\b(?:una (?:llamada|videollamada)|llamarte|llamarle|hablar por teléfono|por teléfono)\b`,
    String.raw`\b(?:bellen|telefoongesprek|belafspraak|videogesprek|telefonisch (?:toelichten|bespreken)|even bellen)\b`,
  ].join('|'),
  'i',
);

const DECLINED = new RegExp(
  [
    String.raw`\b(?:don't|do not|does not|doesn't|cannot|can't|can not|are unable to|aren't able to|unable to|not able to|not in a position to|won't be able to|are not allowed to|aren't allowed to|do not normally|don't normally|no longer)\b[^.]{0,30}\b(?:provide|give|share|offer|disclose)\b[^.]{0,40}\b(?:feedback|notes|details|reasons|comments|assessments?|evaluations?|scores?|scorecards?)`,
    // A refusal to say more, however worded: "I can't share more than what was in my email",
    // "there's nothing I can add beyond…", "she won't be sharing anything further".
    String.raw`\b(?:can't|cannot|can not|won't|will not|unable to|not able to|isn't able to|aren't able to|not in a position to|not possible (?:for (?:us|me) )?to|not allowed to|nothing (?:more |further |else )?(?:i|we) can|there's nothing (?:more |further |else )?(?:i|we) can)\b[^.]{0,30}\b(?:shar|giv|provid|add|offer|disclos|releas|pass(?:ing)? on|go(?:ing)? into|explain|comment|say)\w*\b[^.]{0,40}\b(?:more|further|anything|beyond|feedback|details?|reasons?|specifics|individual|personali[sz]ed)\b|\bnothing (?:more |further |else )?to add\b`,
    String.raw`\bkeine?n?\b[^.]{0,40}\b(?:feedback|rückmeldung\w*|auskunft|auskünfte|begründung\w*)\b|\bgeen\b[^.]{0,40}\b(?:feedback|toelichting|terugkoppeling|motivatie|uitleg)\b|\bpas possible\b[^.]{0,60}\b(?:retour|feedback|commentaire|motif)|\bno (?:es posible|nos es posible)\b[^.]{0,60}\b(?:feedback|comentarios|valoraci|motivos|retroalimentación)`,
    String.raw`\bnot (?:something|anything) (?:i|we)(?:'m| am|'re| are)? (?:in a position|able|allowed|permitted|at liberty) to (?:share|give|discuss|disclose|go into)\b|\b(?:decline|declining) to (?:get into|go into|share|give|provide|discuss|comment)\b|\b(?:there isn't|there is not|isn't|is not) anything (?:i|we) can (?:pass on|share|give|add|tell)\b|\b(?:won't|will not|not) be releasing\b[^.]{0,40}\bfeedback\b|\b(?:don't|do not|doesn't|does not) have (?:anything|much|more|any more) (?:to add|further|else to (?:add|say))\b|\b(?:i'd|i would|we'd|we would) rather not (?:give|share|provide|hand|send|go into)\b|\b(?:deliberations|discussions|notes|assessments|evaluations|scores|scorecards|decisions?)\b[^.]{0,40}\b(?:are|is|remain|remains) (?:kept |strictly |treated as )?(?:confidential|internal|private)\b|\bnot (?:able|allowed|permitted) to release\b`,
    // "we've had to stop giving individual feedback", "I'd love to give everyone feedback, but … we just can't".
    String.raw`\bstop(?:ped)? (?:giving|providing|sharing|offering) (?:\w+ ){0,2}feedback\b|\b(?:i'd|we'd|i would|we would) (?:love|like|wish) to (?:be able to )?(?:give|provide|share|offer)\b[^.]{0,60}\bfeedback\b[^.]{0,10}\bbut\b[^.]{0,120}\b(?:can't|cannot|can not|unable|not able|not possible|isn't possible)\b|\bcan't do (?:it|that|this) for (?:everyone|everybody|every (?:candidate|applicant)|all)\b`,
    String.raw`\b(?:have to|'ll have to|will have to|must) (?:say no|pass on (?:giving|providing|sharing)|decline)\b|\bpass on (?:giving|providing|sharing) (?:\w+ )?feedback\b|\b(?:notes|feedback|scores|scorecards|assessments|evaluations)\b[^.]{0,20}\b(?:aren't|are not|isn't|is not|never) shared\b`,
    String.raw`\bnot (?:our|the company's|company|standard) (?:practice|policy) to (?:provide|give|share|offer)\b|\b(?:isn't|is not|not) something (?:we|i) (?:do|offer|provide|give|can do)\b`,
    String.raw`\bno[- ]feedback polic(?:y|ies)\b|\bfeedback polic(?:y|ies)\b|\b(?:won't|will not|don't|do not|can't|cannot) (?:give|share|provide|pass) (?:anything|much|any) (?:back|on|further)\b|\bnot to (?:provide|give|share|offer|pass on)\b[^.]{0,30}\bfeedback|\bnot in a position to (?:add|say|share|comment|go into) (?:anything|any ?more|further|more)\b|\bnothing (?:further|more) to add\b|\b(?:isn't|aren't|is not|are not|is unable|are unable) able to (?:offer|provide|give|share)\b[^.]{0,40}\bfeedback|\b(?:geven|verstrekken|delen) (?:wij|we)\b[^.]{0,60}\bgeen\b[^.]{0,30}\bfeedback|\bnot (?:allowed|permitted|authori[sz]ed|at liberty) to (?:share|provide|give|disclose|discuss)\b|\bnot to (?:provide|give|share|offer) (?:any )?(?:individual |detailed |specific |personal )?(?:feedback|details)|\bno (?:compartimos|facilitamos|damos) (?:feedback|comentarios|retroalimentación|valoraciones)|\bniet mogelijk (?:om )?(?:individuele |persoonlijke )?feedback`,
    String.raw`\b(?:unable|not able|can't|cannot|won't be able|not in a position) to go into (?:the )?(?:specifics|details?|particulars)\b|\b(?:feedback|notes|details|deliberations|discussions?|assessments?) (?:is|are) (?:kept |strictly )?(?:confidential|internal)\b`,
    String.raw`\b(?:company|our|internal|hr|legal|firm) polic(?:y|ies)\b|\bas a (?:matter of )?policy\b|\bdue to (?:the )?(?:high |large |sheer )?(?:volume|number) of (?:applications|applicants|candidates)\b[^.]{0,60}\b(?:feedback|individual|respond)|\bnot (?:possible|able) (?:for us )?to (?:give|provide|share) (?:individual |detailed |specific )?feedback`,
    String.raw`\b(?:kein(?:e|en)?|nicht)\b[^.]{0,25}\b(?:individuelles?|detailliertes?|persönliches?)?\s*(?:feedback|rückmeldung)\b[^.]{0,30}\b(?:geben|erteilen|mitteilen|teilen|möglich)|\b(?:unternehmensrichtlinie|firmenrichtlinie|richtlinien|aus datenschutzgründen|aus rechtlichen gründen)\b`,
    String.raw`\bne (?:donnons|fournissons|communiquons|transmettons|faisons|partageons) pas de (?:retours?|feedbacks?|commentaires)|\bgeben wir (?:leider )?(?:grundsätzlich )?kein|\b(?:geven|verstrekken|delen) (?:wij|we) (?:helaas )?(?:geen|niet)\b|\bno (?:damos|ofrecemos|proporcionamos) (?:feedback|comentarios|retroalimentación)`,
    String.raw`\b(?:pas en mesure|ne (?:pouvons|sommes) pas|impossible)\b[^.]{0,40}\b(?:retour|feedback|commentaires|motifs)|\bpolitique (?:de l'entreprise|interne|de notre société)(?![a-zà-ÿ])`,
    String.raw`\bno (?:podemos|damos|proporcionamos|ofrecemos|nos es posible)\b[^.]{0,40}\b(?:feedback|comentarios|retroalimentación|valoraciones|motivos)|\bpolítica (?:de la empresa|interna)\b`,
    String.raw`\b(?:geen|niet)\b[^.]{0,25}\b(?:individuele|persoonlijke|inhoudelijke)?\s*feedback\b[^.]{0,30}\b(?:geven|verstrekken|delen|mogelijk)|\b(?:bedrijfsbeleid|ons beleid|beleid van)\b`,
  ].join('|'),
  'i',
);

const BUT = /\b(?:but|however|although|that said|aber|jedoch|mais|cependant|pero|sin embargo|maar|echter)\b/i;

/** "… the one in Utrecht or the one in Amersfoort?": a question offering a choice asks something back. */
const CHOICE = /\b(?:or|oder|ou|o|of)\b[^?]{1,80}\?/i;

/** A question that proposes the call itself ("would you be up for a quick Zoom?"). */
const CALL_OFFER = /\b(?:would you (?:be up for|like|be free|have time)|shall we|can we|could we|let's|do you have (?:time|a minute)|fancy|up for|free for|hacemos|te parece|on peut|pouvons-nous|können wir|sollen wir|zullen we|kunnen we)\b/i;

/** A question asked before the feedback ("quick question before I pull the notes together … I don't want to give you feedback on the wrong basis"). */
const ANSWER_FIRST = /\b(?:question (?:before|first)|before (?:i|we) (?:pull|put|send|share|give|pass|ask|check|go)|on the wrong basis|once (?:i|we) (?:know|have|hear)|first,? (?:could|can|would) you)\b/i;

/** A question offering more detail after some feedback ("is there a specific part you want to know about?"). */
const OFFER_MORE = /\b(?:specific|particular) (?:part|area|aspect|thing|point|question)s?\b|\banything (?:else |specific |more |in particular )?(?:you(?:'d| would)? (?:like|want) to know|i can (?:help|expand|dig))|\bwant to know more\b/i;

/**
 * A question that proposes the call or arranges it ("would you have 20 minutes for a quick call?",
 * "what's the best number, and are you free Monday or Tuesday?"): the call is offered, not asked about.
 */
const CALL_LOGISTICS = /\b(?:a (?:quick |short |brief )?(?:call|chat|phone call|ring)|\d+ ?min(?:ute)?s?|good number|number and time|reach you|disponible|verfügbar|beschikbaar|best number|(?:phone )?number (?:for|to reach) you|are you free|free (?:any time|on|at)|availab\w+|what time|which (?:day|time)|nummer|numéro|número|wann passt|quand êtes-vous|cuándo te viene)\b/i;

/** A question offering the form of the answer: written or spoken. */
const CHOICE_OF_FORM = /\b(?:writing|written|e-?mail|in text|schriftlich|par écrit|por escrito|schriftelijk)\b[^?]{0,60}\b(?:or|oder|ou|o|of)\b[^?]{0,40}\b(?:call|phone|chat|talk|zoom|teams|telefon\w*|téléphon\w*|appel|llamada|bellen|gesprek)\b|\b(?:call|phone|chat|talk|telefon\w*|appel|llamada|bellen)\b[^?]{0,60}\b(?:or|oder|ou|o|of)\b[^?]{0,40}\b(?:writing|written|e-?mail|schriftlich|par écrit|por escrito|schriftelijk)\b/i;
/** A call offered as an extra: "happy to chat if useful", "if you'd like to talk it through". */
const OPTIONAL_CALL = /\b(?:if (?:it's |it is |that's |that would be )?(?:useful|helpful)|if you(?:'d| would)? (?:like|want|prefer)|happy to|glad to|feel free|always happy|more than happy)\b/i;

/** A question to the candidate ("could you tell me which part you'd like feedback on?"), not small talk. */
const DIRECTED = /\b(?:you|your|you'd|you're|sie|ihnen|ihr(?:e|en)?|du|dir|dich|vous|votre|tu|te|ton|ta|usted|su|tú|tu|te|je|jij|jou|jouw|u|uw)\b/i;
const SMALL_TALK = /¿qué tal|\b(?:keep your (?:cv|details|resume|résumé|profile|application) on (?:file|record)|(?:darf|kann) (?:ich )?(?:doch )?du sagen|any (?:other |further |more )?questions|how are you|hope you'?re well|anything else (?:i|we) can (?:help|do)|does (?:that|this) (?:help|make sense)|makes sense\?|wie geht'?s|comment allez-vous|hoe gaat het)\b/i;
/** A sentence opening with a question word asks something even without "you" ("¿Para qué puesto aplicaste?"). */
const QUESTION_WORD = /^[¿\s"“]*(?:(?:para|por|en|de|con|à|pour|de|für|in|an|voor|om|met|to|for|in|at|on|with|about)\s+)?(?:(?:me|nos|te|le|mir|uns)\s+)?(?:which|what|when|who|where|could|can|would|should|shall|do|did|is it|was it|welche[rsnm]?|was|wann|wer|können|könnten|haben|hatten|quel(?:le)?s?|quand|pouvez|pourriez|avez|qué|que|cuál|cuándo|quién|puedes|podrías|podría|tienes|welke?|wat|wanneer|wie|kun|kunt|heb|heeft)(?=[\s?,]|$)/i;
const ASK_WITHOUT_MARK = /\b(?:(?:please |could you |can you )?let (?:me|us) know (?:which|what|whether|if you(?:'d| would) (?:like|prefer))|(?:please|kindly) (?:tell|send|share|clarify|confirm)|teilen sie (?:mir|uns) (?:bitte )?mit|bestätigen sie (?:mir|uns)|necesito que me confirmes|necesito que me confirme|confírma(?:me|nos)|merci de (?:me|nous) confirmer|pouvez-vous (?:me |nous )?confirmer|(?:kun|kunt|wil) (?:je|u) (?:even )?bevestigen|pourriez-vous (?:me |nous )?(?:préciser|indiquer|dire)|podrías (?:indicarme|decirme|aclarar)|kunt u (?:aangeven|laten weten))\b/i;

/** Common words of each language; a word listed under two languages counts for both. */
const LANGUAGE_WORDS: Record<Language, string> = {
  en: 'the and you your we for with this that is are to of thanks would',
  de: 'und der die das sie ihre ihnen wir nicht mit für ist ich vielen dank leider bei',
  fr: 'le la les et vous votre nous pour avec est je pas une des merci de',
  es: 'el la los las y usted tu nosotros para con es que una gracias por del',
  nl: 'de het en je jij u uw wij we voor met niet een bedankt ik van dat',
};
const WORD_LANGUAGES = new Map<string, Language[]>();
for (const [lang, words] of Object.entries(LANGUAGE_WORDS) as Array<[Language, string]>) {
  for (const w of words.split(' ')) WORD_LANGUAGES.set(w, [...(WORD_LANGUAGES.get(w) ?? []), lang]);
}
const LANGUAGE_ORDER: Language[] = ['en', 'de', 'fr', 'es', 'nl'];

/** A small private language guess by common words (one pass over the first 800 characters). */
function guessLanguage(text: string): Language {
  const counts: Record<Language, number> = { en: 0, de: 0, fr: 0, es: 0, nl: 0 };
  for (const word of text.slice(0, 800).toLowerCase().split(/[^a-zà-ÿ]+/)) {
    const langs = WORD_LANGUAGES.get(word);
    if (langs) for (const l of langs) counts[l]++;
  }
  let best: Language = 'en';
  for (const l of LANGUAGE_ORDER) if (counts[l] > counts[best]) best = l;
  return best;
}

/** us/eu from the sender's domain, language and time zone, for ambiguous numeric dates; null when unknown. */
function localeOf(msg: InboundMessage, language: Language): DateLocale {
  const domain = msg.from?.address.split('@')[1] ?? '';
  if (/\.(?:us|gov|mil)$/.test(domain)) return 'us';
  if (/\.(?:uk|ie|de|at|ch|fr|be|es|nl|it|pt|se|dk|no|fi|pl|cz|eu|au|nz|in|za)$/.test(domain)) return 'eu';
  if (language !== 'en') return 'eu';
  // A phone number or a word only one side writes: +44, +353, +61, "annual leave" (day first); +1 (month first).
  const body = msg.text.slice(0, 3_000);
  if (/\+(?:44|353|61|64|91|27|3\d|4\d)[\s(]|\b(?:annual leave|bank holiday)\b/i.test(body)) return 'eu';
  if (/\+1[\s(-]\d{3}|\bpto\b/i.test(body)) return 'us';
  // English written from North American time zones (UTC−04:00 to −10:00) puts the month first;
  // from European ones (UTC+01:00 to +03:00: British summer time, CET, EET) the day. UTC itself
  // says nothing (servers stamp it).
  const zone = /([+-])(\d{2})\d{2}\s*(?:\([^)]*\))?\s*$/.exec(msg.headers['date'] ?? '');
  if (zone && zone[1] === '-' && Number(zone[2]) >= 4 && Number(zone[2]) <= 10) return 'us';
  if (zone && zone[1] === '+' && Number(zone[2]) >= 1 && Number(zone[2]) <= 3) return 'eu';
  return null;
}

function questionIn(text: string): string | null {
  // "e.g." and "i.e." end no sentence.
  const sentences = text.replace(/\s+/g, ' ').replace(/\b(e\.g|i\.e|z\.b|p\.ex|bijv)\./gi, '$1').split(/(?<=[.!?])\s+/);
  for (const s of sentences) {
    if (!s.includes('?') || SMALL_TALK.test(s)) continue;
    // The asking clause: after a Spanish "¿" or after a greeting ("Hola Jane, ¿para qué…?").
    const clause = s.slice(Math.max(s.lastIndexOf('¿'), s.lastIndexOf(', ') + 2, 0));
    if (DIRECTED.test(s) || QUESTION_WORD.test(clause) || QUESTION_WORD.test(s) || CHOICE.test(s)) return s.trim();
  }
  const ask = ASK_WITHOUT_MARK.exec(text);
  return ask ? ask[0] : null;
}

const ADDRESSED = /\b(?:you|your|candidate|applicant|interview|ihr|ihre|ihnen|dein|deine|kandidat\w*|bewerber\w*|vous|votre|candidat\w*|entretien|usted|tu|tus|entrevista|jouw|je|uw|kandida\w*|gesprek)\b/i;

function looksHuman(body: string, language: Language): boolean {
  if (RECONSIDER.test(body) || CALL.test(body)) return true;
  // Only points about the candidate or the decision count: an absence notice has neither.
  return extractPoints(body, language).points.some((p) => ADDRESSED.test(p));
}

function verdict(kind: ReplyKind, confidence: number, fields: Partial<ReplyVerdict> & Pick<ReplyVerdict, 'trimmed' | 'language' | 'reasons'>): ReplyVerdict {
  return { kind, confidence, returnDate: null, bounce: null, points: [], vague: false, ...fields };
}

/**
 * Reads one reply in a feedback conversation.
 * @param options.sentAt when our request went out: the reference for a return date's year when the
 *   reply itself has no Date header (the reply's own Date is preferred).
 * @param options.locale how to read an ambiguous `06/05`; by default derived from the sender's
 *   domain (.us → us; European, UK, AU, IN… → eu) and language (non-English → eu), else unknown
 *   (the later reading).
 */
export function readReply(msg: InboundMessage, options: { sentAt?: Date | null; locale?: DateLocale } = {}): ReplyVerdict {
  const text = msg.text.length > TEXT_CHARS ? msg.text.slice(0, TEXT_CHARS) : msg.text;
  // Curly apostrophes ("isn’t") read as straight ones: every pattern below is written with "'".
  const trimmed = trimReply(text).replace(/[’‘]/g, "'");
  const language = guessLanguage(`${msg.subject}\n${trimmed || text}`);

  const bounce = detectBounce(msg);
  if (bounce) {
    return verdict('bounce', 0.95, { bounce, trimmed, language, reasons: [`bounce${bounce.status ? ` ${bounce.status}` : ''}`] });
  }

  const auto = detectAutoReply({ ...msg, text: trimmed || text });
  // A person may mention their own absence ("I'm out of office next week, so quickly: …"); with
  // nothing but body phrases to go on, a reply that also carries feedback or a human ask is human.
  const humanAfterAll = auto.auto && auto.bodyOnly && looksHuman(trimmed || text, language);
  if (auto.auto && !humanAfterAll) {
    const sent = msg.date ? new Date(msg.date) : (options.sentAt ?? null);
    const locale = options.locale !== undefined ? options.locale : localeOf(msg, language);
    const returnDate = extractReturnDate(`${msg.subject}\n${trimmed || text}`, { sent, locale, language });
    return verdict('auto_reply', 0.9, { returnDate, trimmed, language, reasons: auto.reasons });
  }

  // Only the author's own words are judged: with nothing but quoted history, nothing is judged (vague feedback, low confidence).
  // Inline replies keep "> " lines between the author's answers; those are ours, never judged.
  const body = trimmed.includes('>') ? trimmed.split('\n').filter((l) => !/^\s*>/.test(l)).join('\n').trim() : trimmed;
  const extracted = extractPoints(body, language);
  // A sentence that only refuses ("il ne nous est pas possible d'apporter un retour personnalisé")
  // is not a point, whatever words it shares with one.
  const points = extracted.points.filter((p) => {
    const refusal = DECLINED.exec(p);
    return !refusal || BUT.test(p.slice(refusal.index));
  });
  const vague = points.length === 0;
  // Phrases are matched on one line of text: a hard-wrapped "not to\nshare" is "not to share".
  const flat = body.replace(/\s+/g, ' ');
  const reasons: string[] = [];

  const reopening = RECONSIDER.exec(flat);
  if (reopening) return verdict('reconsider', 0.85, { trimmed, language, reasons: [`"${reopening[0].slice(0, 60)}"`] });
  const question = points.length < 2 ? questionIn(body) : null;
  // "Would you prefer it in writing or as a call?" asks; it does not yet offer the call.
  if (question && CHOICE_OF_FORM.test(question)) {
    reasons.push(`question: "${question.slice(0, 60)}"`);
    return verdict('question', 0.75, { trimmed, language, reasons });
  }
  // A concrete point with "happy to chat if useful" is feedback; a call offered instead of it is a call.
  const optionalCall = points.length === 1 && OPTIONAL_CALL.test(flat);
  // A booking link in the signature ("Book time with me: calendly…") stands under every mail the
  // writer sends: only a call offered above the sign-off is offered in this one.
  const said = aboveSignature(body).replace(/\s+/g, ' ');
  // "Feedback on the phone screen with me, or on the onsite?": the call word is part of what is asked.
  const callWord = CALL.exec(said);
  const callAsked = question !== null && callWord !== null && question.includes(callWord[0]) && CHOICE.test(question) && !CALL_OFFER.test(question) && !CALL_LOGISTICS.test(question);
  // A calendar invitation attached (Outlook's "reply with meeting") offers a call whatever the text says.
  const invite = msg.parts.some((p) => /^text\/calendar\b/i.test(p.contentType));
  if (points.length < 2 && !optionalCall && !callAsked && (invite || callWord !== null)) {
    if (callWord) reasons.push(`"${callWord[0].slice(0, 60)}"`);
    if (invite) reasons.push('calendar invitation attached');
    return verdict('call', 0.8, { trimmed, language, reasons });
  }
  // "It came down to fit on the day. Is there a specific part you want to know about?": vague
  // feedback given, and more offered — the feedback is the answer.
  const moreOffered = question !== null && OFFER_MORE.test(question) && saysVagueFeedback(flat);
  const refusal = DECLINED.exec(flat);
  if (question && !moreOffered && (!refusal || ANSWER_FIRST.test(flat))) {
    reasons.push(`question: "${question.slice(0, 60)}"`);
    return verdict('question', 0.75, { trimmed, language, reasons });
  }
  // A refusal with at most one stray "point" and no "but" after it is a refusal ("…for consistency.
  // I realise that's not the answer you were hoping for.").
  if (refusal && (points.length === 0 || (points.length === 1 && !BUT.test(flat.slice(refusal.index))))) {
    reasons.push(`"${refusal[0].slice(0, 60)}"`);
    return verdict('declined', 0.85, { trimmed, language, reasons });
  }
  return verdict('feedback', !body ? 0.3 : vague ? 0.6 : 0.85, {
    points,
    vague,
    trimmed,
    language,
    reasons: vague ? ['no concrete point'] : [`${points.length} point(s)`],
  });
}
