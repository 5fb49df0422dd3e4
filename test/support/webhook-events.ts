import type {
  EmitterWebhookEvent,
  EmitterWebhookEventName,
} from "@octokit/webhooks";
import { renderRepository } from "./github-double/factories/render-repository.js";
import { renderUser } from "./github-double/factories/render-user.js";
import { API_URL, nodeId } from "./github-double/factories/urls.js";
import type { RepoRecord } from "./github-double/state/records.js";
import type { World } from "./github-double/state/world.js";
import { checkPayload } from "./github-double/webhooks/check-payload.js";
import { examplePayload } from "./github-double/webhooks/example-payload.js";
import { overlay } from "./github-double/webhooks/overlay.js";

/** A delivery ready for `probot.receive(event)`, typed by its event and action. */
export type WebhookEvent<
  N extends EmitterWebhookEventName = EmitterWebhookEventName,
> = EmitterWebhookEvent<N>;

let deliveries = 0;

function renderOrganization(world: World, login: string) {
  const org = world.user(login);
  const api = `${API_URL}/orgs/${login}`;
  return {
    login,
    id: org.id,
    node_id: nodeId("O_", org.id),
    url: api,
    repos_url: `${api}/repos`,
    events_url: `${api}/events`,
    hooks_url: `${api}/hooks`,
    issues_url: `${api}/issues`,
    members_url: `${api}/members{/member}`,
    public_members_url: `${api}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
    description: "",
  };
}

/**
 * Builds a webhook delivery from GitHub's own example of that event: the
 * example's repository, sender, installation and `parts` (issue, comment,
 * pull_request, review, label, changes, ...) are replaced by the double's
 * current objects, then the payload is checked against GitHub's webhook schema.
 */
export function buildWebhookEvent<N extends EmitterWebhookEventName>(input: {
  world: World;
  repo: RepoRecord;
  event: N;
  sender: string;
  parts: Record<string, unknown>;
}): WebhookEvent<N> {
  const { world, repo } = input;
  const [name = "", action = ""] = input.event.split(".");
  const example = examplePayload(name, action);
  const payload: Record<string, unknown> = { action };
  const current: Record<string, unknown> = {
    ...input.parts,
    repository: renderRepository({ world, repo }),
    sender: renderUser(world.user(input.sender)),
    installation: {
      id: world.app.installationId,
      node_id: nodeId("IN_", world.app.installationId),
    },
    ...(world.user(repo.owner).type === "Organization"
      ? { organization: renderOrganization(world, repo.owner) }
      : {}),
  };
  for (const [key, value] of Object.entries(current))
    payload[key] = overlay(example[key], value);
  checkPayload({ name, action, payload });
  deliveries += 1;
  const id = `00000000-0000-4000-8000-${String(deliveries).padStart(12, "0")}`;
  return { id, name, payload } as unknown as WebhookEvent<N>;
}
