import { describe, expect, it } from 'vitest';
import { csvLine, fromSpreadsheetSafe, spreadsheetSafe } from '../../../../electron/services/import/csv-text';

describe('spreadsheet-safe CSV cells', () => {
  it('turns formula-like text into text a spreadsheet will not run', () => {
    expect(spreadsheetSafe('=HYPERLINK("http://evil.example","click")')).toBe(
      '\'=HYPERLINK("http://evil.example","click")',
    );
    expect(spreadsheetSafe('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetSafe('-2+3+cmd|calc')).toBe("'-2+3+cmd|calc");
    expect(spreadsheetSafe('\tinfo')).toBe("'\tinfo");
  });

  it('leaves plain numbers, E.164 phones and ordinary text alone', () => {
    expect(spreadsheetSafe('+4915123456789')).toBe('+4915123456789');
    expect(spreadsheetSafe('-12.5')).toBe('-12.5');
    expect(spreadsheetSafe('ada@example.com')).toBe('ada@example.com');
    expect(spreadsheetSafe("it's fine")).toBe("it's fine");
  });

  it('reads back exactly what it wrote', () => {
    for (const value of ['=1+1', '@x', '+49151', "'quoted already", 'plain', "'=still a formula"]) {
      expect(fromSpreadsheetSafe(spreadsheetSafe(value))).toBe(value);
    }
  });

  it('applies to every line the app writes', () => {
    expect(csvLine(['c1', '=cmd|calc', 'a,b'])).toBe('c1,\'=cmd|calc,"a,b"');
  });
});
