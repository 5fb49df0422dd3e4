import { describe, expect, it } from "vitest";
import { actionCount } from "../../src/core/checks/action-count.js";
import { nonImperativeStart } from "../../src/core/checks/imperative-start.js";

describe("nonImperativeStart", () => {
  it.each([
    "Open the dashboard.",
    "Click Refund.",
    "If the charge is disputed, escalate to finance.",
    "When the pod is ready, then check the logs.",
    "Bring the laptop to IT.",
    "Feed the queue with the backlog.",
    "Embed the chart in the report.",
    "Don't refund a disputed charge.",
    "**Save** the form.",
    "`kubectl rollout restart` the deployment.",
  ])("accepts %j", (text) => {
    expect(nonImperativeStart(text)).toBeNull();
  });

  it.each([
    ["You open the dashboard.", "You"],
    ["The agent opens the dashboard.", "The"],
    ["Then click Refund.", "Then"],
    ["First, log in.", "First"],
    ["Opens the dashboard.", "Opens"],
    ["Pushes the branch.", "Pushes"],
    ["Checking the logs.", "Checking"],
    ["Refunded the charge.", "Refunded"],
    ["Should be checked daily.", "Should"],
    ["If the charge is disputed, the agent escalates.", "the"],
  ])("flags %j at %j", (text, word) => {
    expect(nonImperativeStart(text)).toEqual({
      word,
      conditionWithoutAction: false,
    });
  });

  it("flags a condition with no action after it", () => {
    expect(nonImperativeStart("When the alarm fires")).toEqual({
      word: "When",
      conditionWithoutAction: true,
    });
  });
});

describe("actionCount", () => {
  it.each([
    ["Open the dashboard.", 1],
    ["Open the dashboard, e.g. Grafana.", 1],
    ["Deploy version 1.2 to staging.", 1],
    ["Open the dashboard. Click Refund.", 2],
    ["Open the dashboard; click Refund.", 2],
    ["Open the dashboard and then click Refund. Close it.", 3],
    ["Close the door, then lock it and turn the key.", 3],
    ["Check the wristband, confirm the allergies and sign the chart.", 3],
    ["Wrap, label and date the tray.", 1],
    ["Sweep and mop the floor.", 1],
    ["Check the temperature and date.", 1],
    ["When the account exists, invite it to the organisation.", 1],
    ["Open the panel (check and close the valve first).", 1],
    ["In Opsgenie, add a schedule override for the incoming engineer.", 1],
  ])("%j holds %i action(s)", (text, count) => {
    expect(actionCount(text)).toBe(count);
  });
});
