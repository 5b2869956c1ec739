export type CliIo = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
