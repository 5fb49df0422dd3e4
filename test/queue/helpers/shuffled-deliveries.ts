import type { TaskJob } from "../../../src/shells/app/queue/task-queue.js";

/** Deliveries for several tasks in a seeded random order; each task's `payload.seq` rises with enqueue order. */
export function shuffledDeliveries(params: {
  tasks: number;
  perTask: number;
  seed: number;
}): TaskJob[] {
  let state = params.seed;
  const random = (): number => {
    // mulberry32: a tiny seeded generator, so a failing order can be replayed.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const slots = Array.from(
    { length: params.tasks * params.perTask },
    (_, index) => index % params.tasks,
  );
  for (let index = slots.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [slots[index], slots[other]] = [
      slots[other] as number,
      slots[index] as number,
    ];
  }
  const nextSeq = new Map<number, number>();
  return slots.map((task) => {
    const seq = nextSeq.get(task) ?? 0;
    nextSeq.set(task, seq + 1);
    return {
      deliveryId: `delivery-${task}-${seq}`,
      taskKey: `octo/docs#${task + 1}`,
      name: "issue_comment",
      payload: { seq },
      receivedAt: Date.now(),
    };
  });
}
