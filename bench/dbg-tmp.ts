import { createOfflineModel } from "../src/model/offline/offline-model.js";
import { readRequestFile } from "../src/shells/cli/read-request-file.js";
const m = createOfflineModel();
const file = process.argv[2]!;
const r = await readRequestFile(file);
const c = (await m.capture({ request: r, previous: null, answers: [] })).value;
console.log(JSON.stringify({ ...c, notes: process.argv[3] ? c.notes : c.notes.length }, null, 1));
