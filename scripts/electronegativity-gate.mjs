#!/usr/bin/env node
// Runs Electronegativity over src/ and fails on any HIGH or MEDIUM finding that is not listed,
// with a reason, in security/electronegativity-review.json. The tool exits 0 even with findings,
// so the gate reads its CSV.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VERSION = '1.10.3';
const csvPath = join(mkdtempSync(join(tmpdir(), 'paydesk-en-')), 'findings.csv');
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const run = spawnSync(
  'npx',
  ['-y', '-p', `@doyensec/electronegativity@${VERSION}`, 'electronegativity', '-i', 'src', '-o', csvPath, '-r', '-e', electronVersion],
  { encoding: 'utf8' },
);
if (run.status !== 0 || !existsSync(csvPath)) {
  console.error(run.stdout, run.stderr);
  console.error('Electronegativity did not produce a report.');
  process.exit(1);
}

const review = JSON.parse(readFileSync('security/electronegativity-review.json', 'utf8')).reviewed;
const findings = parseCsv(readFileSync(csvPath, 'utf8')).slice(1).map(([check, severity, confidence, file, location, sample]) => ({
  check,
  severity,
  confidence,
  file,
  location,
  sample,
}));
const gated = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const unreviewed = gated.filter((f) => !review.some((r) => r.check === f.check && r.file === f.file && r.reason?.length > 20));
const stale = review.filter((r) => !gated.some((f) => f.check === r.check && f.file === r.file));

console.log(`Electronegativity ${VERSION}: ${findings.length} findings, ${gated.length} HIGH/MEDIUM, ${gated.length - unreviewed.length} reviewed.`);
for (const r of stale) console.log(`note: review entry no longer needed: ${r.check} ${r.file}`);
if (unreviewed.length > 0) {
  console.error('\nUnreviewed HIGH/MEDIUM findings (fix them, or add a reasoned entry to security/electronegativity-review.json):');
  for (const f of unreviewed) console.error(`  ${f.severity} ${f.check} ${f.file}:${f.location}  ${f.sample}`);
  process.exit(1);
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}
