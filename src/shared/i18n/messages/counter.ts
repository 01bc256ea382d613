/** Texts for the busy-counter safeguards (issue #21): the amount limit, counters, first-start shop name. */
export const counterMessages = {
  'amountCheck.title': { tr: 'Bu tutar doğru mu?', en: 'Is this amount right?' },
  'amountCheck.words': { tr: 'Yazıyla: {words}', en: 'In words: {words}' },
  'amountCheck.body': {
    tr: 'Bu tutar dükkânınızın üst sınırı olan {limit} tutarının üstünde. Onaylarsanız müşteriye bu tutarla bir link gider.',
    en: 'This is above your shop’s upper limit of {limit}. If you confirm, the customer gets a link for this amount.',
  },
  'amountCheck.confirm': { tr: 'Evet, {amount} doğru', en: 'Yes, {amount} is right' },
  'amountCheck.fix': { tr: 'Tutarı düzelt', en: 'Correct the amount' },
  'settings.limit.label': { tr: 'Üst tutar sınırı', en: 'Upper amount limit' },
  'settings.limit.help': {
    tr: 'Bundan büyük bir tutar, link oluşturulmadan önce yazıyla okunup onaylanır. Şu an: {limit}.',
    en: 'A larger amount is read back in words and confirmed before the link is made. Now: {limit}.',
  },
  'settings.limit.invalid': {
    tr: 'Sınırı rakamla yazın, örneğin 50.000.',
    en: 'Type the limit in digits, for example 50.000.',
  },
  'settings.limit.save': { tr: 'Sınırı kaydet', en: 'Save the limit' },
  'newLink.descriptionCount': { tr: '{count} / {max} karakter', en: '{count} / {max} characters' },
  'pending.providerDown.title': { tr: '{provider} yanıt vermiyor: link giden kutusunda bekliyor', en: '{provider} is not answering: the link waits in the outbox' },
  'pending.providerDown.body': {
    tr: 'Bu bilgisayar internete bağlı; yanıt vermeyen yalnızca {provider}. Diğer sağlayıcılardaki hesaplarınızla link oluşturmaya devam edebilirsiniz. Bu link {provider} yanıt verince kendiliğinden gider (sonraki deneme {time}).',
    en: 'This computer is online; only {provider} is not answering. You can keep making links on your accounts at other providers. This link goes out by itself once {provider} answers (next try at {time}).',
  },
  'setup.shop.title': { tr: 'Önce dükkânınızın adı', en: 'First, your shop’s name' },
  'setup.shop.body': {
    tr: 'Fişlerin, müşteri ekranının ve WhatsApp mesajlarının başında bu ad görünür. İsterseniz bir logo da ekleyin. Sonra Ayarlar’dan değiştirebilirsiniz.',
    en: 'Slips, the customer display and WhatsApp messages start with this name. Add a logo too if you like. You can change both later in Settings.',
  },
  'setup.shop.nameRequired': { tr: 'Dükkânın adını yazın.', en: 'Type the shop’s name.' },
  'setup.shop.save': { tr: 'Adı kaydet', en: 'Save the name' },
} as const;
