/**
 * Personal data or this incident named: what makes a message about care, money or another service one about the
 * leak after all (`careNotData.ts`, `askedAboutSomethingElse.ts`).
 */
export const ABOUT_DATA =
  /\b(?:data|details|info(?:rmation)?|records?|notes|files?|leak\w*|breach\w*|hack\w*|attack|cyber|dark ?web|ransom\w*|privacy|private|confidential\w*|ico|commissioner|published|stolen|security|protect\w*|safe(?:ly|ty)?|gdpr|stuff|out there|online|internet|exposed)\b/;
