/** Raw JSON or bytes put at a path of a request body (see README.md). */
export type Expansion =
  | { path: string; nest: number }
  | { path: string; repeat: string; times: number }
  | { path: string; bytes: string };

/** A part of a multipart body: text (JSON or as is), or a file (beside the cases, or zero bytes). */
export type MultipartPart =
  | { name: string; body: unknown }
  | { name: string; text: string }
  | { name: string; file: string }
  | { name: string; zeros: number };

export interface ConformanceRequest {
  /** `follow-up`: sent to the target's `followUpEndpoint` instead of its report endpoint. */
  at?: 'follow-up';
  method?: string;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  bodyText?: string;
  bodyBase64?: string;
  expand?: Expansion[];
  /** A multipart/form-data body instead (sealed reports with evidence files). */
  multipart?: MultipartPart[];
}

export interface ConformanceResponse {
  status: number;
  error?: string | string[];
  fields?: { path: string; code: string }[];
  headers?: Record<string, string | null | { includes: string[] }>;
  bodyMatches?: Record<string, string>;
  sameBodyAs?: number;
  stored?: number;
  /** How many evidence files the step added (checked when the target counts them); 0 unless given. */
  storedFiles?: number;
}

export interface ConformanceCase {
  file?: string;
  /** The set the case belongs to (`loadCases` adds it): its folder holds the case's files. */
  set?: string;
  title: string;
  steps: { request: ConformanceRequest; response: ConformanceResponse }[];
}

export interface ConformanceTarget {
  /** The URL reports are posted to. */
  endpoint: string;
  /** The follow-up URL (docs/follow-up.md), for the `follow-up` set. */
  followUpEndpoint?: string;
  /** How many reports the receiver holds now. */
  stored(): Promise<number>;
  /** How many evidence files it holds now, if it stores them: then every step's `storedFiles` is checked. */
  storedFiles?(): Promise<number>;
}

export declare function loadCases(
  set?: 'plain' | 'sealed' | 'follow-up' | 'evidence' | 'follow-up-evidence',
): ConformanceCase[];
export declare function sealedOfficeKeys(): { kty: 'EC'; crv: 'P-256'; x: string; y: string; kid: string }[];
export declare function requestBody(request: ConformanceRequest): Buffer | undefined;
export declare function runCase(testCase: ConformanceCase, target: ConformanceTarget): Promise<void>;
