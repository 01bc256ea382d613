/**
 * The "payment received" chime: two short sine notes (E6 then A6) with soft edges, 0.36 s of
 * 16-bit mono PCM at 22,050 Hz in a WAV file. Deterministic, so a test can check the committed
 * file is what this makes.
 */
export const CHIME_PATH = 'resources/sounds/paid-chime.wav';

const RATE = 22_050;
const NOTES = [
  { hz: 1318.5, seconds: 0.14 },
  { hz: 1760, seconds: 0.22 },
];
const VOLUME = 0.45;

export function chimeWav(): Buffer {
  const samples: number[] = [];
  for (const { hz, seconds } of NOTES) {
    const count = Math.round(RATE * seconds);
    for (let i = 0; i < count; i++) {
      // A quick attack and an exponential fade, so neither note clicks.
      const attack = Math.min(1, i / (RATE * 0.005));
      const fade = Math.exp((-4 * i) / count) * Math.min(1, (count - i) / (RATE * 0.01));
      samples.push(Math.round(Math.sin((2 * Math.PI * hz * i) / RATE) * attack * fade * VOLUME * 32_767));
    }
  }
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(s, i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // PCM format chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
