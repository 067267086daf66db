/** The schema title of a path such as `/tiers/*\/targets/*\/response`, if the schema gives one. */
export declare function schemaTitle(path: string): string | undefined;
