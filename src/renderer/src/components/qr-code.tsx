import { create, type QRCodeErrorCorrectionLevel } from 'qrcode';
import { useMemo } from 'react';

interface QrCodeProps {
  value: string;
  /** Rendered width and height in CSS units (px by default; `mm` for slips). */
  size: number;
  unit?: 'px' | 'mm';
  /** M by default: survives a crumpled slip, keeps the symbol small enough to scan from a screen. */
  errorCorrection?: QRCodeErrorCorrectionLevel;
  /** Light modules around the symbol; the standard asks for 4. */
  quietZone?: number;
  label: string;
}

/** The dark modules as one SVG path (one element, however long the URL). */
function modulePath(value: string, level: QRCodeErrorCorrectionLevel, quietZone: number): { path: string; extent: number } {
  const { modules } = create(value, { errorCorrectionLevel: level });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + quietZone} ${row + quietZone}h1v1h-1z`);
    }
  }
  return { path: parts.join(''), extent: modules.size + quietZone * 2 };
}

/** A QR code drawn as SVG (no canvas, no data URL: nothing the CSP has to allow). */
export function QrCode({ value, size, unit = 'px', errorCorrection = 'M', quietZone = 4, label }: QrCodeProps) {
  const { path, extent } = useMemo(() => modulePath(value, errorCorrection, quietZone), [value, errorCorrection, quietZone]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={`${size}${unit}`}
      height={`${size}${unit}`}
      viewBox={`0 0 ${extent} ${extent}`}
      shapeRendering="crispEdges"
      data-qr-value={value}
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
