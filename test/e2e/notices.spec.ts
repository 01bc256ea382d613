import { readdir, writeFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('a damaged data file is set aside and the user is told where it went', async ({ app, page, harness }) => {
  await mkdir(harness.dataDir, { recursive: true });
  await writeFile(join(harness.dataDir, 'accounts.json'), '{"schemaVersion": 1, "data": [tru');
  await app.open();

  const notice = page.getByTestId('notice');
  await expect(notice).toHaveCount(1);
  await expect(notice.getByRole('heading')).toHaveText('Ödeme hesapları dosyası bozuk olduğu için kenara alındı');
  const backups = (await readdir(harness.dataDir)).filter((name) => name.startsWith('accounts.') && name.endsWith('.bak.json'));
  expect(backups).toHaveLength(1);
  await expect(notice).toContainText(join(harness.dataDir, backups[0] ?? ''));
  // The app keeps working: the accounts page is usable.
  await expect(page.getByTestId('empty-new-link')).toBeVisible();
  await app.screenshot('notice-tr');

  await notice.getByRole('button', { name: 'Anladım' }).click();
  await expect(notice).toHaveCount(0);
  await app.restart();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});
