import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// The save and open dialogs of the app, as files in a folder of this test run.
let exportsDir = '';
let toOpen: string | undefined;
const SECRET = 'sck_e2e_h7_DISTINCTIVE_backup_key_8d21';

test.use({
  coreDeps: {
    saveFile: async (name, content) => {
      const path = join(exportsDir, name);
      await writeFile(path, content);
      return { saved: true, fileName: path };
    },
    openFile: async () => (toOpen ? { opened: true, fileName: toOpen, content: await readFile(toOpen, 'utf8') } : { opened: false }),
  },
});

test.beforeEach(async () => {
  exportsDir = await mkdtemp(join(tmpdir(), 'paydesk-e2e-exports-'));
  toOpen = undefined;
});
test.afterEach(() => rm(exportsDir, { recursive: true, force: true }));

test('back up, change, restore: the app comes back with the backed-up data', async ({ app, page, harness }) => {
  await app.open();
  await harness.invoke('accounts:create', {
    draft: { provider: 'paynet', label: 'Paynet mağaza', environment: 'test', settings: {} },
    secrets: { secretKey: SECRET },
  });
  await harness.invoke('settings:update', { shopName: 'Çiçekçi Ayşe' });
  await app.navButton('Ayarlar').click();

  const data = page.getByRole('region', { name: 'Verileriniz' });
  await data.getByRole('button', { name: 'Verileri yedekle' }).click();
  await expect(data.getByRole('status')).toHaveText('Yedek kaydedildi: 0 link, 0 giden kutusu kaydı, 0 kişi, 0 ürün, 1 hesap.');
  const [backupName] = await readdir(exportsDir);
  expect(backupName).toMatch(/^paydesk-yedek-.*\.json$/);
  expect(await readFile(join(exportsDir, backupName!), 'utf8')).not.toContain(SECRET);
  await app.screenshot('data-backup-saved');

  await harness.invoke('settings:update', { shopName: 'Sonradan değişti' });
  toOpen = join(exportsDir, backupName!);
  await data.getByRole('button', { name: 'Yedekten geri yükle' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Yedekten geri yüklensin mi?' });
  await expect(confirm).toContainText('before-restore');
  await app.screenshot('data-restore-confirm', { fullPage: false });
  await confirm.getByRole('button', { name: 'Yedek dosyasını seç' }).click();
  await expect(data.getByRole('status')).toContainText('PayDesk bir sonraki açılışta bu yedekle başlayacak.');

  await app.restart();
  await app.navButton('Ayarlar').click();
  await expect(page.getByRole('textbox', { name: 'Dükkân adı' })).toHaveValue('Çiçekçi Ayşe');
  expect(harness.recordedText()).not.toContain(SECRET);
});

test('a file that is not a backup is refused in plain words and nothing changes', async ({ app, page, harness }) => {
  await app.open();
  await harness.invoke('settings:update', { shopName: 'Bakkal' });
  toOpen = join(exportsDir, 'notes.json');
  await writeFile(toOpen, '{"hello": "world"}');
  await app.navButton('Ayarlar').click();

  const data = page.getByRole('region', { name: 'Verileriniz' });
  await data.getByRole('button', { name: 'Yedekten geri yükle' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Yedek dosyasını seç' }).click();
  await expect(data.getByRole('alert')).toHaveText('Bu dosya bir PayDesk yedeği değil. Hiçbir şey değiştirilmedi.');
  await app.screenshot('data-restore-refused');
  await app.restart();
  await app.navButton('Ayarlar').click();
  await expect(page.getByRole('textbox', { name: 'Dükkân adı' })).toHaveValue('Bakkal');
});

test('copy diagnostics puts a redacted report on the clipboard', async ({ app, page, harness, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await harness.invoke('accounts:create', {
    draft: { provider: 'paynet', label: 'Paynet mağaza', environment: 'test', settings: {} },
    secrets: { secretKey: SECRET },
  });
  await app.navButton('Ayarlar').click();

  const about = page.getByRole('region', { name: 'Bu bilgisayarda' });
  await about.getByRole('button', { name: 'Tanı bilgisini kopyala' }).click();
  await expect(about.getByRole('status')).toHaveText('Tanı bilgisi panoya kopyalandı.');
  // Runs in the page (the node tsconfig has no DOM types).
  const report = await page.evaluate(() =>
    (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
  );
  expect(report).toContain('PayDesk — tanı raporu / diagnostics report');
  expect(report).toContain('- paynet · test · secrets complete');
  expect(report).not.toContain(SECRET);
  expect(report).not.toContain('Paynet mağaza');
  await app.screenshot('diagnostics-copied');
});
