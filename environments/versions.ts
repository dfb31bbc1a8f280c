import pins from './versions.json';
import type { EnvironmentName, VersionSet } from './types';

export const VERSIONS: Readonly<Record<EnvironmentName, VersionSet>> = pins;
