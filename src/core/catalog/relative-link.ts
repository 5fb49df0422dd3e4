/** The relative link from a file to another, both "/"-separated repository paths. */
export function relativeLink({
  from,
  to,
}: {
  from: string;
  to: string;
}): string {
  const fromDirs = from.split("/").slice(0, -1);
  const target = to.split("/");
  let shared = 0;
  while (
    shared < fromDirs.length &&
    shared < target.length - 1 &&
    fromDirs[shared] === target[shared]
  )
    shared++;
  const up = fromDirs.slice(shared).map(() => "..");
  return [...up, ...target.slice(shared)].join("/");
}
