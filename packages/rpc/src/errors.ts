/**
 * Errors crossing the gRPC boundary. A store-side error travels as a gRPC status plus the
 * error's class name, and comes back as the same kind of error (RangeError stays RangeError),
 * so the proxy handles a remote store exactly like a local one. A peer that cannot be reached,
 * or does not answer in time, is a StoreUnavailableError.
 */
import { Metadata, status, type ServiceError, type StatusObject } from '@grpc/grpc-js';

export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(
    /** host:port of the store. */
    readonly address: string,
    readonly reason: string,
    /** The gRPC status that reported it, when one did. */
    readonly code: status | null = null,
  ) {
    super(`store ${address} unavailable: ${reason}`);
  }
}

/** The store refused a call (its error class is in `name`, e.g. UnknownQueueError). */
export class StoreRemoteError extends Error {
  constructor(
    name: string,
    message: string,
    readonly code: status,
  ) {
    super(message);
    this.name = name;
  }
}

const ERROR_NAME_KEY = 'wharf-error-name';

/** The gRPC status for an error thrown by a StorePort method. */
export function statusOf(err: unknown): { code: status; name: string; message: string } {
  const name = err instanceof Error ? err.name : 'Error';
  const message = err instanceof Error ? err.message : String(err);
  let code: status;
  if (err instanceof RangeError || name === 'RangeError') code = status.INVALID_ARGUMENT;
  else if (name === 'UnknownQueueError') code = status.NOT_FOUND;
  else if (name === 'StoreOverloadedError') code = status.RESOURCE_EXHAUSTED;
  else if (name === 'StoreClosedError' || name === 'StoreFailedError' || err instanceof StoreUnavailableError) code = status.UNAVAILABLE;
  else code = status.INTERNAL;
  return { code, name, message };
}

/** The error object grpc-js sends for a failed unary call. */
export function serviceErrorOf(err: unknown): Partial<StatusObject> {
  const s = statusOf(err);
  const metadata = new Metadata();
  metadata.set(ERROR_NAME_KEY, s.name);
  return { code: s.code, details: s.message, metadata };
}

/** Statuses that mean "the store could not be asked", not "the store said no". */
export function isUnavailable(code: status): boolean {
  return code === status.UNAVAILABLE || code === status.DEADLINE_EXCEEDED || code === status.CANCELLED;
}

/** A failed call as the error a StorePort caller expects. */
export function errorFromStatus(address: string, method: string, code: status, details: string, name: string | null): Error {
  if (isUnavailable(code)) return new StoreUnavailableError(address, `${method}: ${details || status[code]}`, code);
  if (code === status.INVALID_ARGUMENT && (name === null || name === 'RangeError' || name === 'BadMessageError')) return new RangeError(details);
  return new StoreRemoteError(name ?? status[code], details, code);
}

export function errorFromServiceError(address: string, method: string, err: ServiceError): Error {
  const raw = err.metadata?.get(ERROR_NAME_KEY)[0];
  return errorFromStatus(address, method, err.code, err.details, typeof raw === 'string' ? raw : null);
}
