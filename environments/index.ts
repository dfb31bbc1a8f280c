export * from './types';
export { dev } from './dev';
export { staging } from './staging';
export { prod } from './prod';

import { dev } from './dev';
import { prod } from './prod';
import { staging } from './staging';
import type { EnvironmentConfig } from './types';

/** Every environment, in promotion order. */
export const ENVIRONMENTS: readonly EnvironmentConfig[] = [dev, staging, prod];
