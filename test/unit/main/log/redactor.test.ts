import { describe, expect, it } from 'vitest';
import { luhnValid, maskCardNumbers } from '../../../../src/main/log/card-numbers';
import { Redactor } from '../../../../src/main/log/redactor';

const VISA = '4111111111111111';
const AMEX = '378282246310005'; // 15 digits
const MAESTRO_19 = '6759649826438453003'; // 19 digits, Luhn-valid
const TROY = '9792030394440796'; // Turkish domestic scheme

describe('Luhn', () => {
  it('accepts real test card numbers and refuses one digit off', () => {
    for (const pan of [VISA, AMEX, MAESTRO_19, TROY, '5555555555554444']) expect(luhnValid(pan), pan).toBe(true);
    for (const pan of ['4111111111111112', '378282246310006', '1234567890123']) expect(luhnValid(pan), pan).toBe(false);
  });
});

describe('card numbers', () => {
  it('masks 13–19 digit Luhn-valid runs to first six and last four', () => {
    expect(maskCardNumbers(`kart ${VISA} ile`)).toBe('kart 411111******1111 ile');
    expect(maskCardNumbers(`amex=${AMEX};`)).toBe('amex=378282******0005;');
    expect(maskCardNumbers(MAESTRO_19)).toBe('675964******3003');
    expect(maskCardNumbers(`"pan":"${TROY}"`)).toBe('"pan":"979203******0796"');
  });

  it('masks grouped numbers (spaces or dashes) and numbers glued to letters', () => {
    expect(maskCardNumbers('4111 1111 1111 1111')).toBe('411111******1111');
    expect(maskCardNumbers('4111-1111-1111-1111.')).toBe('411111******1111.');
    expect(maskCardNumbers(`card${VISA}x`)).toBe('card411111******1111x');
  });

  it('finds the card inside a longer grouped run', () => {
    expect(maskCardNumbers('4111 1111 1111 1111 12')).toBe('411111******1111 12');
    expect(maskCardNumbers('99 4111 1111 1111 1111')).toBe('99 411111******1111');
  });

  it('leaves other numbers alone: timestamps, amounts, phones, longer ids, non-Luhn runs', () => {
    for (const text of [
      '1732262400000', // epoch milliseconds (13 digits, not Luhn-valid)
      '4111111111111112',
      '+905321234567',
      '125050',
      '41111111111111111111111', // 23 digits: not a card
      '2025-11-22T08:20:24.000Z',
    ]) {
      expect(maskCardNumbers(text), text).toBe(text);
    }
  });
});

describe('Redactor', () => {
  it('masks registered secrets, also JSON-escaped and URL-encoded', () => {
    const r = new Redactor();
    r.register('s3cr"et/salt+1');
    expect(r.redact('key s3cr"et/salt+1 end')).toBe('key [secret] end');
    expect(r.redact(JSON.stringify({ note: 'x s3cr"et/salt+1' }))).not.toContain('s3cr');
    expect(r.redact(`body=${encodeURIComponent('s3cr"et/salt+1')}`)).not.toContain('s3cr');
  });

  it('masks a secret as a form body, PHP or ASCII-only JSON and JSON inside JSON carry it', () => {
    const secret = `Gü/zel "p@ss"!(x)*~'`;
    const r = new Redactor();
    r.register(secret);
    const carried = [
      new URLSearchParams({ merchant: secret }).toString(), // spaces as +, ! ( ) ' escaped
      `x=${encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}`, // lower-case hex escapes
      JSON.stringify({ note: secret }).replaceAll('/', '\\/'), // PHP's json_encode escapes slashes
      JSON.stringify({ note: secret }).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      JSON.stringify({ data: JSON.stringify({ note: secret }) }), // Ödüyo's double-encoded data
    ];
    for (const text of carried) {
      const out = r.redact(text);
      expect(out, text).toContain('[secret]');
      expect(out, text).not.toMatch(/p(@|%40)ss/i);
    }
    expect(r.containsSecret(carried[0]!)).toBe(true);
  });

  it('masks short secrets too, but only as whole words (never inside another word or number)', () => {
    const r = new Redactor();
    r.register('7Kq');
    r.register('4821');
    expect(r.redact('pin 4821, key 7Kq.')).toBe('pin [secret], key [secret].');
    expect(r.redact('{"k":"7Kq"}')).toBe('{"k":"[secret]"}');
    // A number that is a secret becomes a string: the JSON log line stays JSON.
    expect(JSON.parse(r.redact(JSON.stringify({ pin: 4821, list: [1, 4821], note: 'pin 4821' })))).toEqual({
      pin: '[secret]',
      list: [1, '[secret]'],
      note: 'pin [secret]',
    });
    expect(r.redact('7Kqx a7Kq 148213 amount 48210')).toBe('7Kqx a7Kq 148213 amount 48210');
    expect(r.containsSecret('{"pin":"4821"}')).toBe(true);
    expect(r.containsSecret('{"ref":"PD48217"}')).toBe(false);
    r.register('');
    expect(r.redact('empty stays')).toBe('empty stays');
  });

  it('masks a longer secret whole even when a shorter one is inside it', () => {
    const r = new Redactor();
    r.register('abcdef');
    r.register('abcdef-123456');
    expect(r.redact('x abcdef-123456 y')).toBe('x [secret] y');
  });

  it('masks values under secret names in JSON, keeping the JSON valid', () => {
    const r = new Redactor();
    const json = JSON.stringify({
      merchant_key: 'K1',
      merchant_salt: 'S1',
      paytr_token: 'T1',
      access_token: 'A1',
      SESSION_ID: 'O1',
      session_id: 12345,
      secretKey: 'P1',
      password: 'W1',
      client_secret: 'C1',
      'X-IBM-Client-Secret': 'I1',
      headers: { Authorization: 'Basic c2NrX2FiYzo=' },
      amount: 125050,
      description: 'Çay takımı',
    });
    const out = r.redact(json);
    for (const value of ['K1', 'S1', 'T1', 'A1', 'O1', '12345', 'P1', 'W1', 'C1', 'I1', 'c2NrX2FiYzo']) {
      expect(out, value).not.toContain(value);
    }
    const parsed = JSON.parse(out) as Record<string, unknown>;
    expect(parsed.amount).toBe(125050);
    expect(parsed.description).toBe('Çay takımı');
    expect(parsed.merchant_key).toBe('[redacted]');
  });

  it('masks authorization headers, bearer tokens, query strings and form bodies', () => {
    const r = new Redactor();
    expect(r.redact('Authorization: Bearer eyJhbGciOi.payload.sig')).toBe('Authorization: Bearer [redacted]');
    expect(r.redact('authorization=Basic dXNlcjpwYXNz')).toBe('authorization=Basic [redacted]');
    expect(r.redact('GET /x?token=abc123&page=2')).toBe('GET /x?token=[redacted]&page=2');
    expect(r.redact('merchant_id=1&paytr_token=Zm9vYmFy&page=2')).toBe('merchant_id=1&paytr_token=[redacted]&page=2');
    expect(r.redact('key sck_live_ABCdef123')).toBe('key sck_[redacted]');
  });

  it('masks quoted values under secret names, with or without spaces inside', () => {
    const r = new Redactor();
    expect(r.redact('login password="hunter 2;x" user=ali')).toBe('login password="[redacted]" user=ali');
    expect(r.redact("secret = 'a b c', next")).toBe("secret = '[redacted]', next");
    expect(r.redact('token: "esc\\"aped" done')).toBe('token: "[redacted]" done');
  });

  it('masks values under names written with spaces', () => {
    const r = new Redactor();
    expect(r.redact('api key: AKIA123 merchant key=mk1 Client Id: cid9 session id=sid7')).toBe(
      'api key: [redacted] merchant key=[redacted] Client Id: [redacted] session id=[redacted]',
    );
    const out = r.redact(JSON.stringify({ 'Merchant Key': 'mk1', 'Shop API key': 'ak2', 'private key': 'pk3', note: 'api keyboard' }));
    expect(JSON.parse(out)).toEqual({ 'Merchant Key': '[redacted]', 'Shop API key': '[redacted]', 'private key': '[redacted]', note: 'api keyboard' });
  });

  it('masks values under Turkish names (şifre, parola), in any case', () => {
    const r = new Redactor();
    expect(r.redact('şifre=gizli1 Şifre: gizli2 ŞİFRE: gizli3 sifre=gizli4 parola=gizli5 PAROLA="gizli 6"')).toBe(
      'şifre=[redacted] Şifre: [redacted] ŞİFRE: [redacted] sifre=[redacted] parola=[redacted] PAROLA="[redacted]"',
    );
    const out = r.redact(JSON.stringify({ şifre: 'g1', 'Kullanıcı Şifresi': 'g2', kullanıcı_parolası: 'g3', açıklama: 'Şifreli kasa' }));
    expect(JSON.parse(out)).toEqual({ şifre: '[redacted]', 'Kullanıcı Şifresi': '[redacted]', kullanıcı_parolası: '[redacted]', açıklama: 'Şifreli kasa' });
  });

  it("masks customers' e-mail addresses and phone numbers in every usual form", () => {
    const r = new Redactor();
    const text = 'to ayse.yilmaz+shop@example.com.tr, +905321234567, 05321234567, 5321234567, 0532 123 45 67, +90 532 123 45 67, +4915112345678';
    expect(r.redact(text)).toBe('to [e-mail], [phone], [phone], [phone], [phone], [phone], [phone]');
    // Amounts, references, dates and ids stay.
    for (const keep of ['125050', 'PD0123456789ABCDEF', '2025-11-22T08:20:24.000Z', 'acc_0123456789abcdef', '212 555 1234']) {
      expect(r.redact(keep), keep).toBe(keep);
    }
  });

  it('stays linear on a long unbroken token such as a base64 body', () => {
    const r = new Redactor();
    r.register('merchant-key-XYZ');
    const body = 'QUJD'.repeat(25_000);
    const started = performance.now();
    expect(r.redact(`pdf=${body}x`)).toBe(`pdf=${body}x`);
    expect(performance.now() - started).toBeLessThan(2_000); // quadratic: about half a minute
  });

  it('tells whether a text holds a registered secret', () => {
    const r = new Redactor();
    r.register('merchant-key-XYZ');
    expect(r.containsSecret('{"label":"merchant-key-XYZ"}')).toBe(true);
    expect(r.containsSecret('{"label":"Dükkân"}')).toBe(false);
  });

  it('masks card numbers in everything it redacts', () => {
    const r = new Redactor();
    expect(r.redactValue({ note: `kart ${VISA}` })).toBe('{"note":"kart 411111******1111"}');
  });

  it('redacts errors including their message and stack', () => {
    const r = new Redactor();
    r.register('very-secret-value');
    const error = new Error('failed with very-secret-value');
    const out = r.redactValue(error);
    expect(out).toContain('Error: failed with [secret]');
    expect(out).not.toContain('very-secret-value');
  });

  it('never throws on values JSON cannot represent', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(new Redactor().redactValue(cyclic)).toBe('[unserialisable]');
  });
});
