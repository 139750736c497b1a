/**
 * A small riskcheck API client for schedulers (TypeScript, Node 18+ or a browser: uses fetch).
 *
 *   const client = new RiskcheckClient("http://127.0.0.1:8000", "scheduler-key");
 *   const verdict = await client.check({ text: "Ride out #StormBram!", channels: ["x", "linkedin"] });
 *
 * Spans: JavaScript strings index UTF-16 code units, so use `start_utf16`/`end_utf16`
 * (`start`/`end` count code points and land early after an emoji). Errors are RFC 9457
 * problem details (`RiskcheckError.problem`); 429 is retried after `Retry-After`.
 */

export interface Span {
  start: number;
  end: number;
  start_utf16: number;
  end_utf16: number;
  text: string;
}

export interface Finding {
  rule_id: string;
  kind: string;
  category: string;
  severity: "block" | "review" | "info";
  message: string;
  part: string;
  spans: Span[];
  score: number | null;
}

export interface Verdict {
  id?: string;
  decision: "pass" | "review" | "block" | "hold";
  risk: number;
  reasons: string[];
  findings: Finding[];
  checks: Record<string, string>;
  channels?: Array<{ channel: string; decision: Verdict["decision"] }>;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: Array<{ loc: Array<string | number>; msg: string; type: string }>;
}

export class RiskcheckError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(`HTTP ${status}: ${problem.detail ?? problem.title}`);
  }
}

export type Shape = "native" | "buffer" | "hootsuite";
const PATHS: Record<Shape, string> = {
  native: "/v1/check",
  buffer: "/v1/check/buffer",
  hootsuite: "/v1/check/hootsuite",
};

export class RiskcheckClient {
  rateLimit: Record<string, string> = {};

  constructor(private readonly baseUrl: string, private readonly apiKey: string, private readonly retries = 2) {}

  async check(post: Record<string, unknown>, shape: Shape = "native"): Promise<Verdict> {
    return (await this.post(PATHS[shape], post)) as Verdict;
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(this.baseUrl.replace(/\/$/, "") + path, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${this.apiKey}`,
          "Content-Type": "application/json",
          Accept: "application/json, application/problem+json",
        },
        body: JSON.stringify(body),
      });
      this.rateLimit = {};
      response.headers.forEach((value, name) => {
        if (name.toLowerCase().startsWith("ratelimit")) this.rateLimit[name.toLowerCase()] = value;
      });
      if (response.ok) return response.json();
      const problem = (await response.json().catch(() => ({
        type: "about:blank", title: response.statusText, status: response.status, detail: response.statusText,
      }))) as Problem;
      if (response.status === 429 && attempt < this.retries) {
        const wait = Math.min(Number(response.headers.get("retry-after") ?? "1"), 30);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
        continue;
      }
      throw new RiskcheckError(response.status, problem);
    }
  }
}

/** The text with each span of the finding in [brackets], by UTF-16 offsets. */
export function highlight(text: string, finding: Finding): string {
  let out = "";
  let last = 0;
  for (const span of [...finding.spans].sort((a, b) => a.start_utf16 - b.start_utf16)) {
    out += text.slice(last, span.start_utf16) + "[" + text.slice(span.start_utf16, span.end_utf16) + "]";
    last = span.end_utf16;
  }
  return out + text.slice(last);
}
