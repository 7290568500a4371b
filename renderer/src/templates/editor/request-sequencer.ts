/**
 * Numbers requests and accepts a response only when it is newer than the last one shown, so a
 * slow, older render can never overwrite a newer one that arrived first.
 */
export interface RequestSequencer {
  issue(): number;
  accept(requestId: number): boolean;
  /** The newest request has been answered (or superseded by an answer to it). */
  isSettled(): boolean;
}

export function createRequestSequencer(): RequestSequencer {
  let issued = 0;
  let shown = 0;
  return {
    issue: () => ++issued,
    accept(requestId) {
      if (requestId <= shown) return false;
      shown = requestId;
      return true;
    },
    isSettled: () => shown === issued,
  };
}
