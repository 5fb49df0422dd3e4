import { describe, expect, it } from "vitest";
import { nonImperativeStart } from "../../src/core/checks/imperative-start.js";
import { splitActions } from "../../src/model/offline/split-actions.js";
import { toImperative } from "../../src/model/offline/to-imperative.js";

const ROLES = ["Account manager", "Support engineer"];

describe("toImperative", () => {
  it.each([
    ["Create the customer record", "Create the customer record"],
    ["First we export the ledger from Xero.", "Export the ledger from Xero."],
    ["Then we reconcile the bank accounts", "Reconcile the bank accounts"],
    ["you also have to post in #wins", "Post in #wins"],
    ["I usually check Slack", "Check Slack"],
    ["We sent the invoice", "Send the invoice"],
    ["Someone processes the refund", "Process the refund"],
    ["We copies the file", "Copy the file"],
    ["The team does the count", "Do the count (done by the team)"],
    ["He goes to the bank", "Go to the bank"],
    ["She has the key ready", "Make sure she has the key ready"],
    ["They pushes the branch", "Push the branch"],
    ["Checking the logs for errors", "Check the logs for errors"],
    ["Logging in to the VPN", "Log in to the VPN"],
    ["Sends the invoice", "Send the invoice"],
    [
      "The account manager will then create the subscription",
      "Create the subscription (done by the account manager)",
    ],
    ["Process the refund", "Process the refund"],
    ["Access the admin panel", "Access the admin panel"],
    ["The invoice goes to finance", "Make sure the invoice goes to finance"],
    ["Logs are reviewed weekly", "Make sure logs are reviewed weekly"],
    [
      "If the card fails, the support engineer retries the charge",
      "If the card fails, retry the charge (done by the support engineer)",
    ],
    [
      "When the pager fires acknowledge it",
      "When the pager fires, acknowledge it",
    ],
    ["If it is late then we escalate it", "If it is late, escalate it"],
  ])("%j → %j", (input, expected) => {
    const result = toImperative(input, ROLES);
    expect(result).toBe(expected);
    expect(nonImperativeStart(result)).toBeNull();
  });
});

describe("splitActions", () => {
  it("splits on '; ', ', then ', ' and then ' and sentences, and drops empty parts", () => {
    expect(
      splitActions(
        "Open the ticket; tag it, then close it and then tell Sam. Archive it.;",
      ),
    ).toEqual([
      "Open the ticket",
      "tag it",
      "close it",
      "tell Sam.",
      "Archive it.",
    ]);
  });
});
