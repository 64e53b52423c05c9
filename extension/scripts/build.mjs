// Package the one source tree for both browsers, into dist/:
//   worth-a-look-chrome-<version>.zip   (manifest without Firefox's keys)
//   worth-a-look-firefox-<version>.xpi  (manifest without Chrome's service_worker key)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

const variants = {
  chrome: (m) => {
    const { scripts, ...background } = m.background;
    const { browser_specific_settings: _gecko, ...rest } = m;
    return { ...rest, background };
  },
  firefox: (m) => {
    const { service_worker: _sw, ...background } = m.background;
    const { key: _key, ...rest } = m; // Chrome's key fixes Chrome's ID; Firefox's is the gecko id
    return { ...rest, background };
  },
};

const extensions = { chrome: 'zip', firefox: 'xpi' };

mkdirSync(dist, { recursive: true });
for (const [browser, transform] of Object.entries(variants)) {
  const stage = join(dist, `stage-${browser}`);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const part of ['src', 'bundle', 'icons']) cpSync(join(root, part), join(stage, part), { recursive: true });
  writeFileSync(join(stage, 'manifest.json'), `${JSON.stringify(transform(manifest), null, 2)}\n`);
  const filename = `worth-a-look-${browser}-${manifest.version}.${extensions[browser]}`;
  await webExt.cmd.build(
    { sourceDir: stage, artifactsDir: dist, filename, overwriteDest: true },
    { shouldExitProgram: false },
  );
  rmSync(stage, { recursive: true, force: true });
  console.log(`built dist/${filename}`);
}
