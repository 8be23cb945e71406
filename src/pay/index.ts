/** The pay stage: Posting + Classification → PayEstimate (stated pay, expected range, comparison). */
export { estimatePay, familyOf } from './estimate';
export { findStatedPay } from './find-stated';
export { formatMoney, formatRange } from './format';
export { detectRegion, type Region, regionFromCode, regionFromCurrency } from './region';
export { parseStatedPay } from './stated';
