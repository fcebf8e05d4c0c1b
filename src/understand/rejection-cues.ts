/**
 * The cue tables the rejection detector weighs. Data only: each cue is a precompiled regex over
 * the *normalised* text (lower case, curly quotes straightened, whitespace collapsed to one
 * space), a weight, and a short tag that ends up in `reasons`.
 *
 * Invariants that keep 10,000 messages under a second:
 * - every pattern is linear: no nested quantifiers, no unbounded `.*` between alternatives;
 *   gaps are bounded (`[^.]{0,40}`), so a 6,000-character text is scanned in one pass per cue;
 * - patterns carry no /i flag (the text is lower-cased once) and no /g flag (`test` keeps no state),
 *   except NEGATABLE blockers, which are scanned with matchAll to look behind each hit.
 *
 * Weights: 3 = a decision against the candidate, enough on its own; 2–2.5 = strong but also
 * used elsewhere (needs a second cue); 1–1.5 = the tone of bad news ("unfortunately", "leider").
 * Blockers are negative: they say the mail is something else (an invitation, an offer, a loan).
 */

export interface Cue {
  re: RegExp;
  w: number;
  tag: string;
  /** Blocker only: ignore a hit preceded closely by a negation ("we won't be inviting you"). */
  negatable?: boolean;
  /**
   * Literal substrings of which every match contains at least one: a String.includes pre-check
   * that skips the regex on most texts (the invariant is tested over the corpus).
   */
  any?: string[];
  /** The language a rejection cue is written in; English cues run on every message. */
  lang?: 'de' | 'fr' | 'es' | 'nl';
}

const cue = (tag: string, w: number, re: RegExp, negatable = false): Cue => ({ tag, w, re, negatable });

/** Evidence that the sender decided against the recipient's candidacy. */
export const REJECT_CUES: Cue[] = [
  // ── English ──
  cue('decided not to proceed', 3, /\b(?:decided|chosen|elected|opted|decision(?: has been made)?) (?:not to|to not) (?:proceed|progress|move|continue|pursue|advance|take|invite|offer|extend|hire|interview|shortlist|go ahead)(?! with (?:that|the|this|their|our) (?:other )?(?:candidate|person|applicant|offer|hire)| with (?:them|him|her)\b)/),
  cue('going with other candidates', 3, /\b(?:decided|chosen|elected|opted|going|decision|chose|choose|determined|plan) to (?:move|moving|go|proceed|continue|progress|pursue|advance|focus|prioriti[sz]e)(?: forward| ahead| on)?(?: with)? (?:(?:an?|the|some) )?(?:other|another|different|alternative|more|stronger|internal|a candidate|candidates?|applicants?|someone|one of|a profile|profiles)\b|\b(?:decided|chosen|chose|opted|going) to (?:hire|go with|appoint|offer the (?:role|position|job) to|select|move ahead with|proceed with) (?:someone|somebody|another|a different|an internal|an external|a candidate|the candidate|candidates|applicants|a more|one of)|\b(?:offer(?:ed|ing)?|give|giving|gave|given|award(?:ed|ing)?) (?=[^.]{0,70}? to (?:another|a different|an internal|an external|someone|somebody|a candidate|one of|a colleague|an applicant|the other|a more|(?:a|an) [\w-]+ (?:who|with|whose|from)))(?:it|(?:the |this |that |our )?(?:[\w()&/,-]+ ){0,5}(?:position|role|job|post|place|spot|vacancy|seat|contract)) to (?:another|a different|an internal|an external|someone|somebody|a candidate|one of|a colleague|an applicant|the other|a more|(?:a|an) [\w-]+ (?:who|with|whose|from))/),
  cue('not moving forward', 3, /\b(?:won't|will not|would not|wouldn't|are not|aren't|we're not|cannot|can't|can not|unable to|not able to|shan't|shall not|no longer|not be able to|not going to|isn't going to|not)(?: be)?(?: able to)? (?:moving|move|taking|take|progressing|progress|proceeding|proceed|advancing|advance|continuing|continue|pursuing|pursue|putting|put) (?:forward |ahead |further |on )?(?:with )?(?:your|you\b|this application|the application|your candidacy|any further|further|to the next|to next|to interview|to the interview|with it\b|it any further)/),
  cue('not moving forward (bare)', 3, /\b(?:will not|won't|are not|aren't|we're not|not going to|decided not to|not be|cannot|can't|unable to) (?:be )?(?:moving|move|proceeding|proceed|progressing|progress|going) (?:forward|ahead|further)(?:[.,;!]| at this| this time| on this| for now| for this| with (?:this|the) (?:role|position|application|process|opportunity))/),
  cue('will pursue other candidates', 3, /\b(?:will|'ll|are going to|to|we're|are) (?:be )?(?:pursue|pursuing|proceed|proceeding|move forward|moving forward|continue|continuing|progress|progressing|go|going) (?:forward )?(?:with )?(?:other|another|a different|alternative|stronger|more experienced|more qualified) (?:candidates?|applicants?|profiles?|people|person)/),
  cue('not proceeding with you', 3, /\bnot (?:to )?(?:proceed|progress|move forward|moving forward|proceeding|progressing|continue|continuing|pursue|pursuing)(?: any)?(?: further)? with (?:your|you)\b/),
  cue('not successful', 3, /\b(?:haven't|have not|hasn't|has not|didn't|did not|won't|will not) (?:be )?(?:select|selected|shortlist|shortlisted|choose|chosen|pick|picked|progress|progressed) (?:yours|your (?:application|cv|profile|candidacy|candidature|resume)|you)\b|\b(?:not been|was not|were not|wasn't|weren't|is not|are not|haven't been|hasn't been|has not been|have not been|not) (?:the |a )?(?:successful|selected|shortlisted|chosen|progressed|short-listed)\b/),
  cue('does not meet requirements', 3, /\b(?:does not|doesn't|did not|didn't|do not|don't|not) (?:fully |quite |entirely |closely )?(?:meet|match|align with|fit|correspond to) (?:the|our|all|all of the|some of the|the key|our current|the current)? ?(?:minimum |basic |essential |required |published )?(?:requirements|criteria|needs|profile|qualifications|expectations)|\b(?:don't|do not|doesn't|does not|didn't|did not|aren't|isn't) (?:quite )?(?:line up|align|match(?:ing)?)(?: with)? (?:what|our|the)\b(?<=\b(?:skills|experience|background|profile)\b[^.]{0,60})|\bprofile (?:is|was) not (?:matching|suitable|a match)\b/),
  cue('chosen others whose', 3, /\b(?:chosen|chose|selected|picked|appointed|hired|gone with|went with|going with|decided on|opted for|ended up (?:going )?with|landed on|settled on) (?:other |another |an? |the |some )?(?:[a-z]+ )?(?:candidates?|applicants?|profiles?|someone|somebody|people|individuals?|person|guy|fella|lad|chap|woman|man|bloke) (?:whose|who|that|with|better|more)\b|\bdecided to (?:keep looking|continue (?:our|the) (?:search|recruitment|process) (?:for|elsewhere|with)|continue (?:looking|searching))|\bcontinu(?:e|ing) (?:our|the) (?:search|recruitment|hunt) elsewhere\b/),
  cue('application unsuccessful', 3, /\b(?:application|candidacy|candidature|you|profile|cv) (?:has |have |was |were |is |are )?(?:been )?(?:marked |deemed |rated |assessed )?(?:as )?unsuccessful|\b(?:application|candidacy|candidature)\b[^.]{1,60}? (?:has been|have been|was|is) (?:marked |deemed |rated |assessed )?(?:as )?unsuccessful/),
  cue('hired for the role', 3, /\b(?:just |already |recently |now )?hired (?:someone |somebody )?for (?:that|this|the) (?:role|position|job|opening)|\bno longer (?:recruiting|hiring) for\b/),
  cue('unsuccessful', 2.5, /\bunsuccessful\b/),
  cue('application will not go further', 3, /\b(?:application|candidacy|profile|cv|resume|candidature) (?:will not|won't|cannot|can't|would not|is not going to|isn't going to|will no longer) (?:be )?(?:taken|moved|progress|progressed|considered|proceed|go|going|advance|advanced|move)\b/),
  cue('not taking further', 3, /(?:\bwon't|\bwill not|\bnot|n't|cannot|can't) be (?:taken|moved|progressed|carried|put) (?:forward|further)\b|(?:\bnot|\bwon't|\bshan't|n't) (?:be |going to |able to |to )?(?:taking|take|taken) (?:your|you|things|this|it|matters|the process)(?: application| candidacy| candidature| cv| profile)?(?: any)? (?:further|forward|through to|ahead)/),
  cue('not inviting you', 3, /(?:\bnot|n't) (?:be )?(?:inviting|invite|invited|progress|progressing|advance|advancing|shortlist|shortlisting|moving|move|selecting|select) you\b/),
  cue('no longer considered', 3, /\b(?:no longer|not) (?:being )?(?:under |in )?(?:consideration|considered|considering (?:you|your))/),
  // The candidacy ended in so many words: "your application hasn't progressed to the assessment".
  cue('your application did not progress', 3, /\bstep(?:ping)? back from your (?:application|candidacy)\b|\bkeep(?:ing)? (?:our|the) search open\b|\byour (?:application|candidacy|candidature|cv|profile) (?:hasn't|has not|didn't|did not|won't|will not) (?:be )?(?:progress(?:ed)?|advance[d]?|mov(?:e|ed) forward|succeed(?:ed)?|proceed(?:ed)?|go(?:ne)? (?:any )?further)\b/),
  // Plain-spoken endings: "this one isn't going to work out", "the answer this time is no", "we're
  // going to stop the process here", "that's gone to one of our own", "we've wrapped up hiring".
  cue('not going to work out', 3, /\b(?:stop|end|close|halt) (?:the|this|our) process (?:here|there|at this (?:point|stage))\b|\b(?:that's|it's|that has|it has|the job's|the role's) (?:gone|going) to (?:one of|another|someone|somebody|an internal|a colleague)\b|\bwon't be going any further\b|\b(?:this|it|this one|that one) (?:isn't|is not|won't|will not|wasn't|was not)(?: going to| gonna)? work(?:ing)? out\b|\b(?:the )?answer (?:this time |for now |on this one |here )?is (?:a )?no\b|\blet(?:ting)? (?:this|that|it) (?:one )?go\b|\bwrapped up (?:hiring|the (?:search|process|recruitment|hiring))\b|\bwon't be reaching out to (?:set up|schedule|arrange|book) (?:an? )?interviews?\b|(?:\bwon't|\bwill not|\bnot|n't) be (?:bringing|taking) you on\b|\b(?:you're|you are|you were) not (?:quite )?(?:the right|the best|a good|the strongest|the) (?:fit|match|person|candidate|profile)(?: for (?:this|the|us))?\b/),
  // Everyone's candidacy ended with the role: "closing the process for all candidates, including you",
  // "the decision to cancel this position" (the reopening courtesy after it is not a pause: see rejection.ts).
  cue('process closed for everyone', 3, /\bclos(?:e|ing|ed) (?:out )?(?:(?:the|our|this) (?:recruitment |hiring |selection |interview )?process (?:for|with) )?all (?:the )?(?:remaining )?(?:candidates|applicants)\b|\b(?:decision|decided) to (?:cancel|close|withdraw|eliminate) (?:this|the) (?:position|role|vacancy|requisition|opening)\b/),
  // "the position you applied for, Clinical Analyst (JR-88213), has been filled" — but not
  // "once the role has been filled we will…".
  cue('position filled', 3, /\b(?:position|role|vacancy|job|opening|post|requisition)\b(?<!\b(?:once|when|until|before|if|after|unless|as soon as) (?:the |this |our |that )?[a-z]+)[^.;!?]{0,80}? (?:has|have|was|is) (?:now |already |since |just |recently |actually |finally |eventually )?(?:been )?(?:filled|closed|cancell?ed|canceled|withdrawn|eliminated|removed)\b|\b(?:we|we've|we have) (?:now |already |recently |actually |since |just )?filled (?:it|that|this)(?: one)?\b|\b(?:we|we've|we have) (?:now |already |recently |actually |since )?(?:filled|closed) (?:the|this|that|our) (?!last )(?:[\w-]+ ){0,3}(?:position|role|vacancy|opening|post|spot|job|place|internship|placement|apprenticeship)\b|\b(?:role|position|job|offer|post) (?:has |have )?(?:gone|went) to (?:another|a different|an internal|someone|somebody)|\b(?:we(?:'ve| have)?|we've now) (?:now |already |since )?(?:taken|took) (?:someone|somebody|another (?:candidate|person|applicant)) on\b|\b(?:we(?:'ve| have)?) (?:now |already |since )?(?:taken|took) on (?:someone|somebody|another (?:candidate|person|applicant))\b/),
  cue('offered to someone else', 3, /\bin favou?r of (?:an?other|a different|an internal|an external|one of the other|other|the other) (?:candidates?|applicants?|person|people|profiles?|finalists?)\b|\b(?:offered|offer|offering|extended an offer|extending an offer|appointed|hired|selected|chose|chosen|gone with|going with|went with|gone ahead with|went ahead with|going ahead with|made an offer|settled on|landed on|decided on|opted for)(?: the (?:role|position|job))?(?: to)? (?:another|a different|an internal|an external|a more|one of the other|someone else|somebody else|a candidate who|a candidate whose|a candidate with)/),
  cue('different direction', 3, /\b(?:decided|decision|chosen|opted|going|gone|go|went|move|moving|taking|take|to) (?:to )?(?:go )?(?:in|with) a different (?:direction|route|candidate|profile)/),
  cue('not the right fit', 3, /\bnot (?:quite |(?:the|a|an) |(?:right|good|strong|close|great|suitable|perfect|ideal|best|exact|strong enough) )+(?:fit|match)\b(?!\s*\?)|\b(?:isn't|wasn't|is not|was not|aren't|are not|weren't|were not) (?:quite )?(?:the right|the|a|the best|an ideal|the ideal|a good|a strong|the closest|the strongest|a close) (?:fit|match)\b|\b(?:don't|do not|didn't|did not) (?:think|feel|believe) (?:it's|it is|you're|you are|this is|you'd be|you would be) (?:quite )?(?:the |a )?(?:right|good|strong|great) (?:fit|match)/),
  cue('others match more closely', 2, /\b(?:more|better|most) (?:closely|directly|precisely) (?:match|matches|matched|aligns?|aligned|fits?|meets?|suited)|\bother (?:candidates?|applicants?|profiles?|individuals) (?:whose|who|that|with)\b|\b(?:stronger|more qualified|more experienced|better suited|better-suited|more suitable) (?:candidates?|applicants?|profiles?|match)/),
  cue('regret to inform', 2, /\bregret to (?:inform|tell|let you know|advise|say|notify|share)|\bregret that (?:you|your|we)\b|\bsorry to (?:inform|tell|let you know|say|share|write|be the bearer)/),
  cue('regret', 1.5, /\b(?:we|i) regret\b|\bregretfully\b|\bwith regret\b/),
  cue('unfortunately', 1, /\b(?:unfortunately|sadly|i'm afraid|i am afraid|we're afraid|we are afraid|disappointing news|(?:frustrating|disappointing) (?:outcome|news|result|reason)|not the outcome|difficult decision|tough decision|hard decision|not an easy decision)\b/),
  cue('not the news you hoped', 2, /\bnot (?:the )?(?:news|answer|outcome|result) you(?: were|'re| are)? (?:hoping|looking|wanting)/),
  cue('unable to offer', 3, /\b(?:unable to|not able to|cannot|can't|can not|won't be able to|will not be able to|not in a position to|won't|will not) (?:be )?(?:offer|offering|extend|extending|make|making) you (?:an? |the )?(?:offer|position|role|job|place|further)|\bunable to offer you\b|\bnot (?:be )?(?:offering|extending) you\b|\b(?:won't|will not|not|unable to|cannot|can't) (?:be )?(?:extending|extend|making|make) (?:you )?an? (?:offer|job offer)/),
  cue('decided against', 2.5, /\bdecided against\b|\b(?:have|had|we've) to (?:decline|turn down)\b|\bdeclin(?:e|ing) your (?:application|candidacy)/),
  cue('not move you forward', 3, /\bhold(?:ing)? off on (?:moving|progressing|advancing|taking|inviting) you\b|(?:\bnot|n't|unable to) (?:to |be )?(?:able to )?(?:move|moving|take|taking|advance|advancing|push|pushing) you (?:forward|ahead|on|further|to|through)|\b(?:didn't|did not|not) (?:quite )?make (?:it )?(?:the|to the|through|onto)(?: cut| shortlist| next)?/),
  cue('pass on your candidacy', 3, /\bpass on (?:your|you\b|moving)(?![^.]{0,40}\bto (?:the|our|my|a|an|his|her|their) )|\b(?:going to|decided to|have to|'ll|will|'d|would) pass on (?:this one|this occasion|this (?:role|time|position|application|round)|it)\b|\b(?:we|we'll|we will|we're going to|going to|decided to) pass (?:for now|at this (?:time|point|stage))/),
  cue('closing your application', 2.5, /\bclos(?:e|ed|ing) (?:out )?(?:your|this) (?:application|candidacy|file)|\b(?:application|candidacy) (?:has been |is |was )?(?:closed|archived|declined|rejected)/),
  cue('on this occasion', 1.5, /\bon this occasion\b/),
  cue('best wishes for your search', 1.5, /\b(?:wish(?:ing)? you|best of luck|all the best|every success|good luck)[^.]{0,40}\b(?:search|future|endeavou?rs?|career|next (?:step|role|opportunity|chapter)|elsewhere)\b/),
  cue('keep your cv on file', 1, /\b(?:keep|retain|hold) your (?:cv|resume|résumé|details|profile|information|application|data) (?:on file|on record|in (?:our|mind)|for future)|\bfuture (?:openings|opportunities|vacancies|roles|positions)\b/),
  // Phrasings from the blind held-out corpus (fixtures/holdout/inbound), written as general rules.
  cue('not progressing it further', 3, /(?:\bwon't|\bwill not|\bnot|n't) (?:be )?(?:progressing|taking|moving|pushing) (?:it|this|things|your [a-z]+) (?:(?:any )?(?:further|forward)\b|for (?:this|the|that) (?:role|position|job|vacancy|post)\b)/),
  cue('not setting up a next step', 3, /(?:\bwon't|\bwill not|\bnot|n't) (?:be )?(?:setting up|scheduling|arranging|booking|inviting you (?:to|for)|inviting you in for|calling you in for|bringing you in for|asking you in for|calling you in|bringing you in) (?:a |an |any |the )?(?:further |next |first |second |third |technical |final |in-person |onsite |on-site |panel )*(?:conversation|call|interview|interviews|chat|meeting|next steps?|stage|rounds?)\b/),
  cue('not among those shortlisted', 3, /\b(?:you|your (?:application|cv|profile|candidacy|candidature|resume)) (?:wasn't|was not|were not|weren't|is not|isn't|are not|aren't) (?:among|one of|part of|included in) (?:them|those|the (?:ones|group|candidates|applicants|people))\b|\b(?:wasn't|was not|isn't|is not|weren't|were not) (?:among|one of) (?:the|those)(?: [a-z]+)? (?:(?:we(?:'ve| have)?|that we|to be) )?(?:shortlisted|selected|chosen|progressing|progressed|invited)\b/),
  cue('not considered further', 3, /(?:\bnot|n't|unable to|no longer) (?:be |been |being )?(?:further )?consider(?:ed|ing)? (?:your [a-z]+ |you )?(?:any )?further\b|\b(?:unable to|cannot|can't|not able to) (?:further )?consider (?:your|you)\b/),
  cue('not offering you the role', 3, /(?:\bwon't|\bwill not|\bnot|n't) (?:be |going to |able to |be able to )?(?:offering|offer) you (?:the|this|that|a|an) (?:[\w()&/-]+ ){0,5}(?:role|position|job|post|spot|place|contract|internship|placement|apprenticeship|traineeship)\b/),
  cue('another direction', 3, /\b(?:go|going|gone|went|head|heading|headed|move|moving|take|taking|took) (?:in )?(?:another|a different|a new) (?:direction|way)\b/),
  cue('chose the other finalist', 3, /\b(?:chose|chosen|selected|picked|went with|gone with|going with|offered (?:it|the role|the position) to) (?:the |another |our )?(?:other )?(?:finalist|finalists|runner|internal candidate|external candidate)\b/),
  cue('did not meet the bar', 2.5, /\b(?:didn't|did not|doesn't|does not|not) (?:quite )?(?:meet|clear|reach|hit|pass) (?:the|our) (?:[a-z]+ )?(?:bar|threshold|cut-?off)\b/),
  cue('not enough to move you on', 3, /(?:\bnot|n't) (?:see|find|have|get|hear|gather) (?:quite )?enough\b[^.]{0,80}? to (?:move|progress|advance|take|bring|invite) you\b/),
  cue('we are closing your application', 3, /\b(?:we(?:'re| are| will| have|'ve|'ll| shall)|(?:recruiter|employer|company|team|hiring manager) has|going to|decided to|have to|need to) (?:now )?(?:be )?(?:clos(?:e|ing|ed)|archiv(?:e|ing|ed)) (?:out )?(?:your|this) (?:application|candidacy|candidature|profile)\b/),
  // The decision phrased as who goes on instead: "focusing on other profiles", "continue with two
  // other finalists", "moving forward with a candidate whose background aligns more closely".
  cue('continuing with others', 3, /\b(?:focus(?:ing)?|concentrat(?:e|ing)|continu(?:e|ing)|proceed(?:ing)?|mov(?:e|ing) (?:forward|ahead)|go(?:ing)? (?:ahead|forward)|progress(?:ing)?|pursu(?:e|ing)|prioriti[sz](?:e|ing)) (?:on |with )(?:(?:an?|the|two|three|some|a few|several|a small number of|a handful of) )?(?:other|another|different|alternative|stronger|more experienced|remaining) (?:candidates?|applicants?|profiles?|finalists?|people|person|individuals?)\b|\b(?:moving|move|going|go|proceeding|proceed|continuing|continue|progressing|progress)(?: forward| ahead)? with (?:an?|another|one|the) (?:other |different |internal |external )?(?:candidate|applicant|person|profile|individual)s? (?:whose|who|that|with)\b/),
  cue('others meet it more closely', 3, /\bother (?:candidates?|applicants?|profiles?|individuals)\b[^.]{0,40}\b(?:more|better) (?:closely |directly )?(?:match|matches|matched|meet|meets|met|fit|fits|suit|suited|align|aligned|qualified|experienced|relevant)|\b(?:priority|preference) to (?:applicants|candidates|people|those) (?:who|with|whose)\b|\bprioriti[sz](?:e|ing) (?:people|candidates|applicants|those|profiles) (?:who|with|whose)\b/),
  cue('filled internally', 3, /\b(?:fill|filled|filling) (?:the|this|that) (?:[\w-]+ ){0,3}(?:role|position|vacancy|opening|post|job) internally\b|\b(?:go|gone|going|went|proceed|proceeding|move|moving) (?:forward |ahead )?with an internal (?:candidate|applicant|hire|colleague)\b|\binternal (?:candidate|applicant|colleague)\b[^.]{0,40}\b(?:was |has been |been )?(?:chosen|selected|appointed|offered|successful)\b/),
  cue('headcount removed', 3, /\b(?:remove|removed|removing|cut|cutting|eliminat\w+|withdr\w+|lost|pull(?:ed)?) (?:the )?(?:headcount|requisition|req)\b|\bclos(?:e|ing|ed) out (?:all )?(?:the )?(?:active |remaining |open )?(?:candidates|applications|candidacies)\b/),
  cue('decision was to stop', 3, /\b(?:decision|call|verdict|conclusion) (?:was|is) (?:to stop|not to|that we (?:won't|will not|can't|cannot|shouldn't))\b|\brather than (?:bring(?:ing)?|invit(?:e|ing)|mov(?:e|ing)|progress(?:ing)?|advanc(?:e|ing)|tak(?:e|ing)) you\b/),
  cue('application no longer active', 3, /\byour (?:application|candidacy|candidature)(?: for [^.]{1,60}?)? (?:is|has been|was) (?:now )?(?:no longer (?:active|under consideration|being considered|in (?:process|progress))|inactive|declined|archived)\b|\byour (?:application|candidacy|candidature)(?: for [^.]{1,60}?)? (?:will (?:now )?(?:be )?close[sd]?|(?:has|have) (?:now )?been closed|is (?:now )?closed)\b/),
  cue('found someone', 3, /\b(?:found|find|finding) (?:our|the right|the|a) (?:person|candidate|hire|match|fit)\b(?! (?:for|to) (?:you|your))|\b(?:found|chosen|picked|hired|selected) (?:someone|somebody) (?:else|for (?:the|this|that)|who|with)\b|\b(?:we|i)(?:'ve| have)? (?:already |now |since )?found (?:someone|somebody)\b/),
  cue('application status', 3, /\b(?:status|estado|statut|état|stand)\b[^.\n]{0,30}?[:\-–]?\s*(?:unsuccessful|rejected|not selected|not eligible|ineligible|declined|not progressed|no longer under consideration|abgelehnt|absage|refusée?|rechazad[ao]|descartad[ao]|afgewezen)\b/),
  cue('not recommended', 3, /\bnot (?:been )?recommended (?:for|you|your)\b|\b(?:has|have|did) not recommend(?:ed)? (?:you|your)\b|\bscreened out\b/),
  cue('offer rescinded', 3, /\b(?:rescind|withdraw|retract|revoke|pull)(?:ing|ed|n)? (?:the|our|your) (?:job |employment |conditional )?offer\b/),
  cue('going to pass', 3, /\b(?:we're|we are|i'm|i am|we've|we have|have|has) (?:going to |decided to )?pass(?:ed)?(?: on (?:this one|this|it|you))?[.!,;]|\bgoing to pass\b(?! (?:on )?(?:your|the) (?:cv|details|application|name) (?:to|on|along))/),
  cue("it's a no", 3, /\b(?:it's|it is) (?:a )?(?:no|pass)(?: (?:from us|for now|this time|on this one|for this (?:role|one)))?\b(?! (?:problem|worries|rush|longer))/),
  cue('chose someone else', 3, /\bhir(?:ed|ing) (?:someone|somebody) (?:internal\w*|else|from within)\b|\bnot going ahead (?:externally|with (?:external|outside) (?:candidates|applicants))\b|\b(?:take|taking|took|taken) on (?:someone|somebody|another|a different)\b|\brecommended (?:another|a different|the other) (?:applicant|candidate|person)\b|\boffered to\b[^.]{0,30}\b(?:another|a different|an internal|one of the other|someone else|somebody else|the other) (?:applicant|candidate|finalist|person)\b|\bextend(?:ed|ing) (?:an|the|our) (?:job )?offer to (?:another|a different|an internal|the other|someone|somebody|one of)\b/),
  cue('application ends here', 3, /\b(?:application|candidacy|process|journey)\b[^.]{0,50}\bends here\b|\bfell below the (?:benchmark|threshold|required|minimum|pass mark)\b/),
  cue('made a hire', 3, /\b(?:we(?:'ve| have)|has|have|they(?:'ve| have)) (?:now |just |recently |since )?(?:made (?:a|an|the|our) (?:hire|appointment|selection)|hired (?:someone|somebody|a |an |the |our )|filled (?:the|this|that) (?:[\w-]+ ){0,3}(?:role|position|vacancy|opening|seat))\b/),
  cue('search concluded', 3, /\b(?:search|process|recruitment|hiring process|selection process|recruiting process)\b(?<!\b(?:once|when|until|before|if|after|unless) (?:the |this |our )?(?:[a-z]+ )?[a-z]+)[^.;]{0,70}? (?:has|have|is|was) (?:now )?(?:concluded|completed|closed|finished|come to an end)\b|\ban appointment (?:has been|will be|was) (?:made|announced)\b/),
  cue('not found suitable', 3, /(?:\bnot|n't) (?:been )?(?:found|find|deem(?:ed)?|consider(?:ed)?) (?:your|you)(?: [a-z]+)? (?:suitable|a (?:suitable|good|strong|close) (?:fit|match))|\b(?:was|were|is|are|have been|has been) not (?:found |deemed |considered )?suitable\b/),
  cue('es: no continuarás', 3, /\bno (?:continuar[áa]s?|seguir[áa]s?|avanzar[áa]s?|pasar[áa]s?|contin[úu]as|sigues|avanzas) (?:en|a|al|con)\b|\bno (?:vamos a|podemos|podremos|podríamos) (?:seguir|continuar|avanzar)(?: adelante)? (?:contigo|con usted|con vos)\b|\b(?:vacante|puesto|posición|plaza)\b[^.]{0,80}?\b(?:ya )?(?:ha sido|fue|está|ha quedado|quedó) (?:ya )?(?:cubiert|ocupad)|\bno (?:fue|ha sido|resultó) (?:seleccionad|elegid|preseleccionad)/),
  cue('fr: pas plus loin', 3, /\bne (?:va|allons|pouvons|pourrons|irons) (?:malheureusement )?pas (?:aller |poursuivre |continuer )?plus loin\b|\bpas (?:aller|poursuivre) plus loin\b/),
  cue('nl: niet met je verder', 3, /\b(?:gaan|ga|kunnen|zullen) (?:helaas )?niet (?:met (?:je|jou|u) )?verder\b/),
  cue('not shortlisted (in)', 3, /\b(?:profile|application|cv|resume|candidature) (?:has|have) not been (?:shortlisted|selected|considered)/),

  // ── German ──
  cue('de: anderer Kandidat', 3, /\bfür jemand(?:en)?\b[^.]{0,12}\bentschieden\b|\b(?:intern|bereits|schon|inzwischen|anderweitig) besetzt\b|\bhaben (?:sie|die stelle|diese stelle) (?:\w+ )?besetzt\b|\banderweitig (?:entschieden|besetzt|vergeben|zu besetzen)|\banders (?:besetzen|besetzt|vergeben|entschieden)\b|\bbesetz(?:en|t)(?: wir)? (?:die |diese |unsere )?[^.]{0,40}?\bmit (?:jemand(?:em)?|einer? (?:anderen?|kandidat\w*|bewerber\w*|person))\b|\bandere(?:n|r)? (?:bewerber\w*|kandidat\w*|profile)(?: und (?:bewerber|kandidat)\w*)? (?:in betracht zu ziehen|zu berücksichtigen|weiterzuverfolgen|einzuladen|vorzuziehen|den vorzug zu geben)|\bfür (?!sie\b|dich\b|ihre?\b|deine?\b)(?:eine?n?|die|den)\b[^.]{0,50}? entschieden\b|\bfür (?:jemand(?:en)? ander(?:en|s)|eine andere person|einen anderen|eine andere)\b[^.]{0,30}\bentschieden|\bjemand(?:en)? ander(?:en|s) (?:gefunden|gewählt|eingestellt|genommen)|\bmit (?:einer? |einem |den )?(?:anderen?|weiteren?) (?:kandidat|bewerber)|\bfür (?:eine?n?|die|den|andere|weitere)? ?(?:kandidat|bewerber)\w*(?: und (?:kandidat|bewerber)\w*)?,?[^.]{0,60}? entschieden|\bfür (?:eine?n?|die|den) (?:andere[nr]?|weitere[nr]?) (?:kandidat|bewerber|person|profil)|\bfür (?:andere|weitere) (?:kandidat|bewerber|profile)/),
  cue('de: nicht berücksichtigen', 3, /\bnicht (?:weiter |länger |mehr |näher )?(?:berücksichtig|in betracht|in die (?:engere|nächste)|in den engeren kreis|ausgewählt|weiterverfolg|verfolgen|fortsetzen|fortzusetzen|weiterzuverfolgen|weiterzuführen|weiterführen|zu berücksichtigen|für die nächste|zum zug|weiterkommen|eingeladen|einladen)/),
  cue('de: keine Zusage', 3, /\b(?:keine|keinen|kein) (?:positive|positiven|zusage|stelle anbieten|angebot|positiveren)|\bgegen (?:sie|dich|ihre bewerbung|deine bewerbung) entschieden|\babsagen müssen|\bnicht positiv (?:beantworten|bescheiden)/),
  cue('de: Absage', 2.5, /\babsage\b|(?<!(?:termin|gespräch|treffen|interview|call|meeting|telefonat)\w*\b[^!?;]{0,120})\babsagen\b/),
  cue('de: Absage auf Ihre Bewerbung', 3, /\babsage(?:\s*:| zu| auf| für)? (?:ihre|deine|ihrer|deiner) bewerbung/),
  cue('de: Stelle besetzt', 3, /\b(?:stelle|position|vakanz)(?: [a-zäöüß]+){0,3}? (?:(?:wurde|ist|bereits|schon|inzwischen|mittlerweile|anderweitig) )*(?:besetzt|vergeben)/),
  cue('de: leider', 1, /\bleider\b/),
  cue('de: bedauern', 1.5, /\bbedauer(?:n|lich|licherweise)\b|\bmüssen (?:wir )?ihnen (?:leider )?mitteilen|\bmitteilen,? dass\b/),
  cue('de: passt nicht', 2.5, /\bpasst (?:leider )?nicht|\bnicht (?:ganz |vollständig |ausreichend )?(?:zu )?unseren? (?:anforderungen|erwartungen|profil)|\bpassender(?:e|en)? (?:kandidat|profil|bewerber)|\bbesser (?:zu (?:unseren|den|der)|passt|geeignet|entspricht)/),
  cue('de: viel Erfolg', 1.5, /\b(?:viel erfolg|alles gute)[^.]{0,40}\b(?:weiteren|zukunft|suche|beruflichen|weg)/),

  // ── French ──
  cue('fr: pas de suite favorable', 3, /\bne (?:donnerons|pourrons|pouvons|souhaitons)(?: malheureusement)? pas (?:y )?(?:donner )?suite|\bpas (?:pu )?(?:y )?donner (?:une )?suite|\bne (?:pas |pouvons pas |pourrons pas |pourrons malheureusement pas |pouvons malheureusement pas )?(?:y )?donner (?:une )?suite|\bpas en mesure de (?:donner (?:une )?suite|poursuivre|retenir)|\bsuite défavorable/),
  cue('fr: pas retenue', 3, /\bpas (?:été )?retenue?s?\b|\bne pas retenir\b|\bne (?:pouvons|pourrons) (?:malheureusement )?pas retenir|\bnon retenue?s?\b|\bpas été sélectionné/),
  cue('fr: retenu un autre profil', 3, /\bconfier (?:le|ce) poste\b[^.]{0,80}\sà (?:une personne|quelqu'un|une? autre|un(?:e)? candidat)|\b(?:avons|a|ont) comblé (?:le|ce|notre) poste|\b(?:choisi|retenu|engagé|embauché|recruté) (?:une personne|quelqu'un|un candidat|une candidate)\b|\b(?:retenu|choisi|sélectionné|privilégié|opté pour|part(?:ons|ir|i)? sur) (?:un autre|une autre|d'autres|un profil|une candidature|un candidat|une candidate)/),
  cue('fr: autre candidat', 2.5, /\b(?:autres?|un autre|une autre|d'autres) (?:candidat|profil|candidature)|\bprofils? (?:plus|mieux) (?:adapté|proche|en adéquation|correspondant)/),
  cue('fr: ne correspond pas', 2.5, /\bne correspond(?:ait|ent)? pas\b|\bpas (?:en )?adéquation/),
  cue('fr: au regret', 2, /\b(?:au|le) regret de\b|\bregrettons\b|\bsommes désolés de/),
  cue('fr: malheureusement', 1, /\bmalheureusement\b/),
  cue('fr: poursuivre avec d\'autres', 3, /\b(?:poursuivre|continuer|avancer)\b[^.]{0,100}?\bavec (?:un autre|une autre|d'autres) (?:profil|candidat|candidature|personne)|\bposte\b[^.]{0,40}\b(?:été )?(?:re)?pourvu|(?:décidé|\bchoisi) de (?:poursuivre|continuer|avancer|aller de l'avant) avec (?:un |une |d')?(?:autre|candidat)|\bne (?:pas )?poursuivre\b|\bne poursuivrons pas|\bpas (?:poursuivre|continuer) (?:le processus|avec (?:vous|votre))/),
  cue('fr: bonne continuation', 1.5, /\bbonne (?:continuation|chance) dans (?:vos|votre)|\bplein succès\b|\bréussite dans (?:vos|votre)/),

  // ── Spanish ──
  cue('es: no continuar con tu candidatura', 3, /\bno (?:continuar|seguir|avanzar|proseguir|podremos continuar|podemos continuar|podremos avanzar|podemos avanzar|vamos a continuar|vamos a avanzar|seguiremos|continuaremos|avanzaremos)(?: adelante)?(?: en el proceso)? con (?:tu|su) (?:candidatura|proceso|postulación|solicitud|aplicación|perfil)/),
  cue('es: otros candidatos', 3, /\b(?:seleccionado|elegido|escogido|preferido) (?:a )?otr[oa]s? (?:candidat|perfil|postulant|persona)|\b(?:seguir|continuar|avanzar|adelante|proceder|avanzar)(?: (?:con |en )?(?:el|nuestro) proceso)? con otr[oa]s? (?:candidat|perfil|postulant|persona)|\bdecantado por (?:otr[oa]s?|alguien|un[ao]? (?:candidat|perfil|persona))|\b(?:decidido|optado) (?:por|seguir con) otr[oa]s?/),
  cue('es: otro perfil', 2, /\botr[oa]s? (?:candidat|perfil|postulant)|\bperfil(?:es)? (?:que se ajust|más (?:ajustad|adecuad|alineado))/),
  cue('es: otra persona', 3, /\b(?:seguir|continuar|avanzar) (?:adelante )?con (?:otros |otras )?(?:perfiles|candidatos|candidatas|personas) (?:que|cuy|con|más)|\b(?:elegimos|hemos elegido|elegido|seleccionamos|hemos seleccionado|escogimos|contratamos|hemos contratado|optamos por|nos decidimos por|nos quedamos con|nos hemos quedado con|hemos quedado con|decidimos ir con)\b[^.]{0,30}\b(?:otra persona|otro candidato|otra candidata|otro perfil|alguien)\b/),
  cue('es: no seleccionado', 3, /\bno (?:has|ha|hayas|haya|han) (?:sido|resultado) (?:seleccionad|elegid|preseleccionad|exitos|favorable)|\bno (?:ha|has) (?:avanzado|pasado)/),
  cue('es: no se ajusta', 2.5, /\bno (?:se ajusta|encaja|coincide|se adecua|se alinea)\b/),
  cue('es: lamentablemente', 1, /\blamentablemente\b|\bdesafortunadamente\b|\bpor desgracia\b|\binfortunadamente\b/),
  cue('es: lamentamos informar', 2, /\b(?:lamentamos|sentimos|lamento|siento) (?:mucho )?(?:informar|comunicar|decir|tener que)/),
  cue('es: descartado', 2, /\bdescartad[oa]s?\b|\bhemos decidido no\b|\bdecidimos no\b/),
  cue('es: puesto cubierto', 3, /\b(?:puesto|vacante|posición)(?: [\wáéíóúñ]+){0,5}? (?:ya )?(?:ha sido|fue|está|se ha) (?:cubiert|ocupad)/),
  cue('es: éxito en tu búsqueda', 1.5, /(?:éxito|\bsuerte) en (?:tu|su) (?:búsqueda|futuro|carrera|próximo)/),

  // ── Dutch ──
  cue('nl: helaas', 1, /\bhelaas\b/),
  cue('nl: afwijzing', 2.5, /\bafwijzing\b|\bafgewezen\b|\bteleurstellen\b/),
  cue('nl: niet verder', 3, /\bbesloten (?:om )?(?:niet verder|je niet|jou niet|u niet)|\bniet (?:verder|door) (?:te )?(?:gaan|gaat|nemen|mee) (?:met|in) (?:je|jouw|uw|de)|\bniet verder (?:gaan|met)|\bniet (?:verder )?(?:mee)?nemen (?:in|naar)\b/),
  cue('nl: gekozen voor een ander', 3, /\bverder (?:te )?gaan met (?:een |de )?andere? (?:kandida|sollicitant|persoon)|\bvoort (?:te )?zetten met (?:een |de )?andere? (?:kandida|sollicitant|persoon)|\b(?:met|voor) (?:een |de )?andere? (?:kandidaat|kandidate|sollicitant|persoon)\b[^.]{0,25}\bverder\b|\bgekozen voor (?:een |de )?(?:andere )?(?:kandida|sollicitant|profiel)|\b(?:andere|een andere) (?:kandidaat|kandidate|sollicitant) (?:gekozen|aangenomen|geselecteerd)/),
  cue('nl: andere kandidaat', 2.5, /\bandere (?:kandida|sollicitant|profiel)|\b(?:keuze|voorkeur) (?:is )?(?:gevallen|gegeven|gemaakt) (?:op|aan|voor) (?:een |de )?ander/),
  cue('nl: iemand gevonden', 3, /\b(?:kiezen|gekozen|kozen)(?: [a-z]+){0,2} voor iemand\b|\bnemen (?:we|wij) (?:je|jouw|uw) (?:sollicitatie|cv|kandidatuur) niet mee\b|\b(?:nodigen|nodig) (?:wij |we )?(?:je|jou|u) (?:dus |helaas |daarom )?niet uit\b|\bgaan (?:voor|met) iemand\b|\bverder met iemand\b|\b(?:u|jij|je) (?:behoort|hoort|zit|bent) (?:daar|er) niet bij\b|\bgaat (?:dus |helaas )?niet naar (?:jou|u)\b|\biemand (?:anders )?(?:gevonden|gekozen|aangenomen)\b|\b(?:gekozen|gevonden) (?:voor )?iemand\b/),
  cue('nl: niet geselecteerd', 3, /\bniet (?:uit (?:te )?nodigen|uitgenodigd|uitnodigen|uitnodigt|geselecteerd|gekozen|in aanmerking|door naar|doorgaan|verder in|aangenomen)/),
  cue('nl: sluit niet aan', 2.5, /\bsluit (?:helaas )?(?:[\wë]+ ){0,4}niet (?:voldoende |goed )?aan\b|\bsluit (?:helaas |echter |dus )?(?:niet|onvoldoende)(?: goed| voldoende| helemaal)? aan|\bpast (?:helaas )?niet\b|\bniet (?:goed )?(?:genoeg )?aan(?:sluit|sluiten)/),
  cue('nl: vacature vervuld', 3, /\bvacature (?:is )?(?:inmiddels |al |reeds )?(?:ingevuld|vervuld|gesloten)/),
  cue('nl: succes', 1.5, /\bsucces (?:met|bij|in) (?:je|jouw|uw) (?:zoektocht|verdere|toekomst|carrière|loopbaan)/),
];

/** The mail is about a job application / hiring process (any language). */
export const JOB_CONTEXT = /\b(?:your interest in|training contract|graduate (?:scheme|programme|program)|in te werken|inwerken|proefdag|meedraaien|meeloopdag|(?:the|this|that) (?:[\w-]+ ){0,3}post\b|lead(?:er)?|supervisor|assistant|officer|coordinator|technician|operator|driver|nurse|teacher|chef|barista|pharmacist|internship|intern|apprentice\w*|trial (?:shift|day|session)|(?:the|this|that) (?:[\w-]+ )?spot\b|(?:filled|fill) (?:the|this|that|our) (?:[\w-]+ ){0,3}(?:spot|post|place|position|role|job)|opportunity|appointment|(?:final|next|first|second|last) round|(?:the|your) search|application|applied|applying|candidacy|candidates?|candidature|positions?|role|roles|vacanc(?:y|ies)|opening|hiring|recruit\w*|interview\w*|cv|résumé|resume|shortlist\w*|job|jobs|talent|bewerbung|bewerber\w*|stelle|kandidat\w*|vorstellungsgespräch|gespräch|lebenslauf|candidat\w*|poste|entretien|recrutement|puesto|vacante|entrevista|postulación|proceso de selección|selección|sollicitatie|sollicitant|vacature|functie|gesprek|kandida\w*|hire|hired|onsite|cargo|engineer|developer|designer|writer|analyst|scientist|manager|architect|consultant|administrator|founding)\b/;

/** Unambiguously about employment: with these present, a word like "credit" or "insurance" is the employer's trade. */
export const JOB_STRONG = /\b(?:positions?|role|roles|vacanc(?:y|ies)|hiring|recruit\w*|interview\w*|candidacy|cv|résumé|resume|job|stelle|vorstellungsgespräch|poste|entretien|puesto|vacante|entrevista|sollicitatie|vacature|functie)\b/;

/** Evidence that the mail is something other than a job rejection for the recipient. */
export const BLOCK_CUES: Cue[] = [
  // Invitations, scheduling, moving forward.
  cue('invitation', -4, /\b(?:(?:invite|inviting|invited) you|(?:like|love|want|pleased|happy|delighted|glad) to invite(?: you)?|invitation) (?:to|for) (?:an? |the |your |our |a quick |a short )?(?:next |second |third |final |first |technical |onsite |on-site |video |phone |virtual |in-person |panel |follow-up |brief )*(?:interview|call|chat|conversation|round|stage|meeting|screen|assessment|coffee|visit(?! (?:our|the) (?:careers?|jobs?|web|site|page|portal))|onsite|on-site)/, true),
  cue('scheduling', -3, /\b(?:schedule\b|scheduling|reschedul\w*|calendly|book (?:a|an|your) (?:time|slot|call|interview)|are you available|would you be available|your availability|time slots?|what times?|works? (?:best )?for you\b|move (?:it|the interview|our (?:call|interview|meeting|chat)|the call) to|push (?:it|the interview|our call) (?:back|to)|postpone|terminvorschlag|termin vereinbaren|verschieben|verschiebung|folgenden termine|termine für sie|disponibilités|créneau|reprogramar|disponibilidad|verzetten|inplannen|beschikbaarheid)/, true),
  cue('good news', -4, /\b(?:pleased|delighted|happy|excited|thrilled|glad) to (?:invite|inform you that you|let you know (?:that )?you(?:'ve| have)|offer(?! (?:you )?(?:(?:some|more|individual|personal|detailed|brief|any|further|verbal|written|constructive|honest|a|short|quick|to)\s+)*(?:feedback|call|chat|support|advice|help|conversation|debrief|discuss|talk|speak|share))|confirm your|move you|advance you|progress you|extend(?! (?:you )?(?:(?:some|more|individual|personal|detailed|brief|any|further|verbal|written|constructive|honest|a|short|quick|to)\s+)*(?:feedback|call|chat|support|advice|help|conversation|debrief|discuss|talk|speak|share))|welcome)|\bgood news\b(?!\s*\?| is (?:that )?there)|\bfreuen uns,? (?:ihnen|dich|sie)|\bheureux de vous (?:inviter|proposer|annoncer)|\bnos complace|\bcomplace(?:mos)? invitar|\bmet plezier (?:nodigen|laten)|\bgraag uitnodigen/, true),
  // "Congratulations on making it to the final round" is praise before the news, not good news.
  cue('congratulations', -2.5, /\b(?:congratulations|congrats|félicitations|herzlichen glückwunsch|enhorabuena|felicidades|gefeliciteerd)\b(?! (?:again )?(?:on|for) (?:reaching|making|getting|being|progressing|your (?:progress|performance)))/),
  cue('offer', -4, /\b(?:offer letter|offer of employment|employment offer|job offer|formal offer|written offer|extend(?:ing)? you (?:an|the|a formal|a) offer|(?:like|love|pleased|happy|delighted) to (?:offer|extend)(?! (?:you )?(?:(?:some|more|individual|personal|detailed|brief|any|further|verbal|written|constructive|honest|a|short|quick|to)\s+)*(?:feedback|call|chat|support|advice|help|conversation|debrief|discuss|talk|speak|share))|your start date|compensation package|compensation review|signing bonus|sign-on bonus|base salary|(?:top|bottom) of the (?:salary )?band|welcome (?:to the team|aboard)|arbeitsvertrag|vertragsangebot|promesse d'embauche|proposition d'embauche|oferta (?:de empleo|formal)|arbeidsovereenkomst|aanbod)\b/, true),
  cue('next steps ahead', -2, /\b(?:next steps? (?:will be|is to|are)|the next stage (?:is|will be)|move (?:you )?(?:forward )?to the next (?:round|stage|step)|moving you forward|progress(?:ing)? you to)/, true),
  // Application received (the acknowledgement, not the decision).
  cue('application received', -1.5, /\b(?:we(?:'ve| have)|has been|was|is|have been|had) (?:successfully )?received your|\bconfirm(?:ing|s)? (?:that )?(?:we(?:'ve| have)? received|receipt)|\bapplication (?:has been |was )?(?:successfully )?(?:submitted|received)|\bwe(?:'re| are) (?:currently )?(?:reviewing|looking at) your|\b(?:will|we'll|we will) (?:be )?(?:review|reviewing|carefully review)|\beingegangen|\beingangsbestätigung|\bbien reçu|\bavons (?:bien )?reçu votre|\bhemos recibido (?:tu|su)|\bontvangstbevestiging|\bhebben (?:je|jouw|uw) sollicitatie (?:in goede orde )?ontvangen/),
  cue('if you do not hear', -5, /\bif you (?:do not|don't|have not|haven't|did not|didn't) (?:hear|receive)|\bonly (?:be )?(?:able to )?(?:contact|respond to|reply to|get back to|notify|be in touch with) (?:the )?(?:shortlisted|successful|selected)|\bshould you not (?:hear|receive)|\bif we (?:do not|don't) (?:get back|respond|contact)|\bsollten sie (?:innerhalb|bis|nichts)|\bsans (?:réponse|nouvelles?|retour) de (?:notre|votre) part|\bsin (?:respuesta|noticias) (?:nuestra|por nuestra parte)|\bohne (?:rückmeldung|antwort) (?:unsererseits|von uns)|\bzonder (?:reactie|bericht) van (?:ons|onze kant)|\bsi no (?:recibes|recibe|has recibido|tienes) (?:respuesta|noticias)|\bals (?:je|u) (?:binnen|niets)[^.]{0,40}\bhoort/),
  // Assessments.
  cue('assessment to take', -4, /\b(?:please|kindly) (?:complete|take|start|submit|finish|attempt)\b|\b(?:invite|invited|invitation) (?:you )?to (?:complete|take)|\b(?:click|use|follow) (?:the|this) link (?:below )?to (?:start|begin|access|take)|\byou (?:will )?have \d+ (?:days|hours|business days) to (?:complete|submit)|\b(?:assessment|test|challenge|assignment|exercise) (?:link|invitation|invite|instructions)|\bdeadline (?:for|to) (?:complete|submit)/, true),
  // On hold is not a rejection: the application stays open.
  cue('on hold', -5, /\bon hold\b|\bhiring freeze\b|\bpaus(?:e|ed|ing) (?:on )?(?:the |our |all |this )?(?:hiring|recruit\w*|search|process|role|position)|\bput (?:the|this|our) (?:role|position|search|process|hiring) on\b|\bkeep(?:ing)? your application (?:open|active|on hold|live)|\bbudget (?:approval|freeze)|\bfrozen\b|\bauf eis\b|\beinstellungsstopp|\bvorerst pausiert|\ben suspens\b|\bgel des recrutements|\bmis en pause|\ben pausa\b|\bcongelad|\btijdelijk (?:stopgezet|gepauzeerd)|\bvacaturestop|\bgepauzeerd/),
  // "If the role reopens, I'll reach out": a rejection may say it too, so it weighs less than a hold.
  cue('if it reopens', -2, /\b(?:when|once|if|as soon as|should) (?:hiring|the role|the position|recruitment|the search|the process|it) (?:resumes|reopens|re-opens|is reopened|is re-opened|gets reopened|restarts|picks back up)/),
  // Rejections of other things.
  cue('other domain: credit', -5, /\b(?:loan|loans|mortgage|credit (?:card|limit|line|application|check|score|report|reference)|overdraft|lender|lending|underwrit\w*|borrowers?|borrowing (?:limit|capacity|power)|kredit\w*|darlehen|prêt|crédit|préstamo|crédito|hipoteca|lening|hypotheek|krediet)\b/),
  cue('other domain: housing', -4, /\b(?:apartment|flat|tenancy|tenant|rental|landlord|letting agent|lease|viewing|wohnung|mietvertrag|vermieter|besichtigung|appartement|logement|bailleur|piso|alquiler|apartamento|woning|huurwoning|verhuurder|bezichtiging)\b/),
  cue('other domain: talk', -4, /\b(?:talk|session|workshop) (?:proposal|submission|abstract)|\bcall for (?:papers|proposals|speakers|talks)|\bcfp\b|\bprogram(?:me)? committee|\bspeakers?\b|\bconference(?! call)|\bmeetup\b|\byour (?:talk|abstract|proposal)\b/),
  cue('other domain: code', -4, /\b(?:pull request|merge request|repository|maintainers?|contribution guidelines|patch|upstream|codebase)\b|\bpr #?\d+/),
  cue('other domain: paper', -4, /\b(?:manuscript|journal|peer review|editor-in-chief|editorial (?:board|office|decision)|special issue|proceedings|your paper|the paper)\b/),
  cue('other domain: misc', -3, /\b(?:grants?(?= (?:application|proposal|funding|programme|program|round|committee|panel))|(?:your|the|a|our|research) grants?|(?:the|our|this) [\w ]{0,30}fund|(?:could|able to|unable to) fund|for funding|grants? team|fund(?:ing)? (?:application|proposal|request|round|decision)|your entry|entries|contest|ballot|scholarship (?:application|programme|program|committee|award|fund)|becas?|bourses? (?:d'études|de recherche|doctorale?s?)|stipendi\w*|studiebeurs\w*|(?:for|to) (?:the|a|this|our) (?:[\w-]+ ){0,2}scholarship|admissions?|visa|insurance (?:claim|policy|application|quote|cover(?:age)?|premium)s?|(?:your|the|this) (?:insurance )?claim|membership|accelerator|cohort|tenders?|bid|residency|business account|bank account|account application|account opening|hackathon|hack ?week|bootcamp|volunteer\w*)\b/),
  // Full weight even beside job words: an admissions committee is not an employer.
  cue('admissions', -4, /\badmissions? (?:committee|office|team|decision|panel|board)\b|\b(?:mba|msc|ma|phd|master's|bachelor's|doctoral|degree|undergraduate|postgraduate)\b[^.]{0,40}\b(?:programme|program|course|admissions?|intake)\b|\boffer of admission\b/),
  // A nudge to finish an application: "otherwise your application won't be considered".
  cue('action needed', -3, /\bplease (?:upload|attach|re-?submit|complete your (?:application|profile)|finish your application)\b|\b(?:application|profile) (?:is|was|remains) (?:still )?incomplete\b|\bincomplete application\b|\botherwise,? (?:your|the|we)\b|\b(?:application|profile|submission)\b[^.]{0,40}\bincomplete\b|(?:\bnot|n't) be (?:considered|reviewed|processed)\b[^.]{0,80}\bunless\b|\bhaven't (?:yet )?submitted\b|\bcontinue your application\b|\bunvollständig\b|\bfehlende[n]? (?:unterlagen|dokumente)|\bohne (?:diese|die|ihre|deine) (?:unterlagen|dokumente)|\bdossier (?:est )?incomplet|\bdocuments? manquants?|\bcandidatura (?:está )?incompleta|\bdocumentación pendiente|\bonvolledig\b|\bontbrekende (?:documenten|stukken)/),
  // The door opens again: "the role is live again", "would you still be interested".
  cue('reopened', -4, /\b(?:back open|live again|open again|re-?opened|available again)\b(?<!\b(?:if|when|once|should|until|unless)\b[^.]{0,45})|\b(?:still|be) (?:interested|available)\b[^.?]{0,40}\?/),
  // "If you were not successful in a previous application…": a condition, not a decision.
  cue('hypothetical', -4, /\bif (?:you|your application) (?:were|was|are|is|have been|has been) (?:not |un)(?:successful|selected)\b|\b(?:profile|account) (?:has been|is) inactive\b|\bwill be (?:permanently )?deleted (?:on|in|unless|after)\b/),
  // A friend's own news: "didn't get the Kestrel job", and they want a reference.
  cue('friend asks', -5, /\b(?:i )?didn't get (?:the|that|a|my) (?:[\w-]+ ){0,3}(?:job|role|position|offer)\b|\b(?:be|as) (?:a |my )?referee\b|\bput you down (?:as|for)\b|\btwo references\b/),
  // A job the candidate only saved or viewed has closed: nothing was decided about them.
  cue('saved job', -5, /\b(?:a |the )?jobs? you (?:saved|viewed|liked|bookmarked|followed|favou?rited)\b|\bsaved (?:job|search)(?:es|s)?\b/),
  // "Please disregard our previous email": a correction, the application is still alive.
  cue('correction', -5, /\bsent in error\b|\bsent (?:to you )?(?:by mistake|in error|erroneously)\b|\bplease disregard\b|\bdisregard (?:it|that|this|our (?:previous|earlier|last))\b|\bstill under (?:review|consideration)\b/),
  // The candidate withdrew: the ATS confirms, it does not decide.
  cue('withdrawal', -5, /\b(?:you(?:'ve| have)?|your request to) (?:withdrawn|withdrew|withdraw)\b|\b(?:application|candidacy|candidature)\b[^.]{0,40}\bwithdrawn\b|\bwithdrawal (?:of|request|confirm)|\bat your request\b|\bas you requested\b|\bzurückgezogen|\bretiré|\bretirad[oa]|\bingetrokken/),
  // Job alerts and newsletters (weights, not vetoes: ATS rejections carry footers too).
  cue('job alert', -1.5, /\b(?:job alerts?|jobs? (?:you may|you might|that may|that might|for you|matching|recommended|picked)|new jobs?|recommended (?:jobs|roles|for you)|top jobs|similar jobs|apply now|easy apply|newsletter|weekly digest|view (?:all )?jobs|see (?:all |more )?jobs)\b/),
  cue('newsletter', -6, /\bthis week's (?:question|issue|edition|tip)|\byou(?:'re| are) (?:getting|receiving) this because|\byou subscribed\b|\buntil next (?:week|issue|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bin the full article\b|\bview (?:it |this (?:email )?)?in (?:your )?browser\b|\bin this issue\b|\bthis week:|#\d{2,}:|\btips? to (?:stand out|get)|\bread more\b/),
  cue('unsubscribe footer', -0.5, /\bunsubscribe\b|\bmanage (?:your )?(?:alerts|preferences|notifications|subscriptions)/),
  // Recruiter outreach.
  cue('recruiter outreach', -3, /\b(?:came across your (?:profile|cv|resume|background)|(?:found|saw|noticed|reviewed) your (?:linkedin|github|profile|background) and|i(?:'m| am) (?:recruiting|hiring) for|reaching out (?:about|regarding|because)|interested in (?:exploring|hearing|learning more))/),
  // Also how a warm rejection offers a future role: counts only where nobody has met (see rejection.ts).
  cue('recruiter outreach (soft)', -3, /\b(?:my client|on behalf of (?:my|our) client|(?:would|might) you be (?:interested|open)|are you (?:open|interested)|open to (?:a |new )?(?:chat|conversation|opportunities|roles|hearing)|let me know if you(?:'re| are) (?:interested|open))/),
  // The writer speaks of their own rejection: a friend, not an employer.
  cue('referral', -3, /\b(?:refer you|referral|want me to refer|put in a good word)\b/),
  cue('first-person rejection', -3, /\b(?:i|i've|i have|i just|just) (?:got|been|was|received|had|get) (?:another |a |the )?(?:rejected|rejection|turned down|dinged|the boot)|\brejected me\b|\bturned me down\b|\bmy application\b|\blook (?:at )?what i got|\bthought you(?:'d| would) (?:find|like|want)|\bfor your amusement|\bthey rejected\b/),
];

/** Stage: the candidate met the employer (a call, an interview, an assessment, a final round). */
export const INTERVIEW_STAGE = /\b(?:(?:after|following|since|for) (?:your|our|the|all the|each of the|both) (?:recent |latest |final |second |first |technical |phone |video |onsite |on-site |panel )*(?:interview|interviews|call|calls|conversation|conversations|chat|chats|meeting|meetings|phone screen|screening|on-?site|final round|assessment|technical (?:test|challenge|exercise)|take-home|challenge|exercise|presentation|visit|discussions?)|(?:taking|took) (?:the )?time (?:out )?to (?:speak|talk|meet|interview|chat|complete|visit)|(?:meeting|speaking|talking|chatting) (?:with )?(?:you|us|the team)|(?:meet|met|interviewed|spoke|speak|talked|chatted) (?:with )?(?:you|us|the team|our team)|enjoyed (?:our|the|your|getting|learning|meeting|speaking|talking)|(?:final|second|third|last|later|technical|first|hr|phone|video|onsite|on-site|panel|in-person|culture|team|coding|system design|case) (?:round|stage|interview|screen|conversation)s?|interview (?:process|stage|loop|rounds?)|(?:your|the) (?:interviews?|on-?site|phone screen|panel interview|take-home|technical interview|case study|presentation)|(?:two|three|four|five|several|all (?:the|our|your)|both) (?:conversations|interviews|calls|rounds|meetings|chats|sessions)|(?:meeting|speaking|talking|chatting) with|(?:week's|day's|yesterday's|monday's|tuesday's|wednesday's|thursday's|friday's) (?:interview|call|conversation|chat|meeting|session)s?|(?:the|your) time (?:on|last) (?:monday|tuesday|wednesday|thursday|friday|week)|pairing (?:session|exercise|interview)|attend(?:ed|ing)? (?:an? |the |your |our )?(?:interview|assessment|assessment cent(?:re|er)|open day|trial|selection day)|(?:you|for) (?:coming|came) in\b|(?:completing|completed|submitting|submitted|taking|took|sitting|sat) (?:the|your|our) (?:[a-z-]+ ){0,2}(?:assessments?|tasks?|take-homes?|challenges?|exercises?|tests?|assignments?|case stud(?:y|ies))|campus visit|job talk|(?:site|office) visit|(?:la|nuestra|tu|su) (?:charla|conversación|llamada|reunión|videollamada)|trial (?:shift|day|session)|probearbeit\w*|probetag|journée d'essai|día de prueba|proefdag|meeloopdag|pair[- ]programming|(?:the|your|de|je|online) (?:online )?assessment|final (?:five|four|three|two|few)|(?:completing|completed|submitting|submitted) (?:the|your) (?:assessment|task|take-home|challenge|exercise|test|assignment|case study)|time you (?:spent|invested|gave) (?:with|interviewing|speaking|talking|meeting|on (?:the|our|your) (?:interview|assessment|call))|(?:great|good|nice|lovely|a pleasure|wonderful) (?:chatting|talking|speaking|meeting|to meet|to speak|to chat|getting to know)|(?:on|during|after) (?:the|our) (?:phone|call|video call)|phone (?:call|screen)|(?:coming|came|come) in (?:to see us|for)|(?:interviewing|interviewed) (?:with|for)|(?:extend(?:ing)?|mak(?:e|ing)) (?:you )?an offer|the (?:interview )?panel (?:won't|will not|felt|decided|agreed|was|were|wanted|thought|liked|enjoyed|mentioned|raised|noted|preferred)|present(?:ing|ed)? (?:[\w-]+ ){0,4}to (?:the|our) (?:panel|team|committee|board)|walk(?:ing|ed)? us through|spen(?:t|d|ding) (?:[\w-]+ ){0,3}with us|you came across|(?:came|coming) (?:out|along|over|down|by) (?:for|to)\b|on-?site\b(?<=(?:\ba|\ban|\bthe|\byour|\bour|-hour|-day) on-?site)(?! (?:role|position|job|work|only|presence|requirement|basis|team|office))|test technique|prueba técnica|probeaufgabe|technischen? (?:test|aufgabe)|technische (?:test|opdracht)|langs(?:kwam|kwamen|gekomen)|meegedraaid|meedraaien|(?:interview|assessment|call|round|trial|visit)s? (?:that )?you (?:attended|had|did|completed|sat|took|gave|joined)\b|(?:the|our|your) call with|(?:our|your|the) (?:[a-z]+ )?interview\b|vorstellungsgespräch|(?:zweit|erst|bewerbungs|telefon|video|abschluss|kennenlern|fach)gespräch\w*|gespräch\w*|entretien|entrevista|gesprek\w*|kennenzulernen|gespräche?n? mit (?:ihnen|dir|uns)|(?:notre|votre|l'|nos) ?(?:entretiens?|échanges?|rencontre)|rencontrer|(?:la|tu|su|nuestra|las) entrevistas?|conocerte|conocerle|(?:het|ons|jouw|uw|de) (?:gesprek|gesprekken|kennismaking|sollicitatiegesprek)|kennis te maken)\b/;

/** Stage: only the CV/application was reviewed. */
export const APPLICATION_STAGE = /\b(?:applying|applied|(?:your|for the) interest\b|not (?:been )?(?:selected|invited|shortlisted|progressed) (?:for|to)|(?:completed|finished) (?:our|the) review|your application|your cv|your resume|your résumé|your profile|not (?:been )?shortlisted|reviewed your|review of your|bewerbung|unterlagen|lebenslauf|candidature|votre cv|votre profil|candidatura|postulación|tu cv|tu perfil|sollicitatie|je cv|uw cv)\b/;

/**
 * A decision addressed to the reader ("your application is no longer active", "we will not be
 * progressing your application"), outside quotation marks: a digest that carries one is still
 * the candidate's rejection, so the newsletter blocker weighs less there.
 */
export const ADDRESSED_DECISION = /\byour (?:application|candidacy|candidature|cv|profile)\b[^.]{0,60}\b(?:no longer|unsuccessful|not (?:been )?(?:successful|selected|shortlisted|progressed)|declined|archived)\b|\byour (?:application|candidacy|candidature|cv|profile)\b[^.]{0,40}\b(?:decided|chosen|concluded)\b[^.]{0,30}(?:\bnot|n't) (?:a |the right |quite )*(?:match|fit|proceed|progress|move)|(?:\bnot|n't) (?:be |to )?(?:progress(?:ing)?|proceed(?:ing)? with|mov(?:e|ing) forward with|tak(?:e|ing) forward|pursu(?:e|ing)) your (?:application|candidacy|candidature)\b|\b(?:status|estado(?: de tu candidatura)?|statut|état|stand)\s*:\s*(?:unsuccessful|rejected|not selected|declined|descartad[oa]|refusée?|abgelehnt|afgewezen)\b/;

/** Markers where a forwarded message begins (its text is someone else's, not the sender's). */
export const FORWARD_MARKER = /^[ \t>]*(?:-{2,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|doorgestuurd bericht)|begin forwarded message|anfang der weitergeleiteten|début du message réexpédié|inicio del mensaje reenviado|begin doorgestuurd bericht)/im;

export const FORWARD_SUBJECT = /^\s*(?:(?:re|aw|antw|sv|rv|r)\s*:\s*)*(?:fwd?|fw|wg|tr|rv|enc|doorst|wtr)\s*:/i;

/** Where quoted history of a reply begins ("On … wrote:", Outlook headers, in five languages). */
export const REPLY_HISTORY = /^(?:on\s.{4,160}\bwrote:|am\s.{4,160}\bschrieb\b.{0,80}:|le\s.{4,160}\ba écrit\s?:|el\s.{4,160}\bescribió:|op\s.{4,160}\bschreef\b.{0,80}:|-{3,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht)\s*-{3,}|from:\s.{3,200}\n(?:sent|date|gesendet|envoyé|enviado|verzonden):)/im;

const GATES: Record<string, string[]> = {
  'decided not to proceed': ['decid', 'decis', 'chose', 'elect', 'opted'],
  'going with other candidates': ['decid', 'decis', 'chos', 'choos', 'elect', 'opted', 'going', 'determined', 'plan', 'offer', 'give', 'giving', 'gave', 'given', 'award'],
  'not moving forward': ["n't", 'not', 'unable', 'no longer'],
  'not moving forward (bare)': ["n't", 'not', 'unable'],
  'will pursue other candidates': ['other', 'different', 'alternative', 'stronger', 'more experienced', 'more qualified'],
  'not proceeding with you': ['not'],
  'not successful': ['successful', 'select', 'shortlist', 'short-list', 'chosen', 'choose', 'pick', 'progress'],
  unsuccessful: ['unsuccessful'],
  'chosen others whose': ['chose', 'selected', 'picked', 'appointed', 'hired', 'gone with', 'went with', 'going with', 'decided', 'opted', 'elsewhere', 'ended up', 'landed on', 'settled on'],
  'application unsuccessful': ['unsuccessful'],
  'hired for the role': ['hired', 'no longer'],
  referral: ['refer', 'good word'],
  'does not meet requirements': ['requirement', 'criteria', 'needs', 'profile', 'qualification', 'expectation', 'line up', 'align', 'match'],
  'fr: retenu un autre profil': ['retenu', 'choisi', 'sélectionné', 'privilégié', 'opté', 'part', 'comblé', 'engagé', 'embauché', 'recruté', 'confier'],
  'nl: gekozen voor een ander': ['gekozen', 'ander'],
  'application will not go further': ['not', "n't", 'no longer'],
  'not taking further': ['not', "n't"],
  'not inviting you': ['not', "n't"],
  'no longer considered': ['consider'],
  'your application did not progress': ['step', 'search open', "hasn't", 'has not', "didn't", 'did not', "won't", 'will not'],
  'not going to work out': ['process here', 'process there', 'process at', 'gone to', 'going to', 'any further', 'work out', 'working out', 'answer', 'this go', 'that go', 'it go', 'one go', 'wrapped up', 'reaching out', 'you on', "you're not", 'you are not', 'you were not'],
  'process closed for everyone': ['all candidates', 'all applicants', 'all the ', 'all remaining', 'to cancel', 'to close', 'to withdraw', 'to eliminate'],
  'position filled': ['filled', 'closed', 'gone to', 'went to', 'cancel', 'withdrawn', 'eliminated', 'removed', 'taken', 'took'],
  'offered to someone else': ['favor', 'favour', 'another', 'different', 'internal', 'external', 'a more', 'other', 'someone', 'somebody', 'a candidate'],
  'different direction': ['different'],
  'not the right fit': ['fit', 'match'],
  'others match more closely': ['closely', 'directly', 'precisely', 'other', 'stronger', 'more qualified', 'more experienced', 'better suited', 'better-suited', 'more suitable'],
  'regret to inform': ['regret', 'sorry to'],
  regret: ['regret'],
  unfortunately: ['unfortunately', 'sadly', 'afraid', 'disappointing', 'decision', 'frustrating', 'outcome'],
  'not the news you hoped': ['not'],
  'unable to offer': ['offer', 'extend', 'mak'],
  'decided against': ['against', 'declin', 'turn down'],
  'not move you forward': ['not', "n't", 'unable', 'hold'],
  'pass on your candidacy': ['pass'],
  'closing your application': ['clos', 'archived', 'declined', 'rejected'],
  'on this occasion': ['occasion'],
  'best wishes for your search': ['wish', 'luck', 'all the best', 'every success'],
  'keep your cv on file': ['keep', 'retain', 'hold', 'future'],
  'not shortlisted (in)': ['not been'],
  'de: anderer Kandidat': ['für', 'mit ', 'anderweitig', 'andere', 'anders', 'besetz'],
  'de: nicht berücksichtigen': ['nicht'],
  'de: keine Zusage': ['kein', 'gegen', 'absagen', 'nicht positiv'],
  'de: Absage auf Ihre Bewerbung': ['absage'],
  'de: Absage': ['absage'],
  'de: Stelle besetzt': ['besetzt', 'vergeben'],
  'de: leider': ['leider'],
  'de: bedauern': ['bedauer', 'mitteilen'],
  'de: passt nicht': ['passt', 'nicht', 'passender', 'besser'],
  'de: viel Erfolg': ['erfolg', 'alles gute'],
  'fr: pas de suite favorable': ['suite'],
  'fr: pas retenue': ['retenu', 'retenir', 'sélectionné'],
  'fr: autre candidat': ['autre', 'profil'],
  'fr: ne correspond pas': ['correspond', 'adéquation'],
  'fr: au regret': ['regret', 'désolés'],
  'fr: malheureusement': ['malheureusement'],
  "fr: poursuivre avec d'autres": ['poursuiv', 'continuer', 'avancer', 'aller de', 'pourvu'],
  'fr: bonne continuation': ['bonne', 'succès', 'réussite'],
  'es: no continuar con tu candidatura': ['no '],
  'es: otros candidatos': ['otr'],
  'es: otro perfil': ['otr', 'perfil'],
  'es: no seleccionado': ['no '],
  'es: no se ajusta': ['no '],
  'es: lamentablemente': ['lamentablemente', 'desafortunadamente', 'desgracia', 'infortunadamente'],
  'es: lamentamos informar': ['lament', 'sentimos', 'siento'],
  'es: descartado': ['descartad', 'decidido no', 'decidimos no'],
  'es: puesto cubierto': ['cubiert', 'ocupad'],
  'es: éxito en tu búsqueda': ['éxito', 'suerte'],
  'nl: helaas': ['helaas'],
  'nl: afwijzing': ['afwij', 'afgewezen', 'teleurstellen'],
  'nl: niet verder': ['niet'],
  'nl: andere kandidaat': ['ander'],
  'nl: niet geselecteerd': ['niet'],
  'nl: sluit niet aan': ['sluit', 'past', 'aansl'],
  'nl: vacature vervuld': ['vacature'],
  'nl: succes': ['succes'],
  invitation: ['invit'],
  scheduling: ['schedul', 'calendly', 'book ', 'availab', 'time slot', 'what time', 'for you', 'move ', 'push ', 'postpone', 'termin', 'verschieb', 'disponibilit', 'créneau', 'reprogramar', 'disponibilidad', 'verzetten', 'inplannen', 'beschikbaarheid'],
  'good news': ['pleased', 'delighted', 'happy', 'excited', 'thrilled', 'glad', 'good news', 'freuen', 'heureux', 'complace', 'plezier', 'uitnodigen'],
  congratulations: ['congrat', 'félicitations', 'glückwunsch', 'enhorabuena', 'felicidades', 'gefeliciteerd'],
  offer: ['offer', 'start date', 'compensation', 'signing bonus', 'sign-on bonus', 'base salary', 'of the band', 'of the salary band', 'welcome', 'vertrag', 'embauche', 'oferta', 'arbeidsovereenkomst', 'aanbod'],
  'next steps ahead': ['next', 'moving you', 'progress'],
  'application received': ['received', 'receipt', 'submitted', 'reviewing', 'looking at', 'review', 'eingegangen', 'eingangsbest', 'reçu', 'recibido', 'ontvangst', 'ontvangen'],
  'if you do not hear': ['if you', 'only', 'should you', 'if we', 'sollten sie', 'sans', 'si no', 'sin ', 'ohne', 'zonder', 'als '],
  'assessment to take': ['please', 'kindly', 'invit', 'link', 'you have', 'you will have', 'assessment', 'test', 'challenge', 'assignment', 'exercise', 'deadline'],
  'if it reopens': ['reopen', 're-open', 'resume', 'restart', 'picks back'],
  'headcount removed': ['headcount', 'req', 'clos'],
  'decision was to stop': ['decision', 'call', 'verdict', 'conclusion', 'rather than'],
  'on hold': ['hold', 'freeze', 'paus', 'put ', 'keep', 'when', 'once', 'if ', 'as soon', 'budget', 'frozen', 'eis', 'stopp', 'suspens', 'gel des', 'en pausa', 'congelad', 'tijdelijk', 'vacaturestop', 'gepauzeerd'],
  'other domain: credit': ['loan', 'mortgage', 'credit', 'overdraft', 'lend', 'underwrit', 'borrow', 'kredit', 'darlehen', 'prêt', 'crédit', 'préstamo', 'hipoteca', 'lening', 'hypotheek', 'krediet'],
  'other domain: housing': ['apartment', 'apartam', 'flat', 'tenan', 'rental', 'landlord', 'letting', 'lease', 'viewing', 'wohnung', 'miet', 'vermieter', 'besichtigung', 'appartement', 'logement', 'bailleur', 'piso', 'alquiler', 'woning', 'verhuurder', 'bezichtiging'],
  'other domain: talk': ['talk', 'session', 'workshop', 'call for', 'cfp', 'committee', 'speaker', 'conference', 'meetup', 'abstract', 'proposal'],
  'other domain: code': ['pull request', 'merge request', 'repository', 'maintainer', 'contribution', 'patch', 'upstream', 'codebase', 'pr ', 'pr#'],
  'other domain: paper': ['manuscript', 'journal', 'peer review', 'editor', 'special issue', 'proceedings', 'paper'],
  'other domain: misc': ['your entry', 'entries', 'contest', 'ballot', 'fund', 'account', 'hack', 'bootcamp', 'volunteer', 'grant', 'scholarship', 'beca', 'bourse', 'stipendi', 'studiebeurs', 'admission', 'visa', 'insurance', 'claim', 'membership', 'accelerator', 'cohort', 'tender', 'bid', 'residency'],
  'job alert': ['job', 'apply', 'newsletter', 'digest', 'recommended'],
  newsletter: ["this week's", 'getting this', 'receiving this', 'subscribed', 'until next', 'full article', 'browser', 'this issue', 'this week:', '#', 'tip', 'read more'],
  'unsubscribe footer': ['unsubscribe', 'manage'],
  'not enough to move you on': ['enough'],
  'not progressing it further': ['further', 'forward', 'for this', 'for the', 'for that'],
  'not setting up a next step': ['not', "n't"],
  'not among those shortlisted': ['among', 'one of', 'part of', 'included in'],
  'not considered further': ['consider'],
  'not offering you the role': ['offer'],
  'another direction': ['direction', 'another way', 'different way', 'new way'],
  'chose the other finalist': ['finalist', 'runner', 'internal candidate', 'external candidate'],
  'did not meet the bar': ['bar', 'threshold', 'cut'],
  'continuing with others': ['candidate', 'applicant', 'profile', 'finalist', 'people', 'person', 'individual'],
  'others meet it more closely': ['other', 'priority', 'preference', 'prioriti'],
  'search concluded': ['concluded', 'completed', 'closed', 'finished', 'come to an end', 'appointment'],
  'es: no continuarás': ['no ', 'cubiert', 'ocupad'],
  'fr: pas plus loin': ['plus loin'],
  'nl: niet met je verder': ['verder'],
  'made a hire': ['made', 'hired', 'filled'],
  "it's a no": ["it's a no", 'it is a no', "it's no", 'it is no', "it's a pass", 'it is a pass', "it's pass", 'it is pass'],
  'chose someone else': ['hired some', 'hiring some', 'going ahead', 'took on', 'take on', 'taking on', 'taken on', 'recommended', 'offered to', 'offer to'],
  'application ends here': ['ends here', 'fell below'],
  'not recommended': ['recommend', 'screened out'],
  'offer rescinded': ['offer'],
  'going to pass': ['pass'],
  hypothetical: ['successful', 'selected', 'deleted', 'inactive'],
  'friend asks': ["didn't get", 'referee', 'put you down', 'references'],
  'saved job': ['saved', 'viewed', 'liked', 'bookmarked', 'followed', 'favo'],
  correction: ['error', 'mistake', 'disregard', 'erroneous', 'still under'],
  'found someone': ['found', 'find', 'chosen', 'picked', 'hired', 'selected'],
  'application status': ['status', 'estado', 'statut', 'état', 'stand'],
  'es: otra persona': ['elegi', 'seleccion', 'escogimos', 'contrat', 'optamos', 'decidimos', 'nos quedamos', 'quedado', 'seguir', 'continuar', 'avanzar'],
  'nl: iemand gevonden': ['nodig', 'iemand', 'niet mee', 'niet naar', 'niet bij'],
  'application no longer active': ['no longer', 'inactive', 'declined', 'archived', 'close'],
  'filled internally': ['internal'],
  'not found suitable': ['suitable', 'fit', 'match'],
  reopened: ['open', 'available', 'interested', 'live again'],
  'we are closing your application': ['clos', 'archiv'],
  'recruiter outreach (soft)': ['interested', 'open', 'client'],
  admissions: ['admission', 'programme', 'program', 'course', 'intake'],
  'action needed': ['please', 'incomplete', 'otherwise', 'unless', 'submitted', 'continue your', 'unvollständig', 'fehlende', 'ohne', 'incomplet', 'manquant', 'pendiente', 'onvolledig', 'ontbrekende'],
  withdrawal: ['withdr', 'request', 'zurückgezogen', 'retir', 'ingetrokken'],
  'recruiter outreach': ['came across', 'your linkedin', 'your github', 'your profile', 'your background', 'interested', 'open', 'recruiting for', 'hiring for', 'reaching out', 'client'],
  'first-person rejection': ['reject', 'turned', 'dinged', 'boot', 'my application', 'what i got', 'thought you', 'amusement'],
};
// Every cue with a gate list is gated (the scan finds all keys in one pass; a cue whose keys are
// all absent is skipped without running its regex). A gate list must name a substring of every
// possible match: the test in test/understand/rejection.test.ts checks it over every corpus.
for (const c of [...REJECT_CUES, ...BLOCK_CUES]) if (GATES[c.tag]) c.any = GATES[c.tag];
for (const c of REJECT_CUES) {
  const m = /^(de|fr|es|nl): /.exec(c.tag);
  if (m) c.lang = m[1] as Cue['lang'];
}
