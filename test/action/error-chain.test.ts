import { describe, expect, it } from "vitest";
import { errorChain } from "../../src/shells/action/error-chain.js";

describe("errorChain", () => {
  it("lists the causes a wrapping message does not already quote", () => {
    const root = new Error("Resource not accessible by integration");
    const middle = new Error(
      "Could not post a comment on acme/docs#1: Resource not accessible by integration",
      { cause: root },
    );
    const top = new Error("The capture step of task 1 failed", {
      cause: middle,
    });
    expect(errorChain(top)).toEqual({
      message: "The capture step of task 1 failed",
      causes: [
        "Could not post a comment on acme/docs#1: Resource not accessible by integration",
      ],
    });
  });

  it("takes what was thrown when it is not an Error, and stops on a cause that loops", () => {
    expect(errorChain("plain")).toEqual({ message: "plain", causes: [] });
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(errorChain(b)).toEqual({ message: "b", causes: ["a"] });
  });
});
