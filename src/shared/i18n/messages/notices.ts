/** Banners for things the user must be told once (a damaged data file set aside, …). */
export const noticeMessages = {
  'notice.label': { tr: 'Bildirim', en: 'Notice' },
  'notice.store.settings': { tr: 'Ayarlar', en: 'Settings' },
  'notice.store.accounts': { tr: 'Ödeme hesapları', en: 'Payment accounts' },
  'notice.store.history': { tr: 'Geçmiş', en: 'History' },
  'notice.store.outbox': { tr: 'Giden kutusu', en: 'Outbox' },
  'notice.store.contacts': { tr: 'Müşteri rehberi', en: 'Customer book' },
  'notice.recovered.title': { tr: '{store} dosyası bozuk olduğu için kenara alındı', en: 'The {store} file was damaged and was set aside' },
  'notice.recovered.body': {
    tr: 'PayDesk bu dosyayı okuyamadı ve yeni, boş bir dosyayla devam ediyor. Eski dosya silinmedi, şurada duruyor:',
    en: 'PayDesk could not read this file and carries on with a new, empty one. The old file was not deleted; it is here:',
  },
  'notice.part-recovered.title': {
    tr: '{store} kayıtlarının bir bölümü bozuk olduğu için kenara alındı',
    en: 'Part of the {store} records was damaged and was set aside',
  },
  'notice.part-recovered.body': {
    tr: 'PayDesk bu dosyayı okuyamadı; içindeki kayıtlar listede görünmüyor, diğer tüm kayıtlar yerinde ve kullanılabilir. Eski dosya silinmedi, şurada duruyor:',
    en: 'PayDesk could not read this file; the records in it are not listed, all other records are in place and usable. The old file was not deleted; it is here:',
  },
  'notice.items-set-aside.title': {
    tr: '{store} içindeki bazı kayıtlar bozuk olduğu için kenara alındı',
    en: 'Some {store} entries were damaged and were set aside',
  },
  'notice.items-set-aside.body': {
    tr: 'PayDesk şu kayıtları okuyamadı: {items}. Diğer tüm kayıtlar yerinde ve kullanılabilir. Kenara alınan kayıtlar silinmedi, şurada duruyor:',
    en: 'PayDesk could not read these entries: {items}. All other entries are in place and usable. The entries set aside were not deleted; they are here:',
  },
  'notice.write-failed.title': { tr: '{store} kaydedilemedi', en: 'The {store} could not be saved' },
  'notice.newer.title': {
    tr: '{store} dosyası PayDesk’in daha yeni bir sürümüne ait',
    en: 'The {store} file belongs to a newer PayDesk version',
  },
  'notice.newer.body': {
    tr: 'Bu sürüm dosyayı okuyamadığı için dosyayı değiştirmeden kenara aldı ve boş bir dosyayla devam ediyor. Verilerinize yeniden ulaşmak için PayDesk’i güncelleyin. Dosya şurada:',
    en: 'This version cannot read it, so the file was set aside unchanged and PayDesk carries on with an empty one. Update PayDesk to get your data back. The file is here:',
  },
  'notice.unreadable.title': { tr: '{store} dosyası okunamadı', en: 'The {store} file could not be read' },
  'notice.unreadable.body': {
    tr: 'Dosya kenara da alınamadı; üzerine yazılmasın diye PayDesk bu bölümdeki değişiklikleri kaydetmiyor. Dosya izinlerini kontrol edip uygulamayı yeniden açın.',
    en: 'The file could not be set aside either; so that it is not overwritten, PayDesk does not save changes to this part. Check the file permissions and open the app again.',
  },
} as const;
