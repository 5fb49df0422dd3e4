import type { Reply } from "./reply.js";

/**
 * One page of a list, with the Link header GitHub sends (first/prev/next/last),
 * so clients that follow `rel="next"` see every item exactly once.
 */
export function paginate<T>(input: {
  items: T[];
  query: Record<string, unknown>;
  url: URL;
}): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(input.query.per_page ?? 30), 100);
  const page = Math.max(Number(input.query.page ?? 1), 1);
  const last = Math.max(Math.ceil(input.items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const url = new URL(input.url);
    url.searchParams.set("per_page", String(perPage));
    url.searchParams.set("page", String(n));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, "prev")] : []),
    ...(page < last ? [link(page + 1, "next"), link(last, "last")] : []),
    ...(page > 1 ? [link(1, "first")] : []),
  ];
  return {
    page: input.items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}

/** A 200 reply holding one page of `items`. */
export function pagedReply<T>(input: {
  items: T[];
  query: Record<string, unknown>;
  url: URL;
}): Reply {
  const { page, headers } = paginate(input);
  return { status: 200, body: page, headers };
}
