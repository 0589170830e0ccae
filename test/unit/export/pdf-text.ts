import { readFileSync } from 'node:fs';

export interface PdfPage {
  /** Width and height in points, as the page's view box says. */
  size: [number, number];
  /** The page's text in drawing order, every run of whitespace (line ends included) one space. */
  text: string;
  /** Fonts the page draws with, and whether each one's font file is inside the PDF. */
  fonts: { name: string; embedded: boolean }[];
}

/**
 * Reads a PDF as a reader would, with pdf.js (the engine in Firefox). The legacy build is the
 * one meant for Node; it is ESM-only, hence the dynamic import. Without a worker URL pdf.js
 * runs its "fake worker" in this process, which is what its Node examples do;
 * `disableFontFace` because there is no DOM to install fonts into.
 */
export async function readPdf(file: string): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(file)),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      // Fonts are loaded (into commonObjs) while the operator list is built.
      const operators = await page.getOperatorList();
      const names = new Set<string>();
      operators.fnArray.forEach((fn, i) => {
        if (fn === pdfjs.OPS.setFont) names.add((operators.argsArray[i] as [string])[0]);
      });
      const fonts = [...names].map((id) => {
        const font = page.commonObjs.get(id) as { name: string; missingFile: boolean };
        return { name: font.name, embedded: !font.missingFile };
      });
      pages.push({ size: [x1 - x0, y1 - y0], text, fonts });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
