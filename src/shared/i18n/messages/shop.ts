/** Several counters of one shop ("Birden çok kasa"): what main says about the shop connection. */
export const shopMessages = {
  'shop.url-unreadable': {
    tr: 'Sunucu adresi okunamadı. Örnek: postgres://dukkan_rolu@sunucu.example.com:5432/paydesk',
    en: 'The server address could not be read. Example: postgres://shop_role@server.example.com:5432/paydesk',
  },
  'shop.url-no-role': {
    tr: 'Adreste dükkânın kullanıcı adı yok (postgres://kullanici@sunucu/paydesk).',
    en: 'The address has no shop user name (postgres://user@server/paydesk).',
  },
  'shop.password-missing': {
    tr: 'Dükkânın parolasını yazın; yalnızca bu bilgisayarın anahtar zincirine kaydedilir.',
    en: 'Type the shop’s password; it is kept only in this computer’s keychain.',
  },
  'shop.password-wrong': {
    tr: 'Sunucu bu kullanıcı adını ya da parolayı kabul etmedi.',
    en: 'The server did not accept this user name or password.',
  },
  'shop.unreachable': {
    tr: 'Sunucuya ulaşılamadı. Bu kasa kendi verileriyle çalışmaya devam eder; bağlantı gelince her şey gönderilir.',
    en: 'The server could not be reached. This counter keeps working with its own data; everything is sent when the connection is back.',
  },
  'shop.not-confirmed': {
    tr: 'Bağlantı onaylanmadı; hiçbir şey paylaşılmadı.',
    en: 'The connection was not confirmed; nothing was shared.',
  },
  'shop.confirm.message': {
    tr: 'Bu kasa “{server}” sunucusundaki dükkâna bağlansın mı?',
    en: 'Connect this counter to the shop on “{server}”?',
  },
  'shop.confirm.detail': {
    tr: 'Linkler, durumları ve müşteri defteri bu sunucudaki diğer kasalarla paylaşılır. Sağlayıcı anahtarları paylaşılmaz; her bilgisayar kendi anahtarlarını saklar.',
    en: 'Links, their status and the customer book are shared with the other counters on this server. Provider keys are never shared; each computer keeps its own.',
  },
  'shop.not-joined': {
    tr: 'Bu kasa bir dükkâna bağlı değil; linki buradan oluşturun.',
    en: 'This counter is not part of a shop; create the link here.',
  },
  'shop.offer-unknown': {
    tr: 'Link dükkânın kuyruğuna ulaşmış olabilir; bağlantı kesildi. Yeniden deneyin: aynı link iki kez oluşturulmaz.',
    en: 'The link may have reached the shop’s queue; the connection dropped. Try again: the same link is never created twice.',
  },
  'shop.confirm.cancel': { tr: 'Vazgeç', en: 'Cancel' },
  'shop.confirm.ok': { tr: 'Bağlan', en: 'Connect' },
} as const;
