// opencc-js ships its dictionaries as ES modules whose default export is one string:
// `from to|from to|...`. Its `exports` map allows importing them one by one.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
