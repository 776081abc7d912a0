import path from 'node:path';
import { loadConfigFromEnvironment } from '../config';
import { systemClock } from '../handoff/clock';
import { formatProblem } from '../knowledge/knowledgeProblem';
import { loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';
import { redact } from '../privacy/redact';
import { TextAnalyzer } from '../recognition/textAnalyzer';
import { createStorage } from '../storage/createStorage';
import { storageOptionsFromConfig } from '../storage/storageOptionsFromConfig';
import { groupUnanswered } from '../unanswered/groupUnanswered';
import { recentDays, UnansweredLog } from '../unanswered/unansweredLog';
import { fail, parseArgs } from './cliSetup';

const USAGE = 'usage: npm run kb:unanswered -- [--days 30] [--top 25] [--json]';

/**
 * `npm run kb:unanswered`: the messages the bot could not answer outright (fallbacks and "did you
 * mean"), from the bot's own storage, grouped by similarity and most frequent first, so editors can
 * add phrasings or topics. Texts were redacted when recorded.
 */
async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2));
  const days = Number(flags.get('days') ?? 30);
  const top = Number(flags.get('top') ?? 25);
  if (!Number.isInteger(days) || days < 1 || days > 366 || !Number.isInteger(top) || top < 1) fail([USAGE]);
  const config = loadConfigFromEnvironment();
  if (!config.ok) fail(config.problems.map((p) => `Configuration error: ${p}`));
  const knowledge = await loadKnowledgeBase(path.resolve(config.config.KnowledgePath));
  if (!knowledge.ok) fail(knowledge.problems.map((p) => `Knowledge base error: ${formatProblem(p)}`));
  const kb = knowledge.knowledgeBase;
  const analyzer = new TextAnalyzer({
    vocabularyTexts: [...kb.topics.flatMap((t) => [t.title, ...t.questions]), ...kb.outOfScopeExamples],
    synonymGroups: kb.synonymGroups,
  });

  const storage = createStorage(storageOptionsFromConfig(config.config));
  const log = new UnansweredLog({ storage, clock: systemClock, redact });
  const window = recentDays(systemClock, days);
  const stored = await log.read(window);
  const entries = stored.flatMap((d) => d.entries);
  const dropped = stored.reduce((n, d) => n + d.dropped, 0);
  const groups = groupUnanswered(entries, (text) => analyzer.analyze(text));
  const messages = entries.reduce((n, e) => n + e.count, 0);
  const titleOf = (id: string) => kb.topics.find((t) => t.id === id)?.title ?? id;

  const from = window[window.length - 1];
  const to = window[0];
  if (flags.has('json')) {
    console.log(JSON.stringify({ from, to, messages, different: entries.length, dropped, groups: groups.slice(0, top) }));
    return;
  }
  console.log(`Unanswered messages ${from} to ${to} (${config.config.StorageKind} storage): ${messages} messages, ${groups.length} groups${dropped > 0 ? `, ${dropped} more not kept (daily limit)` : ''}.`);
  if (groups.length === 0) return;
  console.log('Most frequent first. "no answer" = fallback, "did you mean" = the bot offered a choice. Add the phrasings to a topic, or a topic.\n');
  for (const [i, group] of groups.slice(0, top).entries()) {
    const kinds = [group.byKind.fallback > 0 ? `no answer ×${group.byKind.fallback}` : '', group.byKind.clarify > 0 ? `did you mean ×${group.byKind.clarify}` : ''].filter(Boolean).join(', ');
    const [lead, ...rest] = group.examples;
    console.log(`${String(i + 1).padStart(3)}. ${String(group.total).padStart(4)}×  "${lead?.text}"  (${kinds})`);
    for (const example of rest.slice(0, 4)) console.log(`              also "${example.text}" ×${example.count}`);
    if (rest.length > 4) console.log(`              and ${rest.length - 4} more`);
    if (group.offered.length > 0) console.log(`              offered: ${group.offered.slice(0, 3).map(titleOf).join('; ')}`);
  }
}

main().catch((error: unknown) => fail([`kb:unanswered failed: ${error instanceof Error ? error.message : String(error)}`]));
