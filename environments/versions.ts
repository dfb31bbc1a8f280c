import pins from './versions.json';
import type { VersionSet } from './types';

export const VERSIONS: Readonly<Record<string, VersionSet>> = pins;
