import { z } from 'zod';

/** The placeholder `appPackage/manifest.json` uses wherever the bot's app id goes. */
export const APP_ID_PLACEHOLDER = '{{MicrosoftAppId}}';

const appIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be the bot\'s Entra app id, a GUID');

export type ManifestResult = { ok: true; manifest: Record<string, unknown> } | { ok: false; problem: string };

/** The Teams manifest for this deployment: the template with `MicrosoftAppId` filled in. */
export function fillManifest(template: string, appId: string | undefined): ManifestResult {
  if (appId === undefined) return { ok: false, problem: 'MicrosoftAppId is not set: the Teams app is the bot\'s Entra app registration, so it needs its id' };
  const id = appIdSchema.safeParse(appId);
  if (!id.success) return { ok: false, problem: `MicrosoftAppId ${id.error.issues[0]?.message ?? 'is invalid'}` };
  const filled = template.split(APP_ID_PLACEHOLDER).join(id.data.toLowerCase());
  try {
    const manifest: unknown = JSON.parse(filled);
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return { ok: false, problem: 'appPackage/manifest.json is not a JSON object' };
    return { ok: true, manifest: manifest as Record<string, unknown> };
  } catch (error) {
    return { ok: false, problem: `appPackage/manifest.json is not valid JSON: ${(error as Error).message}` };
  }
}
