// Every read-modify-write on storage runs one after the other, so two
// contexts saving at the same moment cannot overwrite each other.
let tail: Promise<unknown> = Promise.resolve();

export function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
