/** The "payment received" alert, the history row of a payment not yet seen, and its Settings switch. */
export const paidAlertMessages = {
  'paidAlert.region': { tr: 'Alınan ödemeler', en: 'Payments received' },
  'paidAlert.title': { tr: 'Ödeme alındı', en: 'Payment received' },
  'paidAlert.show': { tr: 'Göster', en: 'Show' },
  'paidAlert.close': { tr: 'Uyarıyı kapat', en: 'Close alert' },
  'paidAlert.more': { tr: '+{count} ödeme daha', en: '+{count} more payment(s)' },
  'paidAlert.escHint': { tr: 'Esc en yeni uyarıyı kapatır.', en: 'Esc closes the newest alert.' },
  'paidAlert.rowBadge': { tr: 'Yeni ödeme', en: 'New payment' },
  'settings.paidAlert.title': { tr: 'Ödeme alındı uyarısı', en: 'Payment received alert' },
  'settings.paidAlert.help': {
    tr: 'Bir link ödendiğinde ekranda tutar ve müşteriyle bir uyarı, masaüstü bildirimi çıkar ve Geçmiş’te satır açılana kadar vurgulanır.',
    en: 'When a link is paid, an on-screen alert with the amount and the customer and a desktop notification appear, and its History row stays highlighted until opened.',
  },
  'settings.paidAlert.sound': { tr: 'Ödeme alındığında kısa bir ses çal', en: 'Play a short sound when a payment is received' },
} as const;
