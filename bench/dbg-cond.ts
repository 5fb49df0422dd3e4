import { splitConditional } from "../src/core/capture/free-text/conditional.js";
import { winkLanguage } from "../src/model/offline/wink-language.js";
const l = await winkLanguage();
for (const s of process.argv.slice(2)) {
  const w = l.words(s);
  console.log(w.map((x) => `${x.text}/${x.pos}`).join(" "));
  console.log(splitConditional(s, w));
}
