import { access, constants } from "node:fs/promises";
import path from "node:path";

const NAMES = ["chromium", "chromium-browser"];

/**
 * The headless Chromium to print with: $SOPFLOW_CHROMIUM when set, else
 * `chromium` or `chromium-browser` on PATH (Debian's and Ubuntu's package
 * names). Null when there is none.
 */
export async function findChromium(
  env: Record<string, string | undefined> = process.env,
): Promise<string | null> {
  const given = env["SOPFLOW_CHROMIUM"];
  if (given) return (await executable(given)) ? given : null;
  for (const dir of (env["PATH"] ?? "").split(path.delimiter).filter(Boolean))
    for (const name of NAMES) {
      const candidate = path.join(dir, name);
      if (await executable(candidate)) return candidate;
    }
  return null;
}

async function executable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
