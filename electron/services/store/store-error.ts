/** A store problem the user must read: the message says what is wrong and that nothing was changed. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
