// UTF-16 index → code point offset, 1-based line and column (in code points).
//
// The output contract counts code points; JavaScript strings index UTF-16 units. They differ after
// a character beyond U+FFFF (CJK Extension B, emoji). This is the one place that converts.

export interface Position {
  /** Code point offset. */
  offset: number;
  line: number;
  /** 1-based, in code points. */
  column: number;
}

export class Positioner {
  private readonly text: string;
  private readonly astral: boolean;
  // Cursor: positions are usually asked for in increasing order, so each call continues from the last.
  private index = 0;
  private offset = 0;
  private line = 1;
  private lineStartOffset = 0;

  constructor(text: string) {
    this.text = text;
    this.astral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
  }

  at(index: number): Position {
    if (index < this.index) this.reset();
    const t = this.text;
    while (this.index < index && this.index < t.length) {
      const c = t.charCodeAt(this.index);
      if (c === 0x0a) {
        this.line++;
        this.index++;
        this.offset++;
        this.lineStartOffset = this.offset;
        continue;
      }
      if (this.astral && c >= 0xd800 && c <= 0xdbff && this.index + 1 < t.length) {
        const d = t.charCodeAt(this.index + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.index += 2;
          this.offset++;
          continue;
        }
      }
      this.index++;
      this.offset++;
    }
    return { offset: this.offset, line: this.line, column: this.offset - this.lineStartOffset + 1 };
  }

  /** Code point offset only (cheaper to read when the line is not wanted). */
  offsetOf(index: number): number {
    if (!this.astral) return index;
    return this.at(index).offset;
  }

  private reset(): void {
    this.index = 0;
    this.offset = 0;
    this.line = 1;
    this.lineStartOffset = 0;
  }
}

/** Code point length of a string. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
