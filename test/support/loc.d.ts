/** The AMD loc files as CommonJS modules in jest (see amdTransform.js). */
declare module '*/loc/fi-fi.js' {
  const strings: ISalkkuStrings;
  export = strings;
}
declare module '*/loc/sv-se.js' {
  const strings: ISalkkuStrings;
  export = strings;
}
declare module '*/loc/en-us.js' {
  const strings: ISalkkuStrings;
  export = strings;
}
