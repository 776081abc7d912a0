/** Topic ids that evaluation sets and outside checks rely on (spec/knowledge-topics.md). */
export const REQUIRED_TOPIC_IDS = [
  'what-happened', 'who-is-responsible', 'timeline', 'data-published', 'am-i-affected', 'what-to-do',
  'scam-contact', 'report-scam', 'helpline', 'more-information', 'care-impact', 'do-not-search-data',
  'police-investigation', 'ransom', 'data-rights', 'compensation', 'children-camhs', 'emotional-support',
  'crisis', 'human', 'greeting', 'thanks', 'goodbye', 'about-bot',
  'staff-data', 'staff-patient-enquiries', 'staff-report-suspicious', 'staff-working-practices',
  'staff-media-enquiries', 'staff-wellbeing',
] as const;

/** The topic offered beside an answer when a question comes with worry ("am i in it, im so scared"). */
export const SUPPORT_TOPIC_ID = 'emotional-support';
