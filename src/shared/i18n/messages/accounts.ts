/** Settings → payment accounts: list, form, field names, validation, removal and connection test. */
export const accountMessages = {
  'accounts.title': { tr: 'Ödeme hesapları', en: 'Payment accounts' },
  'accounts.intro': {
    tr: 'Link oluşturacağınız sağlayıcı hesapları. Gizli anahtarlar yalnızca bu bilgisayarın anahtar zincirinde saklanır.',
    en: "The provider accounts you create links with. Secret keys are kept only in this computer's keychain.",
  },
  'accounts.add': { tr: 'Hesap ekle', en: 'Add account' },
  'accounts.loading': { tr: 'Hesaplar yükleniyor…', en: 'Loading accounts…' },
  'accounts.empty.title': { tr: 'Henüz hesap eklenmedi', en: 'No accounts yet' },
  'accounts.empty.body': {
    tr: 'PayTR, Paynet, Ödüyo veya İşbank hesabınızı ekleyin; bilgileri sağlayıcının panelinde bulabilirsiniz.',
    en: "Add your PayTR, Paynet, Ödüyo or İşbank account; you will find the details in the provider's panel.",
  },
  'accounts.environment': { tr: 'Ortam', en: 'Environment' },
  'env.live': { tr: 'Canlı', en: 'Live' },
  'env.test': { tr: 'Test', en: 'Test' },
  'env.custom': { tr: 'Özel adres', en: 'Custom address' },
  'accounts.keys': { tr: 'Anahtarlar', en: 'Keys' },
  'accounts.secretStored': { tr: 'kayıtlı', en: 'stored' },
  'accounts.secretMissing': { tr: 'eksik', en: 'missing' },
  'accounts.test': { tr: 'Bağlantıyı test et', en: 'Test connection' },
  'accounts.testing': { tr: 'Test ediliyor…', en: 'Testing…' },
  'accounts.testOk': { tr: 'Bağlantı çalışıyor.', en: 'The connection works.' },
  'accounts.testFailed': { tr: 'Bağlantı kurulamadı.', en: 'The connection failed.' },
  'accounts.saved': { tr: '“{label}” kaydedildi.', en: '“{label}” was saved.' },
  'accounts.removed': { tr: '“{label}” kaldırıldı.', en: '“{label}” was removed.' },

  'accounts.form.addTitle': { tr: 'Yeni ödeme hesabı', en: 'New payment account' },
  'accounts.form.editTitle': { tr: 'Hesabı düzenle', en: 'Edit account' },
  'accounts.form.provider': { tr: 'Sağlayıcı', en: 'Provider' },
  'accounts.form.providerFixed': {
    tr: 'Sağlayıcı sonradan değiştirilemez; başka bir sağlayıcı için yeni hesap ekleyin.',
    en: 'The provider cannot be changed later; add a new account for another provider.',
  },
  'accounts.form.label': { tr: 'Hesap adı', en: 'Account name' },
  'accounts.form.labelHelp': {
    tr: 'Kendiniz için bir ad, örneğin “Mağaza PayTR”.',
    en: 'A name for yourself, for example “Shop PayTR”.',
  },
  'accounts.form.environment': { tr: 'Ortam', en: 'Environment' },
  'accounts.form.baseUrl': { tr: 'Sunucu adresi', en: 'Server address' },
  'accounts.form.baseUrlHelp': {
    tr: 'Sağlayıcının size verdiği ya da test için kullandığınız sunucunun adresi; https:// ile başlar (http:// yalnızca bu bilgisayardaki test sunucuları için).',
    en: 'The address the provider gave you, or of the server you test with; it starts with https:// (http:// only for test servers on this computer).',
  },
  'accounts.form.baseUrlHelpOduyo': {
    tr: 'Ödüyo her işyerine ayrı bir adres verir, örneğin https://firmaniz.oduyo.com.tr/api/v1',
    en: 'Ödüyo gives every merchant its own address, for example https://yourfirm.oduyo.com.tr/api/v1',
  },
  'accounts.form.envHelpPaytr': {
    tr: 'PayTR’nin ayrı bir test sunucusu yoktur: yeni bir mağaza, PayTR canlıya alana kadar test modunda çalışır.',
    en: 'PayTR has no separate test server: a new store runs in test mode until PayTR switches it live.',
  },
  'accounts.form.details': { tr: 'Hesap bilgileri', en: 'Account details' },
  'accounts.form.secrets': { tr: 'Gizli anahtarlar', en: 'Secret keys' },
  'accounts.form.secretsHelp': {
    tr: 'Yalnızca bu bilgisayarın anahtar zincirine kaydedilir ve bir daha gösterilmez.',
    en: "Saved only in this computer's keychain and never shown again.",
  },
  'accounts.form.secretStoredHint': {
    tr: 'Kayıtlı. Değiştirmek için yeni değeri yazın; boş bırakırsanız kayıtlı değer kalır.',
    en: 'Stored. Type a new value to replace it; leave it empty to keep the stored one.',
  },
  'accounts.form.addressChanged': {
    tr: 'Adres değişti: kayıtlı anahtarlar eski adrese bağlıdır, yeni adrese gönderilmez ve silinir. Anahtarları yeni adres için yeniden yazın. Kaydederken PayDesk değişikliği kendi penceresinde ayrıca onaylatır.',
    en: 'The address changed: the stored keys belong to the old address, are never sent to the new one and will be deleted. Type the keys again for the new address. When you save, PayDesk asks you to confirm the change in its own window.',
  },
  'accounts.form.submitAdd': { tr: 'Hesabı ekle', en: 'Add account' },
  'accounts.form.submitEdit': { tr: 'Değişiklikleri kaydet', en: 'Save changes' },
  'accounts.form.hasErrors': { tr: 'Lütfen işaretli alanları düzeltin.', en: 'Please correct the marked fields.' },

  'field.merchantId': { tr: 'Mağaza numarası (merchant_id)', en: 'Merchant number (merchant_id)' },
  'field.merchantIdHelp': {
    tr: 'PayTR Mağaza Paneli › Destek & Kurulum › Entegrasyon Bilgileri',
    en: 'PayTR Merchant Panel › Support & Setup › Integration Details',
  },
  'field.agentId': { tr: 'Bayi kodu (agent_id)', en: 'Agent code (agent_id)' },
  'field.username': { tr: 'Kullanıcı adı', en: 'User name' },
  'field.tokenUrl': { tr: 'Token adresi', en: 'Token address' },
  'field.tokenUrlHelp': {
    tr: 'Boş bırakılırsa İşbank’ın bilinen adresi kullanılır.',
    en: 'When empty, İşbank’s known address is used.',
  },
  'field.scope': { tr: 'Yetki kapsamı (scope)', en: 'Scope' },
  'field.merchantNo': { tr: 'Üye işyeri numarası', en: 'Merchant number' },
  'field.clientCertificate': { tr: 'İstemci sertifikası (PEM)', en: 'Client certificate (PEM)' },
  'field.clientCertificateHelp': {
    tr: 'Yalnızca İşbank karşılıklı TLS istiyorsa gerekir.',
    en: 'Only needed when İşbank asks for mutual TLS.',
  },
  'secret.merchantKey': { tr: 'Mağaza anahtarı (merchant_key)', en: 'Merchant key (merchant_key)' },
  'secret.merchantSalt': { tr: 'Mağaza gizli anahtarı (merchant_salt)', en: 'Merchant salt (merchant_salt)' },
  'secret.secretKey': { tr: 'Gizli anahtar (sck_…)', en: 'Secret key (sck_…)' },
  'secret.password': { tr: 'Şifre', en: 'Password' },
  'secret.apiKey': { tr: 'API anahtarı', en: 'API key' },
  'secret.clientId': { tr: 'İstemci kimliği (client id)', en: 'Client ID' },
  'secret.clientSecret': { tr: 'İstemci sırrı (client secret)', en: 'Client secret' },
  'secret.clientKey': { tr: 'Sertifika özel anahtarı (PEM)', en: 'Certificate private key (PEM)' },

  'validation.labelRequired': { tr: 'Hesap için bir ad yazın.', en: 'Type a name for the account.' },
  'validation.tooLong': { tr: 'Bu alan en fazla {max} karakter olabilir.', en: 'This field can be at most {max} characters.' },
  'validation.required': { tr: 'Bu alan zorunlu.', en: 'This field is required.' },
  'validation.digits': {
    tr: 'Yalnızca rakam yazın (en fazla {max} hane).',
    en: 'Digits only (at most {max}).',
  },
  'validation.url': {
    tr: 'https:// ile başlayan geçerli bir adres yazın (http:// yalnızca bu bilgisayardaki 127.0.0.1 ya da localhost için).',
    en: 'Type a valid address starting with https:// (http:// only for 127.0.0.1 or localhost on this computer).',
  },
  'validation.baseUrlRequired': {
    tr: 'Bu ortam için sunucu adresini yazın.',
    en: 'Type the server address for this environment.',
  },
  'validation.environment': { tr: 'Bu sağlayıcı için bir ortam seçin.', en: 'Choose an environment for this provider.' },
  'validation.secretInvalid': {
    tr: 'Bu değer görünmez kontrol karakterleri içeriyor; panelden yeniden kopyalayın.',
    en: 'This value contains invisible control characters; copy it again from the panel.',
  },
  'validation.generic': { tr: 'Bu alanı kontrol edin.', en: 'Please check this field.' },

  'accounts.remove.title': { tr: '“{label}” kaldırılsın mı?', en: 'Remove “{label}”?' },
  'accounts.remove.body': {
    tr: 'Hesap ve bu bilgisayardaki gizli anahtarları silinir. Sağlayıcıdaki hesabınız ve daha önce oluşturulan linkler etkilenmez.',
    en: 'The account and its secret keys on this computer are deleted. Your account at the provider and links created earlier are not affected.',
  },
  'accounts.remove.confirm': { tr: 'Evet, kaldır', en: 'Yes, remove' },
} as const;
