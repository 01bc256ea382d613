/** Settings → "Verileriniz" (backup / restore) and "copy diagnostics" in the About section. */
export const dataCareMessages = {
  'data.title': { tr: 'Verileriniz', en: 'Your data' },
  'data.intro': {
    tr: 'Geçmiş, giden kutusu, kişiler, ürünler, hesaplar ve ayarlar tek bir dosyaya yedeklenir. Hesap anahtarları yedeğe girmez; anahtar zincirinde kalır. Başka bir bilgisayarda geri yüklerseniz anahtarları yeniden girmeniz gerekir.',
    en: 'History, outbox, contacts, products, accounts and settings are backed up to one file. Account keys are never in it; they stay in the keychain. After restoring on another computer you enter the keys again.',
  },
  'data.backup': { tr: 'Verileri yedekle', en: 'Back up data' },
  'data.backingUp': { tr: 'Yedekleniyor…', en: 'Backing up…' },
  'data.backedUp': {
    tr: 'Yedek kaydedildi: {history} link, {outbox} giden kutusu kaydı, {contacts} kişi, {products} ürün, {accounts} hesap.',
    en: 'Backup saved: {history} links, {outbox} outbox items, {contacts} contacts, {products} products, {accounts} accounts.',
  },
  'data.restore': { tr: 'Yedekten geri yükle', en: 'Restore from a backup' },
  'data.restoreConfirmTitle': { tr: 'Yedekten geri yüklensin mi?', en: 'Restore from a backup?' },
  'data.restoreConfirmBody': {
    tr: 'Seçeceğiniz yedek şimdiki geçmişin, giden kutusunun, kişilerin, ürünlerin, hesapların ve ayarların yerini alır. Şimdiki veriler silinmez; veri klasöründe "before-restore" ile başlayan bir klasöre taşınır. Yedek önce tümüyle denetlenir; sorunlu bir dosya hiçbir şeyi değiştirmez. Bekleyen linkler kendiliğinden yeniden gönderilmez: sağlayıcıdan sorgulanır ya da kararınıza bırakılır.',
    en: 'The backup you pick replaces the current history, outbox, contacts, products, accounts and settings. The current data is not deleted; it moves to a folder starting with "before-restore" in the data folder. The backup is checked in full first; a faulty file changes nothing. Waiting links are never sent again by themselves: they are looked up at the provider or left for your decision.',
  },
  'data.restoreConfirm': { tr: 'Yedek dosyasını seç', en: 'Choose the backup file' },
  'data.restoring': { tr: 'Yedek denetleniyor…', en: 'Checking the backup…' },
  'data.restoredRestarting': {
    tr: '{createdAt} tarihli yedek hazır ({history} link). PayDesk şimdi yeniden başlıyor.',
    en: 'The backup of {createdAt} is ready ({history} links). PayDesk restarts now.',
  },
  'data.restoredNextStart': {
    tr: '{createdAt} tarihli yedek hazır ({history} link). PayDesk bir sonraki açılışta bu yedekle başlayacak.',
    en: 'The backup of {createdAt} is ready ({history} links). PayDesk starts with it next time it opens.',
  },
  'diagnostics.copy': { tr: 'Tanı bilgisini kopyala', en: 'Copy diagnostics' },
  'diagnostics.help': {
    tr: 'Destek ekibine gönderebileceğiniz bir rapor: sürüm, sağlayıcılar, dosya boyutları ve son kayıtlar. Anahtarlar, hesap numaraları ve müşteri bilgileri rapora girmez.',
    en: 'A report you can send to support: version, providers, file sizes and recent log lines. Keys, account numbers and customer details are left out.',
  },
  'diagnostics.copying': { tr: 'Hazırlanıyor…', en: 'Preparing…' },
  'diagnostics.copied': { tr: 'Tanı bilgisi panoya kopyalandı.', en: 'Diagnostics copied to the clipboard.' },
  'diagnostics.copyFailed': {
    tr: 'Panoya kopyalanamadı. Rapor aşağıda; seçip kopyalayabilirsiniz.',
    en: 'Could not copy to the clipboard. The report is below; you can select and copy it.',
  },
} as const;
