// Texts a person reads, made stable for file snapshots: what changes from run to run (commit
// SHAs, content hashes, the notes' machine data, temporary folders, clock times) is replaced by
// a placeholder; everything else, the wording above all, is kept as it is.

const HEX = /\b[0-9a-f]{7,40}\b/g;

/**
 * A normaliser for the texts of one scenario. It names each commit once, in the order first
 * seen (`<sha-1>`, `<sha-2>`, …), so the same commit has the same name in every text of the
 * scenario, in full or abbreviated. Commits are those spelled in full in a text, and those
 * `commits` lists (a local repository's, whose texts show only abbreviations). `paths` names
 * folders (e.g. a temporary repository) by what they are. Content hashes in note headers read
 * `<hash>`, clock times `<time>`.
 */
export function textNormaliser(
  options: { paths?: Record<string, string>; commits?: () => string[] } = {},
): (text: string) => string {
  const names = new Map<string, string>();
  return (text) => {
    let out = text;
    for (const [path, name] of Object.entries(options.paths ?? {}))
      out = out.split(path).join(name);
    // Notes carry their state as base64 in a hidden comment: not read by people, and long.
    out = out.replace(
      /<!-- sopflow:data [A-Za-z0-9+/=]+ -->/g,
      "<!-- sopflow:data (state) -->",
    );
    out = out
      .replace(/"hash":"[0-9a-f]{16}"/g, '"hash":"<hash>"')
      .replace(/\b(request|capture-hash):[0-9a-f]{16}\b/g, "$1:<hash>")
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, "<time>");
    const known = [
      ...(options.commits?.() ?? []),
      ...(out.match(/\b[0-9a-f]{40}\b/g) ?? []),
    ];
    return out.replace(HEX, (id) => {
      const sha = known.find((k) => k.startsWith(id));
      if (!sha) return id;
      if (!names.has(sha)) names.set(sha, `<sha-${names.size + 1}>`);
      return names.get(sha) ?? id;
    });
  };
}
