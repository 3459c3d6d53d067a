// The embedded DynamoDB in a process of its own, as the real service is: it
// gets its own core instead of sharing the handlers' event loop. Plain
// JavaScript, so it starts without a TypeScript loader. Started by dynamo.ts
// with the options as its one argument; reports its port over IPC; exits
// when the parent goes away.
import dynalite from 'dynalite';

const options = JSON.parse(process.argv[2] ?? '{}');
const server = dynalite({ ...options, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));

const stop = () => server.close(() => process.exit(0));
process.on('disconnect', stop);
process.on('SIGTERM', stop);
