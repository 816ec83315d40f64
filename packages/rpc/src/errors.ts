/**
 * Errors crossing the gRPC boundary. A store-side error travels as a gRPC status plus the
 * error's class name, and comes back as the same kind of error (RangeError stays RangeError),
 * so the proxy handles a remote store exactly like a local one. A peer that cannot be reached,
 * or does not answer in time, is a StoreUnavailableError.
 */
import { Metadata, status, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import { QueueError, type QueueErrorCode } from '@wharf/core';

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
const ERROR_FIELD_KEY = 'wharf-error-field';

/** A QueueError's code as a gRPC status, and back (the error's class name says it is one). */
const QUEUE_ERROR_STATUS: Readonly<Record<QueueErrorCode, status>> = {
  ALREADY_EXISTS: status.ALREADY_EXISTS,
  NOT_FOUND: status.NOT_FOUND,
  BAD_REQUEST: status.INVALID_ARGUMENT,
};

function queueErrorCodeOf(code: status): QueueErrorCode | null {
  for (const [k, v] of Object.entries(QUEUE_ERROR_STATUS)) if (v === code) return k as QueueErrorCode;
  return null;
}

/** A failure as it crosses the wire: gRPC code, the error's class, its text, and a QueueError's field. */
export interface WireError {
  code: status;
  name: string;
  message: string;
  field?: string;
}

/** The gRPC status for an error thrown by a StorePort method. */
export function statusOf(err: unknown): WireError {
  const name = err instanceof Error ? err.name : 'Error';
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof QueueError || (name === 'QueueError' && typeof (err as QueueError).code === 'string')) {
    const q = err as QueueError;
    const out: WireError = { code: QUEUE_ERROR_STATUS[q.code] ?? status.INVALID_ARGUMENT, name: 'QueueError', message };
    if (q.field !== undefined) out.field = q.field;
    return out;
  }
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
  if (s.field !== undefined) metadata.set(ERROR_FIELD_KEY, s.field);
  return { code: s.code, details: s.message, metadata };
}

/** Statuses that mean "the store could not be asked", not "the store said no". */
export function isUnavailable(code: status): boolean {
  return code === status.UNAVAILABLE || code === status.DEADLINE_EXCEEDED || code === status.CANCELLED;
}

/** A failed call as the error a StorePort caller expects. */
export function errorFromStatus(address: string, method: string, code: status, details: string, name: string | null, field: string | null = null): Error {
  if (isUnavailable(code)) return new StoreUnavailableError(address, `${method}: ${details || status[code]}`, code);
  if (name === 'QueueError') {
    const queueCode = queueErrorCodeOf(code);
    if (queueCode !== null) return new QueueError(queueCode, details, field ?? undefined);
  }
  if (code === status.INVALID_ARGUMENT && (name === null || name === 'RangeError' || name === 'BadMessageError')) return new RangeError(details);
  return new StoreRemoteError(name ?? status[code], details, code);
}

export function errorFromServiceError(address: string, method: string, err: ServiceError): Error {
  const raw = err.metadata?.get(ERROR_NAME_KEY)[0];
  const field = err.metadata?.get(ERROR_FIELD_KEY)[0];
  return errorFromStatus(address, method, err.code, err.details, typeof raw === 'string' ? raw : null, typeof field === 'string' ? field : null);
}
