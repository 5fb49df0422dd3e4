import { DOCS_URL } from "../factories/urls.js";
import type { Reply } from "./reply.js";

/** A failure the next matching request(s) get instead of the double's own answer. */
export interface FaultRule {
  method?: string;
  /** A path template (/repos/{owner}/{repo}/pulls), an operationId (pulls/create), or a RegExp tested on the request path. */
  route: string | RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many requests get the fault (default 1). */
  times?: number;
}

const REASONS: Record<number, string> = {
  401: "Bad credentials",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Validation Failed",
  429: "Too Many Requests",
  500: "Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function faultMatches(
  rule: FaultRule,
  request: { method: string; path: string; route: string; operationId: string },
): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== request.method)
    return false;
  if (rule.route instanceof RegExp) return rule.route.test(request.path);
  return rule.route === request.route || rule.route === request.operationId;
}

export function faultReply(rule: FaultRule): Reply {
  const body = rule.body ?? {
    message: REASONS[rule.status] ?? "Error",
    documentation_url: DOCS_URL,
    status: String(rule.status),
  };
  return {
    status: rule.status,
    headers: rule.headers,
    body: rule.status === 204 ? undefined : body,
  };
}
