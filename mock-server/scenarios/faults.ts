/**
 * Faults: the failures field devices and the networks in front of them produce, played on the real socket so
 * the client sees exactly what it would see in the field: a reset (RST), a connection closed without a reply,
 * a JSON body cut short or malformed, a reverse proxy's HTML error page, a reply that never comes. Held
 * replies and pending delays are tracked so reset() and shutdown end them and nothing leaks.
 */
import { STATUS_CODES } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ControlFault } from '../../schemas/types.generated.js';

/** Faults that change the answer's body; the device answers first, then the body is spoiled. */
export type BodyFault = 'truncated' | 'malformed';

/** Whether `fault` spoils the body (rather than the connection). */
export function isBodyFault(fault: ControlFault): fault is ControlFault & { type: BodyFault } {
  return fault.type === 'truncated' || fault.type === 'malformed';
}

/** `body` (a JSON text) spoiled: cut in the middle, or made invalid JSON that still looks like JSON. */
export function spoilBody(kind: BodyFault, body: string): string {
  if (kind === 'truncated') return body.slice(0, Math.max(1, Math.floor(body.length / 2)));
  // an unquoted first key and a trailing comma: what hand-rolled JSON writers in firmware get wrong
  return body.replace(/^\{"([A-Za-z_]\w*)":/, '{$1:').replace(/\}$/, ',}');
}

const REASONS: Record<number, string> = {
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

/** The HTML error page of a reverse proxy (nginx's wording) for `status`. */
export function proxyErrorPage(status: number): string {
  const title = `${status} ${REASONS[status] ?? STATUS_CODES[status] ?? 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/** The longest timer Node keeps; a longer one fires after 1 ms (with a TimeoutOverflowWarning on stderr). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Plays connection faults and delays, and remembers what it holds open. */
export class FaultPlayer {
  private readonly held = new Set<ServerResponse>();
  /** Pending delays: the reply each holds back and the listener that notices its client leave. */
  private readonly timers = new Map<
    NodeJS.Timeout,
    { readonly res: ServerResponse; readonly onClose: () => void }
  >();

  /** Replies held open right now (never faults). */
  get holding(): number {
    return this.held.size;
  }

  /**
   * Runs `next` after `ms`; if the client leaves first, runs `gone` at once instead (so the request is still
   * journaled, and its reply is not kept for the rest of the delay).
   */
  later(ms: number, res: ServerResponse, next: () => void, gone: () => void): void {
    // delays of several rules add up; past ~24.8 days the reply waits that long instead of not at all
    const wait = Math.min(ms, MAX_TIMER_MS);
    const timer = setTimeout(() => {
      res.off('close', onClose);
      this.timers.delete(timer);
      if (!res.destroyed && !res.socket?.destroyed) next();
      else gone();
    }, wait);
    const onClose = () => {
      clearTimeout(timer);
      this.timers.delete(timer);
      gone();
    };
    res.once('close', onClose);
    this.timers.set(timer, { res, onClose });
  }

  /** Plays a connection fault (anything but a body fault) on `req`/`res`. */
  play(fault: ControlFault, req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    switch (fault.type) {
      case 'reset':
        try {
          socket.resetAndDestroy();
        } catch {
          // a TLS socket has no TCP handle to reset; destroying it is the closest the client sees
          socket.destroy();
        }
        return;
      case 'empty': {
        // read the request first: closing with unread bytes would make the kernel send RST, not FIN
        const close = () => socket.destroySoon();
        if (req.complete) close();
        else {
          req.once('end', close);
          req.resume();
        }
        return;
      }
      case 'never':
        this.held.add(res);
        res.once('close', () => this.held.delete(res));
        req.resume();
        return;
      case 'proxy-error': {
        const status = fault.status ?? 502;
        res.statusCode = status;
        res.setHeader('Content-Type', 'text/html');
        res.end(proxyErrorPage(status));
        return;
      }
      default:
        // body faults are applied to the device's answer by the dispatcher
        return;
    }
  }

  /** Ends every held reply and every delayed one (reset, shutdown): their connections are closed. */
  releaseAll(): void {
    for (const res of this.held) res.socket?.destroy();
    this.held.clear();
    for (const [timer, { res, onClose }] of this.timers) {
      clearTimeout(timer);
      // ended by reset or shutdown, not by its client: not journaled after the journal was cleared
      res.off('close', onClose);
      res.socket?.destroy();
    }
    this.timers.clear();
  }
}
