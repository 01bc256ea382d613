/** Settings → İşbank account → the generic service form (seed 004). Each entry holds both languages. */
export const serviceFormMessages = {
  'serviceForm.open': { tr: 'Hizmet formu', en: 'Service form' },
  'serviceForm.title': { tr: 'İşbank hizmet formu', en: 'İşbank service form' },
  'serviceForm.intro': {
    tr: 'İşbank’ın bu hizmet için istediği alanları getirir ve doldurduklarınızı hemen kontrol eder.',
    en: 'Fetches the fields İşbank asks for this service and checks what you fill in right away.',
  },
  'serviceForm.serviceId': { tr: 'Hizmet numarası', en: 'Service number' },
  'serviceForm.serviceIdHelp': {
    tr: 'İşbank’ın size verdiği hizmet numarası; harf, rakam, - ve _ olabilir.',
    en: 'The service number İşbank gave you; letters, digits, - and _.',
  },
  'serviceForm.serviceIdInvalid': {
    tr: 'Hizmet numarası 1–40 harf, rakam, - ya da _ olmalıdır.',
    en: 'The service number must be 1–40 letters, digits, - or _.',
  },
  'serviceForm.load': { tr: 'Formu getir', en: 'Load form' },
  'serviceForm.loading': { tr: 'Getiriliyor…', en: 'Loading…' },
  'serviceForm.loadFailed': { tr: 'Form getirilemedi.', en: 'The form could not be loaded.' },
  'serviceForm.formTitle': { tr: 'Hizmet {id}', en: 'Service {id}' },
  'serviceForm.requiredMark': { tr: 'zorunlu', en: 'required' },
  'serviceForm.requiredIfGroup': { tr: 'grup doldurulursa zorunlu', en: 'required if the group is filled' },
  'serviceForm.groupOptional': {
    tr: 'İsteğe bağlı; bir alanını doldurursanız zorunlu alanları da doldurun.',
    en: 'Optional; if you fill any of it, fill its required fields too.',
  },
  'serviceForm.noChoice': { tr: 'Seçilmedi', en: 'Not chosen' },
  'serviceForm.choose': { tr: 'Seçin…', en: 'Choose…' },
  'serviceForm.amount': { tr: 'Tutar', en: 'Amount' },
  'serviceForm.amountHelp': { tr: 'Örneğin 1.250,50', en: 'For example 1.250,50' },
  'serviceForm.amountRange': { tr: 'Kabul edilen tutar: {range}', en: 'Accepted amount: {range}' },
  'serviceForm.amountUnreadable': {
    tr: 'Tutarı rakamla yazın, örneğin 1.250,50.',
    en: 'Type the amount in digits, for example 1.250,50.',
  },
  'serviceForm.currency': { tr: 'Para birimi', en: 'Currency' },
  'serviceForm.check': { tr: 'Kontrol et', en: 'Check' },
  'serviceForm.hasErrors': {
    tr: 'Lütfen işaretli alanları düzeltin. İlk sorunlu alana götürüldünüz.',
    en: 'Please correct the marked fields. You were taken to the first one.',
  },
  'serviceForm.summaryTitle': { tr: 'Gönderilecek bilgiler', en: 'What would be sent' },
  'serviceForm.summaryIntro': {
    tr: 'Form geçerli. Ödeme yapıldığında İşbank’a şunlar gönderilecek:',
    en: 'The form is valid. When paying, this is what İşbank would receive:',
  },
  'serviceForm.summaryService': { tr: 'Hizmet numarası', en: 'Service number' },
  'serviceForm.pay': { tr: 'Öde', en: 'Pay' },
  'serviceForm.payNotYet': {
    tr: 'Hizmet ödemesi henüz yapılamaz: giden kutusu ile birlikte gelecek (istek bir kez, kaydı tutularak gönderilsin diye). Şimdilik hiçbir şey gönderilmedi.',
    en: 'Paying a service is not available yet: it arrives with the outbox (so the request is sent once, with a record kept). Nothing has been sent.',
  },
} as const;
