import { toString } from 'qrcode';

/**
 * An address as a QR code image: `qrcode` draws it as SVG, our own markup from a URL we know,
 * shown through `<img src="data:…">` (the CSP's img-src allows data:), where an SVG can never
 * run script whatever it held.
 */
export async function qrImageUrl(text: string): Promise<string> {
  const svg = await toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
