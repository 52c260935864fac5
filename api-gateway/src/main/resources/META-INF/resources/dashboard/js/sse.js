// Server-Sent Events over fetch: EventSource cannot send the Authorization header, so the stream is
// read with a ReadableStream and parsed here (WHATWG "event stream" format). On a dropped
// connection it reconnects with Last-Event-ID = the id of the last event it handed on, and the
// gateway first replays what was missed.

import { ApiError, apiUrl, authHeaders } from './api.js';

const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30000;

/** Splits a text stream into SSE events; feed it chunks, it calls onEvent({id, type, data}). */
export class EventStreamParser {
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.buffer = '';
    this.reset();
    this.retryMs = null;
  }

  reset() {
    this.data = [];
    this.type = '';
    this.id = null;
  }

  push(chunk) {
    this.buffer += chunk;
    const lines = this.buffer.split(/\r\n|\r|\n/);
    // The last piece has no line end yet; a lone trailing "\r" may still be half of "\r\n".
    this.buffer = lines.pop();
    lines.forEach((line) => this.line(line));
  }

  line(line) {
    if (line === '') {
      this.dispatch();
      return;
    }
    if (line.startsWith(':')) {
      return; // comment, e.g. a keep-alive
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    if (field === 'data') {
      this.data.push(value);
    } else if (field === 'event') {
      this.type = value;
    } else if (field === 'id' && !value.includes('\0')) {
      this.id = value;
    } else if (field === 'retry' && /^\d+$/.test(value)) {
      this.retryMs = Number(value);
    }
  }

  dispatch() {
    if (this.data.length > 0) {
      this.onEvent({ id: this.id, type: this.type || 'message', data: this.data.join('\n') });
    }
    this.reset();
  }
}

/**
 * Follows /api/v1/alerts. Callbacks: onEvent({id, type, data}), onState(state, detail) with state
 * one of connecting, live, reconnecting, stopped; onOpen(resumesFromId) after each successful
 * connect, false when the gateway starts from its newest alert (nothing before it is replayed).
 */
export class AlertStream {
  constructor({ onEvent, onState, onOpen, filter }) {
    this.onEvent = onEvent;
    this.onState = onState;
    this.onOpen = onOpen || (() => {});
    this.filter = filter || {};
    this.lastEventId = null;
    this.controller = null;
  }

  start() {
    this.stop();
    this.lastEventId = null;
    const controller = new AbortController();
    this.controller = controller;
    this.loop(controller.signal);
  }

  stop() {
    if (this.controller) {
      this.controller.abort();
      this.controller = null;
    }
  }

  async loop(signal) {
    let delay = FIRST_RETRY_MS;
    let resumed = false;
    while (!signal.aborted) {
      this.onState(resumed ? 'reconnecting' : 'connecting', '');
      try {
        const parser = await this.readOnce(signal, () => {
          delay = FIRST_RETRY_MS;
        });
        if (parser.retryMs !== null) {
          delay = parser.retryMs;
        }
        this.onState('reconnecting', 'the stream ended; resuming');
      } catch (e) {
        if (signal.aborted) {
          return;
        }
        if (e instanceof ApiError && [400, 401, 403].includes(e.status)) {
          this.onState('stopped', e);
          return; // a new key or filter is needed, not a retry
        }
        if (e instanceof ApiError && e.retryAfter) {
          delay = Number(e.retryAfter) * 1000 || delay;
        }
        this.onState('reconnecting', e);
      }
      resumed = true;
      await sleep(delay, signal);
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    }
  }

  /** One connection: resolves when the server ends the stream, rejects on failure. */
  async readOnce(signal, connected) {
    const headers = authHeaders({ Accept: 'text/event-stream' });
    if (this.lastEventId !== null) {
      headers['Last-Event-ID'] = this.lastEventId;
    }
    let response;
    try {
      response = await fetch(apiUrl('/alerts', this.filter), { headers, signal, cache: 'no-store', credentials: 'omit' });
    } catch (e) {
      throw signal.aborted ? e : ApiError.unreachable(e);
    }
    if (!response.ok) {
      throw await ApiError.from(response);
    }
    connected();
    this.onState('live', '');
    this.onOpen(this.lastEventId !== null);
    const parser = new EventStreamParser((event) => {
      this.onEvent(event);
      if (event.id !== null) {
        this.lastEventId = event.id; // only once handled: a resume must not skip it
      }
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          return parser;
        }
        parser.push(value);
      }
    } catch (e) {
      throw signal.aborted ? e : ApiError.unreachable(e);
    }
  }
}

function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
