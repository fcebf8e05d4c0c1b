/**
 * Writes fixtures/inbound/*.eml and fixtures/inbound/labels.json: the labelled corpus of *new*
 * inbound mail the rejection detector is measured on. Run: `npx tsx scripts/gen-inbound-fixtures.ts`.
 *
 * Every body is written by hand (no template with swapped words); the script only wraps them in
 * valid RFC 5322 / MIME: plain UTF-8, quoted-printable, multipart/alternative, or HTML only.
 * The candidate is Jane Doe <jane.doe@example.test>; companies and people are fictional.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '..', 'fixtures', 'inbound');
const ME = 'Jane Doe <jane.doe@example.test>';

type Fmt = 'text' | 'qp' | 'html' | 'alt';
interface Label {
  kind: 'rejection' | 'other';
  stage: 'application' | 'interview' | 'unknown' | null;
  company: string | null;
  role: string | null;
  contact: string | null;
  note: string;
}
interface Entry {
  file: string;
  from: string;
  subject: string;
  body: string;
  fmt: Fmt;
  to: string;
  replyTo?: string;
  headers?: Record<string, string>;
  label: Label;
}
interface Opts { fmt?: Fmt; to?: string; replyTo?: string; headers?: Record<string, string> }

const entries: Entry[] = [];
function r(file: string, from: string, subject: string, body: string,
  l: { stage: Label['stage']; company: string | null; role?: string | null; contact?: string | null; note: string }, o: Opts = {}): void {
  entries.push({ file: `${file}.eml`, from, subject, body, fmt: o.fmt ?? 'text', to: o.to ?? ME, replyTo: o.replyTo, headers: o.headers,
    label: { kind: 'rejection', stage: l.stage, company: l.company, role: l.role ?? null, contact: l.contact ?? null, note: l.note } });
}
function o(file: string, from: string, subject: string, body: string, note: string, opt: Opts = {}): void {
  entries.push({ file: `${file}.eml`, from, subject, body, fmt: opt.fmt ?? 'text', to: opt.to ?? ME, replyTo: opt.replyTo, headers: opt.headers,
    label: { kind: 'other', stage: null, company: null, role: null, contact: null, note } });
}
const BULK = { 'List-Unsubscribe': '<https://mail.example/unsub?u=8842>', Precedence: 'bulk' };
const LU = { 'List-Unsubscribe': '<mailto:unsubscribe@ats-mail.example?subject=unsub>' };
const AUTO = { 'Auto-Submitted': 'auto-generated' };

// ───────────────────────── Rejections: applicant-tracking systems ─────────────────────────
r('ats-greenhouse-1', '"Brightwave Analytics" <no-reply@us.greenhouse-mail.io>', 'Your application to Brightwave Analytics', `Hi Jane,

Thank you for your interest in Brightwave Analytics and for applying to the Senior Data Engineer role. We appreciate the time you took to share your background with us.

After reviewing your application, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the team at this time.

We'll keep your information on file and encourage you to apply for future openings that match your skills.

Best,
Brightwave Analytics Recruiting`, { stage: 'application', company: 'Brightwave Analytics', role: 'Senior Data Engineer', note: 'Greenhouse template, euphemism, no-reply sender' }, { headers: AUTO });

r('ats-greenhouse-2', '"Lumen Freight Recruiting" <no-reply@greenhouse.io>', 'Lumen Freight - Update on your candidacy', `Dear Jane,

Thanks so much for speaking with our team about the Platform Engineer opening. We really enjoyed learning about your work on distributed queues.

Unfortunately, after much deliberation, we won't be moving forward with your candidacy. This was a difficult decision given the strength of the candidate pool.

If you would like to stay in touch, feel free to connect with Priya Raman (priya.raman@lumenfreight.test), who coordinated your interviews.

Warmly,
The Lumen Freight Team`, { stage: 'interview', company: 'Lumen Freight', role: 'Platform Engineer', contact: 'priya.raman@lumenfreight.test', note: 'Greenhouse after interviews; human contact named in body' }, { fmt: 'alt' });

r('ats-greenhouse-3', '"Quillfeather" <no-reply@us.greenhouse-mail.io>', 'Quillfeather application update', `Hello Jane,

We wanted to let you know that the Product Designer position you applied for has been filled. Thank you for the time and energy you put into your application.

We wish you the very best in your search.

Quillfeather Talent Team`, { stage: 'application', company: 'Quillfeather', role: 'Product Designer', note: 'position filled, no unfortunately' }, { fmt: 'html' });

r('ats-greenhouse-4', '"Harbor & Pine" <no-reply@greenhouse.io>', 'Following up on your application', `Hi Jane,

Thank you again for completing the take-home exercise and for the conversation with Marcus last week.

We've given it a lot of thought and, while we were impressed with your submission, we have decided not to proceed further with your application for the Backend Engineer (Payments) role.

We truly appreciate your interest in Harbor & Pine and wish you all the best.

Harbor & Pine Hiring Team`, { stage: 'interview', company: 'Harbor & Pine', role: 'Backend Engineer (Payments)', note: 'Greenhouse after take-home; "submission" must not look like a paper' }, { headers: LU });

r('ats-lever-1', '"Corvid Labs" <no-reply@hire.lever.co>', 'Your application for Staff Software Engineer at Corvid Labs', `Hi Jane,

Thank you for applying to Corvid Labs. We've had a chance to review your background and qualifications and have decided not to move forward at this time.

We receive a high volume of applications and can't always share specific feedback, but we truly appreciate your interest in joining us.

All the best,
Corvid Labs`, { stage: 'application', company: 'Corvid Labs', role: 'Staff Software Engineer', note: 'Lever, subject names role and company' }, { headers: { ...LU, ...AUTO } });

r('ats-lever-2', '"Sable Robotics" <notifications@hire.lever.co>', 'Sable Robotics | Firmware Engineer', `Jane,

Thank you for taking the time to speak with us about the Firmware Engineer role. It was a pleasure getting to know you.

After careful consideration, the team has decided to pursue other candidates whose experience more closely matches what we need right now. We know this isn't the news you were hoping for.

Best of luck in your job search,
Sable Robotics Recruiting`, { stage: 'interview', company: 'Sable Robotics', role: 'Firmware Engineer', note: 'Lever, pursue other candidates whose experience more closely matches' });

r('ats-lever-3', '"Tidewater Health" <no-reply@hire.lever.co>', 'Regarding your application', `Dear Jane Doe,

We appreciate your interest in the Clinical Data Analyst position at Tidewater Health.

We regret to inform you that we will not be moving forward with your application. We encourage you to keep an eye on our careers page for future roles.

Sincerely,
Tidewater Health Talent Acquisition`, { stage: 'application', company: 'Tidewater Health', role: 'Clinical Data Analyst', note: 'Lever, regret to inform; "Health" must not look like insurance' }, { fmt: 'qp' });

r('ats-lever-4', '"Mosaic Pay" <no-reply@hire.lever.co>', 'Mosaic Pay - Engineering Manager', `Hi Jane,

Thanks for your patience while we worked through the final round. Everyone who met you enjoyed the conversation.

We've decided to go in a different direction for this role. We'd love to keep in touch as the team grows.

Best,
Omar
Mosaic Pay`, { stage: 'interview', company: 'Mosaic Pay', role: 'Engineering Manager', contact: 'omar.haddad@mosaicpay.test', note: 'Lever, different direction after final round; Reply-To is the recruiter' }, { replyTo: 'Omar Haddad <omar.haddad@mosaicpay.test>' });

r('ats-workday-1', 'Northgate Insurance Group <northgate@myworkday.com>', 'Update regarding your application for Actuarial Systems Developer', `Dear Jane,

Thank you for your interest in the Actuarial Systems Developer position (R-20418) at Northgate.

After careful review of your qualifications, we have decided to pursue other candidates for this position. Your candidate profile will remain active in our system and we encourage you to apply for other positions that interest you.

Sincerely,
Northgate Talent Acquisition

This is an automated message. Please do not reply to this email.`, { stage: 'application', company: 'Northgate Insurance Group', role: 'Actuarial Systems Developer', note: 'Workday; company name contains "Insurance" (must not block as other domain)' }, { headers: AUTO });

r('ats-workday-2', 'Halvorsen Energy <halvorsen@myworkday.com>', 'Your Halvorsen Energy application', `Hello Jane,

We appreciate the time you invested in interviewing with us for the Grid Software Engineer role.

Unfortunately, you have not been selected to move forward in the process. We know this news is disappointing and we thank you for considering Halvorsen Energy as your next employer.

Kind regards,
Halvorsen Energy Recruiting`, { stage: 'interview', company: 'Halvorsen Energy', role: 'Grid Software Engineer', note: 'Workday after interviewing' }, { fmt: 'html' });

r('ats-workday-3', 'Crestline Bank <crestline@myworkday.com>', 'Application Status Update', `Dear Jane Doe,

Thank you for applying for the position of Risk Technology Analyst. We have reviewed your application and regret that we will not be progressing your candidacy for this position.

Due to the high number of applications we are unable to provide individual feedback.

Best regards,
Crestline Bank Recruitment`, { stage: 'application', company: 'Crestline Bank', role: 'Risk Technology Analyst', note: 'Workday, bank employer (must not trip the loan blocker)' });

r('ats-smartrecruiters-1', '"Velora Hotels" <noreply@smartrecruiters.com>', 'Your application at Velora Hotels', `Dear Jane,

Thank you very much for your interest in Velora Hotels and for applying for the Revenue Systems Analyst position.

We have now carefully reviewed all applications. On this occasion we have decided to proceed with candidates whose profiles are a closer match to the requirements of the role.

We wish you every success in your career.

Kind regards,
Velora Hotels Talent Acquisition Team`, { stage: 'application', company: 'Velora Hotels', role: 'Revenue Systems Analyst', note: 'SmartRecruiters, proceed with candidates whose profiles...' }, { headers: LU });

r('ats-smartrecruiters-2', '"Kestrel Mobility" <noreply@smartrecruiters.com>', 'Kestrel Mobility: Senior QA Engineer', `Hi Jane,

Thank you for the interviews last week and for the time you spent with our engineering managers.

We have now completed the selection process and have selected another candidate for the Senior QA Engineer role. We appreciated your openness and your thoughtful questions.

Best regards,
Kestrel Mobility HR`, { stage: 'interview', company: 'Kestrel Mobility', role: 'Senior QA Engineer', note: 'SmartRecruiters, selected another candidate' }, { fmt: 'alt' });

r('ats-smartrecruiters-3', '"Orchid Retail" <noreply@smartrecruiters.com>', 'Application Update - Orchid Retail', `Dear Jane,

Thank you for applying to the Ecommerce Developer role at Orchid Retail.

Following review, we're sorry to tell you that your application was not successful this time. We received over 400 applications and the decision was not an easy one.

We hope you'll consider us again in the future.

Orchid Retail Recruitment Team`, { stage: 'application', company: 'Orchid Retail', role: 'Ecommerce Developer', note: 'SmartRecruiters, not successful' });

r('ats-ashby-1', '"Fernwood AI" <no-reply@ashbyhq.com>', 'Fernwood AI — Machine Learning Engineer', `Hi Jane,

Thank you for the time you spent with us during the onsite. We know interviews are a big investment.

After a lot of discussion, we've decided not to extend an offer. This was a close call, and we would be glad to hear from you again in a year or so.

If you'd like to talk about it, you can reply to this email and it will reach Dana directly.

— Dana Whitlock, Head of Talent, Fernwood AI`, { stage: 'interview', company: 'Fernwood AI', role: 'Machine Learning Engineer', contact: 'dana.whitlock@fernwood.test', note: 'Ashby, decided not to extend an offer, reply-to human' }, { replyTo: 'Dana Whitlock <dana.whitlock@fernwood.test>' });

r('ats-ashby-2', '"Pebble Finance" <no-reply@ashbyhq.com>', 'Update on your Pebble Finance application', `Hi Jane,

Thanks for applying to be a Frontend Engineer at Pebble Finance. We reviewed your application carefully, and we won't be moving you to the next stage this time.

Our team is small and we have to make difficult choices. We appreciate the time you spent applying.

Pebble Finance Recruiting`, { stage: 'application', company: 'Pebble Finance', role: null, note: 'Ashby; "Finance" in company name; won\'t be moving you to the next stage' }, { fmt: 'html', headers: AUTO });

r('ats-ashby-3', '"Glasshouse" <no-reply@ashbyhq.com>', 'Your application to Glasshouse', `Hey Jane,

Thanks for your interest in the Developer Advocate role. The team took a close look and we're going to pass at this time — we're looking for someone with more hands-on community building experience.

We appreciate you thinking of Glasshouse.

The Glasshouse Team`, { stage: 'application', company: 'Glasshouse', role: 'Developer Advocate', note: 'Ashby, casual "going to pass"' });

r('ats-workable-1', 'Tandem Logistics <noreply@candidates.workablemail.com>', 'Your application for the Operations Data Analyst job at Tandem Logistics', `Hi Jane,

Thank you for applying for the Operations Data Analyst job at Tandem Logistics.

We reviewed your application and, unfortunately, we will not be proceeding with it. We appreciate your interest and wish you luck in your search.

Kind regards,
Tandem Logistics`, { stage: 'application', company: 'Tandem Logistics', role: 'Operations Data Analyst', note: 'Workable template' }, { headers: LU });

r('ats-workable-2', 'Oakridge Studio <noreply@candidates.workablemail.com>', 'Oakridge Studio - Motion Designer', `Dear Jane,

It was lovely meeting you on Tuesday, and thank you for walking us through your portfolio.

We have made the difficult decision to offer the position to a candidate whose experience aligns more closely with our current projects.

We will keep your details on file should a suitable position arise.

Best wishes,
Nadia Kowalski
Studio Manager, Oakridge Studio`, { stage: 'interview', company: 'Oakridge Studio', role: 'Motion Designer', note: 'Workable, offered the position to a candidate whose...' }, { fmt: 'qp' });

r('ats-workable-3', 'Brisa Telecom <noreply@candidates.workablemail.com>', 'Network Automation Engineer', `Hello Jane,

Thank you for your application for the Network Automation Engineer position. We regret to let you know that we have decided not to take your application further.

Regards,
Brisa Telecom Hiring Team`, { stage: 'application', company: 'Brisa Telecom', role: 'Network Automation Engineer', note: 'Workable, short' });

r('ats-teamtailor-1', 'Fjordlight <no-reply@teamtailor-mail.com>', 'Thank you for your application to Fjordlight', `Hi Jane!

Thank you so much for your interest in the iOS Developer position and for taking the time to apply.

We've now gone through all the applications and we've decided to go ahead with other candidates for the next step. It was a tough choice.

We'd love for you to keep following us and apply again in the future.

Warm regards,
The Fjordlight team`, { stage: 'application', company: 'Fjordlight', role: 'iOS Developer', note: 'Teamtailor, go ahead with other candidates' }, { fmt: 'html', headers: LU });

r('ats-teamtailor-2', 'Nordvik Games <no-reply@teamtailor-mail.com>', 'About your application to Nordvik Games', `Hi Jane,

Thank you for the interview for the Gameplay Programmer role, we really enjoyed our chat.

We have now finished the process and decided to continue with another candidate. Your experience with physics engines stood out, so please don't hesitate to apply for future roles.

Kind regards,
Elin Berg
Talent Partner, Nordvik Games`, { stage: 'interview', company: 'Nordvik Games', role: 'Gameplay Programmer', note: 'Teamtailor, continue with another candidate; "games" harmless' });

r('ats-teamtailor-3', 'Saltmarsh Coffee <no-reply@teamtailor-mail.com>', 'Your application – Saltmarsh Coffee', `Hi Jane,

Thanks for applying to join Saltmarsh Coffee as Junior Web Developer. Unfortunately we received many great applications and your profile was not selected for this role.

All the best,
Saltmarsh Coffee`, { stage: 'application', company: 'Saltmarsh Coffee', role: 'Junior Web Developer', note: 'Teamtailor, profile not selected' });

r('ats-icims-1', 'Meridian Health Systems <careers-noreply@icims.com>', 'Meridian Health Systems - Application Status', `Dear Jane,

Thank you for your interest in employment with Meridian Health Systems. We have reviewed your qualifications for the position of Integration Engineer II (Req #44812).

At this time, we have decided to pursue other candidates whose qualifications better meet the needs of the position. We will retain your resume in our database for future openings.

Sincerely,
Meridian Health Systems Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.`, { stage: 'application', company: 'Meridian Health Systems', role: 'Integration Engineer II', note: 'iCIMS, "mailbox not monitored" footer' }, { headers: AUTO });

r('ats-icims-2', 'Barrow County Schools <no-reply@icims.com>', 'Your application status', `Dear Applicant,

Thank you for applying for the Systems Administrator position. The position has been filled. We appreciate your interest in Barrow County Schools and encourage you to review our other openings.

Human Resources`, { stage: 'application', company: 'Barrow County Schools', role: 'Systems Administrator', note: 'iCIMS, terse "position has been filled"' });

r('ats-icims-3', 'Aldergrove Pharmaceuticals <donotreply@icims.com>', 'Aldergrove - Scientific Software Developer', `Dear Jane Doe,

Thank you for participating in the interview process for Scientific Software Developer. We truly enjoyed meeting you.

After much consideration, we regret to inform you that we have selected another candidate who we feel best meets the requirements of the position.

Best regards,
Aldergrove Pharmaceuticals Talent Acquisition`, { stage: 'interview', company: 'Aldergrove Pharmaceuticals', role: 'Scientific Software Developer', note: 'iCIMS after interview process' }, { fmt: 'alt' });

r('board-linkedin-1', '"Stonebridge Partners via LinkedIn" <jobs-noreply@linkedin.com>', 'Your application to Site Reliability Engineer at Stonebridge Partners', `Your update from Stonebridge Partners

Jane, thank you for your interest in the Site Reliability Engineer position at Stonebridge Partners in London. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Stonebridge Partners.

Regards,
Stonebridge Partners

Top jobs for you
Site Reliability Engineer · Ardent Cloud · Remote
DevOps Engineer · Palisade · London
See all jobs

Unsubscribe · Help
You are receiving job application emails. This email was intended for Jane Doe.`, { stage: 'application', company: 'Stonebridge Partners', role: 'Site Reliability Engineer', note: 'LinkedIn rejection with job-alert footer (bulk is a weight, not a veto)' }, { fmt: 'html', headers: BULK });

r('board-linkedin-2', '"LinkedIn" <jobs-noreply@linkedin.com>', 'Your application to Data Scientist at Helix Biotech', `Your update from Helix Biotech

Thank you for applying to Helix Biotech. After reviewing your application, the hiring team has decided to move forward with other applicants.

Don't let this stop you. Explore similar jobs:
Data Scientist · Verdant Bio · Cambridge
Apply now

Unsubscribe`, { stage: 'application', company: 'Helix Biotech', role: 'Data Scientist', note: 'LinkedIn generic sender; company only in subject/body' }, { fmt: 'html', headers: BULK });

r('board-indeed-1', '"Indeed" <no-reply@indeed.com>', 'An update on your application to Copperline Dental', `An update on your application

Copperline Dental has reviewed your application for Office IT Technician.

Unfortunately, your application was not selected to move forward. Don't get discouraged — there are new jobs posted every day.

Find jobs
Indeed`, { stage: 'application', company: 'Copperline Dental', role: 'Office IT Technician', note: 'Indeed status update' }, { fmt: 'html', headers: BULK });

r('board-indeed-2', '"Riverside Credit Union Careers via Indeed" <no-reply@indeed.com>', 'Regarding your application for Member Services Developer', `Hello Jane,

Thank you for applying for the Member Services Developer role. We have reviewed all applicants and have decided to move forward with other candidates at this time.

We appreciate your interest in Riverside Credit Union.

Riverside Credit Union`, { stage: 'application', company: 'Riverside Credit Union', role: 'Member Services Developer', note: 'Indeed; employer is a credit union (credit words in a real job rejection)' }, { headers: BULK });

// ───────────────────────── Rejections: people ─────────────────────────
r('person-recruiter-1', 'Megan Okafor <megan.okafor@lanternlabs.test>', 'Lantern Labs - Senior Frontend Engineer', `Hi Jane,

I hope you had a nice weekend. I wanted to reach out personally after your final round on Thursday.

The panel really liked your system design answers, but in the end we've decided to move forward with another candidate who has more experience with our exact stack. I know that's disappointing to hear after so much effort on your side.

I'd be happy to share a bit more context on a quick call if that's useful.

Best,
Megan Okafor
Senior Technical Recruiter, Lantern Labs`, { stage: 'interview', company: 'Lantern Labs', role: 'Senior Frontend Engineer', contact: 'megan.okafor@lanternlabs.test', note: 'personal recruiter after final round; offers a call (not an invitation)' });

r('person-recruiter-2', 'Tom Reyes <tom@fieldstone-recruitment.test>', 'Re: Data Platform Lead - Corbel', `Hi Jane,

Just heard back from Corbel. Sadly they've decided not to progress your application for the Data Platform Lead role; they felt they needed someone with more people-management experience.

I'll keep an eye out for other roles that suit you and will be in touch.

Cheers,
Tom`, { stage: 'application', company: 'Corbel', role: 'Data Platform Lead', contact: 'tom@fieldstone-recruitment.test', note: 'agency recruiter relays client decision' });

r('person-recruiter-3', 'Aisha Bello <aisha.bello@quantaris.test>', 'Your interview with Quantaris', `Dear Jane,

Thank you for interviewing with us for the Quant Developer position. It was a pleasure to meet you, and we appreciated your thoughtful approach to the problems.

Unfortunately, we will not be offering you a position at this time. Competition was strong and the decision was a difficult one.

We wish you the very best.

Aisha Bello
Talent Acquisition Partner | Quantaris`, { stage: 'interview', company: 'Quantaris', role: 'Quant Developer', contact: 'aisha.bello@quantaris.test', note: 'recruiter: will not be offering you a position' }, { fmt: 'qp' });

r('person-recruiter-4', 'Hannah Weiss <hannah.weiss@peregrine-security.test>', 'Security Engineer application', `Hi Jane,

Thanks for your application for our Security Engineer opening. I've reviewed it with the hiring manager and we don't think it's the right fit for this particular role, as we're looking for someone with hands-on incident response leadership.

I'm sorry I don't have better news. I'd encourage you to look at our AppSec roles later this year.

Kind regards,
Hannah
Peregrine Security`, { stage: 'application', company: 'Peregrine Security', role: 'Security Engineer', contact: 'hannah.weiss@peregrine-security.test', note: 'euphemism "not the right fit" phrased as "don\'t think it\'s the right fit"' });

r('person-recruiter-5', 'Carlos Mendes <carlos.mendes@talentbridge.test>', 'Update from Ironleaf', `Hi Jane,

Quick update: Ironleaf came back to me this morning. They were impressed by your technical interview but have chosen to go with an internal candidate for the Solutions Architect role.

I know you were excited about this one, so I'm sorry. Let's talk next week about what else is out there.

Carlos`, { stage: 'interview', company: 'Ironleaf', role: 'Solutions Architect', contact: 'carlos.mendes@talentbridge.test', note: 'agency recruiter; internal candidate' });

r('person-recruiter-6', 'Sophie Laurent <s.laurent@ambergrid.test>', 'Thank you', `Hi Jane,

Thank you for your time on the phone yesterday. I've discussed your profile with the team and, while your background is impressive, we're not able to take your application any further for the Cloud Engineer role.

Wishing you the best of luck,
Sophie Laurent
Recruitment Manager - Ambergrid`, { stage: 'interview', company: 'Ambergrid', role: 'Cloud Engineer', contact: 's.laurent@ambergrid.test', note: 'after a phone screen; vague subject "Thank you"' });

r('person-hm-1', 'Daniel Kim <daniel.kim@orbitalmaps.test>', 'Following up on our conversation', `Hi Jane,

It was great chatting on Monday, and thanks for the thoughtful questions about our mapping pipeline.

I've thought about it a lot, and I've decided not to move ahead with your candidacy for the GIS Engineer position. The role ended up needing deeper C++ than we discussed, and I don't think it would be fair to either of us.

I hope our paths cross again.

Daniel Kim
Engineering Manager, Orbital Maps`, { stage: 'interview', company: 'Orbital Maps', role: 'GIS Engineer', contact: 'daniel.kim@orbitalmaps.test', note: 'hiring manager, first person "I\'ve decided not to move ahead"' });

r('person-hm-2', 'Rachel Green <rachel@inkwell.test>', 'Re: Technical Writer', `Jane,

Thanks again for the writing sample and the call with the docs team. We enjoyed it.

We went with someone whose background is closer to API documentation, so we won't be moving forward with you for this one. Your sample was genuinely good though, and I'd be glad to keep in touch.

Rachel
Head of Documentation
Inkwell`, { stage: 'interview', company: 'Inkwell', role: 'Technical Writer', contact: 'rachel@inkwell.test', note: 'hiring manager, short and informal' });

r('person-hm-3', 'Viktor Novak <viktor.novak@basaltdb.test>', 'Database Internals Engineer', `Hello Jane,

Thank you for the time you spent on our systems interview and the pairing session.

I'm sorry to say that we won't be extending an offer. The team felt your experience with storage engines was not yet at the depth this role requires.

Best regards,
Viktor Novak
Basalt DB`, { stage: 'interview', company: 'Basalt DB', role: 'Database Internals Engineer', contact: 'viktor.novak@basaltdb.test', note: 'won\'t be extending an offer' }, { fmt: 'alt' });

r('person-hm-4', 'Grace Liu <grace.liu@cobaltcare.test>', 'Our decision', `Hi Jane,

I wanted to follow up personally after your interviews with the team. Everyone appreciated your preparation.

After careful consideration we have decided to offer the Senior Android Engineer position to another candidate. This was not an easy decision.

Please feel free to reach out if you would like feedback.

Grace Liu
VP Engineering, Cobalt Care`, { stage: 'interview', company: 'Cobalt Care', role: 'Senior Android Engineer', contact: 'grace.liu@cobaltcare.test', note: 'VP, offered the position to another candidate' });

r('person-founder-1', 'Sam Adeyemi <sam@tinkertrail.test>', 'Tinkertrail', `Hey Jane,

Thanks so much for spending time with us last week, I really enjoyed our conversation about developer tooling.

I'll be straight with you: we've decided to hire someone with more experience in early-stage startups for the founding engineer spot. It was a close call and I hope you don't mind me being direct.

If you ever want to grab a coffee and talk shop, I'm around.

Sam
Co-founder, Tinkertrail`, { stage: 'interview', company: 'Tinkertrail', role: null, contact: 'sam@tinkertrail.test', note: 'founder; no "candidate" word in the decision, "hire someone"' });

r('person-founder-2', 'Lena Park <lena.park.founder@gmail.com>', 'Thanks for applying to Driftwood', `Hi Jane,

Thanks for applying to be our first designer at Driftwood. I read through your portfolio myself.

We're a tiny team and right now we need someone who can also do front-end code, so we won't be taking things further. I really appreciate you applying.

Best of luck,
Lena
Founder, Driftwood`, { stage: 'application', company: 'Driftwood', role: null, contact: 'lena.park.founder@gmail.com', note: 'founder writing from gmail; company from signature, not domain' });

r('person-founder-3', 'Marco Bianchi <marco@pastaflow.test>', 'Re: Backend role at Pastaflow', `Ciao Jane,

Sorry for the slow reply, it's been a hectic few weeks. I had a look at your CV and I think you're great, but we've already filled the backend role with someone from our network.

Best,
Marco`, { stage: 'application', company: 'Pastaflow', role: null, contact: 'marco@pastaflow.test', note: 'founder: "we\'ve already filled the backend role"' });

r('person-founder-4', 'Ines Duarte <ines@quietharbor.test>', 'Your application', `Hi Jane,

Thank you for applying for the Full-Stack Engineer position at Quiet Harbor and for the video call on Friday.

After a lot of thought, my co-founder and I have concluded that you aren't the right match for where we are right now. That's about our stage, not your ability.

Warmly,
Ines`, { stage: 'interview', company: 'Quiet Harbor', role: 'Full-Stack Engineer', contact: 'ines@quietharbor.test', note: 'founder: "aren\'t the right match"' });

// ───────────────────────── Rejections: euphemisms, no "unfortunately"/"regret" ─────────────────────────
r('euph-1', 'Cedar Point Software <careers@cedarpoint.test>', 'Senior Engineer application', `Hi Jane,

Thanks for applying for the Senior Engineer role. We've decided to move forward with other candidates.

Best,
Cedar Point Software Recruiting`, { stage: 'application', company: 'Cedar Point Software', role: 'Senior Engineer', contact: 'careers@cedarpoint.test', note: 'one-line euphemism; shared careers inbox counts as contact' });

r('euph-2', 'Joanna Frost <joanna.frost@larkspur.test>', 'Larkspur - Product Manager', `Hi Jane,

Thanks for meeting with the team. We won't be progressing to the next stage with you, but we appreciated your insights on onboarding flows.

Joanna`, { stage: 'interview', company: 'Larkspur', role: 'Product Manager', contact: 'joanna.frost@larkspur.test', note: 'won\'t be progressing' });

r('euph-3', 'Hiring at Meadowlark <hiring@meadowlark.test>', 'Meadowlark update', `Hello Jane,

Thank you for your patience. The team has decided to go in a different direction with the Staff Designer role.

We appreciate the care you put into your application.

Meadowlark`, { stage: 'application', company: 'Meadowlark', role: 'Staff Designer', contact: 'hiring@meadowlark.test', note: 'different direction' });

r('euph-4', 'Ben Carter <ben.carter@redshiftlabs.test>', 'Platform role', `Hi Jane,

Just letting you know we've filled the position you applied for. Thanks a lot for your interest in Redshift Labs.

Ben`, { stage: 'application', company: 'Redshift Labs', role: null, contact: 'ben.carter@redshiftlabs.test', note: 'we\'ve filled the position' });

r('euph-5', 'Talent Team <talent@verdigris.test>', 'Your candidacy - Data Engineer', `Hi Jane,

Thank you for your interest in Verdigris. While your experience is impressive, we don't think it's the right fit at this time for the Data Engineer role.

Take care,
Verdigris Talent Team`, { stage: 'application', company: 'Verdigris', role: 'Data Engineer', contact: 'talent@verdigris.test', note: 'right fit at this time' }, { fmt: 'html' });

r('euph-6', 'Priya Shah <priya.shah@nimbusworks.test>', 'Re: Interview follow-up', `Hi Jane,

Thank you for taking the time to speak with us on Wednesday. We will not be moving forward with your application for the DevOps Engineer role.

Best wishes for your search,
Priya`, { stage: 'interview', company: 'Nimbusworks', role: 'DevOps Engineer', contact: 'priya.shah@nimbusworks.test', note: 'plain "will not be moving forward", taking the time to speak with us' });

r('euph-7', 'Recruiting <recruiting@halcyon-systems.test>', 'Halcyon Systems application', `Dear Jane,

Thank you for the interest you have shown in Halcyon Systems. After reviewing your application for Embedded Engineer, we have decided not to proceed.

Halcyon Systems Recruiting`, { stage: 'application', company: 'Halcyon Systems', role: 'Embedded Engineer', contact: 'recruiting@halcyon-systems.test', note: 'decided not to proceed' });

r('euph-8', 'Olivia Hart <olivia.hart@sunspot.test>', 'Sunspot Solar - QA Lead', `Hi Jane,

Thank you for applying for the QA Lead role. We're going to pursue other candidates whose experience more closely matches our requirements.

Best,
Olivia Hart
People Team, Sunspot Solar`, { stage: 'application', company: 'Sunspot Solar', role: 'QA Lead', contact: 'olivia.hart@sunspot.test', note: 'pursue other candidates whose experience more closely matches' });

r('euph-9', 'Noah Fischer <noah@cloudberry.test>', 'Thanks Jane', `Hi Jane,

Really appreciate you coming in for the onsite. We've made our decision and the role has gone to another candidate. You were great to talk to and we'd love to stay in touch.

Noah
Cloudberry`, { stage: 'interview', company: 'Cloudberry', role: null, contact: 'noah@cloudberry.test', note: 'role has gone to another candidate' });

r('euph-10', '"Zephyr Health Careers" <careers@zephyrhealth.test>', 'Application for Mobile Engineer', `Hi Jane,

Thank you for applying to Zephyr Health. You're no longer under consideration for the Mobile Engineer position, as we've moved ahead with candidates further along in the process.

We appreciate your interest and hope you'll apply again.

Zephyr Health Careers`, { stage: 'application', company: 'Zephyr Health', role: 'Mobile Engineer', contact: 'careers@zephyrhealth.test', note: 'no longer under consideration' });

r('euph-11', 'Kai Andersen <kai.andersen@polarstack.test>', 'Polarstack', `Hi Jane,

Thanks for the chat and the coding session last Tuesday. The team has decided not to move forward with your candidacy for the Rust Engineer role.

I'm happy to share more details if you'd like.

Kai Andersen
Engineering Lead, Polarstack`, { stage: 'interview', company: 'Polarstack', role: 'Rust Engineer', contact: 'kai.andersen@polarstack.test', note: '"happy to share" must not be read as good news' });

// ───────────────────────── Rejections: British, Indian, Australian phrasing ─────────────────────────
r('uk-1', 'Eleanor Blake <eleanor.blake@thamesgate.test>', 'Your application - Software Developer', `Dear Jane,

Many thanks for your application for the Software Developer post. I'm afraid that on this occasion we shan't be taking your application further.

We do appreciate the time you have taken and wish you well with your search.

Kind regards,
Eleanor Blake
HR Officer, Thamesgate`, { stage: 'application', company: 'Thamesgate', role: 'Software Developer', contact: 'eleanor.blake@thamesgate.test', note: 'British: shan\'t be taking your application further, on this occasion' });

r('uk-2', 'Recruitment <recruitment@hollowayandfinch.test>', 'Holloway & Finch - Graduate Analyst', `Dear Jane,

Thank you for attending the assessment centre last week. Following careful consideration, I'm sorry to inform you that you have been unsuccessful on this occasion.

We received a very high calibre of applications and the panel's decision was a close one.

Yours sincerely,
Graduate Recruitment Team
Holloway & Finch`, { stage: 'interview', company: 'Holloway & Finch', role: 'Graduate Analyst', contact: 'recruitment@hollowayandfinch.test', note: 'British graduate scheme after assessment centre' }, { fmt: 'qp' });

r('uk-3', 'Oliver Pratt <oliver.pratt@kestonbrook.test>', 'Interview outcome', `Hi Jane,

Thanks ever so much for coming in to see us on Tuesday, it was lovely to meet you.

Sadly we've decided not to offer you the role of Junior Developer. It was a really tough call between the final candidates. Do keep an eye on our vacancies though.

All the best,
Oliver`, { stage: 'interview', company: 'Kestonbrook', role: 'Junior Developer', contact: 'oliver.pratt@kestonbrook.test', note: 'British informal' });

r('uk-4', 'NHS Digital Jobs <noreply@jobs.nhsdigital.test>', 'Outcome of your application: Data Analyst (Band 6)', `Dear Jane Doe,

Thank you for your application for the post of Data Analyst (Band 6), reference 301-DA-882.

Unfortunately on this occasion you have not been shortlisted for interview. The standard of applications was high.

Thank you for your interest in the post.

Recruitment Team`, { stage: 'application', company: 'NHS Digital', role: 'Data Analyst (Band 6)', note: 'British public sector: not shortlisted for interview (stage is application)' });

r('in-1', 'HR Team <hr@sarvatech.test>', 'Application Status - Java Developer', `Dear Candidate,

Greetings from Sarvatech Solutions!

We thank you for showing interest in the Java Developer position with us. We regret to inform you that your profile has not been shortlisted for the further rounds.

Kindly note that we will keep your resume in our database for future requirements.

Thanks & Regards,
HR Team
Sarvatech Solutions Pvt. Ltd.`, { stage: 'application', company: 'Sarvatech Solutions', role: 'Java Developer', contact: 'hr@sarvatech.test', note: 'Indian: profile not shortlisted, kindly note' });

r('in-2', 'Ritu Sharma <ritu.sharma@pranavinfo.test>', 'Regarding your interview with Pranav Infosystems', `Dear Jane,

Thank you for appearing for the technical interview for the post of Senior Test Engineer on 12th March.

We regret to inform you that you have not been selected for the next round. We appreciate your interest in Pranav Infosystems and wish you success in your future endeavours.

Thanks and regards,
Ritu Sharma
Talent Acquisition, Pranav Infosystems`, { stage: 'interview', company: 'Pranav Infosystems', role: 'Senior Test Engineer', contact: 'ritu.sharma@pranavinfo.test', note: 'Indian: appearing for the interview, not selected for the next round' });

r('in-3', 'careers@ganeshsoft.test', 'Your application for Python Developer', `Dear Jane Doe,

Thank you for applying for the Python Developer role at Ganeshsoft. Kindly note that your candidature has not been considered for the current opening as your profile does not match our present requirement.

We wish you all the best.

Regards,
Recruitment Team, Ganeshsoft`, { stage: 'application', company: 'Ganeshsoft', role: 'Python Developer', contact: 'careers@ganeshsoft.test', note: 'Indian: candidature not considered, no display name' });

r('in-4', 'Anil Kumar <anil.kumar@vedanta-analytics.test>', 'Interview Feedback - Data Engineer', `Hi Jane,

Hope you are doing well. This is to inform you that after the HR round, the panel has decided not to proceed with your candidature for the Data Engineer position.

Please do not hesitate to apply for other suitable positions with us.

Regards,
Anil Kumar
Vedanta Analytics`, { stage: 'interview', company: 'Vedanta Analytics', role: 'Data Engineer', contact: 'anil.kumar@vedanta-analytics.test', note: 'Indian: "this is to inform you", after HR round' });

r('au-1', 'Talent Team <talent@wattleandgum.test>', 'Wattle & Gum - Senior Developer', `Hi Jane,

Thanks heaps for applying for the Senior Developer role with Wattle & Gum.

We've reviewed your application and unfortunately you've been unsuccessful on this occasion. We had a strong field of applicants.

Cheers and all the best,
The Wattle & Gum Talent Team`, { stage: 'application', company: 'Wattle & Gum', role: 'Senior Developer', contact: 'talent@wattleandgum.test', note: 'Australian: unsuccessful on this occasion' });

r('au-2', 'Bec Thompson <bec.thompson@southerlycloud.test>', 'Your interview with Southerly Cloud', `G'day Jane,

Thanks for having a yarn with us last week about the Cloud Support Engineer role.

I'm sorry to let you know you haven't been successful this time around. We'd really encourage you to apply again down the track.

Cheers,
Bec Thompson
People & Culture, Southerly Cloud`, { stage: 'interview', company: 'Southerly Cloud', role: 'Cloud Support Engineer', contact: 'bec.thompson@southerlycloud.test', note: 'Australian informal' });

r('au-3', 'Recruitment <noreply@careers.harbourcitycouncil.test>', 'Application outcome - Business Systems Analyst', `Dear Jane,

Thank you for your interest in the Business Systems Analyst position with Harbour City Council.

The selection panel has now assessed all applications and I regret to advise that your application was unsuccessful.

Yours sincerely,
People & Culture`, { stage: 'application', company: 'Harbour City Council', role: 'Business Systems Analyst', note: 'Australian government: "regret to advise"' });

// ───────────────────────── Rejections: German ─────────────────────────
r('de-1', 'Kerstin Vogel <k.vogel@rheinwerk-digital.test>', 'Ihre Bewerbung als Backend-Entwickler (m/w/d)', `Sehr geehrte Frau Doe,

vielen Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen.

Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.

Mit freundlichen Grüßen
Kerstin Vogel
Personalreferentin, Rheinwerk Digital`, { stage: 'application', company: 'Rheinwerk Digital', role: 'Backend-Entwickler', contact: 'k.vogel@rheinwerk-digital.test', note: 'German classic Absage' }, { fmt: 'qp' });

r('de-2', 'Bergmann Logistik Karriere <karriere@bergmann-logistik.test>', 'Absage: Data Analyst', `Hallo Jane,

danke für das angenehme Gespräch letzte Woche. Wir haben uns intensiv mit Ihrer Bewerbung beschäftigt.

Leider können wir Ihnen keine positive Rückmeldung geben und haben uns für eine andere Bewerberin entschieden.

Viele Grüße
Ihr Recruiting-Team der Bergmann Logistik`, { stage: 'interview', company: 'Bergmann Logistik', role: 'Data Analyst', contact: 'karriere@bergmann-logistik.test', note: 'German after Gespräch; Absage in subject' });

r('de-3', 'noreply@jobs.sternfeld.test', 'Ihre Bewerbung bei Sternfeld Versicherung', `Sehr geehrte Frau Doe,

wir bedanken uns für Ihre Bewerbung als Softwareentwickler Java.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Wir wünschen Ihnen für die Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Sternfeld Recruiting-Team`, { stage: 'application', company: 'Sternfeld Versicherung', role: 'Softwareentwickler Java', note: 'German: nicht weiter berücksichtigen, no-reply' });

r('de-4', 'Jonas Albrecht <jonas.albrecht@kiefer-software.test>', 'Rückmeldung zu unserem Gespräch', `Hallo Jane,

vielen Dank, dass Du Dir die Zeit für das Interview mit unserem Team genommen hast. Wir haben uns sehr gefreut, Dich kennenzulernen.

Nach reiflicher Überlegung haben wir uns leider entschieden, den Prozess mit Dir nicht fortzusetzen. Das Team sucht jemanden mit mehr Erfahrung in Kubernetes.

Wir wünschen Dir viel Erfolg bei der weiteren Suche!

Beste Grüße
Jonas Albrecht
Talent Acquisition, Kiefer Software`, { stage: 'interview', company: 'Kiefer Software', role: null, contact: 'jonas.albrecht@kiefer-software.test', note: 'German, informal Du' });

r('de-5', 'Weber & Söhne Personal <personal@weber-soehne.test>', 'Ihre Bewerbung', `Sehr geehrte Frau Doe,

vielen Dank für Ihr Interesse an der Position als Systemadministrator.

Wir bedauern, Ihnen mitteilen zu müssen, dass die Stelle bereits anderweitig besetzt wurde.

Mit freundlichen Grüßen
Personalabteilung Weber & Söhne`, { stage: 'application', company: 'Weber & Söhne', role: 'Systemadministrator', contact: 'personal@weber-soehne.test', note: 'German: Stelle anderweitig besetzt' }, { fmt: 'html' });

r('de-6', 'Lisa Hoffmann <lisa.hoffmann@nordlicht-ag.test>', 'Bewerbung Frontend Engineer – Nordlicht', `Liebe Jane,

herzlichen Dank für Deine Bewerbung als Frontend Engineer bei Nordlicht.

Wir haben uns Dein Profil genau angesehen, werden Deine Bewerbung aber leider nicht weiterverfolgen. Es gab viele Bewerbungen mit mehr Erfahrung in Vue.js.

Alles Gute für Deine Zukunft!
Lisa`, { stage: 'application', company: 'Nordlicht', role: 'Frontend Engineer', contact: 'lisa.hoffmann@nordlicht-ag.test', note: 'German: nicht weiterverfolgen' });

// ───────────────────────── Rejections: French ─────────────────────────
r('fr-1', 'Claire Dubois <claire.dubois@atelier-numerique.test>', 'Votre candidature au poste de Développeuse Python', `Bonjour Jane,

Nous vous remercions de l'intérêt que vous portez à notre société et de votre candidature au poste de Développeuse Python.

Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature. Nous avons reçu de nombreux profils de grande qualité.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
Claire Dubois
Chargée de recrutement, Atelier Numérique`, { stage: 'application', company: 'Atelier Numérique', role: 'Développeuse Python', contact: 'claire.dubois@atelier-numerique.test', note: 'French: suite favorable' }, { fmt: 'qp' });

r('fr-2', 'Recrutement Lumière <recrutement@lumiere-energie.test>', 'Suite à notre entretien', `Bonjour Madame Doe,

Merci pour le temps que vous nous avez accordé lors de notre entretien de mardi.

Après réflexion, nous avons décidé de ne pas retenir votre candidature pour le poste de Chef de projet data. Ce choix a été difficile.

Bien cordialement,
L'équipe recrutement de Lumière Énergie`, { stage: 'interview', company: 'Lumière Énergie', role: 'Chef de projet data', contact: 'recrutement@lumiere-energie.test', note: 'French after entretien: ne pas retenir' });

r('fr-3', 'Maison Verdier <noreply@smartrecruiters.com>', 'Votre candidature chez Maison Verdier', `Bonjour Jane,

Nous vous remercions pour votre candidature au poste d'Ingénieur DevOps.

Après une étude attentive de votre profil, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous conserverons votre CV dans notre base de données.

Cordialement,
Maison Verdier`, { stage: 'application', company: 'Maison Verdier', role: 'Ingénieur DevOps', note: 'French via SmartRecruiters: pas été retenue' }, { fmt: 'alt' });

r('fr-4', 'Julien Moreau <julien.moreau@cyclope.test>', 'Poste de Product Owner', `Bonjour Jane,

Merci encore pour nos échanges et pour l'étude de cas. L'équipe a beaucoup apprécié votre présentation.

Nous avons toutefois choisi de poursuivre avec un autre candidat dont l'expérience est plus proche de notre secteur.

Je vous souhaite bonne continuation dans vos recherches.

Julien Moreau
CTO, Cyclope`, { stage: 'interview', company: 'Cyclope', role: 'Product Owner', contact: 'julien.moreau@cyclope.test', note: 'French, no malheureusement: poursuivre avec un autre candidat' });

r('fr-5', 'RH Boréal <rh@boreal-conseil.test>', 'Réponse à votre candidature', `Madame,

Nous accusons réception de votre candidature pour le poste de Consultante SAP et vous en remercions.

Malheureusement, votre profil ne correspond pas aux besoins actuels de notre équipe et nous ne pourrons pas y donner suite.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Service des Ressources Humaines
Boréal Conseil`, { stage: 'application', company: 'Boréal Conseil', role: 'Consultante SAP', contact: 'rh@boreal-conseil.test', note: 'French formal: acknowledges receipt AND rejects' });

r('fr-6', 'Sarah Benali <sarah.benali@pixelune.test>', 'Votre candidature', `Bonjour Jane,

Je reviens vers vous concernant votre candidature au poste de Designer UX chez Pixelune.

Nous avons reçu beaucoup de candidatures et, malheureusement, nous ne sommes pas en mesure de donner suite à la vôtre.

Belle journée,
Sarah`, { stage: 'application', company: 'Pixelune', role: 'Designer UX', contact: 'sarah.benali@pixelune.test', note: 'French informal' });

// ───────────────────────── Rejections: Spanish ─────────────────────────
r('es-1', 'Lucía Fernández <lucia.fernandez@solaria-tech.test>', 'Tu candidatura para Desarrolladora Backend', `Hola Jane,

Muchas gracias por tu interés en Solaria Tech y por el tiempo dedicado a tu candidatura para el puesto de Desarrolladora Backend.

Lamentablemente, hemos decidido no continuar con tu candidatura en esta ocasión. Hemos recibido perfiles muy interesantes.

Te deseamos mucho éxito en tu búsqueda.

Un saludo,
Lucía Fernández
Talent Acquisition, Solaria Tech`, { stage: 'application', company: 'Solaria Tech', role: 'Desarrolladora Backend', contact: 'lucia.fernandez@solaria-tech.test', note: 'Spanish classic' }, { fmt: 'qp' });

r('es-2', 'Equipo de Selección <seleccion@grupomarea.test>', 'Proceso de selección - Analista de Datos', `Estimada Jane:

Gracias por participar en el proceso de selección y por la entrevista con nuestro equipo.

Te comunicamos que hemos decidido seguir con otros candidatos cuyo perfil se ajusta más a las necesidades del puesto.

Atentamente,
El equipo de selección de Grupo Marea`, { stage: 'interview', company: 'Grupo Marea', role: 'Analista de Datos', contact: 'seleccion@grupomarea.test', note: 'Spanish after entrevista' });

r('es-3', 'Andrés Gómez <andres.gomez@cafetal.test>', 'Sobre tu postulación', `Hola Jane,

Gracias por postularte al puesto de Ingeniera QA en Cafetal. Desafortunadamente, tu perfil no ha sido seleccionado para avanzar a la siguiente etapa.

Guardaremos tu CV para futuras oportunidades.

Saludos,
Andrés`, { stage: 'application', company: 'Cafetal', role: 'Ingeniera QA', contact: 'andres.gomez@cafetal.test', note: 'Latin American Spanish: postulación' });

r('es-4', 'RRHH Iberlink <noreply@iberlink.test>', 'Actualización de tu candidatura', `Hola Jane,

Te escribimos para informarte de que la vacante de Administrador de Sistemas ya ha sido cubierta.

Agradecemos sinceramente tu interés en Iberlink.

Un cordial saludo,
Recursos Humanos`, { stage: 'application', company: 'Iberlink', role: 'Administrador de Sistemas', note: 'Spanish: vacante cubierta, no-reply' }, { fmt: 'html' });

r('es-5', 'Marta Ruiz <marta.ruiz@velero.test>', 'Entrevista para Product Designer', `Hola Jane,

Fue un placer conocerte la semana pasada. Queríamos agradecerte tu tiempo en las entrevistas.

Sentimos comunicarte que no vamos a avanzar con tu candidatura. Ha sido una decisión difícil porque el nivel era muy alto.

Un abrazo,
Marta Ruiz
People Lead, Velero`, { stage: 'interview', company: 'Velero', role: 'Product Designer', contact: 'marta.ruiz@velero.test', note: 'Spanish: no vamos a avanzar con tu candidatura' });

r('es-6', 'Talento Andina <talento@andina-pagos.test>', 'Resultado del proceso', `Estimada Jane Doe:

Le agradecemos su participación en el proceso para el cargo de Desarrollador Full Stack.

Lamentamos informarle que en esta ocasión hemos optado por otro perfil. Su información quedará registrada en nuestra base de datos.

Cordialmente,
Equipo de Talento, Andina Pagos`, { stage: 'unknown', company: 'Andina Pagos', role: 'Desarrollador Full Stack', contact: 'talento@andina-pagos.test', note: 'Spanish formal usted: optado por otro perfil' });

// ───────────────────────── Rejections: Dutch ─────────────────────────
r('nl-1', 'Sanne de Vries <sanne.devries@polderdata.test>', 'Je sollicitatie bij Polderdata', `Hoi Jane,

Bedankt voor je sollicitatie als Data Engineer bij Polderdata.

Helaas hebben we besloten om niet verder te gaan met je sollicitatie. We hebben gekozen voor kandidaten met meer ervaring in streaming.

Veel succes met je zoektocht!

Groeten,
Sanne de Vries
Recruiter, Polderdata`, { stage: 'application', company: 'Polderdata', role: 'Data Engineer', contact: 'sanne.devries@polderdata.test', note: 'Dutch classic' });

r('nl-2', 'Recruitment Tulpwerk <werken@tulpwerk.test>', 'Afwijzing sollicitatie Backend Developer', `Beste Jane,

Hartelijk dank voor het gesprek van afgelopen dinsdag.

Wij moeten je helaas laten weten dat de keuze is gevallen op een andere kandidaat.

Met vriendelijke groet,
Team Tulpwerk`, { stage: 'interview', company: 'Tulpwerk', role: 'Backend Developer', contact: 'werken@tulpwerk.test', note: 'Dutch: afwijzing in subject, keuze gevallen op andere kandidaat' });

r('nl-3', 'Bram Jansen <bram.jansen@grachtsoft.test>', 'Update sollicitatie', `Beste Jane,

Dank je wel voor je interesse in de functie van Frontend Developer. We hebben je cv met veel interesse gelezen, maar je profiel sluit helaas niet goed aan bij wat we zoeken.

We wensen je veel succes met je verdere zoektocht.

Met vriendelijke groeten,
Bram Jansen
Grachtsoft`, { stage: 'application', company: 'Grachtsoft', role: 'Frontend Developer', contact: 'bram.jansen@grachtsoft.test', note: 'Dutch: sluit niet goed aan' }, { fmt: 'alt' });

r('nl-4', 'HR Dijkstra <noreply@dijkstra-bouw.test>', 'Uw sollicitatie', `Geachte mevrouw Doe,

Hartelijk dank voor uw sollicitatie naar de functie van ICT-beheerder.

Na zorgvuldige overweging hebben wij besloten u niet uit te nodigen voor een gesprek. Wij danken u voor uw interesse in Dijkstra Bouw.

Met vriendelijke groet,
Afdeling HR`, { stage: 'application', company: 'Dijkstra Bouw', role: 'ICT-beheerder', note: 'Dutch formal: niet uitnodigen voor een gesprek (stage application)' });

r('nl-5', 'Femke Bakker <femke@fietsapp.test>', 'Na ons gesprek', `Hoi Jane,

Leuk dat je langs kwam voor een kennismaking! We hebben intern alles goed besproken.

We gaan helaas niet verder met jou voor de rol van Mobile Developer. Je technische kennis is sterk, maar we zoeken iemand met meer product-ervaring.

Groetjes,
Femke
Fietsapp`, { stage: 'interview', company: 'Fietsapp', role: 'Mobile Developer', contact: 'femke@fietsapp.test', note: 'Dutch informal' });

r('nl-6', 'Werving & Selectie <noreply@gemeente-havenstad.test>', 'Uitslag selectie Beleidsmedewerker Digitalisering', `Beste mevrouw Doe,

Bedankt voor uw sollicitatie voor de vacature Beleidsmedewerker Digitalisering.

Wij hebben veel reacties ontvangen. Helaas bent u niet geselecteerd voor de eerste gespreksronde.

Met vriendelijke groet,
Gemeente Havenstad`, { stage: 'application', company: 'Gemeente Havenstad', role: 'Beleidsmedewerker Digitalisering', note: 'Dutch government: niet geselecteerd; "reacties ontvangen" is not an acknowledgement' });

// ───────────────────────── Not rejections: acknowledgements ─────────────────────────
o('ack-1', '"Brightwave Analytics" <no-reply@us.greenhouse-mail.io>', 'Thank you for applying to Brightwave Analytics', `Hi Jane,

Thanks for applying to the Senior Data Engineer role at Brightwave Analytics! We've received your application and our team will review it shortly.

If your experience matches what we're looking for, we'll be in touch about next steps.

Brightwave Analytics Recruiting`, 'ack: application received', { headers: AUTO });
o('ack-2', 'Meridian Health Systems <careers-noreply@icims.com>', 'Application Received', `Dear Jane,

Thank you for applying for Integration Engineer II. We receive many applications for each opening. If you don't hear from us within 30 days, please assume your application was unsuccessful on this occasion.

Meridian Health Systems Talent Acquisition`, 'ack with "if you don\'t hear from us ... unsuccessful"');
o('ack-3', 'Velora Hotels <noreply@smartrecruiters.com>', 'We have received your application', `Dear Jane,

This is to confirm that we have received your application for Revenue Systems Analyst. Due to the high volume of applications, we are only able to contact shortlisted candidates. Unfortunately we cannot respond to every applicant individually.

Kind regards,
Velora Hotels`, 'ack with "unfortunately" and only-shortlisted clause', { fmt: 'html' });
o('ack-4', 'Sarvatech HR <hr@sarvatech.test>', 'Application acknowledgement', `Dear Candidate,

Greetings! We acknowledge the receipt of your resume for the Java Developer position. Kindly note that our team is reviewing profiles and shortlisted candidates will be contacted within two weeks.

Thanks & Regards,
HR Team`, 'Indian-English ack');
o('ack-5', 'Rheinwerk Digital Karriere <karriere@rheinwerk-digital.test>', 'Eingangsbestätigung Ihrer Bewerbung', `Sehr geehrte Frau Doe,

vielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d). Ihre Unterlagen sind bei uns eingegangen und werden derzeit geprüft. Wir melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team`, 'German ack (Eingangsbestätigung)');
o('ack-6', 'Lumière Énergie <recrutement@lumiere-energie.test>', 'Accusé de réception de votre candidature', `Bonjour Jane,

Nous avons bien reçu votre candidature pour le poste de Chef de projet data et nous vous en remercions. Sans réponse de notre part sous trois semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

L'équipe recrutement`, 'French ack with conditional "pas été retenue"');
o('ack-7', 'Fjordlight <no-reply@teamtailor-mail.com>', 'Thanks for your application!', `Hi Jane!

Thanks for applying for the iOS Developer position. We're so happy you're interested in Fjordlight. We're reviewing applications on a rolling basis and will get back to you as soon as we can, whatever the outcome.

The Fjordlight team`, 'Teamtailor ack', { headers: LU });
o('ack-8', 'Polderdata <noreply@polderdata.test>', 'Bevestiging van je sollicitatie', `Hoi Jane,

Bedankt voor je sollicitatie als Data Engineer! We hebben je sollicitatie in goede orde ontvangen. Helaas kunnen we niet iedereen persoonlijk antwoorden; als je binnen twee weken niets van ons hoort, is de vacature aan iemand anders gegeven.

Groeten, Polderdata`, 'Dutch ack with helaas and conditional');
o('ack-9', 'Solaria Tech <noreply@solaria-tech.test>', 'Hemos recibido tu candidatura', `Hola Jane,

Hemos recibido tu candidatura para Desarrolladora Backend. Nuestro equipo la revisará en los próximos días. Si no recibes noticias nuestras en 15 días, entiende que no ha sido seleccionada.

Saludos, Solaria Tech`, 'Spanish ack with conditional');

// ───────────────────────── Not rejections: interviews, reschedules ─────────────────────────
o('invite-1', 'Megan Okafor <megan.okafor@lanternlabs.test>', 'Lantern Labs - next steps', `Hi Jane,

Great news: the team enjoyed your application and we'd like to invite you to a 45-minute technical interview with two of our engineers.

Could you share your availability for next week? Alternatively, pick a slot on my Calendly.

Best,
Megan`, 'interview invitation');
o('invite-2', '"Corvid Labs" <no-reply@hire.lever.co>', 'Schedule your interview with Corvid Labs', `Hi Jane,

We're excited to move you forward to the next round for the Staff Software Engineer role! Please use the link below to schedule your onsite interviews.

Corvid Labs`, 'ATS scheduling link', { fmt: 'html' });
o('invite-3', 'Daniel Kim <daniel.kim@orbitalmaps.test>', 'Re: GIS Engineer', `Hi Jane,

Thanks for the call on Monday. I'd love for you to meet the rest of the team. Would you be available for a final round on Thursday or Friday afternoon?

Daniel`, 'final round invitation');
o('invite-4', 'Kerstin Vogel <k.vogel@rheinwerk-digital.test>', 'Einladung zum Vorstellungsgespräch', `Sehr geehrte Frau Doe,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen. Bitte teilen Sie uns mit, welcher der folgenden Termine Ihnen passt: Dienstag 10 Uhr oder Mittwoch 14 Uhr.

Mit freundlichen Grüßen
Kerstin Vogel`, 'German interview invitation');
o('invite-5', 'Claire Dubois <claire.dubois@atelier-numerique.test>', 'Invitation à un entretien', `Bonjour Jane,

Suite à votre candidature, nous serions heureux de vous inviter à un entretien avec notre CTO. Pourriez-vous nous indiquer vos disponibilités la semaine prochaine ?

Cordialement,
Claire`, 'French interview invitation');
o('invite-6', 'Sanne de Vries <sanne.devries@polderdata.test>', 'Uitnodiging gesprek', `Hoi Jane,

Leuk dat je hebt gesolliciteerd! We willen je graag uitnodigen voor een eerste gesprek. Wanneer schikt het jou volgende week?

Groeten, Sanne`, 'Dutch interview invitation');
o('resched-1', 'Priya Shah <priya.shah@nimbusworks.test>', 'Interview on Wednesday', `Hi Jane,

Unfortunately the interviewer is ill today, so we need to reschedule. Can we move to Thursday at the same time? Sorry for the short notice.

Priya`, 'reschedule with "unfortunately"');
o('resched-2', 'Aisha Bello <aisha.bello@quantaris.test>', 'Change of plans', `Dear Jane,

I regret to say that our hiring manager has been called away and won't be able to make tomorrow's interview. I'm sorry for the inconvenience. Would Monday at 11:00 work for you instead?

Aisha`, 'reschedule with "regret to say"');
o('resched-3', 'Joanna Frost <joanna.frost@larkspur.test>', 'Re: Product Manager interview', `Hi Jane,

Sadly we have to push our chat back a week, as the team is at an offsite. I'll send a new invite for the 14th. Still very keen to speak with you!

Joanna`, 'postponement with "sadly"');
o('resched-4', 'Lucía Fernández <lucia.fernandez@solaria-tech.test>', 'Cambio de horario de la entrevista', `Hola Jane,

Lamentablemente tenemos que cambiar la hora de la entrevista. ¿Te viene bien el jueves a las 16:00? Revisa tu disponibilidad y me dices.

Un saludo, Lucía`, 'Spanish reschedule with lamentablemente');

// ───────────────────────── Not rejections: assessments ─────────────────────────
o('assess-1', '"Harbor & Pine" <no-reply@greenhouse.io>', 'Your take-home exercise', `Hi Jane,

Thanks for your interest in the Backend Engineer (Payments) role. As the next step, please complete the take-home exercise linked below. You will have 5 days to complete it.

Harbor & Pine Hiring Team`, 'take-home assignment');
o('assess-2', 'HackerTest <no-reply@hackertest.test>', 'Invitation: Sable Robotics coding assessment', `Hello Jane,

Sable Robotics has invited you to take a coding test for the Firmware Engineer position. Click the link below to start. The test takes 90 minutes.

HackerTest on behalf of Sable Robotics`, 'third-party coding test invite');
o('assess-3', 'Holloway & Finch <recruitment@hollowayandfinch.test>', 'Online assessment - Graduate Analyst', `Dear Jane,

Congratulations on progressing to the next stage. Please complete the online numerical reasoning assessment by Friday 5pm.

Graduate Recruitment Team`, 'British online assessment');
o('assess-4', 'Vedanta Analytics <hr@vedanta-analytics.test>', 'Assessment link - Data Engineer', `Dear Jane,

Kindly complete the online technical assessment using the link shared below before 20th March. Unfortunately, we cannot extend the deadline.

Regards, HR`, 'assessment with "unfortunately"');
o('assess-5', 'Jonas Albrecht <jonas.albrecht@kiefer-software.test>', 'Nächster Schritt: Coding Challenge', `Hallo Jane,

danke für das nette Gespräch! Als nächsten Schritt schicken wir Dir eine kleine Coding Challenge. Du hast eine Woche Zeit dafür.

Beste Grüße, Jonas`, 'German coding challenge');

// ───────────────────────── Not rejections: offers ─────────────────────────
o('offer-1', 'Grace Liu <grace.liu@cobaltcare.test>', 'Offer - Senior Android Engineer', `Hi Jane,

I'm delighted to offer you the Senior Android Engineer position at Cobalt Care! Your offer letter is attached. Please let me know if you have any questions.

Grace`, 'offer');
o('offer-2', 'Ben Carter <ben.carter@redshiftlabs.test>', 'Offer details', `Hi Jane,

Unfortunately we couldn't get the budget for the senior title, but we'd love to offer you the Platform Engineer role at the level we discussed. Offer letter attached; your start date would be 1 June.

Ben`, 'offer that starts with "unfortunately"');
o('offer-3', 'Femke Bakker <femke@fietsapp.test>', 'Aanbod Mobile Developer', `Hoi Jane,

Goed nieuws! We willen je graag een aanbod doen voor de rol van Mobile Developer. In de bijlage vind je de arbeidsovereenkomst.

Groetjes, Femke`, 'Dutch offer');
o('offer-4', 'Marta Ruiz <marta.ruiz@velero.test>', 'Oferta - Product Designer', `Hola Jane,

¡Enhorabuena! Nos complace ofrecerte el puesto de Product Designer. Adjuntamos la oferta formal.

Marta`, 'Spanish offer');

// ───────────────────────── Not rejections: on hold ─────────────────────────
o('hold-1', 'Olivia Hart <olivia.hart@sunspot.test>', 'QA Lead role update', `Hi Jane,

I wanted to let you know that the QA Lead role has been put on hold due to budget changes. Unfortunately, we can't move forward with any interviews right now, but we'll keep your application open and reach out as soon as hiring resumes.

Olivia`, 'on hold with "unfortunately" and "can\'t move forward"');
o('hold-2', 'Kai Andersen <kai.andersen@polarstack.test>', 'Hiring freeze', `Hi Jane,

Bad news on timing: the company has announced a hiring freeze until Q3. We're pausing the Rust Engineer search but we'd like to keep your candidacy active.

Kai`, 'hiring freeze');
o('hold-3', 'Recruiting <recruiting@halcyon-systems.test>', 'Embedded Engineer - pause', `Dear Jane,

We regret to inform you that the recruitment process for the Embedded Engineer position has been paused. Your application remains on file and we will contact you when the position reopens.

Halcyon Systems Recruiting`, 'process paused with "regret to inform"');
o('hold-4', 'Lisa Hoffmann <lisa.hoffmann@nordlicht-ag.test>', 'Deine Bewerbung', `Liebe Jane,

leider müssen wir den Prozess für die Stelle vorerst pausieren, da die Position auf Eis gelegt wurde. Wir melden uns, sobald es weitergeht.

Lisa`, 'German on hold with leider');
o('hold-5', 'Julien Moreau <julien.moreau@cyclope.test>', 'Poste de Product Owner', `Bonjour Jane,

Malheureusement, le recrutement pour ce poste est mis en pause pour quelques semaines. Nous gardons votre candidature et revenons vers vous dès que possible.

Julien`, 'French on hold');

// ───────────────────────── Not rejections: job alerts, newsletters ─────────────────────────
o('alert-1', '"LinkedIn Job Alerts" <jobalerts-noreply@linkedin.com>', '30+ new jobs for "Data Engineer"', `Your job alert for Data Engineer in London

Data Engineer · Brightwave Analytics · Hybrid
Senior Data Engineer · Tandem Logistics · Remote
Analytics Engineer · Mosaic Pay · London
See all jobs

Unsubscribe · Manage alerts`, 'LinkedIn job alert', { fmt: 'html', headers: BULK });
o('alert-2', 'Indeed <alert@indeed.com>', 'Jobs you may be interested in', `Jane, new jobs matching your search "platform engineer":

Platform Engineer - Corvid Labs - Remote - Easily apply
Cloud Engineer - Ambergrid - Berlin - Apply now

Unsubscribe from these emails.`, 'Indeed alert', { headers: BULK });
o('alert-3', 'Remote Weekly <newsletter@remoteweekly.test>', 'Remote Weekly #212: why your application was rejected', `This week: why so many applications get rejected, and what to do about it.

Unfortunately, most candidates never hear back. We regret to say the average reply rate has dropped again. Here are five tips to stand out, plus 40 new remote roles.

Unsubscribe | View in browser`, 'newsletter that talks about rejection', { headers: BULK });
o('alert-4', 'Otta <hello@otta.com>', 'Jobs picked for you this week', `Hi Jane, here are this week's roles we think you'll like:

Frontend Engineer at Glasshouse
Backend Engineer at Pebble Finance

Apply now. Manage your preferences or unsubscribe.`, 'job board picks', { fmt: 'html', headers: BULK });
o('alert-5', 'StepStone <jobagent@stepstone.de>', 'Ihr Job-Agent: 12 neue Stellenangebote', `Hallo Jane,

Ihr Job-Agent hat 12 neue Stellen für "Softwareentwickler" in Berlin gefunden.

Backend-Entwickler (m/w/d) - Kiefer Software
Data Analyst (m/w/d) - Bergmann Logistik

Job-Agent abbestellen`, 'German job agent', { headers: BULK });

// ───────────────────────── Not rejections: recruiter outreach ─────────────────────────
o('outreach-1', 'Tom Reyes <tom@fieldstone-recruitment.test>', 'Data Platform Lead opportunity', `Hi Jane,

I came across your profile and think you'd be a great fit for a Data Platform Lead role with one of my clients, a fintech in London. Would you be open to a quick chat this week?

Tom`, 'agency outreach');
o('outreach-2', 'Nina Patel <nina.patel@hyperion-search.test>', 'Staff Engineer - confidential search', `Hi Jane,

I'm recruiting for a Staff Engineer position at a Series B startup. Your background in distributed systems looks like a strong match. Are you open to hearing more?

Best, Nina`, 'outreach: strong match (must not look like "better match" rejection)');
o('outreach-3', 'Felix Braun <felix.braun@talentscout.test>', 'Spannende Position als Teamlead', `Hallo Jane,

ich bin auf Ihr Profil aufmerksam geworden und habe eine spannende Position als Teamlead Backend für Sie. Hätten Sie Interesse an einem kurzen Telefonat?

Viele Grüße, Felix`, 'German outreach');
o('outreach-4', 'Ravi Menon <ravi@codehire.test>', 'Not the right fit before? Here is a better one', `Hi Jane,

Last time the role wasn't the right fit for you, but this one might be: a Senior Backend Engineer role at a climate startup, fully remote. Let me know if you're interested.

Ravi`, 'outreach that mentions "not the right fit"');
o('outreach-5', 'Camille Roux <camille.roux@cabinet-talents.test>', 'Opportunité Lead Developer', `Bonjour Jane,

J'ai vu votre profil et je souhaiterais vous présenter une opportunité de Lead Developer chez un de nos clients à Lyon. Seriez-vous disponible pour un échange ?

Camille`, 'French outreach');

// ───────────────────────── Not rejections: other things turned down ─────────────────────────
o('loan-1', 'Crestline Bank <no-reply@crestline-bank.test>', 'Your personal loan application', `Dear Jane Doe,

Thank you for your recent loan application. After careful review, we regret to inform you that we are unable to approve your application at this time. This decision was based on information from a credit reference agency.

Crestline Bank Lending Team`, 'loan declined');
o('loan-2', 'Harbour Home Loans <decisions@harbourhomeloans.test>', 'Mortgage application decision', `Hi Jane,

Unfortunately we have decided not to proceed with your mortgage application. Your broker can discuss other options with you.

Harbour Home Loans`, 'mortgage declined with "decided not to proceed"');
o('credit-1', 'Nova Card <no-reply@novacard.test>', 'Update on your Nova Card application', `Dear Jane,

Thank you for applying for the Nova Platinum credit card. Unfortunately, your application was not successful. You can request a free copy of your credit report.

Nova Card`, 'credit card declined with "application was not successful"');
o('credit-2', 'Kredithaus <service@kredithaus.test>', 'Ihr Kreditantrag', `Sehr geehrte Frau Doe,

leider können wir Ihren Kreditantrag nicht positiv bescheiden. Wir haben uns gegen eine Bewilligung entschieden.

Ihr Kredithaus-Team`, 'German credit declined');
o('flat-1', 'Anna Schmidt <anna@kiezwohnen.test>', 'Wohnung Kastanienallee', `Hallo Frau Doe,

vielen Dank für Ihr Interesse an der Wohnung. Leider haben wir uns für einen anderen Bewerber entschieden.

Viele Grüße
Anna Schmidt, Hausverwaltung`, 'German flat: "für einen anderen Bewerber entschieden"');
o('flat-2', 'Lettings Team <lettings@citynest.test>', 'Your application for 14b Rosewood Court', `Hi Jane,

Thank you for applying for the flat at 14b Rosewood Court. Unfortunately the landlord has decided to proceed with another applicant.

CityNest Lettings`, 'flat rental: proceed with another applicant');
o('flat-3', 'Woonstichting Groen <info@woonstichting-groen.test>', 'Reactie op woning Lindelaan 8', `Beste mevrouw Doe,

Helaas is de woning aan een andere kandidaat toegewezen. U blijft ingeschreven voor andere huurwoningen.

Woonstichting Groen`, 'Dutch rental: andere kandidaat');
o('talk-1', 'PyCon Program Committee <program@pycon-example.test>', 'Your PyCon talk proposal', `Hi Jane,

Thank you for submitting "Typing all the things" to the call for proposals. Unfortunately we were not able to accept your talk this year; we received over 600 proposals for 90 slots.

The Program Committee`, 'conference talk rejected');
o('talk-2', 'DevDays Speakers <speakers@devdays.test>', 'DevDays 2026 - CFP result', `Hello Jane,

We regret to let you know that your session was not selected for DevDays 2026. We hope you'll join us as an attendee.

DevDays team`, 'CFP not selected');
o('talk-3', 'Meetup Rotterdam <orga@meetup-rotterdam.test>', 'Je talk voor juni', `Hoi Jane,

Helaas hebben we besloten om je talk niet in het programma op te nemen. Volgende keer beter!

Orga`, 'Dutch meetup talk rejected');
o('pr-1', 'octo-bot <notifications@github.example>', '[acme/widgets] Closed: Add retry to fetch (#482)', `@janedoe thanks for the pull request! Unfortunately we've decided not to merge this change, as retries belong in the caller. Closing for now.

— maintainer
Reply to this email directly or view it on GitHub.`, 'pull request closed', { headers: { 'List-Id': 'acme/widgets <widgets.acme.github.example>' } });
o('pr-2', 'Sam Ortiz <sam.ortiz@opensource.test>', 'Re: [PATCH] fix locale parsing', `Hi Jane,

Thanks for the patch. We won't be moving forward with it: the maintainers prefer to keep locale handling upstream.

Sam`, 'patch declined with "won\'t be moving forward"');
o('paper-1', 'Journal of Applied Computing <editorial@jac-journal.test>', 'Decision on manuscript JAC-2026-0142', `Dear Dr Doe,

Thank you for submitting your manuscript to the Journal of Applied Computing. After peer review, we regret to inform you that your paper has not been accepted for publication.

Editorial Office`, 'journal paper rejected');
o('paper-2', 'Workshop Chairs <chairs@mlsys-ws.test>', 'Notification: paper #57', `Dear authors,

We are sorry to inform you that your submission was not selected for the workshop proceedings. Reviews are attached.

Workshop Chairs`, 'workshop paper not selected');
o('grant-1', 'Innovation Fund <grants@innovationfund.test>', 'Your grant application', `Dear Jane,

Unfortunately your application to the Innovation Fund was unsuccessful on this occasion. We received a record number of applications.

Innovation Fund team`, 'grant unsuccessful on this occasion');

// ───────────────────────── Not rejections: forwards and own mail ─────────────────────────
o('fwd-1', 'Maya Chen <maya.chen@gmail.com>', 'Fwd: Your application to Corvid Labs', `ugh, look what I got this morning. third one this week. drinks friday?

---------- Forwarded message ---------
From: Corvid Labs <no-reply@hire.lever.co>
Date: Mon, 9 Mar 2026 at 09:12
Subject: Your application to Corvid Labs
To: <maya.chen@gmail.com>

Hi Maya,

Thank you for applying to Corvid Labs. We have decided not to move forward with your application at this time.

All the best,
Corvid Labs`, 'friend forwards her own rejection');
o('fwd-2', 'Leo Martins <leo.martins@outlook.com>', 'Fw: Application outcome', `Jane - they rejected me, can you believe it? Would love your advice on the feedback request thing you use.

-----Original Message-----
From: Recruitment <recruitment@hollowayandfinch.test>
Sent: 10 March 2026 14:02
To: Leo Martins
Subject: Application outcome

Dear Leo, I'm sorry to inform you that you have been unsuccessful on this occasion.`, 'friend forwards (Outlook style, Fw:)');
o('fwd-3', 'Ana Costa <ana.costa@gmail.com>', 'Fwd: Absage', `Schau mal, was ich bekommen habe. Naja.

Begin forwarded message:

From: Bergmann Logistik Karriere <karriere@bergmann-logistik.test>
Subject: Absage

Hallo Ana, leider haben wir uns für eine andere Bewerberin entschieden.`, 'friend forwards German rejection (Apple Mail marker)');
o('fwd-4', 'Peter Wong <peter.wong@gmail.com>', 'Fwd: Update on your candidacy', `Thought you'd find this one funny, they spelled my name wrong.

---------- Forwarded message ---------
From: Sable Robotics <notifications@hire.lever.co>
Subject: Update on your candidacy

Hi Petr, after careful consideration the team has decided to pursue other candidates whose experience more closely matches the role.`, 'friend forwards; no "rejected" word in his own text');
o('own-1', 'Jane Doe <jane.doe@example.test>', 'Re: Lantern Labs - Senior Frontend Engineer', `Hi Megan,

Thank you for letting me know. I understand you've decided to move forward with another candidate. Would you be able to share any feedback from the panel?

Best,
Jane

On Mon, 9 Mar 2026 at 10:00, Megan Okafor <megan.okafor@lanternlabs.test> wrote:
> we've decided to move forward with another candidate`, 'candidate\'s own sent reply quoting the rejection', { to: 'Megan Okafor <megan.okafor@lanternlabs.test>' });
o('own-2', 'Jane Doe <jane.doe@example.test>', 'Fwd: Your application to Brightwave Analytics', `Mum - here's the one I told you about. Unfortunately not this time!

---------- Forwarded message ---------
From: Brightwave Analytics <no-reply@us.greenhouse-mail.io>

We have decided to move forward with other candidates.`, 'candidate forwards her rejection to family', { to: 'Ruth Doe <ruth.doe@example.test>' });
o('own-3', '"Jane Doe" <JANE.DOE@EXAMPLE.TEST>', 'Application: Senior Data Engineer', `Dear hiring team,

Please find attached my CV for the Senior Data Engineer position. Unfortunately I could not upload it through the portal.

Kind regards,
Jane Doe`, 'candidate\'s own application mail (upper-case address)', { to: 'Brightwave Careers <careers@brightwave.test>' });
o('own-4', 'Jane Doe <jane.doe@example.test>', 'Note to self: rejection wording', `Phrases to watch for: "we have decided to move forward with other candidates", "not the right fit at this time", "we regret to inform you".`, 'candidate\'s note to self full of rejection phrases', { to: ME });

// ───────────────────────── Not rejections: misc ─────────────────────────
o('status-1', 'Aisha Bello <aisha.bello@quantaris.test>', 'Quick update', `Hi Jane,

Just a quick note to say we haven't made a decision yet on the Quant Developer role. Unfortunately a couple of interviews slipped, so it'll be another week. Thanks for your patience!

Aisha`, 'status: no decision yet, with "unfortunately"');
o('status-2', 'Hannah Weiss <hannah.weiss@peregrine-security.test>', 'Moving forward', `Hi Jane,

The hiring manager loved your application and we're moving forward with you to the next stage! I'll send details tomorrow.

Hannah`, 'moving forward WITH you (positive)');
o('status-3', 'Sophie Laurent <s.laurent@ambergrid.test>', 'Different role?', `Hi Jane,

The Cloud Engineer role turned out to be more senior than we advertised, but the team thinks you'd be a great match for our Platform Engineer opening instead. Would you like me to put you forward?

Sophie`, 'redirect to another role (not a rejection)');
o('event-1', 'Career Fair Team <events@techcareerfair.test>', 'Unfortunately we are fully booked', `Hi Jane,

Thank you for registering for the Tech Career Fair. Unfortunately the event is fully booked and we cannot offer you a place. You have been added to the waitlist.

Career Fair Team`, 'event full (other domain, "cannot offer you")');
o('feedback-request-ack', 'Priya Shah <priya.shah@nimbusworks.test>', 'Re: Feedback', `Hi Jane,

Thanks for reaching out, I've asked the interviewers for their notes and will get back to you by Friday.

Priya`, 'reply about feedback, not a rejection');

// ───────────────────────── Writing ─────────────────────────
function qpEncode(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let enc = '';
    for (const byte of Buffer.from(line, 'utf8')) {
      const ch = String.fromCharCode(byte);
      enc += byte === 61 || byte > 126 || (byte < 32 && byte !== 9) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : ch;
    }
    if (/[ \t]$/.test(enc)) enc = enc.slice(0, -1) + `=${enc.charCodeAt(enc.length - 1).toString(16).toUpperCase().padStart(2, '0')}`;
    while (enc.length > 75) {
      let cut = 75;
      while (enc[cut - 1] === '=' || enc[cut - 2] === '=') cut--;
      out.push(`${enc.slice(0, cut)}=`);
      enc = enc.slice(cut);
    }
    out.push(enc);
  }
  return out.join('\r\n');
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function toHtml(text: string): string {
  const paras = text.split(/\n{2,}/).map((p) => `<p style="margin:0 0 12px">${esc(p).replace(/\n/g, '<br>')}</p>`);
  return `<!DOCTYPE html><html><head><style>p{font-family:Arial}</style></head><body><div class="wrapper"><table><tr><td>${paras.join('\n')}</td></tr></table></div></body></html>`;
}
function encodeHeader(value: string): string {
  // RFC 2047 for non-ASCII subjects and names.
  return /[^\x20-\x7e]/.test(value) ? `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=` : value;
}
function encodeAddress(value: string): string {
  const m = /^(.*?)\s*<([^>]+)>$/.exec(value);
  if (!m || !/[^\x20-\x7e]/.test(m[1]!)) return value;
  return `${encodeHeader(m[1]!.replace(/^"|"$/g, ''))} <${m[2]}>`;
}

function render(e: Entry, i: number): string {
  const date = new Date(Date.UTC(2026, 2, 2 + (i % 25), 8 + (i % 9), (i * 7) % 60, 0));
  const domain = /@([^>\s]+)/.exec(e.from)?.[1] ?? 'mail.test';
  const head = [
    `From: ${encodeAddress(e.from)}`,
    `To: ${e.to}`,
    ...(e.replyTo ? [`Reply-To: ${encodeAddress(e.replyTo)}`] : []),
    `Subject: ${encodeHeader(e.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${e.file.replace('.eml', '')}.${i}@${domain}>`,
    'MIME-Version: 1.0',
    ...Object.entries(e.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ];
  const body = e.body.replace(/\r?\n/g, '\n');
  switch (e.fmt) {
    case 'text':
      return [...head, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body.replace(/\n/g, '\r\n'), ''].join('\r\n');
    case 'qp':
      return [...head, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', qpEncode(body), ''].join('\r\n');
    case 'html':
      return [...head, 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', qpEncode(toHtml(body)), ''].join('\r\n');
    case 'alt': {
      const b = `=_alt_${i}_boundary`;
      return [...head, `Content-Type: multipart/alternative; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable', '', qpEncode(body), `--${b}`, 'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable', '', qpEncode(toHtml(body)), `--${b}--`, ''].join('\r\n');
    }
  }
}

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (f.endsWith('.eml')) rmSync(join(OUT, f));
const labels: Record<string, Label> = {};
const seen = new Set<string>();
entries.forEach((e, i) => {
  if (seen.has(e.file)) throw new Error(`duplicate fixture ${e.file}`);
  seen.add(e.file);
  writeFileSync(join(OUT, e.file), render(e, i));
  labels[e.file] = e.label;
});
writeFileSync(join(OUT, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
const rej = entries.filter((e) => e.label.kind === 'rejection').length;
console.log(`wrote ${entries.length} fixtures (${rej} rejections, ${entries.length - rej} other) to ${OUT}`);
