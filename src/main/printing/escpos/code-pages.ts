/**
 * The upper halves (bytes 0x80–0xFF) of the two code pages Turkish receipt printers have, one
 * character per byte; \ufffd marks a byte the code page leaves undefined. Checked byte for byte
 * against iconv-lite in test/unit/printing/escpos/code-pages.test.ts.
 */
const upperHalves = {
  cp857: 'ÇüéâäàåçêëèïîıÄÅÉæÆôöòûùİÖÜø£ØŞşáíóúñÑĞğ¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ºªÊËÈ\ufffdÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµ\ufffd×ÚÛÙìÿ¯´\u00ad±\ufffd¾¶§÷¸°¨·¹³²■\u00a0',
  cp1254: '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffd\ufffd\ufffd\ufffd‘’“”•–—˜™š›œ\ufffd\ufffdŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĞÑÒÓÔÕÖ×ØÙÚÛÜİŞßàáâãäåæçèéêëìíîïğñòóôõö÷øùúûüışÿ',
} as const;

export type CodePage = keyof typeof upperHalves;

/** Written the way a Turkish slip would write them when the code page lacks the character. */
const substitutes: Readonly<Record<string, string>> = {
  '₺': 'TL',
  '€': 'EUR',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '•': '*',
  '\u00a0': ' ',
  '\u202f': ' ',
};

const byteOf: Record<CodePage, ReadonlyMap<string, number>> = {
  cp857: byteTable('cp857'),
  cp1254: byteTable('cp1254'),
};

function byteTable(codePage: CodePage): Map<string, number> {
  const table = new Map<string, number>();
  // Printable ASCII is the same in both; control bytes are never produced from text.
  for (let byte = 0x20; byte < 0x7f; byte++) table.set(String.fromCharCode(byte), byte);
  [...upperHalves[codePage]].forEach((char, index) => {
    // Undefined bytes, the soft hyphen and the no-break space are not offered: text never needs them.
    if (char !== '\ufffd' && char !== '\u00ad' && char !== '\u00a0') table.set(char, 0x80 + index);
  });
  return table;
}

/**
 * The text as the printer will show it: every character one the code page has, so one character
 * is one byte and one column. ₺ becomes TL, accents the code page lacks are dropped (ā → a), and
 * anything else becomes `?`. Expects text already cleaned of control characters (slip-text.ts).
 */
export function fitToCodePage(text: string, codePage: CodePage): string {
  const table = byteOf[codePage];
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (table.has(char)) out += char;
    else if (substitutes[char] !== undefined) out += [...substitutes[char]].filter((c) => table.has(c)).join('') || '?';
    else {
      const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += bare !== char && [...bare].every((c) => table.has(c)) ? bare : '?';
    }
  }
  return out;
}

/** The bytes of text in the code page; never a byte below 0x20 or 0x7F, whatever the input. */
export function encodeInCodePage(text: string, codePage: CodePage): Uint8Array {
  const table = byteOf[codePage];
  const fitted = fitToCodePage(text, codePage);
  const bytes = new Uint8Array(fitted.length);
  for (let i = 0; i < fitted.length; i++) bytes[i] = table.get(fitted[i] as string) ?? 0x3f;
  return bytes;
}
