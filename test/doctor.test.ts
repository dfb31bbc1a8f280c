import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingDebianPackages } from '../tools/cmake-build';
import { atLeast, debianBuildPackages, debianCheck, formatChecks, nodeModulesProblems, parseVersion } from '../tools/doctor';

describe('npm run doctor', () => {
  it('compares versions numerically, with missing parts as zero', () => {
    expect(parseVersion('go version go1.26.8 linux/amd64')).toEqual([1, 26, 8]);
    expect(parseVersion('11')).toEqual([11, 0, 0]);
    expect(atLeast('1.26.8', '1.26.3')).toBe(true);
    expect(atLeast('1.26.3', '1.26.3')).toBe(true);
    expect(atLeast('1.9.0', '1.26.3')).toBe(false);
    expect(atLeast('v20.19.0', '20.19')).toBe(true);
    expect(atLeast('11.19.1', '10')).toBe(true);
    expect(atLeast('unknown', '10')).toBe(false);
  });

  it('fails on a package missing from node_modules or installed at another version, not on another platform\'s optional one', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'doctor-'));
    const install = (name: string, version: string) => {
      mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
      writeFileSync(path.join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
    };
    writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { name: 'x' },
        'node_modules/same': { version: '1.0.0' },
        'node_modules/prefixed': { version: '0.0.21' },
        'node_modules/older': { version: '2.0.0' },
        'node_modules/absent': { version: '3.0.0' },
        'node_modules/other-platform': { version: '4.0.0', optional: true },
      },
    }));
    install('same', '1.0.0');
    install('prefixed', 'v0.0.21');
    install('older', '1.9.0');
    expect(nodeModulesProblems(root)).toEqual(['older is 1.9.0, the lockfile pins 2.0.0', 'absent 3.0.0 is missing']);
  });

  it('prints each problem with the command that fixes it', () => {
    const text = formatChecks([
      { name: 'Node.js', found: 'v20.20.2' },
      { name: 'promtool', found: 'unusable', problem: 'promtool is not built', fix: 'npm run tools -- promtool' },
    ]);
    expect(text).toMatch(/^ok {3}Node\.js/m);
    expect(text).toMatch(/^FAIL promtool +promtool is not built\n +fix: npm run tools -- promtool$/m);
    expect(text).toMatch(/1 problem\(s\)/);
  });

  it('names every missing Debian build package with the one apt-get line that installs them', () => {
    const wanted = debianBuildPackages();
    // The packages SOURCES.md names for Fluent Bit: without libsystemd-dev or libsasl2-dev the build succeeds but lacks what the configs use.
    expect(wanted).toEqual(expect.arrayContaining(['cmake', 'flex', 'bison', 'libyaml-dev', 'libssl-dev', 'libsqlite3-dev', 'libsystemd-dev', 'libsasl2-dev']));
    // And the one a test runs a program from: systemd-journal-remote writes the forwarder's journal files.
    expect(wanted).toContain('systemd-journal-remote');
    expect(debianCheck(wanted, ['libsystemd-dev', 'libsasl2-dev'])).toMatchObject({ problem: 'libsystemd-dev, libsasl2-dev not installed', fix: 'apt-get install -y libsystemd-dev libsasl2-dev' });
    expect(debianCheck(wanted, []).problem).toBeUndefined();
    expect(debianCheck(wanted, undefined).fix).toContain('libsasl2-dev');
  });

  it('asks dpkg which packages are installed, so a package that does not exist is reported missing', () => {
    expect(missingDebianPackages(['coreutils', 'no-such-package-observability'])).toEqual(['no-such-package-observability']);
  });
});
