import type { Recognition } from './recognizer';
import { asksIfTold } from './assumedAffected';
import { withSwapped, withTopicFirst } from './topicFirst';

/**
 * Staff in Teams asking what the public also asks ("how do i report phishing on nhs mail", "is my
 * personal info out there") get the staff version of the answer when the recogniser ranks it close to
 * the public one: a staff topic names its public counterpart (`publicAlternative`), and for staff it is
 * the more specific answer. And a patient's question about the leak relayed by staff ("mrs watson in bed 4
 * is asking if her notes are on the dark web") is a patient enquiry, not whether the staff member is affected;
 * and a member of staff who says where they work and asks after their own details ("i work at dgri, was my
 * data leaked") gets the staff data answer.
 */
export function withStaffTopicFirst(recognition: Recognition, text: string, staffVersionOf: ReadonlyMap<string, string>, levels: { readonly inScope: number; readonly answer: number }): Recognition {
  const [top] = recognition.ranked;
  if (!top) return recognition;
  const enquiry = recognition.ranked.find((s) => s.topicId === PATIENT_ENQUIRIES);
  // Relayed, the patient's question is this topic however the recogniser read the names and beds around it.
  if (enquiry && !KEPT_OVER_ENQUIRY.has(top.topicId) && RELAYS_A_PATIENT.test(text) && ABOUT_THE_LEAK.test(text))
    return withTopicFirst(recognition, PATIENT_ENQUIRIES, Math.max(top.score, levels.answer), NONE_KEPT, levels.inScope);
  // "im a band 5 nurse at the infirmary, are my bank details out there": a member of staff asking after their
  // own details wants the staff answer, however the job title and the story around it were read.
  const staffData = recognition.ranked.find((s) => s.topicId === STAFF_DATA);
  if (staffData && staffData.score >= OWN_DATA_FLOOR && !KEPT_OVER_OWN_DATA.has(top.topicId) && WORKS_HERE.test(text) && ASKS_AFTER_OWN_DATA.test(text))
    return withTopicFirst(recognition, STAFF_DATA, Math.max(top.score, levels.answer), NONE_KEPT, levels.inScope);
  // "were staff records included", "are HR records part of what inc ransom put out", "our personal details are on the dark web":
  // in Teams, staff's own records asked after are the staff data answer, whoever the recogniser ranked first.
  if (staffData && staffData.score >= OWN_DATA_FLOOR && !KEPT_OVER_OWN_DATA.has(top.topicId) && STAFFS_RECORDS.test(text) && IN_THE_LEAK.test(text) && !ASKS_WHO.test(text) && !namesPatientsToo(text))
    return withTopicFirst(recognition, STAFF_DATA, Math.max(top.score, levels.answer), NONE_KEPT, levels.inScope);
  // "why cant i get into the shared drive since the attack": a work system shut off since the attack is how staff
  // work now, though the recogniser seldom saw the system named.
  if (!KEPT_OVER_ENQUIRY.has(top.topicId) && SYSTEM_SHUT_OFF.test(text) && SINCE_THE_ATTACK.test(text) && recognition.ranked.some((s) => s.topicId === WORKING_PRACTICES))
    return withTopicFirst(recognition, WORKING_PRACTICES, Math.max(top.score, levels.answer), NONE_KEPT, levels.inScope);
  // "my team are really anxious about the leak, what support can i point them to": in Teams, support is the staff's own.
  if (top.topicId === SUPPORT && !SOMEONE_ELSES.test(text) && recognition.ranked.slice(0, 3).some((s) => s.topicId === STAFF_WELLBEING))
    return withSwapped(recognition, SUPPORT, STAFF_WELLBEING);
  // "a dodgy email to my home gmail": the person's own mailbox or phone is the public answer's, not the service desk's.
  if (AT_HOME.test(text) && !AT_WORK.test(text)) return withPublicVersionFirst(recognition, staffVersionOf);
  // A scammer's contact through work ("a teams message from someone pretending to be IT") is reported to the service desk.
  const staffId = staffVersionOf.get(top.topicId) ?? (top.topicId === SCAM_CONTACT && AT_WORK.test(text) ? STAFF_REPORT_SUSPICIOUS : undefined);
  const staff = staffId === undefined ? undefined : recognition.ranked.find((s) => s.topicId === staffId);
  // "got a phishing email in outlook": a work mailbox or machine named makes it the staff version however far behind.
  if (!staff || (top.score - staff.score > CLOSE && !AT_WORK.test(text) && !namesOnlyStaff(text))) return recognition;
  return withSwapped(recognition, top.topicId, staff.topicId);
}

/**
 * On the website, a member of staff who says where they work and asks after their own details ("i work in
 * camhs, are my own details out there"): staff data is not shown to the public, and what was published
 * (which says staff data was among it) is the public answer the dev sets' writers wanted. The recogniser
 * hears the place ("camhs", "dgri") and ranks that topic first, or declines for the job title.
 */
export function withOwnDataAskedAsStaff(recognition: Recognition, text: string, levels: { readonly inScope: number; readonly answer: number }): Recognition {
  const [top] = recognition.ranked;
  const published = recognition.ranked.slice(0, 4).find((s) => s.topicId === DATA_PUBLISHED);
  // Whether they will be told ("are they going to tell staff one by one if our data was in it", dev37) is am-i-affected's.
  if (!top || !published || KEPT_OVER_OWN_DATA.has(top.topicId) || (top.topicId === AM_I_AFFECTED && asksIfTold(text)) || !worksForTheBoard(text) || !ASKS_AFTER_OWN_DATA.test(text)) return recognition;
  return withTopicFirst(recognition, DATA_PUBLISHED, Math.max(top.score, levels.answer), NONE_KEPT, levels.inScope);
}

const DATA_PUBLISHED = 'data-published';
const AM_I_AFFECTED = 'am-i-affected';
const SUPPORT = 'emotional-support';
const STAFF_WELLBEING = 'staff-wellbeing';
const SCAM_CONTACT = 'scam-contact';
const STAFF_REPORT_SUSPICIOUS = 'staff-report-suspicious';
/** Support for a patient, a relative or a child, which the public support answer serves. */
const SOMEONE_ELSES = /\b(?:camhs|school|i(?:m|'m| am) 1\d|\d+ ?(?:year|yr)s? old|patients?|relatives?|famil(?:y|ies)|visitors?|child(?:ren)?|kids?|son|daughter|teen\w*|mum|dad|mother|father|wife|husband|partner|friend|neighbour|(?:mr|mrs|ms|miss) [a-z]+|bed \d+)\b/i;

/** On the website "i work in tesco" is a patient's job: a place of work counts only when it is the board's. */
function worksForTheBoard(text: string): boolean {
  return WORKS_HERE.test(text) && (!WORKS_SOMEWHERE.test(text) || BOARD_WORKPLACE.test(text));
}
const WORKS_SOMEWHERE = /\bi work (?:in|at|on|for)\b/i;
const BOARD_WORKPLACE =
  /\bi work (?:in|at|on|for) (?:[a-z&]+ (?:at|in|for) )?(?:the |a |an )?(?:nhs|health board|board|dgri|infirmary|hospital|community hospital|camhs|a ?& ?e|wards?|labs?|biochem\w*|pharmacy|estates|hr|payroll|theatres?|maternity|radiology|gp (?:practice|surgery)|health cent(?:re|er)|mental health|district nursing|the cresswell|mountainhall)\b/i;

/** The public version first when a staff topic leads it by no more than CLOSE. */
function withPublicVersionFirst(recognition: Recognition, staffVersionOf: ReadonlyMap<string, string>): Recognition {
  const [top] = recognition.ranked;
  const publicId = [...staffVersionOf].find(([, staffId]) => staffId === top?.topicId)?.[0];
  const publicVersion = publicId === undefined ? undefined : recognition.ranked.find((s) => s.topicId === publicId);
  return top && publicVersion && top.score - publicVersion.score <= CLOSE ? withSwapped(recognition, top.topicId, publicVersion.topicId) : recognition;
}

const NONE_KEPT: ReadonlySet<string> = new Set();
/** Asked first even when a patient is mentioned: the crisis answer, a person, someone suspicious, the press. */
const KEPT_OVER_ENQUIRY = new Set(['crisis', 'human', 'staff-report-suspicious', 'staff-media-enquiries']);
/** Asked first over a staff member's own details: those above, support for how they feel, a scammer's contact. */
const KEPT_OVER_OWN_DATA = new Set([...KEPT_OVER_ENQUIRY, 'staff-wellbeing', 'emotional-support', 'scam-contact']);
/** The patient asks about their data in the leak, not about their care. */
const ABOUT_THE_LEAK = /\b(?:data|details|notes|records?|files?|info(?:rmation)?|leak(?:ed)?|hack(?:ed)?|breach|dark ?web|internet|online|published|stolen)\b/i;
const PATIENT_ENQUIRIES = 'staff-patient-enquiries';
const WORKING_PRACTICES = 'staff-working-practices';
/** A work system out of reach: "cant get into the shared drive", "cant access trakcare from home". */
const SYSTEM_SHUT_OFF =
  /\b(?:cant|can not|cannot|unable to|not able to|no longer|still cant|why cant (?:i|we))\b.{0,20}\b(?:get (?:in ?to|on ?to|onto|into|at)|access|open|log ?(?:in|on)(?: to)?|use|see|reach|connect to)\b.{0,20}\b(?:shared drives?|[a-z] drive|network drives?|drives|the system|systems|(?:work |nhs )?e-?mails?|outlook|teams|turas|trak\w*|portal|intranet|vpn|remote access|citrix|files|folders)\b/i;
const SINCE_THE_ATTACK = /\b(?:since|after|because of|cos of|due to) (?:the |this |that )?(?:\w+ )?(?:attack|hack|cyber|incident|breach|ransomware)\b/i;
const STAFF_DATA = 'staff-data';
/** The recogniser must still see staff data in the message: below this, it was about something else. */
const OWN_DATA_FLOOR = 0.15;
/** Staff's records, or "our" details (in Teams, the staff's): not "our patients' data". */
const STAFFS_RECORDS = /\b(?:(?:staff|employee|hr|payroll|personnel)(?:s|'s|s')? (?:own )?(?:bank |personal |home |contact )?(?:records?|files?|data|details|info(?:rmation)?|stuff|addresses)|(?:our|oor) (?:own )?(?:bank |personal |home |contact )?(?:details|data|info(?:rmation)?|addresses|stuff))\b/i;
/** "who leaked our data" asks who did it. */
const ASKS_WHO = /\bwho (?:leaked|hacked|stole|took|published|released|put|did)\b/i;
/** "was patient and staff information in the leak": what was published, not the staff answer alone. */
function namesPatientsToo(text: string): boolean {
  return /\bpatients?\b/i.test(text.replace(ONLY_PATIENTS, ' '));
}
/** …asked after as in the leak. */
const IN_THE_LEAK = /\b(?:leak\w*|published|dark ?web|out there|online|stolen|taken|part of|included|released|put out|exposed|hack\w*|breach\w*)\b/i;
/** The writer says they work for the board: a job, a place of work, or staff records of their own. */
const WORKS_HERE =
  /\b(?:i work (?:in|at|on|for)|i(?:'|’)?m (?:a|an) (?:(?:band \d+|staff|student|senior|junior|charge|community|ward|theatre|district|mental health) )*(?:nurse|doctor|porter|hca|healthcare assistant|midwife|physio\w*|pharmacist|radiographer|administrator|receptionist|cleaner|domestic|consultant|registrar|paramedic|therapist|secretary|manager|clerk|medical secretary|member of staff|employee)|as (?:a )?(?:member of )?staff|as (?:an )?employees?|my (?:payslip|payroll|hr (?:file|record)s?|staff (?:file|record|id|number)s?|employee (?:file|record|number)s?))\b/i;
/** …and asks whether their own details are out. */
const ASKS_AFTER_OWN_DATA =
  /\b(?:my|our) (?:own )?(?:bank |personal |staff |hr |payroll |home |contact )?(?:data|details|info(?:rmation)?|records?|files?|address|national insurance(?: number)?|ni number|salary|pay)\b.*\b(?:leak\w*|out there|published|online|dark ?web|stolen|taken|hack\w*|breach\w*|exposed|posted|released|affected|involved|included|in (?:it|the (?:leak|data|files)))\b|\b(?:is|are|was|were|has|have) (?:my|our) (?:own )?(?:bank |personal |staff |hr |payroll |home |contact )?(?:data|details|info(?:rmation)?|records?|files?|address|national insurance(?: number)?)\b/i;
/** A work mailbox, machine or place named: "in outlook", "on my work laptop", "nhs mail", "on the ward". */
const AT_WORK = /\b(?:outlook|dear colleagues?|all staff (?:must|need|should|are required)|nhs ?mail|(?:my|our) nhs e-?mail|nhs e-?mail (?:account|inbox|address)|nhs\.net|turas|eess|work (?:e-?mails?|inbox|mailbox|account|laptop|computer|pc|phone|mobile|line|landline|extension)|ward (?:phone|line|landline|extension)|my work (?:e-?mails?|inbox|laptop|computer|pc|phone)|at work|on the ward|service ?desk|it (?:department|dept|team|desk|helpdesk|folk|people|guys)|teams (?:message|msg|chat|call)s?|on teams|(?:rang|phoned|called|came (?:on|onto|to)) the ward)\b/i;
/** Staff, and not patients too, named as whose data it is: "was staff data part of it" (not "patient and staff information"). */
function namesOnlyStaff(text: string): boolean {
  return NAMES_STAFF.test(text) && !namesPatientsToo(text);
}
/** "was staff stuff leaked aswell or just patients": patients named only to ask whether it went beyond them. */
const ONLY_PATIENTS = /\b(?:or|not) (?:just|only|jist) (?:the )?patients\b/gi;


const NAMES_STAFF = /\b(?:staff|staffs|employees?|employee(?:s|'s|s')|workers?|colleagues?)(?:'|’)? (?:data|details|info(?:rmation)?|stuff|records?|files?|personal (?:data|details|info(?:rmation)?)|bank details|addresses|e-?mails?)\b/i;
/** The person's own mailbox or phone named: "my home gmail", "my personal phone". */
const AT_HOME = /\b(?:gmail|hotmail|yahoo|icloud|aol|btinternet|home (?:e-?mail|computer|laptop|pc)|personal (?:e-?mail|phone|mobile|account|laptop)|my own (?:e-?mail|phone|mobile|laptop))\b/i;
/** How close the staff topic must come to be the one meant. */
const CLOSE = 0.15;
/** A patient, someone on the ward, a parent at the clinic or of a patient ("mum of one of my camhs kids") is the one asking or upset ("had a mum in clinic today in bits", dev42) (not "my mum keeps asking": a staff member's own family). */
const RELAYS_A_PATIENT = /\b(?:patients?|pts?|bed \d+|(?:had|have|got) (?:a|an) (?:[a-z]+ )?(?:mum|dad|patient|lady|man|woman|relative|visitor|parent|gentleman|chap) in|(?:lady|man|woman|gentleman|chap) in (?:opd|outpatients|clinic|a ?& ?e|the (?:ward|clinic|department|waiting room))|(?:mr|mrs|ms|miss) [a-z]+|on (?:the )?ward(?: \d+)?|relatives?|next of kin|a (?:lady|man|woman|gentleman|chap) in|(?<!\bas )an? (?:worried |anxious |upset |angry |)(?:dad|mum|father|mother|parent|visitor|member of the public)|(?:mum|dad|mother|father|parent|wife|husband|relative)s? of (?:a |an |one of )?(?:my |our |the )?(?:patients?|clients?|service users?|(?:camhs |clinic )?(?:kids|children|young people))|one of (?:my|our) (?:patients|clients|service users))\b.*\b(?:ask(?:ing|ed|s)?|wants? to know|wanting to know|worried|wondering|crying|greetin|raging|upset|angry|furious|wants? answers|demanding|in bits|in tears|in a state|distressed|panick\w*|scared|frightened)\b/i;
