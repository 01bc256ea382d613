/**
 * What the user is told when the provider said yes but PayDesk could not use its answer: the link
 * may exist, so it must not be sent again. Main sends their keys (`userText`).
 */
export const linkSafetyMessages = {
  'link.untrusted-url': {
    tr: 'Sağlayıcı, kendi adresi olmayan bir link adresi döndürdü. PayDesk bu adresi göstermedi, paylaşmadı ve kaydetmedi. Sağlayıcı linki yine de oluşturmuş olabilir: sağlayıcının panelinden kontrol edin, sonra giden kutusunda bu kaydı karara bağlayın. Tekrar göndermeyin.',
    en: "The provider answered with a link address outside its own domain. PayDesk did not show, share or save it. The provider may have made the link all the same: check the provider's panel, then settle this item in the outbox. Do not send it again.",
  },
  'link.not-recorded': {
    tr: 'Sağlayıcı linki oluşturdu ama PayDesk yanıtı kaydedemedi. Tekrar göndermeyin: giden kutusundaki kaydı açıp linkin sağlayıcıda olup olmadığını kontrol edin.',
    en: 'The provider made the link, but PayDesk could not record its answer. Do not send it again: open the item in the outbox and check whether the link exists at the provider.',
  },
  'input.unsafe-text': {
    tr: 'Bu alanda görünmeyen yön ya da kontrol karakterleri var (çoğunlukla kopyala-yapıştırdan gelir). Metni elle yazın.',
    en: 'This field holds invisible direction or control characters (usually from copy and paste). Type the text by hand.',
  },
} as const;
