import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { readDocument } from '../handoff/storedDocument';

/** Microsoft's documented global service URL for proactive messages, for a tenant not heard from yet. */
export const GLOBAL_TEAMS_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

const serviceUrlSchema = z.object({ serviceUrl: z.string().min(1) });
const key = (tenantId: string) => `teams/serviceUrl/${tenantId.toLowerCase()}`;

/**
 * The regional service URL Teams last used for a tenant, remembered from authenticated staff turns,
 * so posts to the hand-off channel go where Teams expects them, after restarts too.
 */
export class TeamsServiceUrls {
  private readonly known = new Map<string, string>();

  constructor(private readonly storage: Storage) {}

  async remember(tenantId: string, serviceUrl: string): Promise<void> {
    if (this.known.get(tenantId) === serviceUrl) return;
    await this.storage.write({ [key(tenantId)]: { serviceUrl, eTag: '*' } });
    this.known.set(tenantId, serviceUrl);
  }

  async forTenant(tenantId: string): Promise<string> {
    const cached = this.known.get(tenantId);
    if (cached !== undefined) return cached;
    const stored = (await readDocument(this.storage, key(tenantId), serviceUrlSchema))?.value.serviceUrl;
    if (stored !== undefined) this.known.set(tenantId, stored);
    return stored ?? GLOBAL_TEAMS_SERVICE_URL;
  }
}
