import type { World } from "../state/world.js";
import { renderUser } from "./render-user.js";
import { API_URL, WEB_URL, nodeId } from "./urls.js";

const PERMISSIONS = {
  issues: "write",
  pull_requests: "write",
  contents: "write",
  checks: "write",
  metadata: "read",
  members: "read",
};
const EVENTS = [
  "issues",
  "issue_comment",
  "pull_request",
  "pull_request_review",
];

/** The app itself, as an `integration`. */
export function renderApp(world: World) {
  const { app } = world;
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId("A_", app.id),
    client_id: `Iv1.${app.id.toString(16).padStart(16, "0")}`,
    owner: renderUser(world.user(app.owner)),
    name: app.name,
    description:
      "Turns an issue into a reviewed, published Standard Operating Procedure.",
    external_url: `${WEB_URL}/apps/${app.slug}`,
    html_url: `${WEB_URL}/apps/${app.slug}`,
    created_at: "2024-11-01T00:00:00Z",
    updated_at: "2024-11-01T00:00:00Z",
    permissions: PERMISSIONS,
    events: EVENTS,
    installations_count: 1,
  };
}

/** The app's one `installation`, on the account that owns `account`. */
export function renderInstallation(world: World, account: string) {
  const { app } = world;
  const owner = world.user(account);
  return {
    id: app.installationId,
    account: renderUser(owner),
    repository_selection: "all",
    access_tokens_url: `${API_URL}/app/installations/${app.installationId}/access_tokens`,
    repositories_url: `${API_URL}/installation/repositories`,
    html_url: `${WEB_URL}/settings/installations/${app.installationId}`,
    app_id: app.id,
    app_slug: app.slug,
    target_id: owner.id,
    target_type: owner.type,
    permissions: PERMISSIONS,
    events: EVENTS,
    created_at: "2024-11-02T00:00:00Z",
    updated_at: "2024-11-02T00:00:00Z",
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null,
  };
}
