import type { Reporter, TestModule } from 'vitest/node';

// Prints the ten slowest tests and files at the end of a run, so the suite's closing note can quote them and a
// test that creeps towards its limit shows up before it fails on a busy machine.
const TOP = 10;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

export default class SlowestTestsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const tests = testModules.flatMap((module) => [...module.children.allTests()].map((test) => ({
      name: `${module.relativeModuleId} > ${test.fullName}`,
      ms: test.diagnostic()?.duration ?? 0,
    })));
    const files = testModules.map((module) => {
      const d = module.diagnostic();
      // duration counts the tests and their hooks; collect is importing the file and what it imports.
      return { name: module.relativeModuleId, ms: d.duration, importMs: d.collectDuration };
    });
    const lines = [
      '',
      `Slowest ${TOP} tests (without their file's beforeAll):`,
      ...top(tests).map((t) => `${seconds(t.ms)}  ${t.name}`),
      `Slowest ${TOP} files (tests and hooks; import apart):`,
      ...top(files).map((f) => `${seconds(f.ms)}  ${f.name}  (import ${seconds(f.importMs).trim()})`),
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

function top<T extends { ms: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => b.ms - a.ms).slice(0, TOP);
}
