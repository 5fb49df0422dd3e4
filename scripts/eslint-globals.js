// Node's globals that the code uses; scripts and tests run on Node only.
export default Object.fromEntries(
  [
    "process",
    "console",
    "URL",
    "Buffer",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "AbortController",
    "AbortSignal",
    "fetch",
    "Response",
    "Request",
    "Headers",
    "TextEncoder",
    "TextDecoder",
    "structuredClone",
  ].map((name) => [name, "readonly"]),
);
