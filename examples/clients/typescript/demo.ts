/**
 * Check one post and print the verdict as JSON Lines (used by the test suite, and a
 * starting point): node demo.js URL API_KEY SHAPE POST_JSON
 */
declare const process: { argv: string[]; exitCode?: number };

import { RiskcheckClient, RiskcheckError, highlight } from "./riskcheck-client";

async function main(argv: string[]): Promise<number> {
  const [url, key, shape, postJson] = argv;
  const client = new RiskcheckClient(url, key);
  const post = JSON.parse(postJson) as Record<string, unknown>;
  try {
    const verdict = await client.check(post, shape as "native" | "buffer" | "hootsuite");
    const text = typeof post.text === "string" ? post.text : "";
    for (const finding of verdict.findings) {
      const spansAgree = finding.spans.every((s) => finding.part !== "text" || text.slice(s.start_utf16, s.end_utf16) === s.text);
      console.log(JSON.stringify({
        rule_id: finding.rule_id, part: finding.part, spans_agree: spansAgree,
        highlighted: finding.part === "text" ? highlight(text, finding) : null,
      }));
    }
    console.log(JSON.stringify({ decision: verdict.decision, ratelimit_remaining: client.rateLimit["ratelimit-remaining"] ?? null }));
    return 0;
  } catch (error) {
    if (error instanceof RiskcheckError) {
      console.log(JSON.stringify({ status: error.status, type: error.problem.type, detail: error.problem.detail }));
      return 65;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
