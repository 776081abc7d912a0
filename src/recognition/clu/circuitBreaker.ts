import type { Clock } from './clock';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  readonly clock: Clock;
  /** Consecutive failures that open the circuit. */
  readonly failuresToOpen: number;
  /** How long an open circuit refuses calls before one trial call is let through. */
  readonly openMs: number;
}

export const DEFAULT_BREAKER_OPTIONS: Omit<CircuitBreakerOptions, 'clock'> = { failuresToOpen: 3, openMs: 30_000 };

type Internal =
  | { readonly kind: 'closed'; readonly failures: number }
  | { readonly kind: 'open'; readonly until: number }
  | { readonly kind: 'half-open'; readonly trialInFlight: boolean };

/**
 * Closed → (N failures in a row) → open → (after openMs) → half-open: one trial call; its success
 * closes the circuit, its failure opens it again. While open, callers skip the service entirely, so
 * an outage costs no time per message.
 */
export class CircuitBreaker {
  private internal: Internal = { kind: 'closed', failures: 0 };
  private readonly options: CircuitBreakerOptions;

  constructor(options: Partial<CircuitBreakerOptions> & Pick<CircuitBreakerOptions, 'clock'>) {
    this.options = { ...DEFAULT_BREAKER_OPTIONS, ...options };
  }

  get state(): BreakerState {
    if (this.internal.kind === 'open' && this.options.clock.now() >= this.internal.until) return 'half-open';
    return this.internal.kind;
  }

  /** Whether a call may go out now; in half-open only one trial call at a time is allowed. */
  tryAcquire(): boolean {
    const s = this.internal;
    if (s.kind === 'closed') return true;
    if (s.kind === 'open') {
      if (this.options.clock.now() < s.until) return false;
      this.internal = { kind: 'half-open', trialInFlight: true };
      return true;
    }
    if (s.trialInFlight) return false;
    this.internal = { kind: 'half-open', trialInFlight: true };
    return true;
  }

  recordSuccess(): void {
    this.internal = { kind: 'closed', failures: 0 };
  }

  recordFailure(): void {
    const s = this.internal;
    const failures = s.kind === 'closed' ? s.failures + 1 : this.options.failuresToOpen;
    if (failures >= this.options.failuresToOpen) this.openUntil(this.options.clock.now() + this.options.openMs);
    else this.internal = { kind: 'closed', failures };
  }

  /** Opens the circuit until at least `time` (a service's Retry-After), whatever the failure count. */
  openUntil(time: number): void {
    const until = this.internal.kind === 'open' ? Math.max(this.internal.until, time) : time;
    this.internal = { kind: 'open', until };
  }
}
