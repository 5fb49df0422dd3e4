import { sameName } from "../../core/same-name.js";
import {
  isStateLabel,
  stateLabelNamed,
} from "../../core/workflow/state-labels.js";
import { attempt, errorText } from "./github-error.js";
import type { ForgeState } from "./forge-state.js";

/** GitHub's colour for a label it created on the fly. */
const AUTO_COLOR = "ededed";

/**
 * Make `name` the task's one state label, keeping the trigger label and any
 * other label people added, in one request. When GitHub had to create the
 * label, it is given its colour and description (once per repository).
 */
export async function setStateLabel(
  state: ForgeState,
  name: string,
  options: { close?: "completed" | "not_planned"; reopen?: boolean } = {},
): Promise<void> {
  const snapshot = state.snapshot;
  if (!snapshot)
    throw new Error(
      `Unexpected label change on ${state.where} before the task was loaded`,
    );
  const { triggerLabel } = state.options;
  const others = snapshot.labels.filter(
    (l) => !isStateLabel(l) && !sameName(l, triggerLabel),
  );
  const wanted = [triggerLabel, ...others, name];
  const close = options.close && snapshot.open ? options.close : null;
  const reopen = Boolean(options.reopen) && !snapshot.open && !close;
  if (sameSet(wanted, snapshot.labels) && !close && !reopen) return;
  const data =
    close || reopen
      ? (
          await attempt(
            `${close ? "close" : "reopen"} ${state.where} with the label "${name}"`,
            () =>
              state.octokit.rest.issues.update({
                ...state.issue,
                labels: wanted,
                ...(close
                  ? { state: "closed" as const, state_reason: close }
                  : { state: "open" as const }),
              }),
          )
        ).data.labels.map((l) =>
          typeof l === "string"
            ? { name: l, color: AUTO_COLOR, description: null }
            : {
                name: l.name ?? "",
                color: l.color ?? "",
                description: l.description ?? null,
              },
        )
      : (
          await attempt(`set the label "${name}" on ${state.where}`, () =>
            state.octokit.rest.issues.setLabels({
              ...state.issue,
              labels: wanted,
            }),
          )
        ).data;
  state.snapshot = {
    ...snapshot,
    labels: data.map((l) => l.name),
    open: close ? false : reopen ? true : snapshot.open,
  };
  const created = data.find((l) => sameName(l.name, name));
  const style = stateLabelNamed(name);
  if (!created || !style || created.color !== AUTO_COLOR || created.description)
    return;
  try {
    await state.octokit.rest.issues.updateLabel({
      owner: state.issue.owner,
      repo: state.issue.repo,
      name,
      color: style.color,
      description: style.description,
    });
  } catch (error) {
    // The label works without its colour; a missing style is not worth failing the step.
    state.options.log.warn(
      { task: state.where, label: name, err: errorText(error) },
      "could not style the state label",
    );
  }
}

function sameSet(a: string[], b: string[]): boolean {
  const lower = (list: string[]) => new Set(list.map((l) => l.toLowerCase()));
  const [x, y] = [lower(a), lower(b)];
  return x.size === y.size && [...x].every((l) => y.has(l));
}
