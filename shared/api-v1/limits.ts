/** The journey API's limits, shared by its schemas. */
export const MAX_JOURNEY_API_BODY_BYTES = 16 * 1024 * 1024;
export const MAX_CUSTOMERS_PER_CALL = 10_000;
