export * from './types';
export { dev } from './dev';
export { staging } from './staging';
export { prod } from './prod';
export { EnvironmentLoadError, loadEnvironments } from './load';

import { loadEnvironments } from './load';
import type { EnvironmentConfig } from './types';

/**
 * Every environment file of this folder, in promotion order (stage, then name). Each file is
 * type-checked against EnvironmentConfig by `satisfies`; `npm run synth` also checks the values at
 * run time (render/environment-schema.ts) before rendering.
 */
export const ENVIRONMENTS: readonly EnvironmentConfig[] = loadEnvironments() as EnvironmentConfig[];
