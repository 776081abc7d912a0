import { ConversationAnalysisClient } from '@azure/ai-language-conversations';
import { AzureKeyCredential } from '@azure/core-auth';
import { CluError } from './cluError';
import { type CluPrediction, cluTaskResultSchema } from './cluPrediction';
import { isLoopbackUrl } from './loopback';
import { retryAfterMs } from './retryAfter';

/**
 * The runtime API version, pinned so a service-side default change cannot alter the response shape.
 * 2023-04-01 is the GA version of `/language/:analyze-conversations` that Language Studio's
 * "Consume" tab shows; the SDK's own default (2022-05-15-preview) is a preview.
 */
export const CLU_API_VERSION = '2023-04-01';

/** CLU reads at most 1,000 characters of a query (service limits); longer text is cut, not rejected. */
export const CLU_MAX_QUERY_CHARS = 1000;

export interface CluClientOptions {
  readonly endpoint: string;
  readonly key: string;
  readonly projectName: string;
  readonly deploymentName: string;
  readonly timeoutMs: number;
}

/** Anything that turns text into a CLU prediction or throws a `CluError`. */
export interface CluPredictor {
  predict(text: string): Promise<CluPrediction>;
}

/** One analyze-conversations call per message, with a timeout and no SDK retries (the caller falls back instead). */
export class CluClient implements CluPredictor {
  private readonly client: ConversationAnalysisClient;

  constructor(private readonly options: CluClientOptions) {
    this.client = new ConversationAnalysisClient(options.endpoint.replace(/\/+$/, ''), new AzureKeyCredential(options.key), {
      apiVersion: CLU_API_VERSION,
      // A retry would spend the person's time; the embedded recogniser answers at once instead.
      retryOptions: { maxRetries: 0 },
      // The SDK refuses to send a key over http; only a loopback stand-in is ever plain http.
      allowInsecureConnection: isLoopbackUrl(options.endpoint),
    });
  }

  async predict(text: string): Promise<CluPrediction> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.timeoutMs);
    let body: unknown;
    try {
      body = await this.client.analyzeConversation(
        {
          kind: 'Conversation',
          analysisInput: { conversationItem: { id: '1', participantId: 'user', text: text.slice(0, CLU_MAX_QUERY_CHARS) } },
          parameters: { projectName: this.options.projectName, deploymentName: this.options.deploymentName, stringIndexType: 'Utf16CodeUnit' },
        },
        { abortSignal: abort.signal },
      );
    } catch (error) {
      throw toCluError(error, abort.signal.aborted, this.options.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
    const parsed = cluTaskResultSchema.safeParse(body);
    if (!parsed.success) throw new CluError({ code: 'malformed', message: 'CLU answered 200 with a body that is not a Conversation result', cause: parsed.error });
    return parsed.data.result.prediction;
  }
}

interface RestErrorLike {
  name?: string;
  code?: string;
  statusCode?: number;
  response?: { headers?: { get(name: string): string | undefined } };
}

/** Sorts whatever the SDK threw into the few outcomes the orchestrator acts on. */
function toCluError(error: unknown, timedOut: boolean, timeoutMs: number): CluError {
  if (timedOut) return new CluError({ code: 'timeout', message: `CLU did not answer within ${timeoutMs} ms`, cause: error });
  const e = (typeof error === 'object' && error !== null ? error : {}) as RestErrorLike;
  const status = e.statusCode;
  if (e.code === 'PARSE_ERROR') return new CluError({ code: 'malformed', message: 'CLU answered with a body that is not JSON', status, cause: error });
  if (status === undefined) return new CluError({ code: 'network', message: `CLU could not be reached (${e.code ?? e.name ?? 'unknown'})`, cause: error });
  if (status === 401 || status === 403)
    return new CluError({ code: 'unauthorized', message: `CLU refused the key (HTTP ${status})`, status, cause: error });
  if (status === 429) {
    const wait = retryAfterMs((name) => e.response?.headers?.get(name), Date.now());
    return new CluError({ code: 'throttled', message: 'CLU is rate-limiting the bot (HTTP 429)', status, retryAfterMs: wait, cause: error });
  }
  if (status >= 500) return new CluError({ code: 'unavailable', message: `CLU failed (HTTP ${status})`, status, cause: error });
  return new CluError({ code: 'rejected', message: `CLU rejected the request (HTTP ${status})`, status, cause: error });
}
