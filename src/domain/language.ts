/** The product's three languages and text given in all of them. */

export interface LocalizedText {
  fi: string;
  sv: string;
  en: string;
}

export type Language = keyof LocalizedText;

export const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];
