// The numbers bench/bundle-size.ts reads from size-limit.config.js (a JavaScript file for size-limit).
export declare const STOREFRONT_TARGET: number;
export declare const LAZY_SENTENCES: string;
export declare const STOREFRONT_WITH_SENTENCES_BUDGET: number;
export declare const OWN_CODE_TARGET: number;
export declare const OWN_CODE_REGRESSION_BUDGET: number;
export declare const CHECKOUT_SESSION_HOOK_BUDGET: number;
declare const checks: readonly { name: string; path: string; limit: string }[];
export default checks;
