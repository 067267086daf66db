export declare function jsonText(value: unknown, indent?: number): string;
