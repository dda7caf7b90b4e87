// Builds (or reuses) one scale database without running the load: `tsx bench/build-scale.ts postgres 100`.
import { openScale, type Kind } from './scales.ts';

const [kind, factor] = [process.argv[2] as Kind, Number(process.argv[3] ?? 100)];
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const { database, buildSeconds } = await openScale(kind, factor, url, { reuse: true });
console.log(`${kind} ×${factor}: ${buildSeconds === null ? 'reused' : `built in ${buildSeconds.toFixed(0)} s`}`);
await database.close();
