// Types for the tests that build the engines as npm run build does (tests/golden).
export declare const FILTERS_DIR: string;
export declare function buildFilterEngines(outDir: string): Promise<{ list: string; rules: number; bytes: number; parseMs: number }[]>;
