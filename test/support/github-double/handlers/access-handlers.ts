import { renderApp, renderInstallation } from "../factories/render-app.js";
import { renderRepository } from "../factories/render-repository.js";
import { renderUser } from "../factories/render-user.js";
import { API_URL } from "../factories/urls.js";
import { notFound } from "../http/reply.js";
import { type Handler, repoOf } from "./handler-context.js";

const flags = (level: number) => ({
  pull: level >= 1,
  triage: level >= 2,
  push: level >= 3,
  maintain: level >= 4,
  admin: level >= 5,
});
// A role (or, for a custom role, its legacy permission) → the booleans GitHub lists under `permissions`.
const LEVEL: Record<string, number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5,
};

/** The repository, the app, its installation and who may do what. */
export const accessHandlers: Record<string, Handler> = {
  "repos/get": (context) => ({
    status: 200,
    body: renderRepository({
      world: context.world,
      repo: repoOf(context),
      full: true,
    }),
  }),

  "apps/get-authenticated": ({ world }) => ({
    status: 200,
    body: renderApp(world),
  }),

  "apps/get-repo-installation": (context) => ({
    status: 200,
    body: renderInstallation(context.world, repoOf(context).owner),
  }),

  // The app's one installation; it sees every repository. The list's schema wants the account as a user and an enterprise at once (allOf), so it is left null, which the schema allows.
  "apps/list-installations": ({ world }) => ({
    status: 200,
    body: [...world.repos.values()].slice(0, 1).map((repo) => ({
      ...renderInstallation(world, repo.owner),
      account: null,
    })),
  }),

  "apps/list-repos-accessible-to-installation": ({ world }) => {
    const repositories = [...world.repos.values()].map((repo) =>
      renderRepository({ world, repo, full: false }),
    );
    return {
      status: 200,
      body: {
        total_count: repositories.length,
        repositories,
        repository_selection: "all",
      },
    };
  },

  "apps/create-installation-access-token": ({ world, params }) => {
    if (params.installation_id !== world.app.installationId) throw notFound();
    return {
      status: 201,
      body: {
        token: `ghs_double${world.app.installationId}`,
        expires_at: "2099-01-01T00:00:00Z",
        permissions: renderApp(world).permissions,
        repository_selection: "all",
      },
    };
  },

  // A non-collaborator reads a public repository and sees nothing of a private one.
  "repos/get-collaborator-permission-level": (context) => {
    const repo = repoOf(context);
    const user = context.world.users.get(String(context.params.username));
    if (!user) throw notFound();
    const fallback = repo.private ? "none" : "read";
    const collaborator = repo.collaborators.get(user.login);
    const permission = collaborator?.permission ?? fallback;
    const roleName = collaborator?.role ?? fallback;
    return {
      status: 200,
      body: {
        permission,
        role_name: roleName,
        user: {
          ...renderUser(user),
          permissions: flags(LEVEL[roleName] ?? LEVEL[permission] ?? 0),
          role_name: roleName,
        },
      },
    };
  },

  "teams/get-membership-for-user-in-org": ({ world, params }) => {
    const [org, team, username] = [
      params.org,
      params.team_slug,
      params.username,
    ].map(String) as [string, string, string];
    const role = world.teams.get(`${org}/${team}`.toLowerCase())?.get(username);
    if (!role) throw notFound();
    return {
      status: 200,
      body: {
        url: `${API_URL}/organizations/${world.user(org).id}/team/${team}/memberships/${username}`,
        role,
        state: "active",
      },
    };
  },
};
