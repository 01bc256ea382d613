/**
 * Data-folder problems in plain words: why a file could not be written and what that means for
 * the link being made. Main sends their keys (`userText`); notices use the same sentences.
 */
export const storageMessages = {
  'storage.data-folder-in-use': {
    tr: 'PayDesk bu bilgisayarda zaten açık (ya da bu veri klasörünü başka bir bilgisayar kullanıyor). Aynı linklerin iki kez oluşturulmaması için ikinci bir PayDesk açılmadı. Açık olan PayDesk penceresini kullanın; kapattıysanız birkaç saniye bekleyip tekrar açın.',
    en: 'PayDesk is already open on this computer (or another computer uses this data folder). A second PayDesk was not opened, so that no link is created twice. Use the PayDesk window that is open; if you just closed it, wait a few seconds and open it again.',
  },
  'storage.disk-full': {
    tr: 'Disk dolu: PayDesk verilerini kaydedemedi. Diskte yer açın.',
    en: 'The disk is full: PayDesk could not save its data. Free some space on the disk.',
  },
  'storage.read-only': {
    tr: 'PayDesk’in veri klasörü salt okunur: veriler kaydedilemedi. Klasörün yazılabilir bir diskte olduğunu kontrol edin.',
    en: "PayDesk's data folder is read-only: the data could not be saved. Check that the folder is on a writable disk.",
  },
  'storage.no-permission': {
    tr: 'PayDesk’in veri klasörüne yazma izni yok: veriler kaydedilemedi. Klasörün izinlerini kontrol edin.',
    en: "PayDesk is not allowed to write to its data folder: the data could not be saved. Check the folder's permissions.",
  },
  'storage.nothing-sent': {
    tr: 'Hiçbir şey gönderilmedi: istek kaydedilemediği için sağlayıcıya iletilmedi. Sorunu giderip tekrar deneyin.',
    en: 'Nothing was sent: the request could not be saved, so it did not go to the provider. Fix the problem and try again.',
  },
  'storage.may-have-been-created': {
    tr: 'Link sağlayıcıda oluşturulmuş olabilir, ama sonucu kaydedilemedi. Tekrar denemeden önce Giden kutusu’nu ve sağlayıcının panelini kontrol edin.',
    en: "The link may have been created at the provider, but its result could not be saved. Check the outbox and the provider's panel before trying again.",
  },
} as const;
