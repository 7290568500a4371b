import { ApiError } from '../../../shared/contract/index';

/**
 * A store problem the user must read: the message says what is wrong and that nothing was
 * changed. Through the API it is a DAMAGED error carrying that message, never a bare INTERNAL.
 */
export class StoreError extends ApiError {
  constructor(message: string) {
    super('DAMAGED', message);
    this.name = 'StoreError';
  }
}
