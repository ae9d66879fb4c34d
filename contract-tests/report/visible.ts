/**
 * What a target sent, made safe for a terminal. An error page may hold escape sequences (ESC ] 0 ; title BEL
 * retitles the window, ESC [ ... m recolours or hides text, a C1 CSI does the same in one character, bidi
 * overrides reorder a line); printed raw, a target could rewrite what the user sees. Each such character is
 * shown as its escape (`\x1b`, `\u202e`). Line feeds and tabs stay: the reports lay lines out with them.
 */

// C0 controls but tab and line feed, DEL and C1, line/paragraph separators, bidi embeddings/overrides/isolates
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character replaced by its escape. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
