/** The shopper every throughput request checks out as: known to the stand-in from its start. */
export const BENCH_CUSTOMER = {
  externalId: 'bench_shopper',
  name: 'Bench Shopper',
  email: 'bench@example.com',
};

/** A one-off price in the stand-in's default catalogue. */
export const BENCH_PRICE_ID = 'price_stand_in_tshirt';
