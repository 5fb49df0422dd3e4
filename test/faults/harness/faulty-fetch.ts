import type { GitHubDouble } from "../../support/github-double/github-double.js";
import type { Fetch } from "./fresh-probot.js";

/** A network fault on matching requests, which the double's failNext (an answer instead of GitHub's) cannot express. */
export interface NetworkFault {
  method: string;
  /** Tested on the decoded request path, e.g. /repos/acme/docs/issues/1/comments. */
  path: RegExp;
  /**
   * "reset-before": the connection drops before GitHub sees the request;
   * "reset-after": GitHub applies it and the connection drops before the answer;
   * a status: GitHub applies it and a proxy answers with that error (a 502 from the edge).
   */
  kind: "reset-before" | "reset-after" | number;
  /** How many matching requests get the fault (default 1). */
  times?: number;
}

function connectionReset(): TypeError {
  return new TypeError("fetch failed", {
    cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
  });
}

/** A way to the double that injures the matching requests. */
export function faultyFetch(double: GitHubDouble, fault: NetworkFault): Fetch {
  let left = fault.times ?? 1;
  return async (resource, init) => {
    const request = new Request(resource, init);
    const path = decodeURIComponent(new URL(request.url).pathname);
    if (left <= 0 || request.method !== fault.method || !fault.path.test(path))
      return double.fetch(request);
    left -= 1;
    if (fault.kind === "reset-before") throw connectionReset();
    await double.fetch(request);
    if (fault.kind === "reset-after") throw connectionReset();
    return new Response(JSON.stringify({ message: "Server Error" }), {
      status: fault.kind,
      headers: { "content-type": "application/json" },
    });
  };
}
