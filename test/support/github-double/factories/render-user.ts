import type { UserRecord } from "../state/records.js";
import { API_URL, WEB_URL, nodeId } from "./urls.js";

/** A `simple-user`, as GitHub shows any account (person, bot or organisation). */
export function renderUser(user: UserRecord) {
  const api = `${API_URL}/users/${encodeURIComponent(user.login)}`;
  const web =
    user.type === "Bot"
      ? `${WEB_URL}/apps/${user.login.replace(/\[bot\]$/, "")}`
      : `${WEB_URL}/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(
      user.type === "Bot" ? "BOT_" : user.type === "Organization" ? "O_" : "U_",
      user.id,
    ),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: web,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  };
}
