/** Page titles and the empty states that tell the user what to do next. */
export const pageMessages = {
  'newLink.title': { tr: 'Yeni ödeme linki', en: 'New payment link' },
  'newLink.noAccount.title': { tr: 'Henüz bir ödeme hesabı yok', en: 'No payment account yet' },
  'newLink.noAccount.body': {
    tr: "Önce Ayarlar'dan bir ödeme sağlayıcı hesabı ekleyin (PayTR, Paynet, Ödüyo veya İşbank); sonra linklerinizi buradan oluşturursunuz.",
    en: 'First add a payment provider account in Settings (PayTR, Paynet, Ödüyo or İşbank); then you create your links here.',
  },
  'newLink.noAccount.action': { tr: 'Hesap ekle', en: 'Add an account' },
  'history.title': { tr: 'Geçmiş', en: 'History' },
  'history.empty.title': { tr: 'Henüz link oluşturulmadı', en: 'No links created yet' },
  'history.empty.body': {
    tr: 'Oluşturduğunuz her ödeme linki burada listelenir; müşteriye ya da tutara göre arayabilirsiniz.',
    en: 'Every payment link you create is listed here, and you can search by customer or amount.',
  },
  'history.empty.action': { tr: 'Yeni link oluştur', en: 'Create a new link' },
  'outbox.title': { tr: 'Giden kutusu', en: 'Outbox' },
  'outbox.empty.title': { tr: 'Bekleyen link yok', en: 'Nothing waiting' },
  'outbox.empty.body': {
    tr: 'İnternet bağlantısı yokken hazırladığınız linkler burada bekler ve bağlantı gelince bir kez gönderilir.',
    en: 'Links prepared while offline wait here and are sent once, as soon as the connection is back.',
  },
  'settings.title': { tr: 'Ayarlar', en: 'Settings' },
  'settings.shop.title': { tr: 'Dükkân', en: 'Shop' },
  'settings.shop.name': { tr: 'Dükkân adı', en: 'Shop name' },
  'settings.shop.nameHelp': {
    tr: 'Fişlerde ve pencere başlığında görünür. En fazla 80 karakter.',
    en: 'Shown on slips and in the window title. At most 80 characters.',
  },
  'settings.shop.nameTooLong': { tr: 'Dükkân adı en fazla 80 karakter olabilir.', en: 'The shop name can be at most 80 characters.' },
  'settings.language.title': { tr: 'Dil', en: 'Language' },
  'settings.language.help': {
    tr: 'Uygulamanın dili. Seçiminiz hemen uygulanır ve hatırlanır.',
    en: 'The language of the app. Your choice applies at once and is remembered.',
  },
  'settings.about.title': { tr: 'Bu bilgisayarda', en: 'On this computer' },
  'settings.about.version': { tr: 'Sürüm', en: 'Version' },
  'settings.about.dataDir': { tr: 'Veri klasörü', en: 'Data folder' },
  'settings.about.keychain': { tr: 'Anahtar zinciri', en: 'Keychain' },
  'settings.about.keychainAvailable': { tr: 'Kullanılabilir', en: 'Available' },
  'settings.about.keychainUnavailable': { tr: 'Kullanılamıyor', en: 'Not available' },
  'keychain.unavailableBanner': {
    tr: 'Bu bilgisayarın anahtar zincirine ulaşılamıyor. Hesap anahtarları kaydedilemez; PayDesk onları asla düz metin olarak saklamaz.',
    en: "This computer's keychain cannot be reached. Account keys cannot be saved; PayDesk never stores them as plain text.",
  },
} as const;
