// Terminal safety: text from a document must not move the cursor, recolour or rewrite the user's
// terminal. Control characters (C0, DEL, C1) and bidirectional overrides are shown as escapes.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function safeForTerminal(s: string): string {
  return s.replace(UNSAFE, (c) => {
    if (c === '\n') return '⏎';
    if (c === '\t') return ' ';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
