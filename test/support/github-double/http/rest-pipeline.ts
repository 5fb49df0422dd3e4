import { allHandlers } from "../handlers/all-handlers.js";
import type { Handler } from "../handlers/handler-context.js";
import { checkRequest, checkResponse } from "../openapi/operation-contract.js";
import { matchRoute } from "../openapi/route-table.js";
import type { World } from "../state/world.js";
import { type FaultRule, faultMatches, faultReply } from "./fault.js";
import { GitHubError, type Reply } from "./reply.js";

/** One REST request the double answered. */
export interface RestCall {
  method: string;
  path: string;
  /** GitHub's path template, e.g. /repos/{owner}/{repo}/issues/{issue_number}/comments. */
  route: string;
  operationId: string;
  status: number;
  requestBody: unknown;
}

/** A request or response that broke GitHub's contract, or a route the double does not implement. */
export interface Violation {
  method: string;
  path: string;
  operationId: string | null;
  message: string;
}

/** What a request hook sees; returning a reply answers the request instead of the double. */
export interface HookRequest {
  method: string;
  path: string;
  route: string;
  operationId: string;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

export type RequestHook = (request: HookRequest) => Reply | undefined | void;

/** The double's HTTP side: route, check the request, answer, check the answer, record. */
export class RestPipeline {
  readonly calls: RestCall[] = [];
  readonly violations: Violation[] = [];
  readonly #faults: (FaultRule & { left: number })[] = [];
  readonly #hooks: RequestHook[] = [];
  readonly #world: World;
  readonly #handlers: Record<string, Handler>;

  constructor(world: World, handlers: Record<string, Handler> = allHandlers) {
    this.#world = world;
    this.#handlers = handlers;
  }

  failNext(rule: FaultRule): void {
    this.#faults.push({ ...rule, left: rule.times ?? 1 });
  }

  onRequest(hook: RequestHook): () => void {
    this.#hooks.push(hook);
    return () => {
      const at = this.#hooks.indexOf(hook);
      if (at >= 0) this.#hooks.splice(at, 1);
    };
  }

  /** A WHATWG fetch: give it to Octokit as `request.fetch`. */
  readonly fetch = async (
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = readablePath(url.pathname);
    const text = await request.text();
    const match = matchRoute(method, url.pathname);
    if (!match)
      return this.#fail({
        method,
        path,
        operationId: null,
        message: `Unexpected request ${method} ${path}, expected a route of GitHub's REST API`,
      });
    const { operationId } = match.operation;
    const where = `${operationId} (${method} ${match.template})`;
    let body: unknown;
    try {
      body = text === "" ? undefined : JSON.parse(text);
    } catch (error) {
      return this.#fail({
        method,
        path,
        operationId,
        message: `${where}: unexpected request body that is not JSON (${String(error)})`,
      });
    }
    const checked = checkRequest({
      operation: match.operation,
      params: match.params,
      query: Object.fromEntries(url.searchParams),
      body,
    });
    if (checked.problems.length > 0)
      return this.#fail({
        method,
        path,
        operationId,
        message: `${where}: ${checked.problems.join("; ")}`,
      });
    const hookRequest: HookRequest = {
      method,
      path,
      route: match.template,
      operationId,
      params: checked.params,
      query: checked.query,
      body,
    };
    const reply = this.#answer({ hookRequest, url, headers: request.headers });
    if (!reply)
      return this.#fail({
        method,
        path,
        operationId,
        message: `${where} is not implemented by the GitHub double (501): add a handler or inject a reply with onRequest`,
      });
    const json = reply.text === undefined;
    const problems = checkResponse({
      operation: match.operation,
      status: reply.status,
      body: reply.body,
      json,
    });
    if (problems.length > 0)
      return this.#fail({
        method,
        path,
        operationId,
        message: `${where}: ${problems.join("; ")}`,
      });
    this.calls.push({
      method,
      path,
      route: match.template,
      operationId,
      status: reply.status,
      requestBody: body,
    });
    return toResponse(reply);
  };

  #answer(input: {
    hookRequest: HookRequest;
    url: URL;
    headers: Headers;
  }): Reply | undefined {
    const { hookRequest } = input;
    for (const hook of this.#hooks) {
      const reply = hook(hookRequest);
      if (reply) return reply;
    }
    const fault = this.#faults.find(
      (rule) => rule.left > 0 && faultMatches(rule, hookRequest),
    );
    if (fault) {
      fault.left -= 1;
      return faultReply(fault);
    }
    const handler = this.#handlers[hookRequest.operationId];
    if (!handler) return undefined;
    try {
      return handler({
        world: this.#world,
        params: hookRequest.params,
        query: hookRequest.query,
        body: hookRequest.body,
        url: input.url,
        headers: input.headers,
      });
    } catch (error) {
      if (error instanceof GitHubError) return error.toReply();
      const { method, path, operationId } = hookRequest;
      this.violations.push({
        method,
        path,
        operationId,
        message: `The GitHub double itself failed on ${operationId}: ${String(error)}`,
      });
      throw new Error(
        `GitHub double failed on ${operationId} (${method} ${path})`,
        { cause: error },
      );
    }
  }

  #fail(violation: Violation): never {
    this.violations.push(violation);
    throw new Error(violation.message);
  }
}

// Calls and violations show paths decoded (contents/docs/sops/x.md, not docs%2Fsops%2Fx.md).
function readablePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function toResponse(reply: Reply): Response {
  const headers = new Headers({
    "x-github-request-id": "0000:DOUBLE",
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    ...reply.headers,
  });
  if (reply.text !== undefined) {
    if (!headers.has("content-type"))
      headers.set("content-type", "text/plain; charset=utf-8");
    return new Response(reply.text, { status: reply.status, headers });
  }
  if (reply.body === undefined || reply.status === 204 || reply.status === 304)
    return new Response(null, { status: reply.status, headers });
  if (!headers.has("content-type"))
    headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(reply.body), {
    status: reply.status,
    headers,
  });
}
