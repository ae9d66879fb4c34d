// Types of mock-server-layers.mjs (plain JavaScript so that eslint.config.js can import it).
import type { Linter } from 'eslint';

export declare const LAYERS: readonly (readonly string[])[];
export declare const TEST_FOLDERS: readonly string[];
export declare function forbiddenImports(layer: string): string[];
export declare function layerRules(): Linter.Config[];
