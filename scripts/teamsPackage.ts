/**
 * `npm run teams:package [-- --out FILE.zip]`: the Teams app package for this deployment. Fills
 * `MicrosoftAppId` into appPackage/manifest.json, checks the result offline against the manifest
 * schema bundled in @microsoft/app-manifest, and zips it with the two icons. The last line printed
 * is the zip's path.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import AdmZip from 'adm-zip';
import { loadConfigFromEnvironment } from '../src/config';
import { fillManifest } from '../src/teams/appManifest';

const ROOT = path.resolve(__dirname, '..');
const PACKAGE_DIR = path.join(ROOT, 'appPackage');
const DEFAULT_OUT = path.join(ROOT, 'dist', 'teams', 'cyber-attack-assistant.zip');

/** The schema @microsoft/app-manifest ships for a manifest version (no download). */
export function bundledTeamsSchema(manifestVersion: string): object {
  const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

/** Schema problems, one line each; empty when the manifest is valid. */
export async function teamsManifestProblems(manifest: Record<string, unknown>): Promise<string[]> {
  const version = String(manifest.manifestVersion ?? '');
  let schema: object;
  try {
    schema = bundledTeamsSchema(version);
  } catch {
    return [`manifestVersion "${version}" has no schema bundled in @microsoft/app-manifest`];
  }
  // The library's types want its own manifest type; the JSON is checked by the schema, not by TypeScript.
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
}

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

async function main(): Promise<void> {
  const outFlag = process.argv.indexOf('--out');
  const out = path.resolve(outFlag >= 0 && process.argv[outFlag + 1] ? (process.argv[outFlag + 1] as string) : DEFAULT_OUT);
  const config = loadConfigFromEnvironment();
  if (!config.ok) fail(config.problems.map((p) => `Configuration error: ${p}`));
  const filled = fillManifest(readFileSync(path.join(PACKAGE_DIR, 'manifest.json'), 'utf8'), config.config.MicrosoftAppId);
  if (!filled.ok) fail([filled.problem]);
  const problems = await teamsManifestProblems(filled.manifest);
  if (problems.length > 0) fail(['The Teams manifest does not match its schema:', ...problems.map((p) => `  ${p}`)]);

  const icons = filled.manifest.icons as { color: string; outline: string };
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(filled.manifest, null, 2)}\n`));
  for (const icon of [icons.color, icons.outline]) zip.addFile(icon, readFileSync(path.join(PACKAGE_DIR, icon)));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip.toBuffer());
  console.log(`Teams app "${(filled.manifest.name as { short: string }).short}" ${String(filled.manifest.version)}, bot ${String(filled.manifest.id)}, manifest ${String(filled.manifest.manifestVersion)}: valid.`);
  console.log('Upload it in Teams (Apps → Manage your apps → Upload an app) or the Teams admin centre.');
  console.log(out);
}

if (require.main === module) void main();
