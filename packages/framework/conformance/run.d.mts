/** Raw JSON or bytes put at a path of a request body (see README.md). */
export type Expansion =
  | { path: string; nest: number }
  | { path: string; repeat: string; times: number }
  | { path: string; bytes: string };

export interface ConformanceRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  bodyText?: string;
  bodyBase64?: string;
  expand?: Expansion[];
}

export interface ConformanceResponse {
  status: number;
  error?: string | string[];
  fields?: { path: string; code: string }[];
  headers?: Record<string, string | null | { includes: string[] }>;
  bodyMatches?: Record<string, string>;
  sameBodyAs?: number;
  stored?: number;
}

export interface ConformanceCase {
  file?: string;
  title: string;
  steps: { request: ConformanceRequest; response: ConformanceResponse }[];
}

export interface ConformanceTarget {
  /** The URL reports are posted to. */
  endpoint: string;
  /** How many reports the receiver holds now. */
  stored(): Promise<number>;
}

export declare function loadCases(set?: 'plain' | 'sealed'): ConformanceCase[];
export declare function sealedOfficeKeys(): { kty: 'EC'; crv: 'P-256'; x: string; y: string; kid: string }[];
export declare function requestBody(request: ConformanceRequest): Buffer | undefined;
export declare function runCase(testCase: ConformanceCase, target: ConformanceTarget): Promise<void>;
