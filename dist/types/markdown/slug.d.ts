export interface HeadingSlugger {
    /** The anchor of the next heading with this text (plain text, as the heading reads). */
    slug(text: string): string;
}
export declare function createHeadingSlugger(): HeadingSlugger;
