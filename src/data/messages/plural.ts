/** The plural forms a message may give; `other` is required (Chinese needs nothing else). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the form for `count` by the language's plural rules (Intl.PluralRules). */
export type Plural = (count: number, forms: PluralForms) => string;
