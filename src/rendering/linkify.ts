/** UK numbers the knowledge base uses, most specific first; each becomes a tap-to-call link. */
const PHONE = /(?<![\d\[+\/.:])(0\d{4} ?\d{3} ?\d{3}|0\d{3} ?\d{3} ?\d{3,4}|0\d{3} ?\d{2} ?\d{2} ?\d{2}|0\d{3} ?\d{4}|116 ?123|111|999|101)(?![\d\]])/g;
const WEB = /(?<![\[(\/@\w.])((?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:co\.uk|gov\.uk|org\.uk|nhs\.uk|scot|org|com|uk)(?:\/[\w\-./]*[\w\-/])?)(?![\]\w])/gi;
const EMAIL = /(?<![\[\w.])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?![\]\w])/g;
const MARKDOWN_LINK = /\[[^\]]*\]\([^)]*\)/g;

/** Phone numbers in plain text or Markdown, in the order they first appear, each once. */
export function phoneNumbers(text: string): string[] {
  const found = new Map<string, string>();
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/\s/g, '');
    if (!found.has(digits)) found.set(digits, match[0]);
  }
  return [...found.values()];
}

export function telHref(number: string): string {
  const digits = number.replace(/\s/g, '');
  return digits.startsWith('0') ? `tel:+44${digits.slice(1)}` : `tel:${digits}`;
}

/**
 * Turns phone numbers, web addresses and email addresses in Markdown into links, leaving existing
 * links alone, so every channel can offer tap-to-call and tap-to-open.
 */
export function linkify(markdown: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const link of markdown.matchAll(MARKDOWN_LINK)) {
    parts.push(linkifyPlain(markdown.slice(last, link.index)), link[0]);
    last = (link.index ?? 0) + link[0].length;
  }
  parts.push(linkifyPlain(markdown.slice(last)));
  return parts.join('');
}

function linkifyPlain(text: string): string {
  const emails: string[] = [];
  const protectedText = text.replace(EMAIL, (email) => {
    emails.push(`[${email}](mailto:${email})`);
    return `\u0000${emails.length - 1}\u0000`;
  });
  return protectedText
    .replace(WEB, (address) => `[${address}](${address.startsWith('http') ? address : `https://${address}`})`)
    .replace(PHONE, (number) => `[${number}](${telHref(number)})`)
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => emails[Number(i)] ?? '');
}
