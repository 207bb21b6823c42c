/** The AMD loc files, served as ES modules by the preview's Vite plugin. */
declare module '*/loc/fi-fi.js' {
  const strings: ISalkkuStrings;
  export default strings;
}
declare module '*/loc/sv-se.js' {
  const strings: ISalkkuStrings;
  export default strings;
}
declare module '*/loc/en-us.js' {
  const strings: ISalkkuStrings;
  export default strings;
}
