import type { LabelRecord, RepoRecord } from "../state/records.js";
import { nodeId, repoApiUrl } from "./urls.js";

export function renderLabel(repo: RepoRecord, label: LabelRecord) {
  return {
    id: label.id,
    node_id: nodeId("LA_", label.id),
    url: `${repoApiUrl(repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}
