import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createCourier, newIdempotencyKey, type DeliveryRequest } from '../../core/delivery.js';
import { draftProblems, EMPTY_DRAFT, requestBody, toDraft, type IntakeDraft, type IntakeField } from '../../core/intake-form.js';
import { emit } from '../../shared/emit.js';

/** Fired once the endpoint accepted a callback request. */
export const INTAKE_SENT_EVENT = 'recovery-intake-sent';
/** Fired when a callback request could not be delivered (every attempt failed, or it was refused). */
export const INTAKE_FAILED_EVENT = 'recovery-intake-failed';
/** The only detail either event carries: never the visitor's name, number or choices. */
export interface IntakeEventDetail {
  attempts: number;
}

export const INTAKE_VARIANTS = ['card', 'banner', 'floating'] as const;
export type IntakeVariant = (typeof INTAKE_VARIANTS)[number];

/** sessionStorage key of the draft (with `persist-draft`), plus `:<id>` when the element has an id. */
export const DRAFT_STORAGE_KEY = 'recovery-intake-draft';

/** idle → sending → sent | failed | offline; failed and offline go back to sending on "try again" or `online`. */
export type RequestState = 'idle' | 'sending' | 'sent' | 'failed' | 'offline';

/** A request waiting to be delivered. Its key stays until it is sent or its content changes. */
interface Pending {
  request: DeliveryRequest;
  json: string;
  attempts: number;
}

/** What the request needs from its element: settings, language, and where to say things. */
interface Host extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  persistDraft: boolean;
  setting(name: 'consentText'): string | undefined;
  option(name: 'attempts' | 'timeout' | 'backoff'): number;
  report(attribute: string, problem: string): void;
  focusSoon(selector: string): void;
}

/** The widget's language, and its built-in consent sentence in it. */
interface Terms {
  readonly lang: string;
  term(key: 'consent'): string;
}

/**
 * The callback form's state, apart from its rendering: the draft (in memory, or in
 * `sessionStorage` with `persist-draft`), its checks, and its delivery, which must neither
 * lose a request nor send it twice.
 */
export class CallbackRequest implements ReactiveController {
  state: RequestState = 'idle';
  /** The endpoint refused the request (a 4xx): trying again as it is will not help. */
  rejected = false;
  problems: IntakeField[] = [];
  draft: IntakeDraft = { ...EMPTY_DRAFT };
  consent = false;
  /** Where requests go, once checked; no form without it. */
  endpoint?: string;

  private readonly courier = createCourier();
  /** The key of a request stored with the draft before a reload (`persist-draft`). */
  private restoredKey?: string;
  private pending?: Pending;

  constructor(
    private readonly host: Host,
    private readonly terms: Terms,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  hostUpdate(): void {
    if (this.host.hasUpdated || !this.host.persistDraft) return;
    const stored = this.storage() as { key?: unknown } | undefined;
    this.draft = toDraft(stored);
    // A request sent before a reload may have arrived: sent again unchanged, it keeps its key.
    if (typeof stored?.key === 'string') this.restoredKey = stored.key;
  }

  /** Drops everything the visitor entered, in memory and in storage, and goes back to the empty form. */
  forget(): void {
    // A delivery still under way finishes, but no longer changes what the widget shows.
    this.pending = this.restoredKey = undefined;
    this.draft = { ...EMPTY_DRAFT };
    this.consent = this.rejected = false;
    this.problems = [];
    this.state = 'idle';
    this.storage(undefined);
    this.host.requestUpdate();
  }

  /** Reads the stored draft, or with a second argument stores it (`undefined` removes it). Never throws. */
  private storage(...write: [(IntakeDraft & { key?: string }) | undefined] | []): unknown {
    const key = this.host.id ? `${DRAFT_STORAGE_KEY}:${this.host.id}` : DRAFT_STORAGE_KEY;
    try {
      if (!write.length) return JSON.parse(sessionStorage.getItem(key)!);
      if (write[0]) sessionStorage.setItem(key, JSON.stringify(write[0]));
      else sessionStorage.removeItem(key);
    } catch {
      // Storage blocked or full, or a draft we cannot read: the form works from memory.
    }
    return undefined;
  }

  private readonly onOnline = (): void => {
    // Back online: deliver what was waiting, or what failed for want of a network.
    if (this.state === 'offline' || (this.state === 'failed' && !this.rejected)) this.deliver();
  };

  readonly input = (event: Event): void => {
    const { name, value, checked } = event.target as HTMLInputElement;
    if (name === 'consent') this.consent = checked;
    if (!Object.hasOwn(EMPTY_DRAFT, name)) return this.host.requestUpdate();
    this.draft = { ...this.draft, [name]: value };
    this.restoredKey = undefined;
    if (this.host.persistDraft) this.storage(this.draft);
    this.host.requestUpdate();
  };

  readonly submit = (event: SubmitEvent): void => {
    event.preventDefault();
    // One delivery at a time: a double click, or Enter pressed twice, sends once.
    if (this.courier.busy) return;
    this.problems = draftProblems(this.draft, this.consent);
    this.host.requestUpdate();
    if (this.problems.length) return this.host.focusSoon('.error-summary');
    // A filled honeypot is a bot: pretend it worked, send nothing, tell no one.
    if (((event.currentTarget as HTMLFormElement).elements.namedItem('website') as HTMLInputElement).value) return this.finish();
    const { terms } = this;
    const body = requestBody(this.draft, this.host.setting('consentText') ?? terms.term('consent'), location.pathname, terms.lang);
    const json = JSON.stringify(body);
    // The same content keeps its key, so the endpoint can recognise a retry; new content is a new request.
    if (this.pending?.json !== json)
      this.pending = { request: { url: this.endpoint!, key: this.restoredKey ?? newIdempotencyKey(), body }, json, attempts: 0 };
    // With persist-draft the key is kept beside the draft, so a reload cannot turn a retry into a new request.
    if (this.host.persistDraft) this.storage({ ...this.draft, key: this.pending.request.key });
    this.deliver();
  };

  private async deliver(): Promise<void> {
    const pending = this.pending!;
    const host = this.host;
    // The endpoint may have been changed since the first attempt (the key stays), or removed.
    if (!this.endpoint) return;
    pending.request.url = this.endpoint;
    this.state = 'sending';
    host.requestUpdate();
    const result = await this.courier.send(pending.request, {
      attempts: host.option('attempts'),
      timeout: host.option('timeout'),
      backoff: host.option('backoff'),
    });
    // Forgotten (a quick exit) while it was on its way.
    if (this.pending !== pending) return;
    pending.attempts += result.attempts;
    const detail: IntakeEventDetail = { attempts: pending.attempts };
    if (result.outcome === 'sent') {
      this.finish();
      emit(host, INTAKE_SENT_EVENT, detail);
    } else if (result.outcome === 'offline') {
      this.state = 'offline';
    } else {
      this.state = 'failed';
      this.rejected = result.outcome === 'rejected';
      if (result.status === 0) host.report('action', 'the endpoint redirects; use its final URL');
      host.focusSoon('#notice');
      emit(host, INTAKE_FAILED_EVENT, detail);
    }
    host.requestUpdate();
  }

  /** Sent (or a bot turned away): the draft is cleared everywhere and the next steps are shown. */
  private finish(): void {
    this.pending = undefined;
    this.draft = { ...EMPTY_DRAFT };
    this.consent = false;
    this.problems = [];
    if (this.host.persistDraft) this.storage(undefined);
    this.state = 'sent';
    this.host.requestUpdate();
    this.host.focusSoon('#sent');
  }
}
