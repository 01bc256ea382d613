/** Drafts: links the owner saved to send later; they wait for the owner and never go out by themselves. */
export const draftMessages = {
  'nav.drafts': { tr: 'Taslaklar', en: 'Drafts' },
  'drafts.title': { tr: 'Taslaklar', en: 'Drafts' },
  'drafts.intro': {
    tr: 'Taslaklar siz gönderene kadar bekler; kendiliğinden gönderilmez. Bağlantı yokken oluşturulan linkler ise Giden kutusunda bekler ve kendiliğinden gider.',
    en: 'Drafts wait until you send them; they never go out by themselves. Links made while the connection was down wait in the Outbox instead and go out by themselves.',
  },
  'drafts.badge': { tr: '{count} taslak', en: '{count} drafts' },
  'drafts.empty.title': { tr: 'Taslak yok', en: 'No drafts' },
  'drafts.empty.body': {
    tr: 'Yeni link formunda “Taslak olarak kaydet” ile sonra göndermek üzere link hazırlayabilirsiniz.',
    en: 'On the New link form, “Save as draft” prepares a link to send later.',
  },
  'drafts.list.label': { tr: 'Taslak linkler', en: 'Draft links' },
  'drafts.send': { tr: 'Linki oluştur', en: 'Create link' },
  'drafts.delete': { tr: 'Taslağı sil', en: 'Delete draft' },
  'drafts.deleteConfirm.title': { tr: 'Taslak silinsin mi?', en: 'Delete this draft?' },
  'drafts.deleteConfirm.body': {
    tr: 'Taslak hiç gönderilmedi; silerseniz bu link oluşturulmaz.',
    en: 'The draft was never sent; if you delete it, this link will not be created.',
  },
  'drafts.deleteConfirm.yes': { tr: 'Evet, sil', en: 'Yes, delete it' },
  'drafts.done.deleted': { tr: 'Taslak silindi.', en: 'The draft was deleted.' },
  'drafts.done.sent': { tr: 'Link oluşturuluyor; hazır olunca Geçmiş’te görünür.', en: 'The link is being created; it shows in History when ready.' },
  'drafts.done.created': { tr: 'Taslaktan link oluşturuldu; Geçmiş’te görünür.', en: 'The link was created from the draft; it shows in History.' },
  'drafts.done.outbox': {
    tr: 'Link henüz oluşturulamadı; Giden kutusunda, nedeniyle birlikte bekliyor.',
    en: 'The link could not be created yet; it waits in the Outbox with the reason.',
  },
  'drafts.onOutbox': { tr: 'Ayrıca {count} taslak, siz gönderene kadar Taslaklar’da bekliyor.', en: 'Also {count} drafts wait in Drafts until you send them.' },
  'newLink.saveDraft': { tr: 'Taslak olarak kaydet', en: 'Save as draft' },
  'newLink.saveDraftHelp': {
    tr: 'Link oluşturulmaz; taslak, siz Taslaklar’dan gönderene kadar bekler.',
    en: 'No link is made yet; the draft waits in Drafts until you send it.',
  },
  'newLink.buttonsHint': {
    tr: 'Bağlantı ya da sağlayıcı yoksa link Giden kutusunda bekler ve kendiliğinden oluşturulur. Taslak ise kendiliğinden gönderilmez.',
    en: 'If the connection or the provider is down, the link waits in the Outbox and is created by itself. A draft never goes out by itself.',
  },
  'pending.draft.title': { tr: 'Taslak kaydedildi', en: 'Draft saved' },
  'pending.draft.body': {
    tr: 'Henüz link oluşturulmadı. Taslaklar’dan gönderebilir, düzenleyebilir ya da silebilirsiniz; kendiliğinden gönderilmez.',
    en: 'No link has been made yet. Send, edit or delete it in Drafts; it never goes out by itself.',
  },
  'pending.openDrafts': { tr: 'Taslakları aç', en: 'Open drafts' },
  'outbox.state.draft': { tr: 'Taslak', en: 'Draft' },
} as const;
