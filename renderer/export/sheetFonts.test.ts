import { describe, expect, it } from 'vitest';
import { fontFaceCss, withStyle } from './sheetFonts';

describe('fonts inside the drawn sheet', () => {
  it('puts a <style> first inside the root element, after the XML declaration', () => {
    const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><rect/></svg>';
    expect(withStyle(svg, 'x{}')).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><style>x{}</style><rect/></svg>');
    expect(withStyle(svg, '')).toBe(svg);
    expect(withStyle('not svg', 'x{}')).toBe('not svg');
  });

  it('declares each face with its weight and, for subsets, its characters', () => {
    const css = fontFaceCss([
      { family: 'Noto Sans', weight: 700, src: 'data:font/ttf;base64,AA==' },
      { family: 'DejaVu Sans', weight: 400, unicodeRange: 'U+2190-21FF', src: 'data:font/ttf;base64,AQ==' },
    ]);
    expect(css).toBe(
      "@font-face{font-family:'Noto Sans';font-style:normal;font-weight:700;src:url(data:font/ttf;base64,AA==) format('truetype')}" +
        "@font-face{font-family:'DejaVu Sans';font-style:normal;font-weight:400;unicode-range:U+2190-21FF;src:url(data:font/ttf;base64,AQ==) format('truetype')}",
    );
  });
});
