// write-good ships no types; the benchmark uses only its main function.
declare module 'write-good' {
  export default function writeGood(text: string): Array<{ index: number; offset: number; reason: string }>;
}
