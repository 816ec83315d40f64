/** Why a store refused an operation (DESIGN §2-3); exported from the package for callers to tell apart. */

export class StoreClosedError extends Error {
  override name = 'StoreClosedError';
}

export class StoreFailedError extends Error {
  override name = 'StoreFailedError';
}

export class StoreOverloadedError extends Error {
  override name = 'StoreOverloadedError';
}

export class UnknownQueueError extends Error {
  override name = 'UnknownQueueError';
}
