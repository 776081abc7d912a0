import { exceptionTelemetry, requestTelemetry, type Telemetry } from './telemetry';

/** The part of the `applicationinsights` (3.x) module this uses. */
export interface ApplicationInsightsModule {
  TelemetryClient: new (
    connectionString: string,
    options: { useGlobalProviders: boolean },
  ) => {
    trackRequest(item: { name: string; url: string; duration: number; resultCode: string; success: boolean; properties: Record<string, string> }): void;
    trackException(item: { exception: Error; properties: Record<string, string> }): void;
    flush(): Promise<void>;
  };
}

export interface ApplicationInsightsOptions {
  readonly connectionString: string;
  /** Loads the SDK; tests count the calls. Loaded only here, so a bot without the setting never pays its start-up cost. */
  readonly load?: () => Promise<ApplicationInsightsModule>;
}

/**
 * Request and exception telemetry to Application Insights. The client has its own providers and no
 * automatic collection: only what passes `requestTelemetry` / `exceptionTelemetry` (the telemetry
 * processor, which redacts) is sent, so no auto-collected URL, header or console line can carry
 * a person's words out.
 */
export async function startApplicationInsights(options: ApplicationInsightsOptions): Promise<Telemetry> {
  const sdk = await (options.load ?? (() => import('applicationinsights') as Promise<unknown> as Promise<ApplicationInsightsModule>))();
  const client = new sdk.TelemetryClient(options.connectionString, { useGlobalProviders: false });
  return {
    request: (record) => client.trackRequest(requestTelemetry(record)),
    error: (line) => {
      const item = exceptionTelemetry(line);
      const exception = new Error(item.message);
      exception.name = item.name;
      // Our stack says where it was logged, not where it failed; leave it out.
      exception.stack = `${item.name}: ${item.message}`;
      client.trackException({ exception, properties: item.properties });
    },
    flush: () => client.flush(),
  };
}
