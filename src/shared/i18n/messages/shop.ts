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
  'shop.resolve-gone': { tr: 'Dükkânın kuyruğunda bu link artık yok.', en: 'This link is no longer in the shop’s queue.' },
  'shop.resolve-again': { tr: 'Karar kaydedilemedi; yeniden deneyin.', en: 'The decision could not be saved; try again.' },
  'shop.resolve-decided': {
    tr: 'Başka bir kasa bu link için farklı karar verdi; bu bilgisayar da ona uydu.',
    en: 'Another counter decided otherwise for this link; this computer followed it.',
  },
  'shop.confirm.cancel': { tr: 'Vazgeç', en: 'Cancel' },
  'shop.confirm.ok': { tr: 'Bağlan', en: 'Connect' },
  'settings.counters.title': { tr: 'Birden çok kasa', en: 'Several counters' },
  'settings.counters.intro': {
    tr: 'Tek bilgisayar için bir şey yapmanız gerekmez. Dükkânda birden çok kasa varsa hepsi aynı linkleri, durumları ve müşterileri görür; bağlantı yokken her kasa çalışmaya devam eder. Sağlayıcı anahtarları paylaşılmaz: her bilgisayar kendi anahtarlarını saklar.',
    en: 'One computer needs nothing here. With several counters, every counter sees the same links, statuses and customers, and each keeps working without the connection. Provider keys are never shared: each computer keeps its own.',
  },
  'settings.counters.url': { tr: 'Sunucu adresi', en: 'Server address' },
  'settings.counters.urlHelp': {
    tr: 'Dükkânın sunucusunu kuran kişinin verdiği adres (postgres://…).',
    en: 'The address whoever set up the shop’s server gave you (postgres://…).',
  },
  'settings.counters.password': { tr: 'Parola', en: 'Password' },
  'settings.counters.passwordHelp': {
    tr: 'Sunucuyu kuran kişinin verdiği parola. Yalnızca bu bilgisayarın anahtar zincirinde saklanır, burada bir daha gösterilmez.',
    en: 'The password whoever set up the server gave you. It is kept only in this computer’s keychain and never shown here again.',
  },
  'settings.counters.counterName': { tr: 'Bu kasanın adı', en: 'This counter’s name' },
  'settings.counters.defaultName': { tr: 'Kasa 1', en: 'Counter 1' },
  'settings.counters.join': { tr: 'Bağlan', en: 'Connect' },
  'settings.counters.joining': { tr: 'Bağlanıyor…', en: 'Connecting…' },
  'settings.counters.server': { tr: 'Sunucu', en: 'Server' },
  'settings.counters.shopRole': { tr: 'Dükkân', en: 'Shop' },
  'settings.counters.leave': { tr: 'Bu kasayı dükkândan ayır', en: 'Take this counter out of the shop' },
  'settings.counters.leaveConfirm.title': { tr: 'Bu kasa dükkândan ayrılsın mı?', en: 'Take this counter out of the shop?' },
  'settings.counters.leaveConfirm.body': {
    tr: 'Paylaşım durur ve dükkânın parolası bu bilgisayardan silinir. Bu bilgisayardaki hiçbir link ya da müşteri silinmez.',
    en: 'Sharing stops and the shop’s password is deleted from this computer. No link or customer on this computer is deleted.',
  },
  'settings.counters.leaveConfirm.ok': { tr: 'Ayır', en: 'Take it out' },
  'shop.state.online': { tr: 'Bağlı — son eşitleme {time}', en: 'Connected — last synced {time}' },
  'shop.state.connecting': { tr: 'Bağlanıyor…', en: 'Connecting…' },
  'shop.state.offline': {
    tr: 'Bağlantı yok — son eşitleme {time}; bu kasa çalışmaya devam ediyor',
    en: 'No connection — last synced {time}; this counter keeps working',
  },
  'shop.state.never': { tr: 'henüz yok', en: 'not yet' },
  'shop.state.refused': { tr: 'Sunucu bu kasayı kabul etmedi', en: 'The server did not accept this counter' },
  'shop.state.refusedBecause': { tr: 'Sunucu bu kasayı kabul etmedi: {problem}', en: 'The server did not accept this counter: {problem}' },
  'shop.pending': { tr: '{count} değişiklik gönderilmeyi bekliyor', en: '{count} changes waiting to be sent' },
  'shop.paidReports': {
    tr: 'Ödemeler sağlayıcılardan kendiliğinden bildiriliyor.',
    en: 'The providers report payments by themselves.',
  },
  'shop.indicator.online': { tr: 'Son eşitleme {time}', en: 'Last synced {time}' },
  'shop.indicator.offline': { tr: 'Bağlantı yok · {time}', en: 'Offline · {time}' },
  'shop.indicator.open': { tr: 'Birden çok kasa ayarlarını aç', en: 'Open the several counters settings' },
  'detail.counter': { tr: 'Kasa', en: 'Counter' },
  'history.row.counter': { tr: 'Kasa: {counter}', en: 'Counter: {counter}' },
  'pending.shop.title': { tr: 'Dükkânın kuyruğunda', en: 'In the shop’s queue' },
  'pending.shop.body': {
    tr: 'Açık olan ve bu hesabın anahtarları bulunan bir kasa linki oluşturacak; oluşunca Geçmiş’te görünür.',
    en: 'An open counter holding this account’s keys will create the link; it shows in History once made.',
  },
  'shop.queue.title': { tr: 'Dükkânın kuyruğunda ({count})', en: 'In the shop’s queue ({count})' },
  'shop.queue.intro': {
    tr: 'Herhangi bir açık kasanın oluşturacağı linkler. “Bilinmiyor” olanlar, yanıtı kaybolan bir kasada kaldı: kendiliğinden tekrar gönderilmez; sağlayıcının panelinden kontrol edip karar verin.',
    en: 'Links any open counter will create. “Unknown” ones were with a counter whose answer was lost: they are never sent again by themselves; check the provider’s panel and decide.',
  },
  'shop.queue.state.queued': { tr: 'Sırada', en: 'Queued' },
  'shop.queue.state.sending': { tr: 'Bir kasada oluşturuluyor', en: 'Being created at a counter' },
  'shop.queue.state.failed': { tr: 'Sağlayıcı kabul etmedi', en: 'Refused by the provider' },
  'shop.queue.state.unknown': { tr: 'Bilinmiyor', en: 'Unknown' },
  'shop.queue.unknown': {
    tr: 'Bir kasa bu linki oluştururken yanıt alamadı; sağlayıcıya ulaşmış olabilir. Önce sağlayıcının panelinden kontrol edin. Kararınız bütün kasalar için geçerlidir.',
    en: 'A counter got no answer while creating this link; it may have reached the provider. Check the provider’s panel first. Your decision holds for every counter.',
  },
  'shop.queue.state.cancelled': { tr: 'İptal edildi', en: 'Cancelled' },
  'newLink.toShop': { tr: 'Dükkânın kuyruğuna bırak', en: 'Leave it to the shop' },
  'newLink.toShopHelp': {
    tr: 'Açık olan ve bu hesabın anahtarları bulunan herhangi bir kasa bir kez oluşturur; bu bilgisayarı kapatabilirsiniz.',
    en: 'Any open counter holding this account’s keys creates it, once; you may close this computer.',
  },
  'shop.server.confirm.message': {
    tr: 'Bu bilgisayar dükkânın sunucusu olsun mu?',
    en: 'Make this computer the shop’s server?',
  },
  'shop.server.confirm.detail': {
    tr: 'PayDesk açıkken bu bilgisayarda dükkânın veritabanı (PostgreSQL) çalışır ve dükkânın ağındaki diğer kasalar buna bağlanır. Bu bilgisayar kapalıyken diğer kasalar kendi verileriyle çalışmaya devam eder. Sağlayıcı anahtarları paylaşılmaz.',
    en: 'While PayDesk is open, the shop’s database (PostgreSQL) runs on this computer and the other counters on the shop’s network connect to it. While this computer is off, the other counters keep working with their own data. Provider keys are never shared.',
  },
  'shop.server.confirm.ok': { tr: 'Sunucu yap', en: 'Make it the server' },
  'shop.server.start-failed': {
    tr: 'Dükkân sunucusu başlatılamadı. PayDesk’i yeniden başlatın; sorun sürerse Ayarlar’dan tanılama raporu gönderin.',
    en: 'The shop server could not be started. Restart PayDesk; if it persists, send a diagnostics report from Settings.',
  },
  'shop.server.not-host': {
    tr: 'Bu bilgisayar dükkân sunucusu değil; kodu sunucu olan bilgisayardan alın.',
    en: 'This computer is not the shop server; get the code on the computer that is.',
  },
  'shop.server.keychain-lost': {
    tr: 'Sunucunun parolaları bu bilgisayarın anahtar zincirinde bulunamadı; yeni kod verilemiyor.',
    en: 'The server’s passwords are not in this computer’s keychain; no new code can be given.',
  },
  'shop.pair.address-unreadable': {
    tr: 'Sunucu adresi okunamadı. Sunucu bilgisayarda görünen adresi yazın, örneğin 192.168.1.20:5432.',
    en: 'The server address could not be read. Type the address shown on the server computer, e.g. 192.168.1.20:5432.',
  },
  'shop.pair.code-unreadable': {
    tr: 'Kod 11 karakterdir, örneğin ABCD-EFGH-JKM.',
    en: 'The code has 11 characters, e.g. ABCD-EFGH-JKM.',
  },
  'shop.pair.code-wrong': {
    tr: 'Kod kabul edilmedi: yanlış, kullanılmış ya da süresi geçmiş. Sunucu bilgisayardan yeni bir kod alın.',
    en: 'The code was not accepted: wrong, already used or expired. Get a new code on the server computer.',
  },
  'settings.shopServer.title': { tr: 'Dükkân sunucusu', en: 'Shop server' },
  'settings.shopServer.intro': {
    tr: 'Kasalardan biri dükkânın sunucusu olur; diğerleri sunucunun adresini ve ekranında görünen kodu yazarak katılır.',
    en: 'One counter becomes the shop’s server; the others join by typing its address and the code shown on its screen.',
  },
  'settings.shopServer.host': { tr: 'Bu bilgisayarı dükkân sunucusu yap', en: 'Make this computer the shop server' },
  'settings.shopServer.hosting': { tr: 'Sunucu hazırlanıyor…', en: 'Preparing the server…' },
  'settings.shopServer.address': { tr: 'Sunucu adresi', en: 'Server address' },
  'shop.hosting.title': { tr: 'Bu bilgisayar dükkânın sunucusu', en: 'This computer is the shop’s server' },
  'shop.hosting.intro': {
    tr: 'Diğer kasalar Ayarlar’daki “Kodla katıl” bölümüne bu adresi ve bir eşleştirme kodu yazar. PayDesk burada açık kaldıkça bağlanabilirler.',
    en: 'Other counters type this address and a pairing code under “Join with a code” in Settings. They can connect while PayDesk is open here.',
  },
  'shop.hosting.address': { tr: 'Kasaların yazacağı adres', en: 'Address the counters type' },
  'shop.hosting.code': { tr: 'Eşleştirme kodu', en: 'Pairing code' },
  'shop.hosting.codeValid': {
    tr: 'Kod tek bir kasa için bir kez kullanılır ve 15 dakika geçerlidir: {time} saatine kadar.',
    en: 'The code works once, for one counter, for 15 minutes: until {time}.',
  },
  'shop.hosting.newCode': { tr: 'Yeni eşleştirme kodu', en: 'New pairing code' },
  'shop.hosting.asking': { tr: 'Kod hazırlanıyor…', en: 'Preparing a code…' },
  'settings.shopServer.joinTitle': { tr: 'Kodla katıl', en: 'Join with a code' },
  'settings.shopServer.joinAddressHelp': {
    tr: 'Sunucu bilgisayarın ekranında görünen adres, örneğin 192.168.1.20:5432.',
    en: 'The address shown on the server computer’s screen, e.g. 192.168.1.20:5432.',
  },
  'settings.shopServer.joinCode': { tr: 'Kod', en: 'Code' },
  'settings.shopServer.join': { tr: 'Kodla katıl', en: 'Join with the code' },
  'settings.shopServer.joining': { tr: 'Katılıyor…', en: 'Joining…' },
} as const;
