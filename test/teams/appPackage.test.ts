import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import AdmZip from 'adm-zip';
import { buildUnderstanding } from '../../src/buildUnderstanding';
import { makeTempDirectory, type TempDirectory } from '../storage/tempDirectory';
import { realKnowledgeBase } from '../support/realKnowledgeBase';
import { ROOT, runScript } from '../support/runScript';
import { APP_ID } from './support/teamsActivities';

interface Png {
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Buffer;
}

/** Reads an 8-bit RGBA, non-interlaced PNG (what the icons are) with filter types 0–4. */
function readPng(bytes: Buffer): Png {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      assert.deepEqual([body[8], body[9], body[12]], [8, 6, 0], '8-bit RGBA, not interlaced');
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] as number;
      const left = x >= 4 ? (pixels[y * stride + x - 4] as number) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0;
      const upLeft = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] as number) : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, Math.floor((left + up) / 2), paeth()][filter as number] as number;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

function bundledSchema(version: string): object {
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return JSON.parse(readFileSync(path.join(root, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json'), 'utf8')) as object;
}

const validate = (manifest: unknown, version: string) => AppManifestUtils.validateAgainstSchema(manifest as never, bundledSchema(version) as never);

describe('Teams app package (npm run teams:package)', () => {
  let temp: TempDirectory;
  let zipPath: string;
  let run: ReturnType<typeof runScript>;

  before(async () => {
    temp = await makeTempDirectory();
    zipPath = path.join(temp.path, 'teams-app.zip');
    run = runScript('scripts/teamsPackage.ts', ['--out', zipPath], { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'unused-here' });
  });
  after(() => temp.cleanup());

  it('builds the zip and prints its path as the last line', () => {
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.at(-1), zipPath);
    assert.ok(existsSync(zipPath));
  });

  it('holds exactly the manifest and the two icons, at the top level', () => {
    const names = new AdmZip(zipPath).getEntries().map((e) => e.entryName).sort();
    assert.deepEqual(names, ['color.png', 'manifest.json', 'outline.png']);
  });

  it('the manifest (v1.19 or later) names the bot by MicrosoftAppId and is valid against the schema bundled in @microsoft/app-manifest', async () => {
    const manifest = JSON.parse(new AdmZip(zipPath).readAsText('manifest.json')) as Record<string, unknown> & {
      manifestVersion: string;
      bots: { botId: string; scopes: string[] }[];
    };
    const [major, minor] = manifest.manifestVersion.split('.').map(Number);
    assert.ok((major as number) > 1 || (minor as number) >= 19, `manifestVersion ${manifest.manifestVersion}`);
    assert.equal(manifest.id, APP_ID);
    assert.equal(manifest.bots[0]?.botId, APP_ID);
    assert.deepEqual([...(manifest.bots[0]?.scopes ?? [])].sort(), ['groupChat', 'personal', 'team']);
    assert.doesNotMatch(JSON.stringify(manifest), /\{\{/, 'no placeholder left');
    assert.deepEqual(await validate(manifest, manifest.manifestVersion), []);
  });

  it('the schema check can fail: a manifest without a developer or with a bad bot id is reported', async () => {
    const manifest = JSON.parse(new AdmZip(zipPath).readAsText('manifest.json')) as Record<string, unknown> & { manifestVersion: string };
    const { developer: _developer, ...withoutDeveloper } = manifest;
    assert.ok((await validate(withoutDeveloper, manifest.manifestVersion)).some((p) => /developer/.test(p)));
    const badBot = { ...manifest, bots: [{ botId: 'not-a-guid', scopes: ['personal'] }] };
    assert.ok((await validate(badBot, manifest.manifestVersion)).length > 0);
  });

  it('the colour icon is 192×192 and opaque; the outline icon is 32×32, white on transparency', () => {
    const zip = new AdmZip(zipPath);
    const color = readPng(zip.readFile('color.png') as Buffer);
    assert.deepEqual([color.width, color.height], [192, 192]);
    for (let i = 3; i < color.pixels.length; i += 4) assert.equal(color.pixels[i], 255, 'every colour pixel is opaque');

    const outline = readPng(zip.readFile('outline.png') as Buffer);
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    let drawn = 0;
    let clear = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      if (outline.pixels[i + 3] === 0) clear++;
      else {
        drawn++;
        assert.deepEqual([...outline.pixels.subarray(i, i + 3)], [255, 255, 255], 'outline pixels are white');
      }
    }
    assert.ok(drawn > 50 && clear > 300, `a visible white shape on a transparent background (${drawn} drawn, ${clear} clear)`);
  });

  it('the committed icons are the ones packaged', () => {
    const zip = new AdmZip(zipPath);
    for (const icon of ['color.png', 'outline.png']) assert.ok((zip.readFile(icon) as Buffer).equals(readFileSync(path.join(ROOT, 'appPackage', icon))));
  });

  it('refuses without MicrosoftAppId, naming it, and writes nothing', () => {
    const out = path.join(temp.path, 'none.zip');
    const refused = runScript('scripts/teamsPackage.ts', ['--out', out], { MicrosoftAppId: '', MicrosoftAppPassword: '' });
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /MicrosoftAppId/);
    assert.equal(existsSync(out), false);
  });

  it('every command the manifest offers is answered by the bot for staff', async () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appPackage', 'manifest.json'), 'utf8')) as { bots: { commandLists: { commands: { title: string }[] }[] }[] };
    const understanding = buildUnderstanding(await realKnowledgeBase(), { MaxMessageChars: 2000 }, {});
    for (const { title } of manifest.bots[0]?.commandLists[0]?.commands ?? []) {
      const understood = await understanding.understand({ text: title, audience: 'staff' });
      assert.equal(understood.kind, 'answer', `"${title}" → ${JSON.stringify(understood)}`);
    }
  });
});
